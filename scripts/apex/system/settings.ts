/**
 * Static methods on custom setting and custom metadata types (apex-semantics §9.3), read from the
 * record store without counting as SOQL:
 * - hierarchy settings: `getInstance()`, `getInstance(userOrProfileId)` (merged user → profile →
 *   org, field by field; never null: without a record at the level asked, Id is null and
 *   SetupOwnerId the owner asked for), `getOrgDefaults()` (never null; empty without a record),
 *   `getValues(userOrProfileId)` (that level only, null when it has no record). Checkboxes no level
 *   stores read as their default, never null;
 * - list settings: `getAll()` (Map by Name), `getInstance(name)` / `getValues(name)` (null when missing);
 * - custom metadata: `getAll()` (Map by DeveloperName), `getInstance(developerName | qualifiedApiName | id)`
 *   (null when missing); long text fields come back cut to 255 characters, as the platform does.
 * The interpreter calls {@link sObjectStaticMethod} for `X.method(…)` when X is an sObject type.
 */
import { NotSupportedError } from '../lang/errors';
import { ApexId } from '../lang/id';
import type { Ctx } from '../interp/native';
import { ApexMap, ApexSObject, type ApexValue } from '../interp/values';
import type { ObjectInfo, StoredRecord } from '../org/model';
import { arity, nullPointer, stringArg, unsupportedOverload } from './args';
import { objectInfo, sObjectTypeToken } from './schema-tokens';
import { services } from './services';

function toRecord(info: ObjectInfo, row: StoredRecord): ApexSObject {
  const s = new ApexSObject(info.name);
  for (const [k, v] of Object.entries(row)) s.write(info.fields.get(k.toLowerCase())?.name ?? k, v);
  return s;
}

function idText(v: ApexValue | undefined): string | null {
  if (v instanceof ApexId) return v.value;
  if (typeof v === 'string' && ApexId.isValid(v)) return ApexId.of(v).value;
  return null;
}

function idArg(args: ApexValue[], i: number, method: string): string {
  const v = args[i];
  if (v === null || v === undefined) throw nullPointer();
  const id = idText(v);
  if (id === null) throw unsupportedOverload(method, args);
  return id;
}

function value(row: StoredRecord, field: string): ApexValue {
  const k = field.toLowerCase();
  for (const [name, v] of Object.entries(row)) if (name.toLowerCase() === k) return v;
  return null;
}

// ---- hierarchy settings

/** A checkbox is never null on the platform: where no level stores one, its default shows. */
function fillCheckboxes(info: ObjectInfo, rec: ApexSObject): ApexSObject {
  for (const f of info.fields.values()) {
    if (f.custom && f.type === 'boolean' && rec.read(f.name) === null)
      rec.write(f.name, f.defaultValue ?? false);
  }
  return rec;
}

type Level = 'User' | 'Profile' | 'Organization';

interface Hierarchy {
  info: ObjectInfo;
  rows: StoredRecord[];
  ctx: Ctx;
}

function rowOf(h: Hierarchy, ownerId: string): StoredRecord | undefined {
  return h.rows.find((r) => idText(value(r, 'SetupOwnerId')) === ownerId);
}

function levelOf(ctx: Ctx, id: string): Level {
  const s = services(ctx);
  if (id === s.orgId) return 'Organization';
  const name = s.schema.byKeyPrefix(id.slice(0, 3))?.name;
  if (name === 'User' || name === 'Profile') return name;
  throw new NotSupportedError(
    `a hierarchy custom setting looked up by an Id that is not a user, profile or the org (${id})`,
  );
}

async function profileOf(ctx: Ctx, userId: string): Promise<string | null> {
  const user = await services(ctx).store.get(userId);
  return user ? idText(value(user, 'ProfileId')) : null;
}

/** The owners whose records apply to `ownerId`, most specific first. */
async function chain(ctx: Ctx, ownerId: string): Promise<string[]> {
  const orgId = services(ctx).orgId;
  const level = levelOf(ctx, ownerId);
  if (level === 'Organization') return [orgId];
  if (level === 'Profile') return [ownerId, orgId];
  const profile = await profileOf(ctx, ownerId);
  return profile ? [ownerId, profile, orgId] : [ownerId, orgId];
}

/** The record at `ownerId` (or a new one owned by it, Id null) with empty custom fields filled from higher levels. */
async function merged(h: Hierarchy, ownerId: string): Promise<ApexSObject> {
  const owners = await chain(h.ctx, ownerId);
  const own = rowOf(h, ownerId);
  const rec = own ? toRecord(h.info, own) : new ApexSObject(h.info.name);
  if (!own) rec.write('SetupOwnerId', ApexId.of(ownerId));
  for (const owner of owners.slice(1)) {
    const row = rowOf(h, owner);
    if (!row) continue;
    for (const f of h.info.fields.values()) {
      if (f.custom && rec.read(f.name) === null && value(row, f.name) !== null)
        rec.write(f.name, value(row, f.name));
    }
  }
  return fillCheckboxes(h.info, rec);
}

