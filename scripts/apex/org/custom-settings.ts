/**
 * Custom settings (hierarchy: `getInstance`, `getOrgDefaults`, `getValues`; list: `getAll`,
 * `getValues`) and custom metadata (`getAll`, `getInstance`) over the record store.
 */
import { ApexId } from '../lang/id';
import { ApexSObject } from '../interp/values';
import type { ObjectInfo, RecordStore, StoredRecord } from './model';
import { idOf, toSObject } from './records';

/** Whose hierarchy values apply: the user, the user's profile and the org. */
export interface SettingOwners {
  userId: string;
  profileId: string;
  orgId: string;
}

function objectOf(store: RecordStore, name: string, kind: ObjectInfo['kind']): ObjectInfo {
  const o = store.schema.object(name);
  if (!o || o.kind !== kind)
    throw new Error(`${name} is not a ${kind === 'setting' ? 'custom setting' : 'custom metadata type'}`);
  return o;
}

async function byOwner(store: RecordStore, object: ObjectInfo): Promise<Map<string, StoredRecord>> {
  const out = new Map<string, StoredRecord>();
  for (const r of await store.scan(object.name)) {
    const owner = idOf(r.SetupOwnerId ?? null);
    if (owner) out.set(owner, r);
  }
  return out;
}

/** A record with no stored values: every field null except checkboxes (their defaults) and SetupOwnerId. */
function emptySetting(object: ObjectInfo, ownerId: string | null): ApexSObject {
  const s = new ApexSObject(object.name);
  for (const f of object.fields.values())
    if (f.type === 'boolean' && f.name !== 'IsDeleted' && f.custom) s.write(f.name, f.defaultValue ?? false);
  if (ownerId) s.write('SetupOwnerId', ApexId.of(ownerId));
  return s;
}

/** Hierarchy `getOrgDefaults()`: the org-level record, or an empty record (never null). */
export async function orgDefaults(
  store: RecordStore,
  settingName: string,
  owners: SettingOwners,
): Promise<ApexSObject> {
  const object = objectOf(store, settingName, 'setting');
  const rec = (await byOwner(store, object)).get(owners.orgId);
  return rec ? toSObject(object, rec) : emptySetting(object, owners.orgId);
}

/** Hierarchy `getValues(ownerId)`: the record stored at exactly that level, or null. */
export async function settingValuesAt(
  store: RecordStore,
  settingName: string,
  ownerId: string,
): Promise<ApexSObject | null> {
  const object = objectOf(store, settingName, 'setting');
  const rec = (await byOwner(store, object)).get(idOf(ownerId) as string);
  return rec ? toSObject(object, rec) : null;
}

/**
 * Hierarchy `getInstance()` / `getInstance(userOrProfileId)`: field by field, the most specific
 * non-null value of user → profile → org; a record even when nothing is stored. For a profile Id
 * the chain is profile → org.
 */
export async function hierarchyInstance(
  store: RecordStore,
  settingName: string,
  owners: SettingOwners,
  forId?: string,
): Promise<ApexSObject> {
  const object = objectOf(store, settingName, 'setting');
  const stored = await byOwner(store, object);
  const target = forId ? (idOf(forId) as string) : owners.userId;
  const chain = target.startsWith('00e')
    ? [target, owners.orgId]
    : [target, target === owners.userId ? owners.profileId : null, owners.orgId];
  const levels = chain
    .filter((id): id is string => !!id)
    .map((id) => stored.get(id))
    .filter((r): r is StoredRecord => !!r);
  if (levels.length === 0) return emptySetting(object, target);
  const merged = toSObject(object, levels[0]);
  for (const level of levels.slice(1)) {
    for (const f of object.fields.values()) {
      if (!f.custom) continue;
      if (merged.read(f.name) === null && (level[f.name] ?? null) !== null)
        merged.write(f.name, level[f.name]);
    }
  }
  return merged;
}

/** List setting `getAll()`: Name → record, in insertion order. */
export async function listSettingAll(
  store: RecordStore,
  settingName: string,
): Promise<Map<string, ApexSObject>> {
  const object = objectOf(store, settingName, 'setting');
  const out = new Map<string, ApexSObject>();
  for (const r of await store.scan(object.name)) out.set(String(r.Name), toSObject(object, r));
  return out;
}

/** List setting `getValues(name)` / `getInstance(name)`: the named record or null. */
export async function listSettingValue(
  store: RecordStore,
  settingName: string,
  name: string,
): Promise<ApexSObject | null> {
  return (await listSettingAll(store, settingName)).get(name) ?? null;
}

/** Custom metadata `getAll()`: DeveloperName → record. */
export async function metadataAll(store: RecordStore, typeName: string): Promise<Map<string, ApexSObject>> {
  const object = objectOf(store, typeName, 'metadata');
  const out = new Map<string, ApexSObject>();
  for (const r of await store.scan(object.name)) out.set(String(r.DeveloperName), toSObject(object, r));
  return out;
}

/** Custom metadata `getInstance(developerName | qualifiedApiName | id)`: the record or null. */
export async function metadataInstance(
  store: RecordStore,
  typeName: string,
  key: string,
): Promise<ApexSObject | null> {
  const object = objectOf(store, typeName, 'metadata');
  const id = idOf(key);
  for (const r of await store.scan(object.name)) {
    if ((id && idOf(r.Id) === id) || r.DeveloperName === key || r.QualifiedApiName === key)
      return toSObject(object, r);
  }
  return null;
}
