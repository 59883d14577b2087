/**
 * The built-in exception hierarchy (apex-semantics §7) and the methods every exception has.
 * Instances are `ApexExceptionObject`s; platform code raises them with `ApexError` (lang/errors.ts),
 * passing `details` for typed exceptions:
 * - DmlException: `{ rows: DmlErrorRow[] }` (one per failed row, in failure order);
 * - QueryException: `{ inaccessibleFields: Record<objectName, fieldName[]> }`.
 */
import { ApexError } from '../lang/errors';
import type { NativeFn } from '../interp/native';
import { ApexExceptionObject } from '../interp/exception-object';
import { ApexEnumValue, ApexList, ApexMap, ApexSet, type ApexValue } from '../interp/values';
import { ApexId } from '../lang/id';

export interface DmlErrorRow {
  /** Index of the row in the DML call's list. */
  index: number;
  id: string | null;
  message: string;
  /** `REQUIRED_FIELD_MISSING` … */
  statusCode: string;
  fields: string[];
}

/** Simple names of the standard exceptions in `System` (all extend `System.Exception`). */
export const SYSTEM_EXCEPTIONS = [
  'AssertException',
  'AsyncException',
  'BigObjectException',
  'CalloutException',
  'DataWeaveScriptException',
  'DmlException',
  'DuplicateMessageException',
  'EmailException',
  'ExternalObjectException',
  'FinalException',
  'FlowException',
  'HandledException',
  'IllegalArgumentException',
  'InvalidHeaderException',
  'InvalidParameterValueException',
  'JSONException',
  'LimitException',
  'ListException',
  'MathException',
  'NoAccessException',
  'NoDataFoundException',
  'NoSuchElementException',
  'NullPointerException',
  'PlatformCacheException',
  'QueryException',
  'RequiredFeatureMissingException',
  'SearchException',
  'SecurityException',
  'SerializationException',
  'SObjectException',
  'StringException',
  'TransientException',
  'TypeException',
  'UnexpectedException',
  'VisualforceException',
  'XmlException',
];

/** Built-in exceptions outside `System`, with their namespace. */
export const OTHER_EXCEPTIONS: [namespace: string, name: string][] = [
  ['System', 'AuraHandledException'],
  ['Database', 'DatabaseException'],
  ['EventBus', 'EventBusException'],
];

/** The message a built-in exception created without one reports (`new AuraHandledException('x').getMessage()` too). */
export const SCRIPT_THROWN = 'Script-thrown exception';

function self(v: unknown): ApexExceptionObject {
  return v as ApexExceptionObject;
}

function dmlRows(e: ApexExceptionObject): DmlErrorRow[] {
  const rows = e.details?.rows;
  return Array.isArray(rows) ? (rows as DmlErrorRow[]) : [];
}

function dmlRow(e: ApexExceptionObject, args: ApexValue[]): DmlErrorRow {
  const i = args[0];
  const rows = dmlRows(e);
  if (typeof i !== 'number' || i < 0 || i >= rows.length) {
    throw new ApexError('System.ListException', `List index out of bounds: ${String(i)}`);
  }
  return rows[i];
}

/** Methods of `System.Exception` (inherited by every exception). */
export const EXCEPTION_METHODS: Record<string, NativeFn> = {
  getmessage: (_ctx, s) => self(s).message,
  setmessage: (_ctx, s, args) => {
    self(s).message = args[0] === null ? null : String(args[0]);
    return null;
  },
  getcause: (_ctx, s) => self(s).cause,
  initcause: (_ctx, s, args) => {
    self(s).cause = args[0];
    return null;
  },
  getlinenumber: (_ctx, s) => self(s).lineNumber,
  getstacktracestring: (_ctx, s) => self(s).stackTrace,
  gettypename: (_ctx, s) => self(s).info.name,
};

/** DmlException's per-row accessors, fed from `details.rows`. */
export const DML_EXCEPTION_METHODS: Record<string, NativeFn> = {
  getnumdml: (_ctx, s) => dmlRows(self(s)).length,
  getdmlmessage: (_ctx, s, args) => dmlRow(self(s), args).message,
  getdmlid: (_ctx, s, args) => {
    const id = dmlRow(self(s), args).id;
    return id === null ? null : ApexId.of(id);
  },
  getdmlindex: (_ctx, s, args) => dmlRow(self(s), args).index,
  getdmltype: (_ctx, s, args) => new ApexEnumValue('System.StatusCode', dmlRow(self(s), args).statusCode, 0),
  getdmlfieldnames: (_ctx, s, args) => new ApexList({ name: 'String' }, [...dmlRow(self(s), args).fields]),
};

/** QueryException.getInaccessibleFields(): `Map<String, Set<String>>` by object. */
export const QUERY_EXCEPTION_METHODS: Record<string, NativeFn> = {
  getinaccessiblefields: (_ctx, s) => {
    const raw = (self(s).details?.inaccessibleFields ?? {}) as Record<string, string[]>;
    const map = new ApexMap({ name: 'String' }, { name: 'Set', args: [{ name: 'String' }] });
    for (const [object, fields] of Object.entries(raw)) {
      const set = new ApexSet({ name: 'String' });
      for (const f of fields) set.add(f);
      map.set(object, set);
    }
    return map;
  },
};