async function hierarchyMethod(
  ctx: Ctx,
  info: ObjectInfo,
  method: string,
  args: ApexValue[],
): Promise<ApexValue> {
  const h: Hierarchy = { info, rows: await services(ctx).store.scan(info.name), ctx };
  const label = `${info.name}.${method}`;
  switch (method.toLowerCase()) {
    case 'getinstance':
      arity(label, args, 0, 1);
      return merged(h, args.length === 0 ? services(ctx).userId() : idArg(args, 0, label));
    case 'getorgdefaults': {
      arity(label, args, 0);
      const row = rowOf(h, services(ctx).orgId);
      return fillCheckboxes(info, row ? toRecord(info, row) : new ApexSObject(info.name));
    }
    case 'getvalues': {
      arity(label, args, 1);
      const ownerId = idArg(args, 0, label);
      levelOf(ctx, ownerId);
      const row = rowOf(h, ownerId);
      return row ? toRecord(info, row) : null;
    }
  }
  throw new NotSupportedError(`${label} on a hierarchy custom setting`);
}

// ---- list settings and custom metadata: records by name, read with getAll and getInstance

interface NamedRecords {
  /** How NotSupportedError names the type (`on a list custom setting`). */
  what: string;
  /** The field `getAll()` keys its map by. */
  nameField: string;
  /** The lower-case names of the methods that read one record (`getInstance`, …). */
  lookups: string[];
  find(info: ObjectInfo, rows: StoredRecord[], args: ApexValue[], label: string): StoredRecord | undefined;
  record(info: ObjectInfo, row: StoredRecord): ApexSObject;
}

async function namedRecordsMethod(
  ctx: Ctx,
  info: ObjectInfo,
  method: string,
  args: ApexValue[],
  type: NamedRecords,
): Promise<ApexValue> {
  const rows = await services(ctx).store.scan(info.name);
  const label = `${info.name}.${method}`;
  const key = method.toLowerCase();
  if (key === 'getall') {
    arity(label, args, 0);
    const m = new ApexMap({ name: 'String' }, { name: info.name });
    for (const r of rows) m.set(value(r, type.nameField), type.record(info, r));
    return m;
  }
  if (type.lookups.includes(key)) {
    arity(label, args, 1);
    const row = type.find(info, rows, args, label);
    return row ? type.record(info, row) : null;
  }
  throw new NotSupportedError(`${label} on ${type.what}`);
}

const LIST_SETTING: NamedRecords = {
  what: 'a list custom setting',
  nameField: 'Name',
  lookups: ['getinstance', 'getvalues'],
  find: (_info, rows, args, label) => {
    const name = stringArg(args, 0, label);
    return rows.find((r) => value(r, 'Name') === name);
  },
  record: toRecord,
};

const METADATA_TEXT_LIMIT = 255;

function metadataRecord(info: ObjectInfo, row: StoredRecord): ApexSObject {
  const rec = toRecord(info, row);
  for (const f of info.fields.values()) {
    const v = rec.read(f.name);
    if (f.type === 'textarea' && f.length > METADATA_TEXT_LIMIT && typeof v === 'string') {
      rec.write(f.name, v.slice(0, METADATA_TEXT_LIMIT));
    }
  }
  return rec;
}

function metadataRow(info: ObjectInfo, rows: StoredRecord[], key: ApexValue): StoredRecord | undefined {
  const id = key instanceof ApexId ? key.value : null;
  if (id !== null || (typeof key === 'string' && ApexId.isValid(key) && key.startsWith(info.keyPrefix))) {
    const wanted = id ?? ApexId.of(key as string).value;
    return rows.find((r) => idText(value(r, 'Id')) === wanted);
  }
  const name = key as string;
  return (
    rows.find((r) => value(r, 'DeveloperName') === name) ??
    rows.find((r) => value(r, 'QualifiedApiName') === name)
  );
}

const METADATA_TYPE: NamedRecords = {
  what: 'a custom metadata type',
  nameField: 'DeveloperName',
  lookups: ['getinstance'],
  find: (info, rows, args, label) => {
    const key = args[0];
    if (key === null || key === undefined) throw nullPointer();
    if (typeof key !== 'string' && !(key instanceof ApexId)) throw unsupportedOverload(label, args);
    return metadataRow(info, rows, key);
  },
  record: metadataRecord,
};

/** `X.method(args)` where X is an sObject type: settings and metadata methods, and `getSObjectType()`. */
export async function sObjectStaticMethod(
  ctx: Ctx,
  objectName: string,
  method: string,
  args: ApexValue[],
): Promise<ApexValue> {
  const info = objectInfo(services(ctx).schema, objectName);
  if (method.toLowerCase() === 'getsobjecttype') {
    arity(`${info.name}.getSObjectType`, args, 0);
    return sObjectTypeToken(services(ctx).schema, info.name);
  }
  if (info.kind === 'setting') {
    if (info.settingType === 'List') return namedRecordsMethod(ctx, info, method, args, LIST_SETTING);
    return hierarchyMethod(ctx, info, method, args);
  }
  if (info.kind === 'metadata') return namedRecordsMethod(ctx, info, method, args, METADATA_TYPE);
  throw new NotSupportedError(`static method ${info.name}.${method}`);
}
