/**
 * The DML engine: insert / update / upsert / delete / undelete of sObjects with Salesforce's
 * system validation, access checks (user mode: CRUD + FLS; user mode or `with sharing`: record
 * sharing), system fields, triggers in chunks of 200, allOrNone or partial success (with the
 * platform's retry of the successful rows), and the `DmlException` of an allOrNone failure.
 */
import { ApexError, NotSupportedError } from '../lang/errors';
import { ApexId } from '../lang/id';
import { ApexSObject, type ApexValue } from '../interp/values';
import type { Access, ObjectInfo, RecordStore, StoredRecord } from './model';
import { dmlException, errors, type DmlError, type DmlOperation, type DmlRowResult } from './dml-results';
import { checkFields, checkReferences, checkUnique, differs, uniqueKey } from './dml-validate';
import { fieldValues, idOf, toSObject } from './records';
import { findDuplicates } from './duplicate-rules';
import { afterContentInsert, beforeContentInsert, isContentObject } from './content';

export type TriggerEvent =
  | 'beforeInsert'
  | 'afterInsert'
  | 'beforeUpdate'
  | 'afterUpdate'
  | 'beforeDelete'
  | 'afterDelete'
  | 'afterUndelete';

/** What a trigger sees: `Trigger.new` / `Trigger.old` of one chunk (≤ 200 rows, same order). */
export interface TriggerChunk {
  objectName: string;
  event: TriggerEvent;
  newRecords: ApexSObject[] | null;
  oldRecords: ApexSObject[] | null;
  /** `record.addError(message)` / `record.Field.addError(message)` on a record of this chunk. */
  addError(record: ApexSObject, message: string, field?: string): void;
}

/** Runs the triggers of an object for an event (the interpreter's part). */
export type TriggerRunner = (chunk: TriggerChunk) => Promise<void>;

export interface DmlContext {
  store: RecordStore;
  userId: string;
  /** Organization Id (default `SetupOwnerId` of hierarchy custom settings). */
  orgId: string;
  /** Transaction time for CreatedDate / LastModifiedDate / SystemModstamp (an `ApexDatetime`). */
  now: ApexValue;
  /** The running user's access; required in user mode or with sharing. */
  access?: Access;
  triggers?: TriggerRunner;
}

/** The standard duplicate rules' alerts stop a row only when the caller asked (`DuplicateRuleHeader`). */
async function checkDuplicates(
  ctx: DmlContext,
  object: ObjectInfo,
  rows: Row[],
  values: StoredRecord[],
): Promise<void> {
  for (const [i, r] of rows.entries()) {
    if (r.errors.length) continue;
    const duplicate = await findDuplicates(ctx.store, object, values[i]);
    if (duplicate)
      r.errors.push({ statusCode: 'DUPLICATES_DETECTED', message: duplicate.message, fields: [], duplicate });
  }
}

export interface DmlOptions {
  /** `Database.DMLOptions.DuplicateRuleHeader`: absent → duplicate rules do not stop Apex DML. */
  duplicateRules?: { allowSave: boolean };
  allOrNone: boolean;
  /** `AccessLevel.USER_MODE` / `insert as user`: object CRUD, FLS and sharing. */
  userMode: boolean;
  /** Running in a `with sharing` context: sharing on update/delete even in system mode. */
  withSharing: boolean;
  /** Upsert: the external id field (default: Id). */
  externalIdField?: string;
  /** Read-only fields the platform itself writes in this call (lead conversion), lower-case. */
  platformWrites?: Set<string>;
}

const CHUNK = 200;
const MAX_ATTEMPTS = 3;
/** Fields the platform maintains: never written from the caller's sObject. */
const SYSTEM = new Set([
  'id',
  'isdeleted',
  'createddate',
  'createdbyid',
  'lastmodifieddate',
  'lastmodifiedbyid',
  'systemmodstamp',
]);
const autoNumbers = new WeakMap<RecordStore, Map<string, number>>();

interface Row {
  index: number;
  source: ApexSObject;
  /** The record as triggers see it (Trigger.new). */
  work: ApexSObject;
  old?: StoredRecord;
  errors: DmlError[];
  id: string | null;
  created: boolean;
}

