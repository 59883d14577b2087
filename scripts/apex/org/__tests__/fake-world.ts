/**
 * The hand-built org the runtime's unit tests share (SOQL, Schema, sObject, settings, service
 * bindings): objects from a few fields, a schema over them, an in-memory record store, and an
 * `Access` whose denials and hidden records a test sets.
 */
import { ApexId } from '../../lang/id';
import { makeField } from '../fields';
import type { Access, FieldInfo, FieldType, ObjectInfo, RecordStore, Schema, StoredRecord } from '../model';

/** A field with room for any test value: 255 characters, 18 digits with 2 decimals. */
export function roomyField(name: string, type: FieldType, extra: Partial<FieldInfo> = {}): FieldInfo {
  return makeField({ name, type, length: 255, precision: 18, scale: 2, ...extra });
}

/** An object labelled after its name (`Chat__c` → `Chat`, `Chats`), read-write for everyone by default. */
export function fakeObjectInfo(
  name: string,
  keyPrefix: string,
  fields: FieldInfo[],
  extra: Partial<ObjectInfo> = {},
): ObjectInfo {
  const label = name.replace(/__\w+$/, '').replace(/_/g, ' ');
  return {
    name,
    label,
    labelPlural: label + 's',
    keyPrefix,
    kind: name.endsWith('__c') ? 'custom' : 'standard',
    sharingModel: 'ReadWrite',
    custom: name.includes('__'),
    fields: new Map(fields.map((f) => [f.name.toLowerCase(), f])),
    childRelationships: [],
    ...extra,
  };
}

export function schemaOf(objects: ObjectInfo[]): Schema {
  const byName = new Map(objects.map((o) => [o.name.toLowerCase(), o]));
  return {
    object: (name) => byName.get(name.toLowerCase()),
    objects: () => objects,
    byKeyPrefix: (prefix) => objects.find((o) => o.keyPrefix === prefix),
  };
}

/** Records in memory, without savepoints or a recycle bin. */
export class FakeStore implements RecordStore {
  private readonly rows = new Map<string, { object: string; record: StoredRecord }>();
  private counter = 0;
  constructor(readonly schema: Schema) {}
  newId(objectName: string): string {
    const prefix = this.schema.object(objectName)?.keyPrefix ?? 'zzz';
    return ApexId.of(prefix + String(++this.counter).padStart(12, '0')).value;
  }
  /** Adds a record with a new Id and returns the Id. */
  add(objectName: string, fields: StoredRecord): ApexId {
    const id = ApexId.of(this.newId(objectName));
    this.rows.set(id.value, { object: objectName.toLowerCase(), record: { Id: id, ...fields } });
    return id;
  }
  scan(objectName: string): Promise<StoredRecord[]> {
    const k = objectName.toLowerCase();
    return Promise.resolve([...this.rows.values()].filter((r) => r.object === k).map((r) => r.record));
  }
  get(id: string): Promise<StoredRecord | undefined> {
    return Promise.resolve(this.rows.get(id)?.record);
  }
  insert(objectName: string, record: StoredRecord): Promise<void> {
    this.rows.set(String(record.Id), { object: objectName.toLowerCase(), record });
    return Promise.resolve();
  }
  update(_o: string, id: string, changes: StoredRecord): Promise<void> {
    const r = this.rows.get(id);
    if (r) Object.assign(r.record, changes);
    return Promise.resolve();
  }
  delete(_o: string, id: string): Promise<void> {
    this.rows.delete(id);
    return Promise.resolve();
  }
  savepoint(): Promise<unknown> {
    return Promise.reject(new Error('fake store: savepoints are not modelled'));
  }
  rollback(): Promise<void> {
    return Promise.reject(new Error('fake store: savepoints are not modelled'));
  }
}

/**
 * Everything allowed except what a test denies (case-insensitive): `Contact` (the object),
 * `Contact.Email` (a field), `create:`/`edit:`/`delete:` before either for that right alone;
 * records visible unless `hidden` says otherwise.
 */
export class FakeAccess implements Access {
  readonly denied = new Set<string>();
  hidden: (objectName: string, record: StoredRecord) => boolean = () => false;
  constructor(public userId = '005000000000001AAA') {}
  deny(...keys: string[]): this {
    for (const k of keys) this.denied.add(k.toLowerCase());
    return this;
  }
  private allows(key: string): boolean {
    return !this.denied.has(key.toLowerCase());
  }
  canRead(o: string): boolean {
    return this.allows(o);
  }
  canCreate(o: string): boolean {
    return this.allows(o) && this.allows(`create:${o}`);
  }
  canEdit(o: string): boolean {
    return this.allows(o) && this.allows(`edit:${o}`);
  }
  canDelete(o: string): boolean {
    return this.allows(o) && this.allows(`delete:${o}`);
  }
  fieldReadable(o: string, f: string): boolean {
    return this.allows(`${o}.${f}`);
  }
  fieldEditable(o: string, f: string): boolean {
    return this.allows(`${o}.${f}`) && this.allows(`edit:${o}.${f}`);
  }
  canSeeRecord(o: string, r: StoredRecord): boolean {
    return !this.hidden(o, r);
  }
  canEditRecord(): boolean {
    return true;
  }
}
