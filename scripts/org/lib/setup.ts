/**
 * `npm run org:setup`: assigns the LiveEngage permission sets and loads the sample records of
 * `scripts/org/data/sample-data.json` (idempotent: existing records are left alone).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Connection } from '@salesforce/core';
import type { Output } from './cli';
import { OrgScriptError } from './cli';

export const PERMISSION_SETS = ['LiveEngage_Admin', 'LiveEngage_Agent'] as const;
export const SAMPLE_DATA_FILE = path.join(__dirname, '..', 'data', 'sample-data.json');

type Row = Record<string, unknown>;

interface SampleGroup {
  object: string;
  key: string;
  rows: Row[];
}

interface SaveResult {
  id?: string;
  success: boolean;
  errors?: Array<{ message?: string; statusCode?: string; fields?: string[] } | string>;
}

/** Quotes a value for a SOQL string literal. */
export function soqlString(value: string): string {
  return `'${value.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}

function saveErrors(results: SaveResult[], what: string): string[] {
  const lines: string[] = [];
  results.forEach((r, i) => {
    if (r.success) return;
    const msgs = (r.errors ?? []).map((e) =>
      typeof e === 'string' ? e : `${e.statusCode ? `${e.statusCode}: ` : ''}${e.message ?? ''}`,
    );
    lines.push(`  ${what} #${i + 1}: ${msgs.join('; ') || 'unknown error'}`);
  });
  return lines;
}

async function createAll(conn: Connection, object: string, rows: Row[]): Promise<SaveResult[]> {
  if (rows.length === 0) return [];
  const res = (await conn.sobject(object).create(rows, { allOrNone: false })) as unknown as
    SaveResult | SaveResult[];
  return Array.isArray(res) ? res : [res];
}

/** Assigns the permission sets to the user (the org's own user when none is named). */
export async function assignPermissionSets(conn: Connection, username: string, out: Output): Promise<number> {
  const users = await conn.query<{ Id: string }>(
    `SELECT Id FROM User WHERE Username = ${soqlString(username)} LIMIT 1`,
  );
  const userId = users.records[0]?.Id;
  if (!userId)
    throw new OrgScriptError(`No user "${username}" in this org.`, [
      'Pass an existing username with --user.',
    ]);
  const names = PERMISSION_SETS.map(soqlString).join(', ');
  const sets = await conn.query<{ Id: string; Name: string }>(
    `SELECT Id, Name FROM PermissionSet WHERE Name IN (${names})`,
  );
  const missing = PERMISSION_SETS.filter((n) => !sets.records.some((s) => s.Name === n));
  if (missing.length) {
    throw new OrgScriptError(`The permission set(s) ${missing.join(', ')} are not in this org yet.`, [
      'Deploy the package first: npm run org:deploy -- --target-org <alias>',
    ]);
  }
  const ids = sets.records.map((s) => soqlString(s.Id)).join(', ');
  const existing = await conn.query<{ PermissionSetId: string }>(
    `SELECT PermissionSetId FROM PermissionSetAssignment WHERE AssigneeId = ${soqlString(userId)} AND PermissionSetId IN (${ids})`,
  );
  const have = new Set(existing.records.map((r) => r.PermissionSetId));
  const toAssign = sets.records.filter((s) => !have.has(s.Id));
  for (const s of sets.records.filter((x) => have.has(x.Id)))
    out.info(`  ${s.Name}: already assigned to ${username}`);
  const results = await createAll(
    conn,
    'PermissionSetAssignment',
    toAssign.map((s) => ({ AssigneeId: userId, PermissionSetId: s.Id })),
  );
  const errors = saveErrors(results, 'PermissionSetAssignment');
  if (errors.length) throw new OrgScriptError('Some permission sets could not be assigned:', errors);
  for (const s of toAssign) out.info(`  ${s.Name}: assigned to ${username}`);
  return toAssign.length;
}

export function readSampleData(file = SAMPLE_DATA_FILE): SampleGroup[] {
  const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { records?: SampleGroup[] };
  return parsed.records ?? [];
}

/**
 * Creates the sample records that are not there yet (matched on each group's key field).
 * `@Account` in a row names an Account (by Name) to link through AccountId.
 */
export async function loadSampleData(
  conn: Connection,
  out: Output,
  groups = readSampleData(),
): Promise<number> {
  let created = 0;
  const accountIds = new Map<string, string>();
  for (const group of groups) {
    const keys = group.rows.map((r) => String(r[group.key] ?? '')).filter(Boolean);
    if (keys.length === 0) continue;
    const found = await conn.query<Row>(
      `SELECT Id, ${group.key} FROM ${group.object} WHERE ${group.key} IN (${keys.map(soqlString).join(', ')})`,
    );
    const existing = new Map(found.records.map((r) => [String(r[group.key]), String(r.Id)]));
    const fresh = group.rows.filter((r) => !existing.has(String(r[group.key])));
    const rows = fresh.map((r) => {
      const row: Row = {};
      for (const [k, v] of Object.entries(r)) {
        if (k === '@Account') {
          const id = accountIds.get(String(v));
          if (id) row.AccountId = id;
        } else row[k] = v;
      }
      return row;
    });
    const results = await createAll(conn, group.object, rows);
    const errors = saveErrors(results, group.object);
    if (errors.length)
      throw new OrgScriptError(`Some ${group.object} sample records could not be created:`, errors);
    results.forEach((r, i) => {
      if (r.id) existing.set(String(fresh[i][group.key]), r.id);
    });
    if (group.object === 'Account') for (const [name, id] of existing) accountIds.set(name, id);
    created += rows.length;
    out.info(`  ${group.object}: ${rows.length} created, ${group.rows.length - rows.length} already there`);
  }
  return created;
}
