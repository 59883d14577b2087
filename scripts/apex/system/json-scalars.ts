/** Date, Datetime, Time and Blob as JSON strings (`2015-02-13`, `2014-07-25T10:47:34.981Z`, `10:00:00.000Z`, Base64). */
import { ApexBlob } from '../lang/blob';
import { ApexDate, ApexDatetime, ApexTime } from '../lang/temporal';
import type { ApexValue } from '../interp/values';

/** Lower-case names of the types read from a JSON string by {@link jsonScalarFrom}. */
export const JSON_SCALAR_TYPES = new Set(['date', 'datetime', 'time', 'blob']);

/** The JSON string of a Date/Datetime/Time/Blob; undefined for any other value. */
export function jsonScalarOf(v: unknown): string | undefined {
  if (v instanceof ApexDate || v instanceof ApexDatetime || v instanceof ApexTime) return v.toJSON();
  if (v instanceof ApexBlob) return v.toBase64();
  return undefined;
}

/** Reads a Date/Datetime/Time/Blob (lower-case type key) from its JSON string. */
export function jsonScalarFrom(text: string, key: string): ApexValue {
  switch (key) {
    case 'date':
      return ApexDate.parseIso(text);
    case 'datetime':
      return ApexDatetime.parseIso(text);
    case 'time':
      return ApexTime.parseIso(text);
    default:
      return ApexBlob.fromBase64(text);
  }
}
