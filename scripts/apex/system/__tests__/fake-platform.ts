/**
 * A small org for the Schema / sObject / settings tests: a hand-built schema (standard objects,
 * a custom object, a hierarchy and a list custom setting, a custom metadata type), an in-memory
 * record store, an `Access` whose denials a test can list, and a `Ctx` carrying them as
 * `tx.services`.
 */
import { Decimal } from '../../lang/decimal';
import { NotSupportedError } from '../../lang/errors';
import { ApexId, idChecksum } from '../../lang/id';
import { ApexDouble } from '../../lang/numbers';
import type { Ctx } from '../../interp/native';
import { ApexObject, ApexSObject, type ApexValue, type TypeRef } from '../../interp/values';
import type {
  Access,
  ChildRelationship,
  FieldInfo,
  ObjectInfo,
  ObjectKind,
  RecordStore,
  Schema,
  StoredRecord,
} from '../../org/model';
import { serviceMap, type PlatformServices } from '../services';

type Spec = Partial<FieldInfo> & Pick<FieldInfo, 'name' | 'type'>;

function field(spec: Spec): FieldInfo {
  return {
    label: spec.name,
    referenceTo: [],
    length: 0,
    precision: 0,
    scale: 0,
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
    custom: spec.name.endsWith('__c'),
    namePointing: false,
    nameField: false,
    ...spec,
  };
}

const system = (spec: Spec) => field({ createable: false, updateable: false, ...spec });
const id = () => system({ name: 'Id', label: 'Record ID', type: 'id', length: 18, nillable: false });
const audit = () => [
  system({ name: 'CreatedDate', label: 'Created Date', type: 'datetime', nillable: false }),
  system({ name: 'LastModifiedDate', label: 'Last Modified Date', type: 'datetime', nillable: false }),
];

function object(
  name: string,
  keyPrefix: string,
  kind: ObjectKind,
  fields: FieldInfo[],
  extra: Partial<ObjectInfo> = {},
): ObjectInfo {
  return {
    name,
    label: name.replace(/__\w+$/, '').replace(/_/g, ' '),
    labelPlural: name.replace(/__\w+$/, '').replace(/_/g, ' ') + 's',
    keyPrefix,
    kind,
    sharingModel: 'ReadWrite',
    custom: name.includes('__'),
    fields: new Map(fields.map((f) => [f.name.toLowerCase(), f])),
    childRelationships: [],
    ...extra,
  };
}

const contacts: ChildRelationship = {
  relationshipName: 'Contacts',
  childObject: 'Contact',
  field: 'AccountId',
  cascadeDelete: false,
};
const chats: ChildRelationship = {
  relationshipName: 'Chats__r',
  childObject: 'Chat__c',
  field: 'Account__c',
  cascadeDelete: false,
};

