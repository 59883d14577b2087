/** A small in-memory org for the SOQL tests: Account, Contact, User; permissions and sharing switchable. */
import type { ApexValue } from '../../interp/values';
import { ApexId } from '../../lang/id';
import { ApexDatetime } from '../../lang/temporal';
import type {
  Access,
  ChildRelationship,
  FieldInfo,
  FieldType,
  ObjectInfo,
  RecordStore,
  Schema,
  StoredRecord,
} from '../../org/model';
import type { QueryEnv } from '../env';
import type { BindNode } from '../model';

function field(name: string, type: FieldType, extra: Partial<FieldInfo> = {}): FieldInfo {
  return {
    name,
    label: name,
    type,
    referenceTo: [],
    length: 255,
    precision: 18,
    scale: 2,
    nillable: true,
    unique: false,
    caseSensitive: false,
    externalId: false,
    createable: true,
    updateable: true,
    calculated: false,
    autoNumber: false,
    defaultValue: null,
    picklistValues: [],
    custom: name.endsWith('__c'),
    namePointing: false,
    nameField: false,
    ...extra,
  };
}

const ref = (name: string, to: string[], relationshipName: string): FieldInfo =>
  field(name, 'reference', { referenceTo: to, relationshipName });

function object(
  name: string,
  keyPrefix: string,
  fields: FieldInfo[],
  children: ChildRelationship[] = [],
): ObjectInfo {
  return {
    name,
    label: name,
    labelPlural: name + 's',
    keyPrefix,
    kind: name.endsWith('__c') ? 'custom' : 'standard',
    sharingModel: 'Private',
    custom: name.endsWith('__c'),
    fields: new Map([field('Id', 'id'), ...fields].map((f) => [f.name.toLowerCase(), f])),
    childRelationships: children,
  };
}

export const OBJECTS: ObjectInfo[] = [
  object(
    'Account',
    '001',
    [
      field('Name', 'string'),
      field('Industry', 'picklist'),
      field('AnnualRevenue', 'currency'),
      field('NumberOfEmployees', 'integer'),
      field('Tags__c', 'multipicklist'),
      field('Founded__c', 'date'),
      field('Active__c', 'boolean'),
      field('CreatedDate', 'datetime'),
      ref('OwnerId', ['User', 'Group'], 'Owner'),
      ref('ParentId', ['Account'], 'Parent'),
    ],
    [
      { relationshipName: 'Contacts', childObject: 'Contact', field: 'AccountId', cascadeDelete: false },
      { relationshipName: 'ChildAccounts', childObject: 'Account', field: 'ParentId', cascadeDelete: false },
    ],
  ),
  object('Contact', '003', [
    field('LastName', 'string'),
    field('Email', 'email'),
    field('Secret__c', 'string'),
    ref('AccountId', ['Account'], 'Account'),
  ]),
  object('User', '005', [field('Name', 'string'), field('Email', 'email')]),
  object('Group', '00G', [field('Name', 'string')]),
];

export const schema: Schema = {
  object: (name) => OBJECTS.find((o) => o.name.toLowerCase() === name.toLowerCase()),
  objects: () => OBJECTS,
  byKeyPrefix: (p) => OBJECTS.find((o) => o.keyPrefix === p),
};

export class FakeStore implements RecordStore {
  readonly schema = schema;
  private readonly records = new Map<string, { object: string; record: StoredRecord }>();
  private counter = 0;
  newId(objectName: string): string {
    const prefix = schema.object(objectName)?.keyPrefix ?? 'zzz';
    return ApexId.of(prefix + String(++this.counter).padStart(12, '0')).value;
  }
  /** Adds a record and returns its Id (18 characters). */
  add(objectName: string, fields: Record<string, ApexValue>): ApexId {
    const id = ApexId.of(this.newId(objectName));
    this.records.set(id.value, { object: objectName, record: { Id: id, ...fields } });
    return id;
  }
  scan(objectName: string): Promise<StoredRecord[]> {
    return Promise.resolve(
      [...this.records.values()]
        .filter((r) => r.object.toLowerCase() === objectName.toLowerCase())
        .map((r) => r.record),
    );
  }
  get(id: string): Promise<StoredRecord | undefined> {
    return Promise.resolve(this.records.get(id)?.record);
  }
  insert(objectName: string, record: StoredRecord): Promise<void> {
    this.records.set(String(record.Id), { object: objectName, record });
    return Promise.resolve();
  }
  update(_o: string, id: string, changes: StoredRecord): Promise<void> {
    const r = this.records.get(id);
    if (r) Object.assign(r.record, changes);
    return Promise.resolve();
  }
  delete(_o: string, id: string): Promise<void> {
    this.records.delete(id);
    return Promise.resolve();
  }
  savepoint(): Promise<unknown> {
    return Promise.reject(new Error('savepoints are not used by the SOQL tests'));
  }
  rollback(): Promise<void> {
    return Promise.reject(new Error('savepoints are not used by the SOQL tests'));
  }
}

/** Everything readable unless listed; records visible unless `hidden` says otherwise. */
export class FakeAccess implements Access {
  userId = '005000000000001AAA';
  unreadableObjects = new Set<string>();
  unreadableFields = new Set<string>();
  hidden: (objectName: string, record: StoredRecord) => boolean = () => false;
  canRead(o: string): boolean {
    return !this.unreadableObjects.has(o);
  }
  canCreate(): boolean {
    return true;
  }
  canEdit(): boolean {
    return true;
  }
  canDelete(): boolean {
    return true;
  }
  fieldReadable(o: string, f: string): boolean {
    return !this.unreadableFields.has(`${o}.${f}`);
  }
  fieldEditable(): boolean {
    return true;
  }
  canSeeRecord(o: string, r: StoredRecord): boolean {
    return !this.hidden(o, r);
  }
  canEditRecord(): boolean {
    return true;
  }
}

export interface TestEnv extends QueryEnv {
  queries: number;
  rows: number;
  binds: Map<string, ApexValue>;
}

/** 2024-03-14 15:00 in America/Los_Angeles (a Thursday). */
export const NOW = ApexDatetime.parseIso('2024-03-14T22:00:00Z');

export function testEnv(
  store: FakeStore,
  access: FakeAccess | null = null,
  binds: Record<string, ApexValue> = {},
): TestEnv {
  const env: TestEnv = {
    store,
    schema,
    access,
    defaultMode: 'system',
    withSharing: false,
    binds: new Map(Object.entries(binds).map(([k, v]) => [k.toLowerCase(), v])),
    resolveBind(node: BindNode): ApexValue {
      const key = node.text.toLowerCase();
      if (!env.binds.has(key)) throw new Error(`unbound :${node.text}`);
      return env.binds.get(key) ?? null;
    },
    timeZone: 'America/Los_Angeles',
    now: () => NOW,
    queries: 0,
    rows: 0,
    limits: {
      countQuery: () => {
        env.queries++;
      },
      countRows: (n) => {
        env.rows += n;
      },
    },
  };
  return env;
}
