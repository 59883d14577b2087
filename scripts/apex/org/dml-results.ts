/** DML outcomes: per-row results, Salesforce's error texts, and the `System.DmlException` of an allOrNone failure. */
import { ApexError } from '../lang/errors';
import type { DuplicateMatch } from './duplicate-rules';

export type DmlOperation = 'insert' | 'update' | 'upsert' | 'delete' | 'undelete';

export interface DmlError {
  /** `StatusCode` enum name: `REQUIRED_FIELD_MISSING`. */
  statusCode: string;
  message: string;
  fields: string[];
  /** DUPLICATES_DETECTED: what the duplicate rule matched (`Database.DuplicateError`). */
  duplicate?: DuplicateMatch;
}

/** `Database.SaveResult` / `UpsertResult` / `DeleteResult` / `UndeleteResult`. */
export interface DmlRowResult {
  success: boolean;
  id: string | null;
  /** Upsert: the row was inserted. */
  created: boolean;
  errors: DmlError[];
}

/** One failed row as `DmlException.getDml*(i)` reports it. */
export interface DmlFailure {
  index: number;
  id: string | null;
  statusCode: string;
  message: string;
  fields: string[];
}

export const dmlError = (statusCode: string, message: string, fields: string[] = []): DmlError => ({
  statusCode,
  message,
  fields,
});

export const errors = {
  requiredMissing: (fields: string[]) =>
    dmlError('REQUIRED_FIELD_MISSING', `Required fields are missing: [${fields.join(', ')}]`, fields),
  stringTooLong: (label: string, field: string, value: string, max: number) =>
    dmlError('STRING_TOO_LONG', `${label}: data value too large: ${value} (max length=${max})`, [field]),
  numberOutOfRange: (label: string, field: string, value: string) =>
    dmlError(
      'NUMBER_OUTSIDE_VALID_RANGE',
      `${label}: value outside of valid range on numeric field: ${value}`,
      [field],
    ),
  invalidEmail: (label: string, field: string, value: string) =>
    dmlError('INVALID_EMAIL_ADDRESS', `${label}: invalid email address: ${value}`, [field]),
  badPicklist: (label: string, field: string, value: string) =>
    dmlError(
      'INVALID_OR_NULL_FOR_RESTRICTED_PICKLIST',
      `${label}: bad value for restricted picklist field: ${value}`,
      [field],
    ),
  duplicateStored: (field: string, id: string) =>
    dmlError('DUPLICATE_VALUE', `duplicate value found: ${field} duplicates value on record with id: ${id}`),
  duplicateInBatch: () =>
    dmlError(
      'DUPLICATE_VALUE',
      'duplicate value found: <unknown> duplicates value on record with id: <unknown>',
    ),
  duplicateExternalIdInCall: (field: string, value: string) =>
    dmlError('DUPLICATE_VALUE', `Duplicate external id specified: ${value}`, [field]),
  duplicateExternalIdStored: (label: string, ids: string[]) =>
    dmlError(
      'DUPLICATE_EXTERNAL_ID',
      `${label}: more than one record found for external id field: [${ids.join(', ')}]`,
    ),
  wrongReferenceType: (label: string, field: string, id: string) =>
    dmlError('FIELD_INTEGRITY_EXCEPTION', `${label}: id value of incorrect type: ${id}`, [field]),
  invalidReference: () => dmlError('INVALID_CROSS_REFERENCE_KEY', 'invalid cross reference id'),
  entityDeleted: () => dmlError('ENTITY_IS_DELETED', 'entity is deleted'),
  notWritable: (fields: string[]) =>
    dmlError(
      'INVALID_FIELD_FOR_INSERT_UPDATE',
      `Unable to create/update fields: ${fields.join(', ')}. Please check the security settings of this field and verify that it is read/write for your profile or permission set.`,
      fields,
    ),
  idOnInsert: () =>
    dmlError('INVALID_FIELD_FOR_INSERT_UPDATE', 'cannot specify Id in an insert call', ['Id']),
  idMissing: (op: 'update' | 'delete' | 'undelete') =>
    dmlError('MISSING_ARGUMENT', `Id not specified in an ${op} call`),
  externalIdMissing: (field: string) => dmlError('MISSING_ARGUMENT', `${field} not specified`),
  insufficientAccess: () =>
    dmlError('INSUFFICIENT_ACCESS_OR_READONLY', 'insufficient access rights on object id'),
  notInRecycleBin: () => dmlError('UNDELETE_FAILED', 'Entity is not in the recycle bin'),
  validation: (message: string, fields: string[]) =>
    dmlError('FIELD_CUSTOM_VALIDATION_EXCEPTION', message, fields),
};

const OP_NAMES: Record<DmlOperation, string> = {
  insert: 'Insert',
  update: 'Update',
  upsert: 'Upsert',
  delete: 'Delete',
  undelete: 'Undelete',
};

/** `Insert failed. First exception on row 0; first error: CODE, message: [fields]` with every failed row in `details.rows`. */
export function dmlException(op: DmlOperation, results: DmlRowResult[], ids: (string | null)[]): ApexError {
  const rows: DmlFailure[] = [];
  results.forEach((r, index) => {
    if (r.success) return;
    const first = r.errors[0];
    rows.push({
      index,
      id: ids[index] ?? null,
      statusCode: first.statusCode,
      message: first.message,
      fields: first.fields,
    });
  });
  const f = rows[0];
  const withId = f.id ? ` with id ${f.id}` : '';
  const message = `${OP_NAMES[op]} failed. First exception on row ${f.index}${withId}; first error: ${f.statusCode}, ${f.message}: [${f.fields.join(', ')}]`;
  return new ApexError('System.DmlException', message, { rows });
}