export const OBJECTS: ObjectInfo[] = [
  object(
    'Account',
    '001',
    'standard',
    [
      id(),
      field({
        name: 'Name',
        label: 'Account Name',
        type: 'string',
        length: 255,
        nillable: false,
        nameField: true,
      }),
      field({ name: 'Description', label: 'Account Description', type: 'textarea', length: 32000 }),
      field({ name: 'AnnualRevenue', label: 'Annual Revenue', type: 'currency', precision: 18 }),
      field({ name: 'NumberOfEmployees', label: 'Employees', type: 'integer', precision: 8 }),
      field({
        name: 'OwnerId',
        label: 'Owner ID',
        type: 'reference',
        referenceTo: ['User'],
        relationshipName: 'Owner',
        length: 18,
        defaultedOnCreate: true,
      }),
      ...audit(),
    ],
    { childRelationships: [contacts, chats] },
  ),
  object('Contact', '003', 'standard', [
    id(),
    field({ name: 'LastName', label: 'Last Name', type: 'string', length: 80, nillable: false }),
    field({ name: 'Email', type: 'email', length: 80 }),
    field({
      name: 'AccountId',
      label: 'Account ID',
      type: 'reference',
      referenceTo: ['Account'],
      relationshipName: 'Account',
      length: 18,
    }),
  ]),
  object('User', '005', 'standard', [
    id(),
    field({ name: 'Name', type: 'string', length: 121, nameField: true }),
    field({
      name: 'ProfileId',
      type: 'reference',
      referenceTo: ['Profile'],
      relationshipName: 'Profile',
      length: 18,
    }),
  ]),
  object('Profile', '00e', 'standard', [id(), field({ name: 'Name', type: 'string', length: 255 })]),
  object('Organization', '00D', 'standard', [id(), field({ name: 'Name', type: 'string', length: 80 })]),
  object('Chat__c', 'a00', 'custom', [
    id(),
    system({
      name: 'Name',
      label: 'Chat Number',
      type: 'string',
      length: 80,
      autoNumber: true,
      nameField: true,
      displayFormat: 'C-{0000}',
    }),
    field({
      name: 'Status__c',
      label: 'Status',
      type: 'picklist',
      length: 255,
      restrictedPicklist: true,
      picklistValues: [
        { value: 'Open', label: 'Open', active: true, defaultValue: true },
        { value: 'Closed', label: 'Closed (done)', active: true, defaultValue: false },
        { value: 'Old', label: 'Old', active: false, defaultValue: false },
      ],
      defaultedOnCreate: true,
    }),
    field({
      name: 'Account__c',
      label: 'Account',
      type: 'reference',
      referenceTo: ['Account'],
      relationshipName: 'Account__r',
      length: 18,
      deleteConstraint: 'Restrict',
    }),
    field({
      name: 'Score__c',
      label: 'Score',
      type: 'double',
      precision: 18,
      scale: 2,
      calculated: true,
      createable: false,
      updateable: false,
    }),
    field({ name: 'Notes__c', label: 'Notes', type: 'textarea', length: 32768 }),
    field({ name: 'Code__c', label: 'Code', type: 'string', length: 40, externalId: true, unique: true }),
    field({ name: 'Flag__c', label: 'Flag', type: 'boolean', nillable: false, defaultValue: false }),
    field({ name: 'Day__c', label: 'Day', type: 'date' }),
    field({ name: 'acme__Remote__c', label: 'Remote', type: 'string', length: 10 }),
    ...audit(),
  ]),
  object(
    'Pref__c',
    'a01',
    'setting',
    [
      id(),
      field({ name: 'Name', type: 'string', length: 38, custom: false }),
      field({
        name: 'SetupOwnerId',
        type: 'reference',
        referenceTo: ['Organization', 'Profile', 'User'],
        length: 18,
        custom: false,
      }),
      field({ name: 'Mode__c', type: 'string', length: 20 }),
      field({ name: 'Hour__c', type: 'double', precision: 2 }),
      field({ name: 'Flag__c', type: 'boolean', defaultValue: false }),
    ],
    { settingType: 'Hierarchy' },
  ),
  object(
    'Country__c',
    'a02',
    'setting',
    [
      id(),
      field({ name: 'Name', type: 'string', length: 38, custom: false }),
      field({ name: 'Code__c', type: 'string', length: 2 }),
    ],
    { settingType: 'List' },
  ),
  object('Catalog__mdt', 'm00', 'metadata', [
    id(),
    field({
      name: 'DeveloperName',
      type: 'string',
      length: 40,
      custom: false,
      createable: false,
      updateable: false,
    }),
    field({
      name: 'MasterLabel',
      type: 'string',
      length: 40,
      custom: false,
      createable: false,
      updateable: false,
    }),
    field({
      name: 'QualifiedApiName',
      type: 'string',
      length: 70,
      custom: false,
      createable: false,
      updateable: false,
    }),
    field({ name: 'Path__c', type: 'string', length: 255 }),
    field({ name: 'Long__c', type: 'textarea', length: 1000 }),
  ]),
];

class FakeSchema implements Schema {
  private readonly byName = new Map(OBJECTS.map((o) => [o.name.toLowerCase(), o]));
  object(name: string): ObjectInfo | undefined {
    return this.byName.get(name.toLowerCase());
  }
  objects(): ObjectInfo[] {
    return OBJECTS;
  }
  byKeyPrefix(prefix: string): ObjectInfo | undefined {
    return OBJECTS.find((o) => o.keyPrefix === prefix);
  }
}

