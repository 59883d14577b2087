/**
 * Runtime types of values: `typeOf`, `instanceof`, declared-type coercion on assignment and casts
 * with Apex's runtime checks (`Invalid conversion from runtime type Decimal to Integer`).
 */
import { Decimal } from '../lang/decimal';
import { ApexError, NotSupportedError } from '../lang/errors';
import { ApexId } from '../lang/id';
import { ApexDouble } from '../lang/numbers';
import { ApexDate, ApexDatetime, ApexTime } from '../lang/temporal';
import { ApexExceptionObject } from './exception-object';
import { numericRank, widen } from './arith';
import type { Registry } from './registry';
import {
  ApexEnumValue,
  ApexList,
  ApexMap,
  ApexObject,
  ApexSet,
  ApexSObject,
  NativeObject,
  type ApexValue,
  type TypeRef,
  typeRefToString,
} from './values';

const NUMERIC_RANK: Record<string, number> = { integer: 0, long: 1, double: 2, decimal: 3 };

/** Lower-case simple name: `System.String` → `string`, `Schema.Account` → `account`. */
export function simpleKey(name: string): string {
  const n = name.toLowerCase();
  return n.startsWith('system.') || n.startsWith('schema.') ? n.slice(7) : n;
}

/** The Apex name of a library value's type (Date, Datetime, Time, Blob, Decimal …). */
function libraryTypeName(v: object): string | undefined {
  if (v instanceof Decimal) return 'Decimal';
  if (v instanceof ApexDate) return 'Date';
  if (v instanceof ApexDatetime) return 'Datetime';
  if (v instanceof ApexTime) return 'Time';
  const ctor = (v as { constructor?: { name?: string } }).constructor?.name ?? '';
  if (ctor === 'ApexBlob') return 'Blob';
  return undefined;
}

export function typeOfValue(v: ApexValue): TypeRef {
  if (v === null) return { name: 'Object' };
  switch (typeof v) {
    case 'string':
      return { name: 'String' };
    case 'number':
      return { name: 'Integer' };
    case 'bigint':
      return { name: 'Long' };
    case 'boolean':
      return { name: 'Boolean' };
  }
  if (v instanceof ApexDouble) return { name: 'Double' };
  if (v instanceof ApexId) return { name: 'Id' };
  if (v instanceof ApexList) return { name: 'List', args: [v.elementType] };
  if (v instanceof ApexSet) return { name: 'Set', args: [v.elementType] };
  if (v instanceof ApexMap) return { name: 'Map', args: [v.keyType, v.valueType] };
  if (v instanceof ApexSObject) return { name: v.type };
  if (v instanceof ApexObject) return { name: v.cls.name };
  if (v instanceof NativeObject) return { name: v.className };
  if (v instanceof ApexEnumValue) return { name: v.type };
  const lib = libraryTypeName(v);
  if (lib) return { name: lib };
  return { name: 'Object' };
}

/** A value's runtime type as Apex messages print it (`Integer`, `List<String>`, `Account`). */
export function typeNameOf(v: ApexValue): string {
  return typeRefToString(typeOfValue(v));
}

/** The native class name whose methods a value answers (`'abc'.length()` → String). */
export function methodClassName(v: ApexValue): string {
  if (v instanceof ApexSObject) return 'SObject';
  if (v instanceof ApexList) return 'List';
  if (v instanceof ApexSet) return 'Set';
  if (v instanceof ApexMap) return 'Map';
  return typeOfValue(v).name;
}

function elementCompatible(reg: Registry, have: TypeRef, want: TypeRef): boolean {
  const w = simpleKey(want.name);
  const h = simpleKey(have.name);
  if (w === 'object' || w === 'any' || h === 'any' || w === h) return true;
  if (w === 'sobject') return h === 'sobject' || reg.platform?.sobjectType(have.name) !== undefined;
  const r = reg.resolve(have.name, null);
  if (r?.kind === 'apex')
    return reg.ancestry(r.cls).has(w) || reg.ancestry(r.cls).has(want.name.toLowerCase());
  return false;
}

