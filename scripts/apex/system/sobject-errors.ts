/**
 * Errors attached to an sObject (`addError`, and whatever the DML engine records on a row). The
 * slot lives beside the record, not in it, so the value model stays as it is; the DML engine reads
 * it with {@link recordErrors} and fails a row that carries errors with the first one's status
 * code and message (`FIELD_CUSTOM_VALIDATION_EXCEPTION` for `addError`).
 */
import type { ApexSObject } from '../interp/values';

export interface RecordError {
  /** `StatusCode` enum name. */
  statusCode: string;
  message: string;
  /** Field API names the error is about (empty for a record-level error). */
  fields: string[];
}

export const CUSTOM_VALIDATION = 'FIELD_CUSTOM_VALIDATION_EXCEPTION';

const errors = new WeakMap<ApexSObject, RecordError[]>();

export function attachRecordError(rec: ApexSObject, error: RecordError): void {
  const list = errors.get(rec);
  if (list) list.push(error);
  else errors.set(rec, [error]);
}

/** `rec.addError(msg)` (no field) and `rec.Field__c.addError(msg)` / `rec.addError(field, msg)`. */
export function addError(rec: ApexSObject, message: string, field?: string): void {
  attachRecordError(rec, { statusCode: CUSTOM_VALIDATION, message, fields: field ? [field] : [] });
}

export function recordErrors(rec: ApexSObject): readonly RecordError[] {
  return errors.get(rec) ?? [];
}

export function clearRecordErrors(rec: ApexSObject): void {
  errors.delete(rec);
}
