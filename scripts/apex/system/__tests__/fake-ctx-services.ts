/** A minimal `Ctx` and transaction for the service-class bindings (JSON, Http, UserInfo …) without the interpreter. */
import { ApexError } from '../../lang/errors';
import { withServiceMap } from './fake-ctx';
import { ApexId } from '../../lang/id';
import type { Ctx, NativeClass } from '../../interp/native';
import { ApexObject, ApexSObject, NativeObject, type ApexValue, type TypeRef } from '../../interp/values';
import type { ChildRelationship, FieldInfo, ObjectInfo, Schema, StoredRecord } from '../../org/model';
import { fakeObjectInfo, roomyField, schemaOf } from '../../org/__tests__/fake-world';
import type { PlatformServices } from '../services';

/** An Apex class of the fake world: declared fields in order, methods as JS functions. */
export interface FakeClass {
  name: string;
  fields: { name: string; type: TypeRef; isTransient?: boolean }[];
  methods?: Record<string, (self: ApexObject, args: ApexValue[]) => ApexValue | Promise<ApexValue>>;
}

export function fakeObject(cls: FakeClass, values: Record<string, ApexValue> = {}): ApexObject {
  const o = new ApexObject(cls);
  for (const f of cls.fields) o.fields.set(f.name.toLowerCase(), null);
  for (const [k, v] of Object.entries(values)) o.fields.set(k.toLowerCase(), v);
  return o;
}

const field = roomyField;
const object = (name: string, keyPrefix: string, fields: FieldInfo[], children: ChildRelationship[] = []) =>
  fakeObjectInfo(name, keyPrefix, fields, { childRelationships: children });

export const SCHEMA_OBJECTS: ObjectInfo[] = [
  object(
    'Account',
    '001',
    [
      field('Id', 'id'),
      field('Name', 'string', { nameField: true }),
      field('AnnualRevenue', 'currency'),
      field('Founded__c', 'date'),
    ],
    [{ relationshipName: 'Contacts', childObject: 'Contact', field: 'AccountId', cascadeDelete: false }],
  ),
  object('Contact', '003', [
    field('Id', 'id'),
    field('LastName', 'string'),
    field('AccountId', 'reference', { referenceTo: ['Account'], relationshipName: 'Account' }),
    field('Birthdate', 'date'),
    field('LastSeen__c', 'datetime'),
  ]),
  object('Lead', '00Q', [
    field('Id', 'id'),
    field('IsConverted', 'boolean'),
    field('ConvertedAccountId', 'reference', {
      referenceTo: ['Account'],
      relationshipName: 'ConvertedAccount',
    }),
    field('NumberOfEmployees', 'integer'),
  ]),
  object('User', '005', [
    field('Id', 'id'),
    field('FirstName', 'string'),
    field('LastName', 'string'),
    field('Username', 'string'),
    field('Email', 'email'),
    field('ProfileId', 'reference', { referenceTo: ['Profile'] }),
  ]),
];

export const fakeSchema: Schema = schemaOf(SCHEMA_OBJECTS);

export const USER_ID = '005000000000001AAA';
export const ORG_ID = '00D000000000001EAA';

export function fakeServices(records: Record<string, StoredRecord> = {}): PlatformServices {
  return {
    schema: fakeSchema,
    store: {
      schema: fakeSchema,
      scan: () => Promise.reject(new Error('fake store: scan')),
      get: (id) => Promise.resolve(records[id]),
      insert: () => Promise.reject(new Error('fake store: insert')),
      update: () => Promise.reject(new Error('fake store: update')),
      delete: () => Promise.reject(new Error('fake store: delete')),
      savepoint: () => Promise.reject(new Error('fake store: savepoint')),
      rollback: () => Promise.reject(new Error('fake store: rollback')),
      newId: () => {
        throw new Error('fake store: newId');
      },
    },
    userId: () => USER_ID,
    access: () => {
      throw new Error('fake services: access');
    },
    timeZone: () => 'America/Los_Angeles',
    locale: () => 'en_US',
    now: () => Date.UTC(2026, 0, 15, 12, 0, 0),
    orgId: ORG_ID,
  };
}

/** The fake transaction: `services` plus whatever members a test sets (ServicesTx). */
export type FakeTx = Record<string, unknown> & { services?: PlatformServices | Map<string, unknown> };

export interface FakeCtx extends Ctx {
  readonly tx: FakeTx;
}

export function fakeCtx(classes: FakeClass[] = [], tx: FakeTx = { services: fakeServices() }): FakeCtx {
  withServiceMap(tx);
  const byName = new Map(classes.map((c) => [c.name.toLowerCase(), c]));
  return {
    tx,
    async callMethod(target, name, args) {
      if (target instanceof ApexObject) {
        const fn = (target.cls as FakeClass).methods?.[name.toLowerCase()];
        if (fn) return fn(target, args);
      }
      throw new Error(`fake ctx: no method ${name}`);
    },
    async instantiate(type, args) {
      if (args.length > 0) throw new Error('fake ctx: constructor arguments');
      const cls = byName.get(type.name.toLowerCase());
      if (cls) return fakeObject(cls);
      const obj = fakeSchema.object(type.name);
      if (obj) return new ApexSObject(obj.name);
      throw new ApexError('System.TypeException', `fake ctx: no type ${type.name}`);
    },
    typeOf(value) {
      if (value instanceof ApexObject) return { name: value.cls.name };
      if (value instanceof ApexSObject) return { name: value.type };
      if (value instanceof NativeObject) return { name: value.className };
      return { name: 'Object' };
    },
    isInstance() {
      throw new Error('fake ctx: isInstance');
    },
    toApexString(value) {
      if (value instanceof ApexId) return value.value;
      return String(value);
    },
    fieldsOf(type) {
      const cls = byName.get(type.name.toLowerCase());
      return cls?.fields.map((f) => ({ name: f.name, type: f.type, isTransient: f.isTransient ?? false }));
    },
    coerce() {
      throw new Error('fake ctx: coerce');
    },
  };
}

/** Calls a static method of a native class. */
export function callStatic(
  ctx: Ctx,
  cls: NativeClass,
  method: string,
  args: ApexValue[],
  typeArgs?: TypeRef[],
) {
  const fn = cls.statics?.[method.toLowerCase()];
  if (!fn) throw new Error(`${cls.name}.${method} is not bound`);
  return fn(ctx, null, args, typeArgs);
}

/** Calls an instance method of a native object. */
export function callMethod(
  ctx: Ctx,
  cls: NativeClass,
  self: unknown,
  method: string,
  args: ApexValue[] = [],
) {
  const fn = cls.methods?.[method.toLowerCase()];
  if (!fn) throw new Error(`${cls.name}.${method} is not bound`);
  const payload = self instanceof NativeObject ? self.payload : self;
  return fn(ctx, payload, args);
}

/** `new X(args)` of a native class. */
export function construct(ctx: Ctx, cls: NativeClass, args: ApexValue[] = []) {
  if (!cls.construct) throw new Error(`${cls.name} is not constructible`);
  return cls.construct(ctx, null, args);
}
