/**
 * Field access on an sObject the way `SObject.get/put/getSObject/putSObject/getSObjects/isSet`
 * see it: names resolved against the schema in any case, the unqueried-field rule
 * (apex-semantics §3), and the type check of a dynamic `put`.
 */
import { ApexError, NotSupportedError } from '../lang/errors';
import { ApexId } from '../lang/id';
import type { Ctx } from '../interp/native';
import { typeNameOf } from '../interp/typing';
import { ApexSObject, type ApexValue } from '../interp/values';
import type { ChildRelationship, FieldInfo, FieldType, ObjectInfo, Schema } from '../org/model';
import { nullPointer, unsupportedOverload } from './args';
import { isSObjectFieldToken } from './schema-tokens';

/** Query results of aggregate SOQL: no schema, the columns are whatever the query produced. */
const AGGREGATE_RESULT = 'aggregateresult';

export function sObjectError(message: string): ApexError {
  return new ApexError('System.SObjectException', message);
}

export function invalidField(name: string, object: string): ApexError {
  return sObjectError(`Invalid field ${name} for ${object}`);
}

/** The schema object of a record; undefined only for AggregateResult rows. */
export function recordObject(schema: Schema, rec: ApexSObject): ObjectInfo | undefined {
  const info = schema.object(rec.type);
  if (info || rec.type.toLowerCase() === AGGREGATE_RESULT) return info;
  throw new NotSupportedError(`sObject methods on ${rec.type}, which the org schema does not have`);
}

/** The field name an argument names: a String, or a `Schema.SObjectField` token of the record's own object. */
export function fieldNameArg(rec: ApexSObject, args: ApexValue[], i: number, method: string): string {
  const v = args[i];
  if (v === null || v === undefined) throw nullPointer();
  if (typeof v === 'string') return v;
  if (isSObjectFieldToken(v)) {
    if (v.payload.object.toLowerCase() !== rec.type.toLowerCase()) {
      throw invalidField(`${v.payload.object}.${v.payload.field}`, rec.type);
    }
    return v.payload.field;
  }
  throw unsupportedOverload(method, args);
}

export function fieldOf(info: ObjectInfo, name: string): FieldInfo {
  const f = info.fields.get(name.toLowerCase());
  if (!f) throw invalidField(name, info.name);
  return f;
}

/** A record read by SOQL may only be read at the fields the query selected (or that were set since); Id always. */
export function assertQueried(info: ObjectInfo, rec: ApexSObject, declared: string): void {
  const k = declared.toLowerCase();
  if (rec.queried === null || k === 'id' || rec.queried.has(k) || rec.fields.has(k)) return;
  throw sObjectError(
    `SObject row was retrieved via SOQL without querying the requested field: ${info.name}.${declared}`,
  );
}

/** `get(name)`: a field value (never a relationship). */
export function readField(schema: Schema, rec: ApexSObject, name: string): ApexValue {
  const info = recordObject(schema, rec);
  if (!info) {
    if (!rec.has(name)) throw invalidField(name, rec.type);
    return rec.read(name);
  }
  const f = fieldOf(info, name);
  assertQueried(info, rec, f.name);
  return rec.read(f.name);
}

/** The lookup field whose relationship is `name` (`Account` for `AccountId`, `Parent__r` for `Parent__c`). */
export function relationshipField(info: ObjectInfo, name: string): FieldInfo {
  const k = name.toLowerCase();
  for (const f of info.fields.values()) {
    if (f.relationshipName && f.relationshipName.toLowerCase() === k) return f;
  }
  throw sObjectError(`Invalid relationship ${name} for ${info.name}`);
}

export function childRelationship(info: ObjectInfo, name: string): ChildRelationship {
  const k = name.toLowerCase();
  const r = info.childRelationships.find((c) => c.relationshipName.toLowerCase() === k);
  if (!r) throw sObjectError(`Invalid aggregate relationship ${name} for ${info.name}`);
  return r;
}

/** The Apex type a field holds (`Decimal` for every number field but Integer). */
const APEX_TYPES: Record<FieldType, string> = {
  id: 'Id',
  reference: 'Id',
  string: 'String',
  textarea: 'String',
  email: 'String',
  phone: 'String',
  url: 'String',
  picklist: 'String',
  multipicklist: 'String',
  encryptedstring: 'String',
  boolean: 'Boolean',
  integer: 'Integer',
  double: 'Decimal',
  currency: 'Decimal',
  percent: 'Decimal',
  date: 'Date',
  datetime: 'Datetime',
  time: 'Time',
  base64: 'Blob',
  address: 'Address',
};

export function apexTypeOfField(f: FieldInfo): string {
  return APEX_TYPES[f.type];
}

const NUMBERS = new Set(['Integer', 'Long', 'Double', 'Decimal']);

/** The value a dynamic `put` stores, or `SObjectException: Illegal assignment from X to Y`. */
export function checkedValue(ctx: Ctx, f: FieldInfo, value: ApexValue): ApexValue {
  if (value === null) return null;
  const target = apexTypeOfField(f);
  const from = typeNameOf(value);
  if (target === 'Address') throw new NotSupportedError(`put on the compound field ${f.name}`);
  if (from === target) return value;
  if (target === 'String' && value instanceof ApexId) return value.value;
  if (target === 'Id' && typeof value === 'string') return ApexId.of(value);
  if (target === 'Decimal' && NUMBERS.has(from)) return ctx.coerce(value, { name: 'Decimal' });
  throw sObjectError(`Illegal assignment from ${from} to ${target}`);
}

/** Fields Apex may not assign: formulas, auto numbers and audit fields (Id is assignable). */
export function isWriteable(info: ObjectInfo, f: FieldInfo): boolean {
  if (f.type === 'id' || info.kind === 'metadata') return true;
  return f.createable || f.updateable;
}