function objectFor(ctx: DmlContext, type: string, op: DmlOperation): ObjectInfo {
  const object = ctx.store.schema.object(type);
  if (!object) throw new NotSupportedError(`DML on sObject type ${type}`);
  const readOnly = (ctx.store.schema as { isReadOnly?: (n: string) => boolean }).isReadOnly?.(object.name);
  if (object.kind === 'metadata' || object.kind === 'event' || readOnly) {
    throw new ApexError(
      'System.TypeException',
      `DML operation ${op.toUpperCase()} not allowed on ${object.name}`,
    );
  }
  return object;
}

function accessOf(ctx: DmlContext): Access {
  if (!ctx.access) throw new Error('DML in user mode or with sharing needs the running user access');
  return ctx.access;
}

/** Groups consecutive rows of the same sObject type into chunks of at most 200. */
function chunks<T extends { source: ApexSObject }>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.length < CHUNK && last[0].source.type.toLowerCase() === r.source.type.toLowerCase())
      last.push(r);
    else out.push([r]);
  }
  return out;
}

async function fire(
  ctx: DmlContext,
  object: ObjectInfo,
  event: TriggerEvent,
  rows: Row[],
  newRecords: ApexSObject[] | null,
  oldRecords: ApexSObject[] | null,
): Promise<void> {
  if (!ctx.triggers || rows.length === 0) return;
  const byRecord = new Map<ApexSObject, Row>();
  rows.forEach((r, i) => {
    const rec = newRecords?.[i] ?? oldRecords?.[i];
    if (rec) byRecord.set(rec, r);
  });
  await ctx.triggers({
    objectName: object.name,
    event,
    newRecords,
    oldRecords,
    addError(record, message, field) {
      const row = byRecord.get(record);
      if (!row)
        throw new ApexError('System.SObjectException', 'addError on a record outside the trigger context');
      row.errors.push(errors.validation(message, field ? [field] : []));
    },
  });
}

/** `Trigger.new` of a before trigger: the records being saved, which the trigger may change. */
const workRecords = (rows: Row[]): ApexSObject[] => rows.map((r) => r.work);

/** `Trigger.old` of a chunk: each row's record as stored before the change. */
function storedRecords(object: ObjectInfo, rows: Row[]): ApexSObject[] {
  return rows.map((r) => toSObject(object, r.old as StoredRecord));
}

function nextAutoNumber(ctx: DmlContext, object: ObjectInfo, field: string, format: string): string {
  let counters = autoNumbers.get(ctx.store);
  if (!counters) autoNumbers.set(ctx.store, (counters = new Map()));
  const key = `${object.name}.${field}`.toLowerCase();
  const n = (counters.get(key) ?? 0) + 1;
  counters.set(key, n);
  return format.replace(
    /\{(0+)\}|\{([^}]*)\}/g,
    (_m, zeros: string | undefined, other: string | undefined) => {
      if (zeros) return String(n).padStart(zeros.length, '0');
      throw new NotSupportedError(`auto number display format token {${other}}`);
    },
  );
}

/** Compound `Name` of person objects (Contact, Lead, User): `FirstName LastName`. */
function compoundName(object: ObjectInfo, values: StoredRecord): void {
  const name = object.fields.get('name');
  if (!name?.calculated || !object.fields.has('lastname')) return;
  const first = values.FirstName ?? null;
  const last = values.LastName ?? null;
  values.Name = [first, last].filter((x) => x !== null && x !== '').join(' ') || null;
}

/** Defaults of a new record: checkboxes, declared defaults, picklist defaults, OwnerId, SetupOwnerId. */
function applyDefaults(ctx: DmlContext, object: ObjectInfo, s: ApexSObject): void {
  for (const f of object.fields.values()) {
    if (SYSTEM.has(f.name.toLowerCase()) || s.read(f.name) !== null) continue;
    if (!f.createable) {
      if (f.defaultValue !== null) s.write(f.name, f.defaultValue);
    } else if (f.name === 'OwnerId') s.write(f.name, ApexId.of(ctx.userId));
    else if (f.name === 'SetupOwnerId') s.write(f.name, ApexId.of(ctx.orgId));
    else if (f.defaultValue !== null) s.write(f.name, f.defaultValue);
    else if (f.type === 'boolean') s.write(f.name, false);
    else {
      const p = f.picklistValues.find((v) => v.defaultValue);
      if (p) s.write(f.name, p.value);
    }
  }
}

