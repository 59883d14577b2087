/**
 * Schema tokens: `Schema.SObjectType` and `Schema.SObjectField` values. There is exactly one token
 * object per object (and per field) of a schema, so Apex `==`, `Set` and `Map` keys, which fall back
 * to identity for native objects, compare tokens the way Apex does.
 */
import { NotSupportedError } from '../lang/errors';
import type { Ctx } from '../interp/native';
import { ApexMap, NativeObject, type ApexValue, type TypeRef } from '../interp/values';
import type { FieldInfo, ObjectInfo, Schema } from '../org/model';
import { services } from './services';

export const SOBJECT_TYPE_NAME = 'Schema.SObjectType';
export const SOBJECT_FIELD_NAME = 'Schema.SObjectField';

/** Payloads print as Apex prints the tokens (`String.valueOf(Account.SObjectType)` → `Account`). */
export class SObjectTypePayload {
  constructor(
    /** The object's API name as declared. */
    readonly object: string,
  ) {}
  toString(): string {
    return this.object;
  }
}

export class SObjectFieldPayload {
  constructor(
    readonly object: string,
    /** The field's API name as declared. */
    readonly field: string,
  ) {}
  toString(): string {
    return this.field;
  }
}

const tokens = new WeakMap<Schema, Map<string, NativeObject>>();

function cache(schema: Schema): Map<string, NativeObject> {
  let m = tokens.get(schema);
  if (!m) {
    m = new Map();
    tokens.set(schema, m);
  }
  return m;
}

export function schemaOf(ctx: Ctx): Schema {
  return services(ctx).schema;
}

/** The object by any spelling; a name the org lacks cannot appear in compiled Apex. */
export function objectInfo(schema: Schema, name: string): ObjectInfo {
  const info = schema.object(name);
  if (!info) throw new NotSupportedError(`sObject type ${name}, which the org schema does not have`);
  return info;
}

export function fieldInfo(object: ObjectInfo, name: string): FieldInfo | undefined {
  return object.fields.get(name.toLowerCase());
}

/** The `Schema.SObjectType` token of an object. */
export function sObjectTypeToken(schema: Schema, objectName: string): NativeObject<SObjectTypePayload> {
  const info = objectInfo(schema, objectName);
  const key = info.name.toLowerCase();
  const m = cache(schema);
  let t = m.get(key);
  if (!t) {
    t = new NativeObject(SOBJECT_TYPE_NAME, new SObjectTypePayload(info.name));
    m.set(key, t);
  }
  return t as NativeObject<SObjectTypePayload>;
}

/** The `Schema.SObjectField` token of a field. */
export function sObjectFieldToken(
  schema: Schema,
  object: ObjectInfo,
  field: FieldInfo,
): NativeObject<SObjectFieldPayload> {
  const key = `${object.name.toLowerCase()}.${field.name.toLowerCase()}`;
  const m = cache(schema);
  let t = m.get(key);
  if (!t) {
    t = new NativeObject(SOBJECT_FIELD_NAME, new SObjectFieldPayload(object.name, field.name));
    m.set(key, t);
  }
  return t as NativeObject<SObjectFieldPayload>;
}

export function isSObjectFieldToken(v: ApexValue): v is NativeObject<SObjectFieldPayload> {
  return v instanceof NativeObject && v.className === SOBJECT_FIELD_NAME;
}

export function isSObjectTypeToken(v: ApexValue): v is NativeObject<SObjectTypePayload> {
  return v instanceof NativeObject && v.className === SOBJECT_TYPE_NAME;
}

const STRING: TypeRef = { name: 'String' };

/**
 * The maps describes return (`getGlobalDescribe()`, `fields.getMap()`): keys are lower-case and
 * `get` / `containsKey` ignore case, unlike any map Apex code can build.
 */
export class DescribeMap extends ApexMap {
  constructor(valueType: TypeRef) {
    super(STRING, valueType);
  }
  override has(k: ApexValue): boolean {
    return super.has(typeof k === 'string' ? k.toLowerCase() : k);
  }
  override get(k: ApexValue): ApexValue {
    return super.get(typeof k === 'string' ? k.toLowerCase() : k);
  }
}
