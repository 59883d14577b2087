/**
 * `npm run org:setup` step: puts the "Chat Transcripts" related list on the page layouts of Account,
 * Contact, Lead, Case, Opportunity (and person accounts) of a scratch/dev org through the Metadata API
 * (`list` / `read` / `update` of type Layout). The package never ships standard-object layouts
 * (docs/data-model.md); subscriber admins add the related list themselves (docs/org.md).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Connection } from '@salesforce/core';
import type { Output } from './cli';
import { OrgScriptError, describeError } from './cli';
import type { LayoutLike } from './relatedList';
import { CHAT_TRANSCRIPT_OBJECT, addRelatedList, chatTranscriptRelatedList } from './relatedList';

/** Layout name prefix (`<prefix>-<layout name>`) → the Chat Transcript lookup that relates to it. */
export const RELATED_LIST_TARGETS = [
  { prefix: 'Account', lookup: 'Account__c' },
  { prefix: 'Contact', lookup: 'Contact__c' },
  { prefix: 'Lead', lookup: 'Lead__c' },
  { prefix: 'Case', lookup: 'Case__c' },
  { prefix: 'Opportunity', lookup: 'Opportunity__c' },
] as const;

/** Person account layouts are `PersonAccount-<name>`; the transcript relates to them through Account__c. */
export const PERSON_ACCOUNT_TARGET = { prefix: 'PersonAccount', lookup: 'Account__c' } as const;

const PROJECT_FILE = path.join(__dirname, '..', '..', '..', 'sfdx-project.json');
/** The Metadata API reads and updates at most 10 components per call. */
const BATCH = 10;

export type LayoutStatus = 'added' | 'already present' | 'error';

export interface LayoutOutcome {
  layout: string;
  relatedList: string;
  status: LayoutStatus;
  error?: string;
}

interface MetadataError {
  statusCode?: string;
  message?: string;
  fields?: string[] | string;
}

interface MetadataSaveResult {
  fullName?: string;
  success: boolean | string;
  errors?: MetadataError[] | MetadataError;
}

const asArray = <T>(v: T | T[] | undefined | null): T[] =>
  v === undefined || v === null ? [] : Array.isArray(v) ? v : [v];

/** The namespace named in sfdx-project.json ('' in the dev project; the packaging variant holds `LiveEngage`). */
export function projectNamespace(file = PROJECT_FILE): string {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as { namespace?: unknown };
    return typeof parsed.namespace === 'string' ? parsed.namespace : '';
  } catch {
    return '';
  }
}

/**
 * The namespace the Chat Transcript object carries in this org: '' for a no-namespace scratch org,
 * `<ns>` where it is `<ns>__Chat_Transcript__c` (namespaced scratch org, installed package). When both
 * exist the project's namespace wins. Fails with a user error when the object is not deployed.
 */
export async function packageNamespace(conn: Connection, preferred = projectNamespace()): Promise<string> {
  const global = await conn.describeGlobal();
  const found = new Set<string>();
  for (const s of global.sobjects) {
    const m = /^(?:([A-Za-z][A-Za-z0-9]*)__)?Chat_Transcript__c$/i.exec(s.name);
    if (m) found.add(m[1] ?? '');
  }
  if (found.size === 0) {
    throw new OrgScriptError(`${CHAT_TRANSCRIPT_OBJECT} is not in this org yet.`, [
      'Deploy the package first: npm run org:deploy -- --target-org <alias>',
    ]);
  }
  if (found.has(preferred)) return preferred;
  return [...found].sort()[0];
}

/** True when the org has Person Accounts enabled (Account then has the IsPersonAccount field). */
export async function hasPersonAccounts(conn: Connection): Promise<boolean> {
  const describe = await conn.describe('Account');
  return describe.fields.some((f) => f.name === 'IsPersonAccount');
}

function renderErrors(errors: MetadataError[] | MetadataError | undefined): string {
  const msgs = asArray(errors).map((e) => {
    const fields = asArray(e.fields).filter(Boolean);
    return `${e.statusCode ? `${e.statusCode}: ` : ''}${e.message ?? ''}${fields.length ? ` (${fields.join(', ')})` : ''}`;
  });
  return msgs.join('; ') || 'unknown error';
}

/** A layout full name as people read it (the Metadata API percent-encodes characters such as parentheses). */
export function displayName(fullName: string): string {
  try {
    return decodeURIComponent(fullName);
  } catch {
    return fullName;
  }
}

function chunks<T>(items: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += BATCH) out.push(items.slice(i, i + BATCH));
  return out;
}

export interface RelatedListOptions {
  /** Package namespace; derived from the org (see packageNamespace) when not given. */
  namespace?: string;
  /** Whether to patch `PersonAccount-…` layouts; asked of the org (hasPersonAccounts) when not given. */
  personAccounts?: boolean;
}