export function isInstance(reg: Registry, v: ApexValue, type: TypeRef): boolean {
  if (v === null) return false;
  const key = simpleKey(type.name);
  if (key === 'object') return true;
  const actual = typeOfValue(v);
  const actualKey = simpleKey(actual.name);
  switch (key) {
    case 'string':
      return typeof v === 'string';
    case 'id':
      return v instanceof ApexId || (typeof v === 'string' && ApexId.isValid(v));
    case 'sobject':
      return v instanceof ApexSObject;
    case 'list':
    case 'set':
    case 'map': {
      if (actualKey !== key) return false;
      const want = type.args ?? [];
      const have = actual.args ?? [];
      return want.every((w, i) => !have[i] || elementCompatible(reg, have[i], w));
    }
    case 'exception':
      return v instanceof ApexExceptionObject;
  }
  if (
    key in NUMERIC_RANK ||
    key === 'boolean' ||
    key === 'date' ||
    key === 'datetime' ||
    key === 'time' ||
    key === 'blob'
  ) {
    return actualKey === key;
  }
  if (v instanceof ApexSObject) return actualKey === key;
  if (v instanceof ApexObject) {
    const cls = (v as ApexObject & { cls: unknown }).cls;
    const anc = reg.ancestry(cls as Parameters<Registry['ancestry']>[0]);
    if (anc.has(type.name.toLowerCase()) || anc.has(key)) return true;
    const r = reg.resolve(type.name, null);
    return r?.kind === 'apex' && anc.has(r.cls.name.toLowerCase());
  }
  if (v instanceof NativeObject) {
    const nc = reg.native(v.className);
    const names = [
      v.className,
      ...(nc ? [nc.name, ...(nc.interfaces ?? []), ...(nc.parent ? [nc.parent] : [])] : []),
    ];
    return names.some((n) => simpleKey(n) === key);
  }
  return actualKey === key;
}

function conversionError(v: ApexValue, type: TypeRef): ApexError {
  return new ApexError(
    'System.TypeException',
    `Invalid conversion from runtime type ${typeNameOf(v)} to ${typeRefToString(type)}`,
  );
}

/** Assignment to a declared type: widening of numbers, String → Id, Date → Datetime, query list → one sObject. */
export function coerceValue(reg: Registry, v: ApexValue, type: TypeRef): ApexValue {
  if (v === null) return null;
  const key = simpleKey(type.name);
  const rank = NUMERIC_RANK[key];
  if (rank !== undefined) {
    const have = numericRank(v);
    if (have < 0) return v;
    if (have === rank) return v;
    if (have < rank || (have === 3 && rank === 2)) return widen(v, rank);
    if (have === 2 && rank === 3) return widen(v, rank);
    throw conversionError(v, type);
  }
  switch (key) {
    case 'id':
      if (typeof v === 'string') return ApexId.of(v);
      return v;
    case 'string':
      if (v instanceof ApexId) return v.value;
      return v;
    case 'datetime':
      if (v instanceof ApexDate) return ApexDatetime.fromDate(v);
      return v;
  }
  if (v instanceof ApexList && key !== 'list' && key !== 'object' && key !== 'iterable') {
    const isSObjectType = key === 'sobject' || reg.platform?.sobjectType(type.name) !== undefined;
    if (isSObjectType && v.items.every((x) => x instanceof ApexSObject)) {
      if (v.items.length === 0)
        throw new ApexError('System.QueryException', 'List has no rows for assignment to SObject');
      if (v.items.length > 1) {
        throw new ApexError('System.QueryException', 'List has more than 1 row for assignment to SObject');
      }
      return v.items[0];
    }
  }
  return v;
}

/** `(T) value`: a runtime check, numbers widen (Double ↔ Decimal convert), nothing else converts. */
export function castValue(reg: Registry, v: ApexValue, type: TypeRef): ApexValue {
  if (v === null) return null;
  const key = simpleKey(type.name);
  if (key in NUMERIC_RANK && numericRank(v) >= 0) return coerceValue(reg, v, type);
  if (key === 'id' && typeof v === 'string') return ApexId.of(v);
  if (key === 'string' && v instanceof ApexId) return v.value;
  if (isInstance(reg, v, type)) return v;
  const builtin = [
    'list',
    'set',
    'map',
    'sobject',
    'boolean',
    'date',
    'datetime',
    'time',
    'blob',
    'string',
    'id',
  ];
  if (!builtin.includes(key) && !(key in NUMERIC_RANK) && reg.resolve(type.name, null) === undefined) {
    throw new NotSupportedError(`cast to the unknown type ${type.name}`);
  }
  throw conversionError(v, type);
}
