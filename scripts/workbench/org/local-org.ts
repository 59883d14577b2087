/**
 * The workbench's local org: the Apex runtime's org model (schema, users, profiles, permission sets
 * and custom metadata from `force-app`, records in the runtime's `MemoryRecordStore`) with the
 * workbench's sample data, the package's permission sets assigned to the signed-in admin, and the
 * Apex host every write goes through (so DML rules and triggers apply to the UI API as to Apex).
 * One source of truth: the components' Apex, the UI API and the list views all read this store.
 * With a data folder, the org's own records (everything but the platform seed, which is rebuilt
 * from force-app at each start) are saved to `<dataDir>/org.json` after every committed
 * transaction and restored at the next start.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApexDatetime } from '../../apex/lang/temporal';
import { ApexId } from '../../apex/lang/id';
import type { ApexRuntime } from '../../apex/interp/runtime';
import { ApexList, ApexSObject, type ApexValue } from '../../apex/interp/values';
import { createLocalOrg, loadOrgMetadata, type LocalOrg } from '../../apex/org/org';
import { idCounter } from '../../apex/org/memory-store';
import type { ObjectInfo } from '../../apex/org/model';
import { insertStaticResources, loadStaticResources } from '../../apex/org/static-resources';
import { toSObject } from '../../apex/org/records';
import type { DmlOperation } from '../../apex/org/dml-results';
import { performDml } from '../../apex/system/org-platform';
import { loadPackageRuntime } from '../../apex/test/runner';
import type { CalloutTransport } from '../../apex/system/services-tx';
import { ApexHost } from '../apex/apex-host';
import { WorkbenchClock } from '../apex/clock';
import { recordFromJson, recordToJson, type JsonRecord } from './field-json';
import { FORCE_APP } from '../paths';
import { WORKBENCH_USER_ID } from './ids';

const SAVE_VERSION = 1;

/** The loaded Apex per package folder: class state lives in transactions, so orgs share it. */
const runtimes = new Map<string, ApexRuntime>();
function runtimeFor(packageDir: string): ApexRuntime {
  let runtime = runtimes.get(packageDir);
  if (!runtime) {
    runtime = loadPackageRuntime(packageDir).runtime;
    runtimes.set(packageDir, runtime);
  }
  return runtime;
}

export interface OpenOptions {
  /** A folder for `org.json`, or `memory://` (nothing kept). Default: memory. */
  dataDir?: string;
  /** Forget the saved records and seed again. */
  reset?: boolean;
  /** Sample data for a fresh org. */
  seed?: (org: WorkbenchOrg) => Promise<void>;
  /** The callout network (the simulator); none → callouts fail as not supported. */
  transport?: CalloutTransport;
  /** The workbench clock (default: real time). */
  clock?: WorkbenchClock;
  /** When scheduled jobs fire besides `apex.fireDue()` (see `ApexHostOptions.scheduledJobs`). */
  scheduledJobs?: 'auto' | 'manual';
  packageDir?: string;
}

export class WorkbenchOrg {
  private constructor(
    readonly runtime: ApexRuntime,
    readonly local: LocalOrg,
    readonly apex: ApexHost,
    readonly clock: WorkbenchClock,
  ) {}

  /** Records the platform seed made (users, profiles, metadata): rebuilt from force-app at each start, never saved. */
  private platformIds = new Set<string>();
  private file: string | null = null;

  static async open(options: OpenOptions = {}): Promise<WorkbenchOrg> {
    const packageDir = options.packageDir ?? FORCE_APP;
    const runtime = runtimeFor(packageDir);
    const clock = options.clock ?? new WorkbenchClock();
    const local = await createLocalOrg(loadOrgMetadata(packageDir), ApexDatetime.fromInstant(clock.now()));
    await insertStaticResources(local.store, loadStaticResources(packageDir));
    const apex = new ApexHost({
      runtime,
      org: local,
      clock,
      transport: options.transport,
      scheduledJobs: options.scheduledJobs,
      log: (line) => console.error(line),
      onCommit: () => org.save(),
    });
    if (local.seeded.adminUserId !== WORKBENCH_USER_ID) {
      throw new Error(
        `the seeded admin is ${local.seeded.adminUserId}, the bundle expects ${WORKBENCH_USER_ID}`,
      );
    }
    const org: WorkbenchOrg = new WorkbenchOrg(runtime, local, apex, clock);
    await org.assignPermissionSets();
    for (const o of local.metadata.schema.objects()) {
      for (const r of local.store.scanSync(o.name)) org.platformIds.add(String(recordToJson(r).Id));
    }
    const dir = options.dataDir ?? 'memory://';
    const file = dir.startsWith('memory://') ? null : path.join(dir, 'org.json');
    if (file && options.reset) fs.rmSync(file, { force: true });
    if (file && fs.existsSync(file)) await org.restore(file);
    else if (options.seed) await options.seed(org);
    local.store.commit();
    org.file = file;
    org.save();
    return org;
  }

