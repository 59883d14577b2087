/**
 * `String.valueOf(x)` and string concatenation for every kind of value, printed like Apex:
 * Integer `5`, Double `5.0`, Decimal with its scale, lists `(a, b)`, sets `{a, b}`, maps `{k=v}`,
 * sObjects `Account:{Name=Acme}`, objects `Cls:[f=v]`. Concatenation differs for Date
 * (`2024-01-05 00:00:00`, apex-semantics §5.3).
 */
import { ApexDouble, formatDouble } from '../lang/numbers';
import { ApexId } from '../lang/id';
import { ApexExceptionObject } from './exception-object';
import { ApexList, ApexMap, ApexObject, ApexSet, ApexSObject, NativeObject, type ApexValue } from './values';

export interface StringifyOptions {
  /** Implicit conversion in `+` (Date appends a time). */
  concat: boolean;
  /** Declared instance fields of an Apex object, in order. */
  fieldsOf(obj: ApexObject): string[];
  /** The result of the object's own `toString()` override, computed beforehand; undefined without one. */
  printed?(obj: ApexObject): string | undefined;
}

export function toApexString(v: ApexValue, opts: StringifyOptions): string {
  if (v === null || v === undefined) return 'null';
  switch (typeof v) {
    case 'string':
      return v;
    case 'boolean':
    case 'number':
    case 'bigint':
      return String(v);
  }
  if (v instanceof ApexDouble) return formatDouble(v.value);
  if (v instanceof ApexId) return v.value;
  if (v instanceof ApexList) return '(' + v.items.map((x) => nested(x, opts)).join(', ') + ')';
  if (v instanceof ApexSet) return '{' + [...v.values()].map((x) => nested(x, opts)).join(', ') + '}';
  if (v instanceof ApexMap) {
    return (
      '{' +
      v
        .entries()
        .map(([k, x]) => `${nested(k, opts)}=${nested(x, opts)}`)
        .join(', ') +
      '}'
    );
  }
  if (v instanceof ApexSObject) {
    const parts = [...v.fields.entries()].map(([k, x]) => `${v.names.get(k) ?? k}=${nested(x, opts)}`);
    return `${v.type}:{${parts.join(', ')}}`;
  }
  if (v instanceof ApexExceptionObject) {
    return v.message === null ? v.info.name : `${v.info.name}: ${v.message}`;
  }
  if (v instanceof ApexObject) {
    const own = opts.printed?.(v);
    if (own !== undefined) return own;
    const names = opts.fieldsOf(v);
    const parts = names.map((n) => `${n}=${nested(v.fields.get(n.toLowerCase()) ?? null, opts)}`);
    return `${v.cls.name}:[${parts.join(', ')}]`;
  }
  if (v instanceof NativeObject) {
    const payload = v.payload as { toString?: () => string } | null;
    if (
      payload &&
      typeof payload === 'object' &&
      payload.toString !== Object.prototype.toString &&
      payload.toString
    ) {
      return payload.toString();
    }
    return v.className;
  }
  const concatForm = (v as { toConcatString?: () => string }).toConcatString;
  if (opts.concat && typeof concatForm === 'function') return concatForm.call(v);
  return String(v);
}

function nested(v: ApexValue, opts: StringifyOptions): string {
  return toApexString(v, { ...opts, concat: false });
}
