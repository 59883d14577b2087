/**
 * The `Schema` describe API: `System.Schema` (getGlobalDescribe, describeSObjects), the tokens
 * `Schema.SObjectType` / `Schema.SObjectField`, and the registry of every Schema class
 * ({@link SCHEMA_CLASSES}).
 *
 * Syntax forms the interpreter resolves, and the function it calls for each:
 * - `Account.SObjectType`, `Schema.Account.SObjectType`, `Account.getSObjectType()`
 *   → {@link sObjectTypeValue}`(ctx, 'Account')`
 * - `Account.Name` used as a field token (`Schema.SObjectField`) → {@link fieldTokenValue}`(ctx, 'Account', 'Name')`
 * - `Schema.SObjectType.Account`, `SObjectType.Account` → {@link describeValue}`(ctx, 'Account')`
 * - `Schema.SObjectType.Account.fields.Name`, `SObjectType.Account.fields.Name`
 *   → {@link fieldDescribeValue}`(ctx, 'Account', 'Name')`
 *   (`Schema.SObjectType.Account.fields` alone is the `fields` property of the describe, whose
 *   `getMap()` the describe classes implement.)
 * The last two also work through ordinary member reads: `Schema.SObjectType` has a static property
 * per object and `fields` a property per field (schema-member-names.ts).
 * Names may be spelled in any case. `Account.SObjectType` and `Account.Name` are also answered by
 * `sObjectStaticMember` (sobject-static.ts), the shape `Platform.sobjectStatic` has.
 */
import { NotSupportedError } from '../lang/errors';
import type { Ctx, NativeClass } from '../interp/native';
import { ApexList, ApexSObject, NativeObject, type ApexValue } from '../interp/values';
import { ApexId } from '../lang/id';
import { arity, boolArg, nullPointer, stringArg, unsupportedOverload } from './args';
import {
  ChildRelationshipClass,
  DESCRIBE_SOBJECT_NAME,
  DescribeSObjectResultClass,
  objectDescribe,
  SObjectTypeFieldsClass,
  type ObjectDescribePayload,
} from './schema-describe-object';
import { DescribeFieldResultClass, fieldDescribe, PicklistEntryClass } from './schema-describe-field';
import { DisplayTypeEnum, isDescribeOptions, SObjectDescribeOptionsEnum } from './schema-enums';
import {
  DescribeMap,
  fieldInfo,
  objectInfo,
  schemaOf,
  sObjectFieldToken,
  sObjectTypeToken,
  SOBJECT_TYPE_NAME,
  type SObjectFieldPayload,
  type SObjectTypePayload,
} from './schema-tokens';
import { namedBySchema } from './schema-member-names';
import { services } from './services';
import { SObjectClass } from './sobject';

export function sObjectTypeValue(ctx: Ctx, objectName: string): NativeObject<SObjectTypePayload> {
  return sObjectTypeToken(schemaOf(ctx), objectName);
}

export function fieldTokenValue(
  ctx: Ctx,
  objectName: string,
  fieldName: string,
): NativeObject<SObjectFieldPayload> {
  const schema = schemaOf(ctx);
  const object = objectInfo(schema, objectName);
  const field = fieldInfo(object, fieldName);
  if (!field)
    throw new NotSupportedError(`field token ${object.name}.${fieldName}: the object has no such field`);
  return sObjectFieldToken(schema, object, field);
}

export function describeValue(ctx: Ctx, objectName: string): NativeObject<ObjectDescribePayload> {
  return objectDescribe(ctx, objectName);
}

export function fieldDescribeValue(ctx: Ctx, objectName: string, fieldName: string): NativeObject {
  const s = services(ctx);
  const object = objectInfo(s.schema, objectName);
  const field = fieldInfo(object, fieldName);
  if (!field)
    throw new NotSupportedError(`fields.${fieldName} of ${object.name}: the object has no such field`);
  return fieldDescribe(s.schema, object, field, s.access());
}

/** `getDescribe()` and `getDescribe(SObjectDescribeOptions)`: every option describes the same here. */
function describeArgs(method: string, args: ApexValue[]): void {
  arity(method, args, 0, 1);
  if (args.length === 1 && args[0] !== null && !isDescribeOptions(args[0]))
    throw unsupportedOverload(method, args);
}