/** Fields an insert/update may not write: not createable/updateable for anyone, or (user mode) no FLS edit. */
function unwritable(
  ctx: DmlContext,
  object: ObjectInfo,
  values: StoredRecord,
  old: StoredRecord | undefined,
  opts: DmlOptions,
): string[] {
  const userMode = opts.userMode;
  const bad: string[] = [];
  for (const [name, v] of Object.entries(values)) {
    const f = object.fields.get(name.toLowerCase());
    if (!f || SYSTEM.has(name.toLowerCase()) || f.calculated || f.autoNumber) continue;
    if (opts.platformWrites?.has(name.toLowerCase())) continue;
    if (old ? !differs(old[f.name], v) : v === null) continue;
    const allowed = old ? f.updateable : f.createable;
    if (!allowed || (userMode && !accessOf(ctx).fieldEditable(object.name, f.name))) bad.push(f.name);
  }
  return bad;
}

async function validate(
  ctx: DmlContext,
  object: ObjectInfo,
  rows: Row[],
  values: StoredRecord[],
  creating: boolean,
): Promise<void> {
  for (const [i, r] of rows.entries()) {
    const changed = new Set(Object.keys(values[i]).filter((k) => !r.old || differs(r.old[k], values[i][k])));
    r.errors.push(
      ...checkFields(object, values[i], creating, changed),
      ...(await checkReferences(object, values[i], ctx.store)),
    );
  }
  const unique = await checkUnique(object, values, ctx.store);
  rows.forEach((r, i) => r.errors.push(...unique[i]));
}

/**
 * Runs one chunk through before triggers, validation, save and after triggers; in partial mode the
 * successful rows are retried (rolled back, triggers re-run) while some rows fail, as the platform does.
 */
async function runChunk(
  ctx: DmlContext,
  object: ObjectInfo,
  rows: Row[],
  opts: DmlOptions,
  attemptOnce: (active: Row[]) => Promise<void>,
): Promise<void> {
  let active = rows.filter((r) => r.errors.length === 0);
  for (let attempt = 1; attempt <= MAX_ATTEMPTS && active.length; attempt++) {
    const sp = await ctx.store.savepoint();
    await attemptOnce(active);
    const failed = active.filter((r) => r.errors.length > 0);
    if (failed.length === 0 || opts.allOrNone) return;
    await ctx.store.rollback(sp);
    active = active.filter((r) => r.errors.length === 0);
    for (const r of active) {
      r.id = r.old ? r.id : null;
      r.work = r.old
        ? toSObject(object, { ...r.old, ...writable(object, fieldValues(object, r.source), opts) })
        : copyForInsert(object, r.source);
    }
  }
}

function copyForInsert(object: ObjectInfo, source: ApexSObject): ApexSObject {
  const s = new ApexSObject(object.name);
  for (const [k, v] of Object.entries(fieldValues(object, source))) s.write(k, v);
  return s;
}

async function insertChunk(
  ctx: DmlContext,
  object: ObjectInfo,
  rows: Row[],
  opts: DmlOptions,
): Promise<void> {
  for (const r of rows) {
    const values = fieldValues(object, r.source);
    if (idOf(values.Id ?? null)) {
      r.errors.push(errors.idOnInsert());
      continue;
    }
    if (opts.userMode && !accessOf(ctx).canCreate(object.name)) {
      r.errors.push(errors.insufficientAccess());
      continue;
    }
    const bad = unwritable(ctx, object, values, undefined, opts);
    if (bad.length) r.errors.push(errors.notWritable(bad));
    r.work = copyForInsert(object, r.source);
  }
  await runChunk(ctx, object, rows, opts, async (active) => {
    for (const r of active) applyDefaults(ctx, object, r.work);
    await fire(ctx, object, 'beforeInsert', active, workRecords(active), null);
    const values = active.map((r) => fieldValues(object, r.work));
    await validate(ctx, object, active, values, true);
    if (opts.duplicateRules && !opts.duplicateRules.allowSave)
      await checkDuplicates(ctx, object, active, values);
    const content = isContentObject(object.name);
    if (content) {
      const refused = await beforeContentInsert(ctx.store, object.name, values);
      refused.forEach((e, i) => e && active[i].errors.length === 0 && active[i].errors.push(e));
    }
    if (active.some((r) => r.errors.length)) return;
    const saved: ApexSObject[] = [];
    for (const [i, r] of active.entries()) {
      const v = values[i];
      const id = ctx.store.newId(object.name);
      Object.assign(v, auditStamp(ctx, true), { Id: ApexId.of(id) });
      for (const f of object.fields.values())
        if (f.autoNumber && f.displayFormat) v[f.name] = nextAutoNumber(ctx, object, f.name, f.displayFormat);
      const name = object.fields.get('name');
      if (name && !name.calculated && !name.autoNumber && object.kind === 'custom' && v.Name === undefined)
        v.Name = id;
      compoundName(object, v);
      await ctx.store.insert(object.name, v);
      r.id = id;
    }
    if (content) await afterContentInsert(ctx.store, object.name, values, ctx.userId, auditStamp(ctx, true));
    for (const r of active)
      saved.push(toSObject(object, (await ctx.store.get(r.id as string)) as StoredRecord));
    await fire(ctx, object, 'afterInsert', active, saved, null);
  });
}