/**
 * Adds the Chat Transcripts related list to every layout of Account, Contact, Lead, Case,
 * Opportunity (and PersonAccount when the org has person accounts) that lacks it. Idempotent. Prints
 * one line per layout and returns the outcomes; per-layout failures are reported, not thrown.
 */
export async function addChatTranscriptRelatedLists(
  conn: Connection,
  out: Output,
  options: RelatedListOptions = {},
): Promise<LayoutOutcome[]> {
  const namespace = options.namespace ?? (await packageNamespace(conn));
  const personAccounts = options.personAccounts ?? (await hasPersonAccounts(conn));
  const targets = personAccounts
    ? [...RELATED_LIST_TARGETS, PERSON_ACCOUNT_TARGET]
    : [...RELATED_LIST_TARGETS];

  const listed = asArray(await conn.metadata.list([{ type: 'Layout' }]));
  const work: Array<{ fullName: string; lookup: string }> = [];
  for (const t of targets) {
    const names = listed
      .map((p) => p.fullName)
      .filter((n) => n.startsWith(`${t.prefix}-`))
      .sort();
    if (names.length === 0) out.info(`  ${t.prefix}: no page layout found`);
    for (const fullName of names) work.push({ fullName, lookup: t.lookup });
  }

  const outcomes: LayoutOutcome[] = [];
  for (const batch of chunks(work)) {
    for (const o of await patchBatch(conn, batch, namespace)) {
      outcomes.push(o);
      const name = displayName(o.layout);
      if (o.status === 'error') out.error(`  ${name}: ERROR ${o.error ?? ''}`);
      else out.info(`  ${name}: Chat Transcripts related list ${o.status}`);
    }
  }
  return outcomes;
}

/** Reads up to 10 layouts, patches them, updates the changed ones; one outcome per layout, in order. */
async function patchBatch(
  conn: Connection,
  batch: Array<{ fullName: string; lookup: string }>,
  namespace: string,
): Promise<LayoutOutcome[]> {
  const items = batch.map((w) => chatTranscriptRelatedList(w.lookup, namespace));
  const outcomes: LayoutOutcome[] = batch.map((w, i) => ({
    layout: w.fullName,
    relatedList: items[i].relatedList,
    status: 'already present',
  }));
  const fail = (o: LayoutOutcome, error: string) => Object.assign(o, { status: 'error', error });
  let read: LayoutLike[];
  try {
    read = asArray(
      (await conn.metadata.read(
        'Layout',
        batch.map((w) => w.fullName),
      )) as unknown as LayoutLike[],
    );
  } catch (e) {
    for (const o of outcomes) fail(o, `could not read the layout: ${describeError(e)}`);
    return outcomes;
  }
  const toUpdate: Array<{ layout: LayoutLike; outcome: LayoutOutcome }> = [];
  batch.forEach((w, i) => {
    // Matched by name: readMetadata answers a layout it cannot find with an empty record or none.
    const current = read.find((l) => l.fullName && displayName(l.fullName) === displayName(w.fullName));
    if (!current?.fullName) {
      fail(outcomes[i], 'the layout could not be read (not found)');
      return;
    }
    const { layout, changed } = addRelatedList(current, items[i]);
    if (changed) toUpdate.push({ layout: { ...layout, fullName: w.fullName }, outcome: outcomes[i] });
  });
  if (toUpdate.length === 0) return outcomes;
  let saved: MetadataSaveResult[];
  try {
    saved = asArray(
      (await conn.metadata.update(
        'Layout',
        toUpdate.map((u) => u.layout) as never,
      )) as unknown as MetadataSaveResult[],
    );
  } catch (e) {
    for (const u of toUpdate) fail(u.outcome, describeError(e));
    return outcomes;
  }
  toUpdate.forEach((u, i) => {
    const r = saved.find((x) => x.fullName === u.outcome.layout) ?? saved[i];
    if (r !== undefined && (r.success === true || r.success === 'true')) u.outcome.status = 'added';
    else fail(u.outcome, r ? renderErrors(r.errors) : 'no result returned');
  });
  return outcomes;
}

/** The user error org:setup ends with when some layouts could not be updated (after the other steps ran). */
export function layoutFailures(outcomes: LayoutOutcome[]): OrgScriptError | undefined {
  const failed = outcomes.filter((o) => o.status === 'error');
  if (failed.length === 0) return undefined;
  return new OrgScriptError(
    `The Chat Transcripts related list could not be added to ${failed.length} layout(s):`,
    [
      ...failed.map((o) => `  ${displayName(o.layout)} (${o.relatedList}): ${o.error ?? ''}`),
      'Add it by hand (docs/org.md, "Chat Transcripts related list") or fix the layout and re-run npm run org:setup.',
    ],
  );
}