function newSObject(ctx: Ctx, object: string, args: ApexValue[]): Promise<ApexValue> {
  arity('SObjectType.newSObject', args, 0, 1, 2);
  const id = args[0] ?? null;
  if (args.length === 2) {
    if (id !== null)
      throw new NotSupportedError('newSObject with a record type Id (record types are not modelled)');
    const loadDefaults = boolArg(args, 1, 'SObjectType.newSObject');
    return build(ctx, object, null, loadDefaults);
  }
  return build(ctx, object, id, false);
}

async function build(ctx: Ctx, object: string, id: ApexValue, loadDefaults: boolean): Promise<ApexValue> {
  const info = objectInfo(schemaOf(ctx), object);
  const rec = await ctx.instantiate({ name: info.name }, []);
  if (!(rec instanceof ApexSObject)) throw new Error(`instantiating ${info.name} gave no sObject`);
  if (id !== null) rec.write('Id', id instanceof ApexId ? id : ApexId.of(stringArg([id], 0, 'newSObject')));
  if (loadDefaults) {
    for (const f of info.fields.values()) if (f.defaultValue !== null) rec.write(f.name, f.defaultValue);
  }
  return rec;
}

type TypeSelf = SObjectTypePayload;

export const SObjectTypeClass: NativeClass = {
  name: 'SObjectType',
  namespace: 'Schema',
  // `Schema.SObjectType.Account`: the describe of the object named.
  staticProps: namedBySchema((name) => (ctx: Ctx) => describeValue(ctx, name)),
  methods: {
    getdescribe: (ctx, self, args) => {
      describeArgs('SObjectType.getDescribe', args);
      return objectDescribe(ctx, (self as TypeSelf).object);
    },
    newsobject: (ctx, self, args) => newSObject(ctx, (self as TypeSelf).object, args),
    tostring: (_ctx, self) => (self as TypeSelf).object,
  },
};

type FieldSelf = SObjectFieldPayload;

export const SObjectFieldClass: NativeClass = {
  name: 'SObjectField',
  namespace: 'Schema',
  methods: {
    getdescribe: (ctx, self, args) => {
      arity('SObjectField.getDescribe', args, 0);
      const p = self as FieldSelf;
      return fieldDescribeValue(ctx, p.object, p.field);
    },
    tostring: (_ctx, self) => (self as FieldSelf).field,
  },
};

function describeSObjects(ctx: Ctx, args: ApexValue[]): ApexValue {
  arity('Schema.describeSObjects', args, 1, 2);
  if (args.length === 2 && args[1] !== null && !isDescribeOptions(args[1])) {
    throw unsupportedOverload('Schema.describeSObjects', args);
  }
  const names = args[0];
  if (names === null) throw nullPointer();
  if (!(names instanceof ApexList)) throw unsupportedOverload('Schema.describeSObjects', args);
  const schema = schemaOf(ctx);
  const out = names.items.map((n) => {
    const name = stringArg([n], 0, 'Schema.describeSObjects');
    if (!schema.object(name)) {
      throw new NotSupportedError(`Schema.describeSObjects of ${name}, which the org schema does not have`);
    }
    return objectDescribe(ctx, name);
  });
  return new ApexList({ name: DESCRIBE_SOBJECT_NAME }, out);
}

export const SchemaClass: NativeClass = {
  name: 'Schema',
  namespace: 'System',
  statics: {
    getglobaldescribe: (ctx, _self, args) => {
      arity('Schema.getGlobalDescribe', args, 0);
      const schema = schemaOf(ctx);
      const m = new DescribeMap({ name: SOBJECT_TYPE_NAME });
      for (const o of schema.objects()) m.set(o.name.toLowerCase(), sObjectTypeToken(schema, o.name));
      return m;
    },
    describesobjects: (ctx, _self, args) => describeSObjects(ctx, args),
  },
};

/** Every class this part binds, for the interpreter's registry (`system/index.ts`). */
export const SCHEMA_CLASSES: NativeClass[] = [
  SObjectClass,
  SchemaClass,
  SObjectTypeClass,
  SObjectFieldClass,
  DescribeSObjectResultClass,
  SObjectTypeFieldsClass,
  ChildRelationshipClass,
  DescribeFieldResultClass,
  PicklistEntryClass,
  DisplayTypeEnum,
  SObjectDescribeOptionsEnum,
];