function auditStamp(ctx: DmlContext, creating: boolean): StoredRecord {
  const user = ApexId.of(ctx.userId);
  const stamp: StoredRecord = { LastModifiedDate: ctx.now, LastModifiedById: user, SystemModstamp: ctx.now };
  return creating ? { ...stamp, IsDeleted: false, CreatedDate: ctx.now, CreatedById: user } : stamp;
}

/** Live record of an Id, or the error an update/delete of it gets. */
async function existing(
  ctx: DmlContext,
  object: ObjectInfo,
  id: string | null,
  op: 'update' | 'delete',
): Promise<StoredRecord | DmlError> {
  if (!id) return errors.idMissing(op);
  if (id.slice(0, 3) !== object.keyPrefix) return errors.invalidReference();
  const rec = await ctx.store.get(id);
  if (rec) return rec;
  return ctx.store.getDeleted && (await ctx.store.getDeleted(id))
    ? errors.entityDeleted()
    : errors.invalidReference();
}

/** May the running user change `record`: the object right in user mode, the record's sharing with sharing. */
function mayChange(
  ctx: DmlContext,
  object: ObjectInfo,
  record: StoredRecord,
  opts: DmlOptions,
  op: 'update' | 'delete',
): boolean {
  if (!opts.userMode && !opts.withSharing) return true;
  const access = accessOf(ctx);
  if (opts.userMode && !(op === 'update' ? access.canEdit(object.name) : access.canDelete(object.name)))
    return false;
  const recordRight =
    op === 'delete' ? (access.canDeleteRecord ?? access.canEditRecord) : access.canEditRecord;
  return recordRight.call(access, object.name, record);
}

/**
 * The rows whose Id names a live record of `object` that the running user may change, with that
 * record as `old`; the others get the error that says why not.
 */
async function rowsToChange(
  ctx: DmlContext,
  object: ObjectInfo,
  rows: Row[],
  opts: DmlOptions,
  op: 'update' | 'delete',
): Promise<Row[]> {
  const found: Row[] = [];
  for (const r of rows) {
    r.id = idOf(r.source.read('Id'));
    const rec = await existing(ctx, object, r.id, op);
    if (!('Id' in rec)) r.errors.push(rec as DmlError);
    else if (!mayChange(ctx, object, rec, opts, op)) r.errors.push(errors.insufficientAccess());
    else {
      r.old = rec;
      found.push(r);
    }
  }
  return found;
}

async function updateChunk(
  ctx: DmlContext,
  object: ObjectInfo,
  rows: Row[],
  opts: DmlOptions,
): Promise<void> {
  for (const r of await rowsToChange(ctx, object, rows, opts, 'update')) {
    const found = r.old as StoredRecord;
    const values = fieldValues(object, r.source);
    const bad = unwritable(ctx, object, values, found, opts);
    if (bad.length) r.errors.push(errors.notWritable(bad));
    r.work = toSObject(object, { ...found, ...writable(object, values, opts) });
  }
  await runChunk(ctx, object, rows, opts, async (active) => {
    await fire(ctx, object, 'beforeUpdate', active, workRecords(active), storedRecords(object, active));
    const values = active.map((r) => ({
      ...writable(object, fieldValues(object, r.work), opts),
      Id: ApexId.of(r.id as string),
    }));
    await validate(ctx, object, active, values, false);
    if (active.some((r) => r.errors.length)) return;
    const saved: ApexSObject[] = [];
    for (const [i, r] of active.entries()) {
      const v = { ...(r.old as StoredRecord), ...values[i], ...auditStamp(ctx, false) };
      compoundName(object, v);
      await ctx.store.update(object.name, r.id as string, v);
      saved.push(toSObject(object, v));
    }
    await fire(ctx, object, 'afterUpdate', active, saved, storedRecords(object, active));
  });
}

