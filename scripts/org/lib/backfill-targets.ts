/**
 * Where a backfill runs: a Salesforce org (through @salesforce/core: SOQL for the runs, anonymous
 * Apex calling the package's SyncJobsController.runManual, so the same checks apply as in the
 * admin's Sync Jobs section) or the local workbench (its Apex endpoint, list view and clock).
 */
import type { Connection } from '@salesforce/core';
import { BackfillError, type RunRow, type Window } from './backfill-plan';
import type { BackfillTarget } from './backfill-run';

/** A Sync_Run__c as JSON (workbench) or as a SOQL row (org), with the namespace prefix stripped. */
export function runRowOf(r: Record<string, unknown>): RunRow {
  const time = (v: unknown) => (typeof v === 'string' ? Date.parse(v) : NaN);
  return {
    id: String(r.Id),
    name: typeof r.Name === 'string' ? r.Name : undefined,
    status: String(r.Status__c ?? ''),
    start: time(r.Window_Start__c),
    end: time(r.Window_End__c),
    synced: typeof r.Conversations_Synced__c === 'number' ? r.Conversations_Synced__c : 0,
    lastError: typeof r.Last_Error__c === 'string' ? r.Last_Error__c : null,
  };
}

const within = (r: RunRow, from: number, to: number) => r.start >= from && r.end <= to;

/** The workbench's side: in process (tests) or over HTTP (`--workbench <url>`). */
export interface WorkbenchApi {
  label: string;
  now(): Promise<number>;
  /** Every Sync_Run__c of the local org, as JSON. */
  syncRuns(): Promise<Record<string, unknown>[]>;
  /** An `@AuraEnabled` call: status and body as `/__apex` answers. */
  apex(name: string, params: Record<string, unknown>): Promise<{ status: number; body: unknown }>;
}

export function workbenchTarget(api: WorkbenchApi): BackfillTarget {
  return {
    label: api.label,
    now: () => api.now(),
    async manualRuns(from, to) {
      return (await api.syncRuns())
        .filter((r) => r.Kind__c === 'Manual')
        .map(runRowOf)
        .filter((r) => within(r, from, to));
    },
    async startManual(w: Window) {
      const r = await api.apex('SyncJobsController.runManual', {
        startTime: new Date(w.start).toISOString(),
        endTime: new Date(w.end).toISOString(),
      });
      if (r.status !== 200) {
        const message = (r.body as { message?: string } | null)?.message ?? JSON.stringify(r.body);
        throw new BackfillError(`The workbench refused the manual sync: ${message}`);
      }
    },
  };
}

async function getJson(url: string, init?: RequestInit): Promise<{ status: number; body: unknown }> {
  let res: Response;
  try {
    res = await fetch(url, init);
  } catch (e) {
    throw new BackfillError(`No workbench at ${url} (${(e as Error).message}): start it with npm start.`);
  }
  const text = await res.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: kept as text for the message
  }
  return { status: res.status, body };
}

/** The workbench of `npm start` at `baseUrl`, over its HTTP endpoints. */
export function workbenchHttp(baseUrl: string): WorkbenchApi {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    label: `workbench ${base}`,
    async now() {
      const r = await getJson(`${base}/__clock`);
      return Date.parse((r.body as { now: string }).now);
    },
    async syncRuns() {
      const r = await getJson(`${base}/__ui/list/Sync_Run__c`);
      return (r.body as { rows?: Record<string, unknown>[] }).rows ?? [];
    },
    apex: (name, params) =>
      getJson(`${base}/__apex/${name}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(params),
      }),
  };
}

/** The package's namespace prefix in the org (`''` for source deployed without one), from its objects. */
async function namespaceOf(conn: Connection): Promise<string> {
  const global = await conn.describeGlobal();
  const run = global.sobjects.find((o) => /^(\w+__)?Sync_Run__c$/.test(o.name));
  if (!run) {
    throw new BackfillError(
      'This org has no Sync_Run__c: deploy the package first (npm run org:deploy -- --target-org <alias>).',
    );
  }
  return run.name.slice(0, run.name.length - 'Sync_Run__c'.length);
}

const soqlTime = (ms: number) => new Date(ms).toISOString().replace('.000Z', 'Z');

/** A Salesforce org through @salesforce/core. */
export function orgTarget(conn: Connection, label: string): BackfillTarget {
  let ns: Promise<string> | null = null;
  const prefix = () => (ns ??= namespaceOf(conn));
  const strip = (row: Record<string, unknown>, p: string) =>
    Object.fromEntries(
      Object.entries(row).map(([k, v]) => [p && k.startsWith(p) ? k.slice(p.length) : k, v]),
    );
  return {
    label,
    now: () => Promise.resolve(Date.now()),
    async manualRuns(from, to) {
      const p = await prefix();
      const soql =
        `SELECT Id, Name, ${p}Status__c, ${p}Window_Start__c, ${p}Window_End__c, ${p}Conversations_Synced__c, ` +
        `${p}Last_Error__c FROM ${p}Sync_Run__c WHERE ${p}Kind__c = 'Manual' ` +
        `AND ${p}Window_Start__c >= ${soqlTime(from)} AND ${p}Window_End__c <= ${soqlTime(to)} ` +
        'ORDER BY Name LIMIT 2000';
      const result = await conn.query<Record<string, unknown>>(soql);
      return result.records.map((r) => runRowOf(strip(r, p)));
    },
    async startManual(w: Window) {
      const p = await prefix();
      const cls = `${p ? `${p.slice(0, -2)}.` : ''}SyncJobsController`;
      const apex = `${cls}.runManual(Datetime.newInstance(${w.start}L), Datetime.newInstance(${w.end}L));`;
      const r = await conn.tooling.executeAnonymous(apex);
      if (!r.compiled) {
        throw new BackfillError(
          `The org could not run ${cls}.runManual: ${r.compileProblem ?? 'compile error'}` +
            (p ? ' (an installed managed package exposes no global entry point for it)' : ''),
        );
      }
      if (!r.success)
        throw new BackfillError(`The org refused the manual sync: ${r.exceptionMessage ?? 'failed'}`);
    },
  };
}
