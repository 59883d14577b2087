/**
 * The local org: an embedded PostgreSQL (PGlite, WASM) whose tables are derived from the schema
 * (`schema.ts`). Persisted under `.workbench/db` (or in memory with `memory://`).
 *
 * Records are plain objects keyed by API name (`{ Id, Name, Email__c, ... }`); DateTime values are
 * ISO strings (`2026-11-28T03:22:49.000Z`), Date values `YYYY-MM-DD`, like the JSON an org returns.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { PGlite } from '@electric-sql/pglite';
import { XMLParser } from 'fast-xml-parser';
import { columnsOf, loadSchema, type FieldDef, type ObjectDef, type Schema } from './schema';
import { makeId, LOCAL_ORG_ID, WORKBENCH_USER_ID } from './ids';
import { FORCE_APP_MAIN } from '../paths';

/** A record: field API name → value. */
export type SObject = Record<string, unknown> & { Id?: string };

export interface QueryOptions {
  /** Equality filters (`null` → IS NULL, arrays → IN). */
  where?: Record<string, unknown>;
  /** `Field` or `Field DESC`, comma separated. */
  orderBy?: string;
  limit?: number;
  /** Columns to return (default all). */
  fields?: string[];
}

/** Quotes an SQL identifier (API names are case-sensitive column names). */
export function q(identifier: string): string {
  return '"' + identifier.replace(/"/g, '""') + '"';
}

function sqlType(f: FieldDef): string {
  switch (f.type) {
    case 'Number':
    case 'Currency':
    case 'Percent':
      return 'double precision';
    case 'Checkbox':
      return `boolean NOT NULL DEFAULT ${f.defaultValue ? 'true' : 'false'}`;
    case 'Date':
      return 'date';
    case 'DateTime':
      return 'timestamptz';
    default:
      return 'text';
  }
}

function nameColumn(def: ObjectDef): string {
  if (def.nameField.type === 'Computed') {
    return `text GENERATED ALWAYS AS (trim(coalesce("FirstName", '') || ' ' || coalesce("LastName", ''))) STORED`;
  }
  if (def.nameField.type === 'AutoNumber') {
    const m = /^(.*)\{(0+)\}(.*)$/.exec(def.nameField.displayFormat ?? '{000000}');
    const [pre, zeros, post] = m ? [m[1], m[2], m[3]] : ['', '000000', ''];
    const lit = (s: string) => `'${s.replace(/'/g, "''")}'`;
    return `text NOT NULL DEFAULT (${lit(pre)} || lpad(nextval(${lit(q(seqName(def)))})::text, ${zeros.length}, '0') || ${lit(post)})`;
  }
  return 'text';
}

function seqName(def: ObjectDef): string {
  return `${def.name}_autonumber`;
}

/** DDL for one object (idempotent: creates what is missing, never drops). */
function ddl(def: ObjectDef): string[] {
  const out: string[] = [];
  if (def.nameField.type === 'AutoNumber') out.push(`CREATE SEQUENCE IF NOT EXISTS ${q(seqName(def))}`);
  out.push(`CREATE TABLE IF NOT EXISTS ${q(def.name)} (${q('Id')} text PRIMARY KEY)`);
  // Computed names depend on FirstName/LastName, so the fields come first.
  for (const f of def.fields) {
    out.push(`ALTER TABLE ${q(def.name)} ADD COLUMN IF NOT EXISTS ${q(f.name)} ${sqlType(f)}`);
    if (f.externalId && f.unique) {
      out.push(
        `CREATE UNIQUE INDEX IF NOT EXISTS ${q(`${def.name}_${f.name}_uq`)} ON ${q(def.name)} (${q(f.name)})`,
      );
    }
  }
  out.push(`ALTER TABLE ${q(def.name)} ADD COLUMN IF NOT EXISTS ${q('Name')} ${nameColumn(def)}`);
  return out;
}

function toJson(v: unknown, f: FieldDef | undefined): unknown {
  if (v instanceof Date) {
    return f?.type === 'Date' ? v.toISOString().slice(0, 10) : v.toISOString();
  }
  return v;
}

export interface OpenOptions {
  /** A folder, or `memory://`. */
  dataDir: string;
  /** Delete the data and reseed. */
  reset?: boolean;
  /** Seeds a fresh database (called once, when the tables were just created). */
  seed?: (org: LocalOrg) => Promise<void>;
  forceAppMain?: string;
}

/** The local org's record store. */
export class LocalOrg {
  readonly orgId = LOCAL_ORG_ID;
  readonly userId = WORKBENCH_USER_ID;
  private counters = new Map<string, number>();

  private constructor(
    readonly db: PGlite,
    readonly schema: Schema,
  ) {}

  static async open(options: OpenOptions): Promise<LocalOrg> {
    const memory = options.dataDir.startsWith('memory://');
    if (!memory && options.reset) fs.rmSync(options.dataDir, { recursive: true, force: true });
    if (!memory) fs.mkdirSync(path.dirname(options.dataDir), { recursive: true });
    const db = await PGlite.create(options.dataDir);
    const schema = loadSchema(options.forceAppMain);
    const org = new LocalOrg(db, schema);
    const fresh = await org.migrate();
    await org.loadCustomMetadata(options.forceAppMain ?? FORCE_APP_MAIN);
    if (fresh && options.seed) await options.seed(org);
    return org;
  }

  /** Creates/extends tables from the schema. Returns true when the database was empty. */
  private async migrate(): Promise<boolean> {
    await this.db.exec(`CREATE TABLE IF NOT EXISTS "_workbench" (key text PRIMARY KEY, value text)`);
    const seeded = await this.db.query<{ value: string }>(
      `SELECT value FROM "_workbench" WHERE key = 'seeded'`,
    );
    const statements: string[] = [];
    for (const def of this.schema.objects.values()) statements.push(...ddl(def));
    const hash = createHash('sha256').update(statements.join(';')).digest('hex');
    const known = await this.db.query<{ value: string }>(
      `SELECT value FROM "_workbench" WHERE key = 'schema'`,
    );
    if (known.rows[0]?.value !== hash) {
      for (const s of statements) await this.db.exec(s);
      await this.db.query(
        `INSERT INTO "_workbench" VALUES ('schema', $1) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
        [hash],
      );
    }
    // Id counters continue after the highest existing Id of each object.
    for (const def of this.schema.objects.values()) {
      const r = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${q(def.name)}`);
      this.counters.set(def.name, (r.rows[0]?.n ?? 0) + 1000);
    }
    if (seeded.rows.length > 0) return false;
    await this.db.query(`INSERT INTO "_workbench" VALUES ('seeded', $1)`, [new Date().toISOString()]);
    return true;
  }

  /** Custom metadata records are package data: reloaded from `customMetadata/` on every open. */
  private async loadCustomMetadata(forceAppMain: string): Promise<void> {
    if (!fs.existsSync(forceAppMain)) return;
    const parser = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true });
    for (const part of fs.readdirSync(forceAppMain)) {
      const dir = path.join(forceAppMain, part, 'customMetadata');
      if (!fs.existsSync(dir)) continue;
      for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.md-meta.xml'))) {
        const [typeName, developerName] = file.replace(/\.md-meta\.xml$/, '').split('.');
        const def = this.schema.objects.get(`${typeName}__mdt`);
        if (!def) continue;
        const doc = parser.parse(fs.readFileSync(path.join(dir, file), 'utf8')) as {
          CustomMetadata?: { label?: string; values?: unknown };
        };
        const values = doc.CustomMetadata?.values;
        const rec: SObject = {
          DeveloperName: developerName,
          MasterLabel: doc.CustomMetadata?.label ?? developerName,
        };
        for (const v of (Array.isArray(values) ? values : values ? [values] : []) as {
          field: string;
          value?: unknown;
        }[]) {
          const f = def.fields.find((x) => x.name === v.field);
          if (!f) continue;
          const raw = typeof v.value === 'string' ? v.value : '';
          rec[v.field] =
            f.type === 'Checkbox'
              ? raw === 'true'
              : f.type === 'Number'
                ? raw === ''
                  ? null
                  : Number(raw)
                : raw === ''
                  ? null
                  : raw;
        }
        rec.Name = developerName;
        await this.upsert(def.name, [rec], 'DeveloperName');
      }
    }
  }

  /** Raw SQL for handlers that need more than `query` (quote identifiers with `q`). */
  async sql<T = SObject>(text: string, params: unknown[] = []): Promise<T[]> {
    const r = await this.db.query<Record<string, unknown>>(text, params);
    return r.rows.map((row) => {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(row)) out[k] = toJson(v, undefined);
      return out as T;
    });
  }

  describe(objectApiName: string): ObjectDef {
    return this.schema.get(objectApiName);
  }

  private field(def: ObjectDef, name: string): FieldDef | undefined {
    return def.fields.find((f) => f.name === name);
  }

  private checkColumn(def: ObjectDef, name: string): string {
    if (!columnsOf(def).includes(name)) throw new Error(`No such field ${def.name}.${name}`);
    return q(name);
  }

  private read(def: ObjectDef, row: Record<string, unknown>): SObject {
    const out: SObject = {};
    for (const [k, v] of Object.entries(row)) out[k] = toJson(v, this.field(def, k));
    return out;
  }

  /** Selects records with equality filters. */
  async query<T extends SObject = SObject>(objectApiName: string, options: QueryOptions = {}): Promise<T[]> {
    const def = this.schema.get(objectApiName);
    const cols = options.fields ? options.fields.map((c) => this.checkColumn(def, c)).join(', ') : '*';
    const params: unknown[] = [];
    const where = Object.entries(options.where ?? {}).map(([k, v]) => {
      const col = this.checkColumn(def, k);
      if (v === null || v === undefined) return `${col} IS NULL`;
      params.push(v);
      return Array.isArray(v) ? `${col} = ANY($${params.length})` : `${col} = $${params.length}`;
    });
    let text = `SELECT ${cols} FROM ${q(def.name)}`;
    if (where.length) text += ` WHERE ${where.join(' AND ')}`;
    if (options.orderBy) {
      const parts = options.orderBy.split(',').map((p) => {
        const [name, dir] = p.trim().split(/\s+/);
        const d = (dir ?? 'ASC').toUpperCase();
        if (d !== 'ASC' && d !== 'DESC') throw new Error(`Bad sort direction ${dir}`);
        return `${this.checkColumn(def, name)} ${d} NULLS LAST`;
      });
      text += ` ORDER BY ${parts.join(', ')}`;
    }
    if (options.limit !== undefined) text += ` LIMIT ${Math.max(0, Math.floor(options.limit))}`;
    const r = await this.db.query<Record<string, unknown>>(text, params);
    return r.rows.map((row) => this.read(def, row) as T);
  }

  async get<T extends SObject = SObject>(objectApiName: string, id: string): Promise<T | undefined> {
    return (await this.query<T>(objectApiName, { where: { Id: id } }))[0];
  }

  private nextId(def: ObjectDef): string {
    const n = (this.counters.get(def.name) ?? 1000) + 1;
    this.counters.set(def.name, n);
    return makeId(def.keyPrefix, n);
  }

  private writable(def: ObjectDef, rec: SObject): [string, unknown][] {
    return Object.entries(rec).filter(([k]) => {
      if (k === 'Id' || k === 'attributes') return false;
      if (k === 'Name') return def.nameField.type === 'Text';
      this.checkColumn(def, k);
      return true;
    });
  }

  /** Inserts records; returns them as stored (with Id, Name, dates). */
  async insert<T extends SObject = SObject>(objectApiName: string, records: SObject[]): Promise<T[]> {
    const def = this.schema.get(objectApiName);
    const out: T[] = [];
    const now = new Date().toISOString();
    for (const rec of records) {
      const values: SObject = {
        CreatedDate: now,
        LastModifiedDate: now,
        CreatedById: this.userId,
        LastModifiedById: this.userId,
        ...rec,
      };
      const entries = this.writable(def, values);
      const id = rec.Id ?? this.nextId(def);
      const cols = [q('Id'), ...entries.map(([k]) => q(k))];
      const params = [id, ...entries.map(([, v]) => v)];
      const r = await this.db.query<Record<string, unknown>>(
        `INSERT INTO ${q(def.name)} (${cols.join(', ')}) VALUES (${params.map((_, i) => `$${i + 1}`).join(', ')}) RETURNING *`,
        params,
      );
      out.push(this.read(def, r.rows[0]) as T);
    }
    return out;
  }

  /** Updates records by Id (only the given fields). */
  async update<T extends SObject = SObject>(objectApiName: string, records: SObject[]): Promise<T[]> {
    const def = this.schema.get(objectApiName);
    const out: T[] = [];
    for (const rec of records) {
      if (!rec.Id) throw new Error(`update ${objectApiName}: record without Id`);
      const entries = this.writable(def, {
        ...rec,
        LastModifiedDate: new Date().toISOString(),
        LastModifiedById: this.userId,
      });
      const sets = entries.map(([k], i) => `${q(k)} = $${i + 2}`);
      const r = await this.db.query<Record<string, unknown>>(
        `UPDATE ${q(def.name)} SET ${sets.join(', ')} WHERE "Id" = $1 RETURNING *`,
        [rec.Id, ...entries.map(([, v]) => v)],
      );
      if (!r.rows[0]) throw new Error(`update ${objectApiName}: no record ${rec.Id}`);
      out.push(this.read(def, r.rows[0]) as T);
    }
    return out;
  }

  /** Upserts on an external id field (or Id). */
  async upsert<T extends SObject = SObject>(
    objectApiName: string,
    records: SObject[],
    externalIdField = 'Id',
  ): Promise<T[]> {
    const out: T[] = [];
    for (const rec of records) {
      const key = rec[externalIdField];
      const existing =
        key === undefined || key === null
          ? undefined
          : (await this.query(objectApiName, { where: { [externalIdField]: key } }))[0];
      out.push(
        ...(existing
          ? await this.update<T>(objectApiName, [{ ...rec, Id: existing.Id }])
          : await this.insert<T>(objectApiName, [rec])),
      );
    }
    return out;
  }

  async delete(objectApiName: string, ids: string[]): Promise<void> {
    const def = this.schema.get(objectApiName);
    await this.db.query(`DELETE FROM ${q(def.name)} WHERE "Id" = ANY($1)`, [ids]);
  }

  /**
   * A hierarchy custom setting's org default (`LiveEngage_Settings__c` ...). Like Apex
   * `getOrgDefaults()`: never null — an unsaved record with field defaults when none exists.
   */
  async getSetting<T extends SObject = SObject>(settingApiName: string): Promise<T> {
    const def = this.schema.get(settingApiName);
    const found = await this.query<T>(settingApiName, { where: { SetupOwnerId: this.orgId } });
    if (found[0]) return found[0];
    const blank: SObject = { SetupOwnerId: this.orgId };
    for (const f of def.fields) if (f.type === 'Checkbox') blank[f.name] = f.defaultValue ?? false;
    return blank as T;
  }

  /** Saves a hierarchy custom setting's org default (upsert). */
  async saveSetting<T extends SObject = SObject>(settingApiName: string, values: SObject): Promise<T> {
    const current = await this.getSetting(settingApiName);
    const rec = { ...values, SetupOwnerId: this.orgId };
    if (current.Id) return (await this.update<T>(settingApiName, [{ ...rec, Id: current.Id }]))[0];
    return (await this.insert<T>(settingApiName, [rec]))[0];
  }

  async close(): Promise<void> {
    await this.db.close();
  }
}
