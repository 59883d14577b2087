/** Converting between stored records and sObjects, and normalising field values on the way in. */
import { NotSupportedError } from '../lang/errors';
import { ApexId } from '../lang/id';
import { ApexList, ApexSObject, type ApexValue } from '../interp/values';
import type { ObjectInfo, StoredRecord } from './model';

/** An sObject holding every field of a stored record (trigger records, settings, metadata). */
export function toSObject(object: ObjectInfo, record: StoredRecord): ApexSObject {
  const s = new ApexSObject(object.name);
  for (const [k, v] of Object.entries(record)) s.write(object.fields.get(k.toLowerCase())?.name ?? k, v);
  return s;
}

/**
 * The field values an sObject carries for DML, keyed by declared name. Relationship values
 * (parent sObjects, child lists from a query) are not written; Id and reference fields become ApexIds.
 */
export function fieldValues(object: ObjectInfo, s: ApexSObject): StoredRecord {
  const out: StoredRecord = {};
  for (const [k, v] of s.fields) {
    if (v instanceof ApexSObject || v instanceof ApexList) continue;
    const field = object.fields.get(k);
    if (!field)
      throw new NotSupportedError(
        `DML on ${object.name} with field ${s.names.get(k) ?? k} unknown to the schema`,
      );
    out[field.name] =
      (field.type === 'reference' || field.type === 'id') && typeof v === 'string' ? ApexId.of(v) : v;
  }
  return out;
}

export function idOf(v: ApexValue | undefined): string | null {
  if (v instanceof ApexId) return v.value;
  if (typeof v === 'string' && ApexId.isValid(v)) return ApexId.of(v).value;
  return null;
}
