/**
 * Values as SOQL compares them, by the field's type: text case-insensitively, Ids in their 18-character
 * form, numbers as Decimals, and dates/datetimes/times as half-open ranges `[from, to)` on a number
 * line (days, ms since the epoch, ms of the day) so that a point and a date literal compare alike.
 */
import { ApexId } from '../lang/id';
import { Decimal, toDecimal } from '../lang/decimal';
import { NotSupportedError } from '../lang/errors';
import { ApexDate, ApexDatetime, ApexTime } from '../lang/temporal';
import { typeNameOf } from '../interp/typing';
import { ApexSObject, type ApexValue } from '../interp/values';
import type { FieldInfo, FieldType } from '../org/model';
import { queryError } from './query-errors';

export type ValueKind = 'text' | 'id' | 'number' | 'boolean' | 'date' | 'datetime' | 'time';

export type Comparable =
  | { kind: 'text'; value: string }
  | { kind: 'id'; value: string }
  | { kind: 'number'; value: Decimal }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'range'; from: number; to: number };

const KINDS: Partial<Record<FieldType, ValueKind>> = {
  id: 'id',
  reference: 'id',
  string: 'text',
  textarea: 'text',
  email: 'text',
  phone: 'text',
  url: 'text',
  picklist: 'text',
  multipicklist: 'text',
  encryptedstring: 'text',
  boolean: 'boolean',
  integer: 'number',
  double: 'number',
  currency: 'number',
  percent: 'number',
  date: 'date',
  datetime: 'datetime',
  time: 'time',
};

export function kindOf(field: FieldInfo): ValueKind {
  const kind = KINDS[field.type];
  if (kind === undefined)
    throw new NotSupportedError(`SOQL on a field of type ${field.type} (${field.name})`);
  return kind;
}

function idOf(text: string): string {
  if (!ApexId.isValid(text)) throw queryError(`invalid ID field: ${text}`);
  try {
    return ApexId.of(text).value;
  } catch {
    throw queryError(`invalid ID field: ${text}`);
  }
}

/** A stored or bound value as a comparable for a column of `kind`; `columnType` names it in errors. */
export function toComparable(kind: ValueKind, v: ApexValue, columnType: string): Comparable | null {
  if (v === null) return null;
  const mismatch = (): Error =>
    queryError(`Invalid bind expression type of ${typeNameOf(v)} for column of type ${columnType}`);
  switch (kind) {
    case 'text':
      if (typeof v === 'string') return { kind: 'text', value: v.toLowerCase() };
      if (v instanceof ApexId) return { kind: 'text', value: v.value.toLowerCase() };
      throw mismatch();
    case 'id':
      if (v instanceof ApexId) return { kind: 'id', value: v.value };
      if (typeof v === 'string') return { kind: 'id', value: idOf(v) };
      // An sObject bound to an Id column stands for its Id.
      if (v instanceof ApexSObject) return toComparable(kind, v.read('Id'), columnType);
      throw mismatch();
    case 'number': {
      const d = toDecimal(v);
      if (d === undefined) throw mismatch();
      return { kind: 'number', value: d };
    }
    case 'boolean':
      if (typeof v === 'boolean') return { kind: 'boolean', value: v };
      throw mismatch();
    case 'date':
      if (v instanceof ApexDate) return { kind: 'range', from: v.epochDay, to: v.epochDay + 1 };
      throw mismatch();
    case 'datetime':
      if (v instanceof ApexDatetime) return { kind: 'range', from: v.instant, to: v.instant + 1 };
      // Apex's implicit Date → Datetime conversion: midnight GMT (apex-semantics §5.2).
      if (v instanceof ApexDate) {
        const instant = ApexDatetime.fromDate(v).instant;
        return { kind: 'range', from: instant, to: instant + 1 };
      }
      throw mismatch();
    case 'time':
      if (v instanceof ApexTime) return { kind: 'range', from: v.msOfDay, to: v.msOfDay + 1 };
      throw mismatch();
  }
}

export function columnTypeName(field: FieldInfo): string {
  const map: Partial<Record<FieldType, string>> = {
    id: 'Id',
    reference: 'Id',
    boolean: 'Boolean',
    integer: 'Integer',
    double: 'Double',
    currency: 'Decimal',
    percent: 'Decimal',
    date: 'Date',
    datetime: 'Datetime',
    time: 'Time',
  };
  return map[field.type] ?? 'String';
}

/** Equality as SOQL `=` sees it (a range equals a point inside it). */
export function comparableEquals(value: Comparable, operand: Comparable): boolean {
  if (value.kind === 'range' && operand.kind === 'range')
    return value.from >= operand.from && value.from < operand.to;
  if (value.kind === 'number' && operand.kind === 'number') return value.value.compareTo(operand.value) === 0;
  if (
    value.kind === 'range' ||
    operand.kind === 'range' ||
    value.kind === 'number' ||
    operand.kind === 'number'
  )
    return false;
  return value.value === operand.value;
}

/**
 * `value <op> operand` for `<`, `<=`, `>`, `>=`: against a range, `<` means before it starts and `>`
 * after it ends (so `CreatedDate > YESTERDAY` starts today).
 */
export function comparableOrder(
  value: Comparable,
  op: '<' | '<=' | '>' | '>=',
  operand: Comparable,
): boolean {
  if (value.kind === 'range' && operand.kind === 'range') {
    const v = value.from;
    if (op === '<') return v < operand.from;
    if (op === '<=') return v < operand.to;
    if (op === '>') return v >= operand.to;
    return v >= operand.from;
  }
  const c = compareComparables(value, operand);
  return op === '<' ? c < 0 : op === '<=' ? c <= 0 : op === '>' ? c > 0 : c >= 0;
}

/** Total order for ORDER BY and MIN/MAX (text case-insensitive, false before true). */
export function compareComparables(a: Comparable, b: Comparable): number {
  if (a.kind === 'number' && b.kind === 'number') return a.value.compareTo(b.value);
  if (a.kind === 'range' && b.kind === 'range') return Math.sign(a.from - b.from);
  if (a.kind === 'boolean' && b.kind === 'boolean') return Number(a.value) - Number(b.value);
  if ((a.kind === 'text' || a.kind === 'id') && (b.kind === 'text' || b.kind === 'id')) {
    return a.value < b.value ? -1 : a.value > b.value ? 1 : 0;
  }
  throw queryError('cannot compare values of different types');
}