/** The values an update writes: without platform-maintained and read-only fields. */
function writable(object: ObjectInfo, values: StoredRecord, opts: DmlOptions): StoredRecord {
  const out: StoredRecord = {};
  for (const [k, v] of Object.entries(values)) {
    const f = object.fields.get(k.toLowerCase());
    const platform = opts.platformWrites?.has(k.toLowerCase()) ?? false;
    if (f && !SYSTEM.has(k.toLowerCase()) && !f.calculated && !f.autoNumber && (f.updateable || platform))
      out[k] = v;
  }
  return out;
}

/** Lookups to deleted records: children of cascade relationships are deleted, others cleared (no triggers, as on the platform). */
async function cascade(ctx: DmlContext, object: ObjectInfo, id: string): Promise<void> {
  for (const child of ctx.store.schema.objects()) {
    for (const f of child.fields.values()) {
      if (f.type !== 'reference' || !f.referenceTo.some((t) => t.toLowerCase() === object.name.toLowerCase()))
        continue;
      for (const rec of await ctx.store.scan(child.name)) {
        if (idOf(rec[f.name] ?? null) !== id) continue;
        const childId = idOf(rec.Id) as string;
        if (f.deleteConstraint === 'Cascade') {
          await ctx.store.delete(child.name, childId);
          await cascade(ctx, child, childId);
        } else if (f.updateable || f.createable) {
          await ctx.store.update(child.name, childId, { [f.name]: null });
        }
      }
    }
  }
}

async function deleteChunk(
  ctx: DmlContext,
  object: ObjectInfo,
  rows: Row[],
  opts: DmlOptions,
): Promise<void> {
  await rowsToChange(ctx, object, rows, opts, 'delete');
  await runChunk(ctx, object, rows, opts, async (active) => {
    const old = storedRecords(object, active);
    await fire(ctx, object, 'beforeDelete', active, null, old);
    if (active.some((r) => r.errors.length)) return;
    for (const r of active) {
      await ctx.store.delete(object.name, r.id as string);
      await cascade(ctx, object, r.id as string);
    }
    await fire(ctx, object, 'afterDelete', active, null, old);
  });
}

async function undeleteChunk(
  ctx: DmlContext,
  object: ObjectInfo,
  rows: Row[],
  opts: DmlOptions,
): Promise<void> {
  const { getDeleted, undelete } = ctx.store;
  if (!getDeleted || !undelete) throw new NotSupportedError('undelete on a store without a recycle bin');
  for (const r of rows) {
    r.id = idOf(r.source.read('Id'));
    if (!r.id) {
      r.errors.push(errors.idMissing('undelete'));
      continue;
    }
    const found = await getDeleted.call(ctx.store, r.id);
    if (!found) r.errors.push(errors.notInRecycleBin());
    else if (opts.userMode && !accessOf(ctx).canDelete(object.name))
      r.errors.push(errors.insufficientAccess());
    else r.old = found;
  }
  await runChunk(ctx, object, rows, opts, async (active) => {
    const restored: ApexSObject[] = [];
    for (const r of active) {
      await undelete.call(ctx.store, object.name, r.id as string);
      restored.push(toSObject(object, (await ctx.store.get(r.id as string)) as StoredRecord));
    }
    await fire(ctx, object, 'afterUndelete', active, restored, null);
  });
}

const RUNNERS = { insert: insertChunk, update: updateChunk, delete: deleteChunk, undelete: undeleteChunk };

/** The records a DML call names: sObjects, or Ids for delete/undelete (`Database.delete(ids)`). */
export type DmlTarget = ApexSObject | ApexId | string;

function toSource(ctx: DmlContext, t: DmlTarget | null): ApexSObject {
  if (t === null) throw new ApexError('System.NullPointerException', 'Attempt to de-reference a null object');
  if (t instanceof ApexSObject) return t;
  const id = ApexId.of(t instanceof ApexId ? t.value : t);
  const object = ctx.store.schema.byKeyPrefix(id.keyPrefix);
  if (!object) throw new ApexError('System.StringException', `Invalid id: ${id.value}`);
  const s = new ApexSObject(object.name);
  s.write('Id', id);
  return s;
}

/**
 * Runs a DML operation. Returns one result per input row (input order). With `allOrNone` a failing
 * row rolls back the whole call and throws `System.DmlException` (rows in `details.rows`).
 */