  /** The signed-in user: the org's admin, with the package's permission sets as an installer assigns them. */
  get userId(): string {
    return this.local.seeded.adminUserId;
  }

  describe(objectName: string): ObjectInfo | undefined {
    return this.local.metadata.schema.object(objectName);
  }

  objectOfId(id: string): ObjectInfo | undefined {
    return ApexId.isValid(id) ? this.local.metadata.schema.byKeyPrefix(id.slice(0, 3)) : undefined;
  }

  get(id: string): JsonRecord | undefined {
    if (!ApexId.isValid(id)) return undefined;
    const rec = this.local.store.getSync(id);
    return rec && recordToJson(rec);
  }

  list(objectName: string): JsonRecord[] {
    return this.local.store.scanSync(objectName).map(recordToJson);
  }

  /** Inserts records as the admin in system mode through the DML engine (defaults, triggers, rules). */
  async insert(objectName: string, records: JsonRecord[]): Promise<JsonRecord[]> {
    const rows = await this.dml('insert', objectName, records);
    return rows.map((r) => this.get((r.read('Id') as ApexId).value) as JsonRecord);
  }

  async update(objectName: string, records: JsonRecord[]): Promise<JsonRecord[]> {
    await this.dml('update', objectName, records);
    return records.map((r) => this.get(String(r.Id)) as JsonRecord);
  }

  async delete(objectName: string, ids: string[]): Promise<void> {
    await this.dml(
      'delete',
      objectName,
      ids.map((Id) => ({ Id })),
    );
  }

  private async dml(op: DmlOperation, objectName: string, records: JsonRecord[]): Promise<ApexSObject[]> {
    const object = this.describe(objectName);
    if (!object) throw new Error(`unknown object ${objectName}`);
    const rows = records.map((r) => toSObject(object, recordFromJson(object, r)));
    await this.apex.run(async (tx) => {
      const list: ApexValue = new ApexList({ name: object.name }, rows);
      await performDml(tx.engine, op, list, { allOrNone: true, userMode: false, withSharing: false });
    });
    return rows;
  }

  /** Writes the org's own records (not the platform seed) to `org.json`, values typed as JSON. */
  save(): void {
    if (!this.file) return;
    const records: Record<string, JsonRecord[]> = {};
    for (const o of this.local.metadata.schema.objects()) {
      const rows = this.list(o.name).filter((r) => !this.platformIds.has(String(r.Id)));
      if (rows.length) records[o.name] = rows;
    }
    fs.mkdirSync(path.dirname(this.file), { recursive: true });
    fs.writeFileSync(this.file, JSON.stringify({ version: SAVE_VERSION, records }));
  }

  private async restore(file: string): Promise<void> {
    const saved = JSON.parse(fs.readFileSync(file, 'utf8')) as {
      version?: number;
      records?: Record<string, JsonRecord[]>;
    };
    if (saved.version !== SAVE_VERSION)
      throw new Error(`${file} was saved by another version: npm start -- --reset`);
    const store = this.local.store;
    let last = 0;
    for (const [objectName, rows] of Object.entries(saved.records ?? {})) {
      const object = this.describe(objectName);
      if (!object) continue;
      for (const row of rows) {
        // The platform seed grew since the save (new metadata): its Ids now overlap the saved ones.
        if (store.getSync(String(row.Id)))
          throw new Error(`${file} predates a metadata change: npm start -- --reset`);
        await store.insert(object.name, recordFromJson(object, row));
        last = Math.max(last, idCounter(String(row.Id)));
      }
    }
    store.advanceIdCounter(last);
  }

  private async assignPermissionSets(): Promise<void> {
    const store = this.local.store;
    for (const id of this.local.seeded.permissionSetIds.values()) {
      await store.insert('PermissionSetAssignment', {
        Id: ApexId.of(store.newId('PermissionSetAssignment')),
        AssigneeId: ApexId.of(this.userId),
        PermissionSetId: ApexId.of(id),
      });
    }
  }
}
