/**
 * Record values between the runtime's representation and the JSON an org's APIs return (UI API,
 * list views, the seed): Date `YYYY-MM-DD`, Datetime ISO with milliseconds, numbers as JSON numbers,
 * Ids as 18-character strings.
 */
import { Decimal } from '../../apex/lang/decimal';
import { ApexId } from '../../apex/lang/id';
import { ApexDouble } from '../../apex/lang/numbers';
import { ApexBlob } from '../../apex/lang/blob';
import { ApexDate, ApexDatetime, ApexTime } from '../../apex/lang/temporal';
import type { ApexValue } from '../../apex/interp/values';
import type { FieldInfo, ObjectInfo, StoredRecord } from '../../apex/org/model';

/** A record as JSON: field API name → JSON value. */
export type JsonRecord = Record<string, unknown> & { Id?: string };

export function valueToJson(v: ApexValue): unknown {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'boolean' || typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof ApexId) return v.value;
  if (v instanceof Decimal) return v.toNumber();
  if (v instanceof ApexDouble) return v.value;
  if (v instanceof ApexDate || v instanceof ApexDatetime || v instanceof ApexTime) return v.toJSON();
  if (v instanceof ApexBlob) return v.toBase64();
  return null;
}

export function valueFromJson(f: FieldInfo, v: unknown): ApexValue {
  if (v === null || v === undefined || v === '') return f.type === 'boolean' ? false : null;
  switch (f.type) {
    case 'id':
    case 'reference':
      return ApexId.of(String(v));
    case 'boolean':
      return v === true || v === 'true';
    case 'integer':
      return Math.trunc(Number(v)) | 0;
    case 'double':
    case 'currency':
    case 'percent':
      return Decimal.valueOf(String(v));
    case 'date':
      return ApexDate.parseIso(String(v).slice(0, 10));
    case 'datetime':
      return ApexDatetime.fromInstant(typeof v === 'number' ? v : Date.parse(String(v)));
    case 'time':
      return ApexTime.parseIso(String(v));
    case 'base64':
      return ApexBlob.fromBase64(String(v));
    default:
      return String(v);
  }
}

export function recordToJson(rec: StoredRecord): JsonRecord {
  const out: JsonRecord = {};
  for (const [k, v] of Object.entries(rec)) out[k] = valueToJson(v);
  return out;
}

/** JSON fields onto the object's fields (declared spelling); unknown names are dropped. */
export function recordFromJson(object: ObjectInfo, rec: JsonRecord): StoredRecord {
  const out: StoredRecord = {};
  for (const [k, v] of Object.entries(rec)) {
    const f = object.fields.get(k.toLowerCase());
    if (f) out[f.name] = valueFromJson(f, v);
  }
  return out;
}
