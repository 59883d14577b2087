/**
 * A small org for the Schema / sObject / settings tests: a hand-built schema (standard objects,
 * a custom object, a hierarchy and a list custom setting, a custom metadata type), an in-memory
 * record store and an `Access` whose denials a test can list (`org/__tests__/fake-world.ts`), and a
 * `Ctx` carrying them as `tx.services`.
 */
import { Decimal } from '../../lang/decimal';
import { NotSupportedError } from '../../lang/errors';
import { ApexDouble } from '../../lang/numbers';
import type { Ctx } from '../../interp/native';
import { ApexObject, ApexSObject, type ApexValue, type TypeRef } from '../../interp/values';
import { makeField as field, systemField as system } from '../../org/fields';
import type { ChildRelationship, FieldInfo, ObjectInfo, ObjectKind } from '../../org/model';
import { FakeAccess, FakeStore, fakeObjectInfo, schemaOf } from '../../org/__tests__/fake-world';
import { serviceMap, type PlatformServices } from '../services';

const id = () => system({ name: 'Id', label: 'Record ID', type: 'id', length: 18, nillable: false });
const audit = () => [
  system({ name: 'CreatedDate', label: 'Created Date', type: 'datetime', nillable: false }),
  system({ name: 'LastModifiedDate', label: 'Last Modified Date', type: 'datetime', nillable: false }),
];

const object = (
  name: string,
  keyPrefix: string,
  kind: ObjectKind,
  fields: FieldInfo[],
  extra: Partial<ObjectInfo> = {},
): ObjectInfo => fakeObjectInfo(name, keyPrefix, fields, { kind, ...extra });

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
    system({ name: 'DeveloperName', type: 'string', length: 40, custom: false }),
    system({ name: 'MasterLabel', type: 'string', length: 40, custom: false }),
    system({ name: 'QualifiedApiName', type: 'string', length: 70, custom: false }),
    field({ name: 'Path__c', type: 'string', length: 255 }),
    field({ name: 'Long__c', type: 'textarea', length: 1000 }),
  ]),
];

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
  const schema = schemaOf(OBJECTS);
  const store = new FakeStore(schema);
  const orgId = store.add('Organization', { Name: 'Org' }).value;
  const profileId = store.add('Profile', { Name: 'Standard User' });
  let userId = store.add('User', { Name: 'Ada', ProfileId: profileId }).value;
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
    profileId: profileId.value,
    runAs(next: string) {
      userId = next;
    },
  };
}