export class FakeStore implements RecordStore {
  private readonly rows = new Map<string, { object: string; record: StoredRecord }>();
  private counter = 0;
  constructor(readonly schema: Schema) {}
  scan(objectName: string): Promise<StoredRecord[]> {
    const k = objectName.toLowerCase();
    return Promise.resolve([...this.rows.values()].filter((r) => r.object === k).map((r) => r.record));
  }
  get(recordId: string): Promise<StoredRecord | undefined> {
    return Promise.resolve(this.rows.get(recordId)?.record);
  }
  insert(objectName: string, record: StoredRecord): Promise<void> {
    const rid = (record.Id as ApexId).value;
    this.rows.set(rid, { object: objectName.toLowerCase(), record });
    return Promise.resolve();
  }
  update(): Promise<void> {
    return Promise.reject(new Error('fake store: update'));
  }
  delete(): Promise<void> {
    return Promise.reject(new Error('fake store: delete'));
  }
  savepoint(): Promise<unknown> {
    return Promise.reject(new Error('fake store: savepoint'));
  }
  rollback(): Promise<void> {
    return Promise.reject(new Error('fake store: rollback'));
  }
  newId(objectName: string): string {
    const prefix = (this.schema.object(objectName) as ObjectInfo).keyPrefix;
    const id15 = prefix + String(++this.counter).padStart(12, '0');
    return id15 + idChecksum(id15);
  }
  /** Inserts a row with a new Id and returns the Id. */
  async add(objectName: string, fields: StoredRecord): Promise<string> {
    const rid = this.newId(objectName);
    await this.insert(objectName, { Id: ApexId.of(rid), ...fields });
    return rid;
  }
}

/** Everything allowed except what a test denies: `'Chat__c'` (the object) or `'Chat__c.Notes__c'` (a field). */
export class FakeAccess implements Access {
  readonly denied = new Set<string>();
  constructor(readonly userId: string) {}
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
  canSeeRecord(): boolean {
    return true;
  }
  canEditRecord(): boolean {
    return true;
  }
}

export interface FakeOrg {
  ctx: Ctx;
  store: FakeStore;
  access: FakeAccess;
  services: PlatformServices;
  orgId: string;
  userId: string;
  profileId: string;
  /** Switches the running user (as `System.runAs` would). */
  runAs(userId: string): void;
}

function typeName(v: ApexValue): string {
  if (typeof v === 'string') return 'String';
  if (typeof v === 'boolean') return 'Boolean';
  if (typeof v === 'number') return 'Integer';
  if (v instanceof ApexSObject) return v.type;
  return 'Object';
}

export async function fakeOrg(): Promise<FakeOrg> {
  const schema = new FakeSchema();
  const store = new FakeStore(schema);
  const orgId = await store.add('Organization', { Name: 'Org' });
  const profileId = await store.add('Profile', { Name: 'Standard User' });
  let userId = await store.add('User', { Name: 'Ada', ProfileId: ApexId.of(profileId) });
  const access = new FakeAccess(userId);
  const services: PlatformServices = {
    schema,
    store,
    userId: () => userId,
    access: () => access,
    timeZone: () => 'UTC',
    locale: () => 'en_US',
    now: () => 0,
    orgId,
  };
  const ctx: Ctx = {
    tx: { services: serviceMap(services) },
    callMethod(target, name) {
      // Exceptions in these tests are Apex objects holding their message in a `message` field.
      if (target instanceof ApexObject && name.toLowerCase() === 'getmessage') {
        return Promise.resolve(target.fields.get('message') ?? null);
      }
      return Promise.reject(new Error(`fake ctx: no method ${name}`));
    },
    instantiate(type: TypeRef) {
      if (!schema.object(type.name)) return Promise.reject(new Error(`fake ctx: new ${type.name}`));
      return Promise.resolve(new ApexSObject(type.name));
    },
    typeOf: (v) => ({ name: typeName(v) }),
    isInstance: () => false,
    toApexString: (v) => String(v),
    fieldsOf: () => undefined,
    coerce(value, type) {
      if (type.name === 'Decimal') {
        if (typeof value === 'number' || typeof value === 'bigint' || value instanceof ApexDouble) {
          return Decimal.fromNumber(value);
        }
        if (value instanceof Decimal) return value;
      }
      throw new NotSupportedError(`fake ctx: coerce to ${type.name}`);
    },
  };
  return {
    ctx,
    store,
    access,
    services,
    orgId,
    get userId() {
      return userId;
    },
    profileId,
    runAs(next: string) {
      userId = next;
    },
  };
}