export async function runDml(
  ctx: DmlContext,
  op: DmlOperation,
  targets: (DmlTarget | null)[],
  opts: DmlOptions,
): Promise<DmlRowResult[]> {
  const sources = targets.map((t) => toSource(ctx, t));
  if (op === 'update' || op === 'upsert') rejectDuplicateIds(sources);
  const start = await ctx.store.savepoint();
  const rows: Row[] = sources.map((source, index) => ({
    index,
    source,
    work: source,
    errors: [],
    id: null,
    created: false,
  }));
  try {
    if (op === 'upsert') await upsertRows(ctx, rows, opts);
    else {
      for (const chunk of chunks(rows)) {
        const object = objectFor(ctx, chunk[0].source.type, op);
        await RUNNERS[op](ctx, object, chunk, opts);
        if (opts.allOrNone && chunk.some((r) => r.errors.length)) break;
      }
    }
  } catch (e) {
    await ctx.store.rollback(start);
    throw e;
  }
  const failed = rows.some((r) => r.errors.length);
  const results = rows.map((r): DmlRowResult => ({
    success: r.errors.length === 0,
    id: r.id,
    created: r.created && r.errors.length === 0,
    errors: r.errors,
  }));
  if (failed && opts.allOrNone) {
    await ctx.store.rollback(start);
    throw dmlException(
      op,
      results,
      rows.map((r) => (op === 'insert' ? null : r.id)),
    );
  }
  for (const r of rows)
    if (r.errors.length === 0 && (op === 'insert' || op === 'upsert') && r.id)
      r.source.write('Id', ApexId.of(r.id));
  return results;
}

function rejectDuplicateIds(sources: ApexSObject[]): void {
  const seen = new Set<string>();
  for (const s of sources) {
    const id = idOf(s.read('Id'));
    if (!id) continue;
    if (seen.has(id)) throw new ApexError('System.ListException', `Duplicate id in list: ${id}`);
    seen.add(id);
  }
}

/** Upsert: match each row by Id or by the external id field, then insert the new rows and update the matched ones. */
async function upsertRows(ctx: DmlContext, rows: Row[], opts: DmlOptions): Promise<void> {
  for (const chunk of chunks(rows)) {
    const object = objectFor(ctx, chunk[0].source.type, 'upsert');
    const keyField = opts.externalIdField
      ? object.fields.get(opts.externalIdField.toLowerCase())
      : object.fields.get('id');
    if (
      !keyField ||
      (keyField.name !== 'Id' && !keyField.externalId && !(keyField.unique && keyField.type !== 'reference'))
    ) {
      throw new ApexError(
        'System.SObjectException',
        `Invalid field for upsert, must be an External Id custom or standard indexed field: ${opts.externalIdField}`,
      );
    }
    const inserts: Row[] = [];
    const updates: Row[] = [];
    if (keyField.name === 'Id') {
      for (const r of chunk) (idOf(r.source.read('Id')) ? updates : inserts).push(r);
    } else {
      // Unique case-insensitive fields match case-insensitively; every other external id matches exactly.
      const caseSensitive = !(keyField.unique && !keyField.caseSensitive);
      const stored = new Map<string, string[]>();
      for (const rec of await ctx.store.scan(object.name)) {
        const k = uniqueKey(keyField, rec[keyField.name] ?? null, caseSensitive);
        if (k !== null) stored.set(k, [...(stored.get(k) ?? []), idOf(rec.Id) as string]);
      }
      const keys = chunk.map((r) => uniqueKey(keyField, r.source.read(keyField.name), caseSensitive));
      const counts = new Map<string, number>();
      for (const k of keys) if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
      chunk.forEach((r, i) => {
        const k = keys[i];
        if (k === null) {
          if (idOf(r.source.read('Id'))) updates.push(r);
          else r.errors.push(errors.externalIdMissing(keyField.name));
        } else if ((counts.get(k) ?? 0) > 1)
          r.errors.push(
            errors.duplicateExternalIdInCall(keyField.name, String(r.source.read(keyField.name))),
          );
        else {
          const matches = stored.get(k) ?? [];
          if (matches.length > 1) r.errors.push(errors.duplicateExternalIdStored(keyField.label, matches));
          else if (matches.length === 1) {
            r.source.write('Id', ApexId.of(matches[0]));
            updates.push(r);
          } else inserts.push(r);
        }
      });
    }
    for (const r of inserts) r.created = true;
    await insertChunk(ctx, object, inserts, opts);
    await updateChunk(ctx, object, updates, opts);
    if (opts.allOrNone && chunk.some((r) => r.errors.length)) return;
  }
}
