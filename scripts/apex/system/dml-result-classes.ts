/**
 * `Database.SaveResult`, `UpsertResult`, `DeleteResult`, `UndeleteResult`, `Database.Error` and the
 * `StatusCode` enum: read-only views over the org model's per-row DML results.
 */
import type { Ctx, NativeClass, NativeFn } from '../interp/native';
import { ApexEnumValue, ApexList, ApexSObject, NativeObject, type ApexValue } from '../interp/values';
import { ApexDouble } from '../lang/numbers';
import type { DuplicateMatch } from '../org/duplicate-rules';
import { toSObject } from '../org/records';
import { services } from './services';
import { ApexId } from '../lang/id';
import type { DmlError, DmlRowResult } from '../org/dml-results';

/** The status codes the org model produces (and a few neighbours Apex code compares against). */
const STATUS_CODES = [
  'ALL_OR_NONE_OPERATION_ROLLED_BACK',
  'CANNOT_INSERT_UPDATE_ACTIVATE_ENTITY',
  'DUPLICATE_EXTERNAL_ID',
  'DUPLICATE_VALUE',
  'DUPLICATES_DETECTED',
  'ENTITY_IS_DELETED',
  'FIELD_CUSTOM_VALIDATION_EXCEPTION',
  'FIELD_INTEGRITY_EXCEPTION',
  'INSUFFICIENT_ACCESS_ON_CROSS_REFERENCE_ENTITY',
  'INSUFFICIENT_ACCESS_OR_READONLY',
  'INVALID_CROSS_REFERENCE_KEY',
  'INVALID_EMAIL_ADDRESS',
  'INVALID_FIELD',
  'INVALID_FIELD_FOR_INSERT_UPDATE',
  'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
  'INVALID_TYPE',
  'MISSING_ARGUMENT',
  'NUMBER_OUTSIDE_VALID_RANGE',
  'REQUIRED_FIELD_MISSING',
  'STRING_TOO_LONG',
  'UNABLE_TO_LOCK_ROW',
  'UNDELETE_FAILED',
  'UNKNOWN_EXCEPTION',
];

export function statusCodeValue(code: string): ApexValue {
  const i = STATUS_CODES.indexOf(code);
  return new ApexEnumValue('System.StatusCode', code, i >= 0 ? i : STATUS_CODES.length);
}

const RESULT_CLASS = {
  insert: 'Database.SaveResult',
  update: 'Database.SaveResult',
  upsert: 'Database.UpsertResult',
  delete: 'Database.DeleteResult',
  undelete: 'Database.UndeleteResult',
} as const;

/** One row's result as the Apex value `Database.insert(…, false)` returns. */
export function rowResultValue(op: keyof typeof RESULT_CLASS, r: DmlRowResult): NativeObject<DmlRowResult> {
  return new NativeObject(RESULT_CLASS[op], r);
}

export function errorValue(e: DmlError): NativeObject<DmlError> {
  return new NativeObject(e.duplicate ? 'Database.DuplicateError' : 'Database.Error', e);
}

interface MatchPayload {
  objectName: string;
  records: ApexSObject[];
  rule: string;
}

function duplicateResult(ctx: Ctx, d: DuplicateMatch): NativeObject<DuplicateMatch & { results: ApexList }> {
  const schema = services(ctx).schema;
  const results = d.matches.map((m) => {
    const object = schema.object(m.objectName);
    const records = object ? m.records.map((r) => toSObject(object, r)) : [];
    return new NativeObject<MatchPayload>('Datacloud.MatchResult', {
      objectName: m.objectName,
      records,
      rule: d.ruleName,
    });
  });
  return new NativeObject('Datacloud.DuplicateResult', {
    ...d,
    results: new ApexList({ name: 'Datacloud.MatchResult' }, results),
  });
}

/** `Database.Error` and its subclass `Database.DuplicateError`. */
const errorMethods: Record<string, NativeFn> = {
  getstatuscode: (_c, self) => statusCodeValue((self as DmlError).statusCode),
  getmessage: (_c, self) => (self as DmlError).message,
  getfields: (_c, self) => new ApexList({ name: 'String' }, [...(self as DmlError).fields]),
};

const resultMethods: NativeClass['methods'] = {
  issuccess: (_c, self) => (self as DmlRowResult).success,
  getid: (_c, self) => {
    const id = (self as DmlRowResult).id;
    return id === null ? null : ApexId.of(id);
  },
  geterrors: (_c, self) =>
    new ApexList(
      { name: 'Database.Error' },
      (self as DmlRowResult).errors.map((e) => errorValue(e)),
    ),
};

export const DML_RESULT_CLASSES: NativeClass[] = [
  { name: 'SaveResult', namespace: 'Database', methods: resultMethods },
  {
    name: 'UpsertResult',
    namespace: 'Database',
    methods: { ...resultMethods, iscreated: (_c, self) => (self as DmlRowResult).created },
  },
  { name: 'DeleteResult', namespace: 'Database', methods: resultMethods },
  { name: 'UndeleteResult', namespace: 'Database', methods: resultMethods },
  {
    name: 'Error',
    namespace: 'Database',
    methods: errorMethods,
  },
  { name: 'StatusCode', namespace: 'System', enumValues: STATUS_CODES },
  {
    name: 'DuplicateError',
    namespace: 'Database',
    parent: 'Database.Error',
    methods: {
      ...errorMethods,
      getduplicateresult: (ctx, self) => duplicateResult(ctx, (self as DmlError).duplicate!),
    },
  },
  {
    name: 'DuplicateResult',
    namespace: 'Datacloud',
    methods: {
      getduplicaterule: (_c, self) => (self as DuplicateMatch).ruleName,
      geterrormessage: (_c, self) => (self as DuplicateMatch).message,
      isallowsave: (_c, self) => (self as DuplicateMatch).allowSave,
      getduplicateruleentitytype: (_c, self) => (self as DuplicateMatch).matches[0]?.objectName ?? null,
      getmatchresults: (_c, self) => (self as { results: ApexList }).results,
      issuccess: () => true,
    },
  },
  {
    name: 'MatchResult',
    namespace: 'Datacloud',
    methods: {
      getentitytype: (_c, self) => (self as MatchPayload).objectName,
      getrule: (_c, self) => (self as MatchPayload).rule,
      getsize: (_c, self) => (self as MatchPayload).records.length,
      issuccess: () => true,
      getmatchrecords: (_c, self) =>
        new ApexList(
          { name: 'Datacloud.MatchRecord' },
          (self as MatchPayload).records.map((r) => new NativeObject('Datacloud.MatchRecord', r)),
        ),
    },
  },
  {
    name: 'MatchRecord',
    namespace: 'Datacloud',
    methods: {
      getrecord: (_c, self) => self as ApexSObject,
      // Exact offline matching: every match is certain.
      getmatchconfidence: () => new ApexDouble(100),
    },
  },
];
