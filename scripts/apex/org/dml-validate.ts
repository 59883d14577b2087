/** The system validation of a record about to be saved: required fields, lengths, e-mail, picklists, lookups, uniqueness. */
import { ApexId } from '../lang/id';
import type { ApexValue } from '../interp/values';
import { strictEquals } from '../interp/values';
import type { FieldInfo, ObjectInfo, RecordStore, StoredRecord } from './model';
import { isRequired } from './fields';
import { errors, type DmlError } from './dml-results';
import { idOf } from './records';

const TEXT_TYPES = new Set([
  'string',
  'textarea',
  'email',
  'phone',
  'url',
  'picklist',
  'multipicklist',
  'encryptedstring',
]);
const NUMBER_TYPES = new Set(['double', 'currency', 'percent', 'integer']);

/** Number(p, s) holds p - s digits before the point. */
function outOfRange(f: FieldInfo, v: ApexValue): boolean {
  const n = typeof v === 'number' || typeof v === 'bigint' ? Number(v) : Number(String(v));
  return Number.isFinite(n) && Math.abs(n) >= 10 ** (f.precision - f.scale);
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Field checks that need no other record. `creating`: required fields are checked against the full record. */
export function checkFields(
  object: ObjectInfo,
  record: StoredRecord,
  creating: boolean,
  changed: Set<string>,
): DmlError[] {
  const out: DmlError[] = [];
  const missing: string[] = [];
  for (const f of object.fields.values()) {
    const v = record[f.name] ?? null;
    if (v === null) {
      if (isRequired(f) && (creating || changed.has(f.name))) missing.push(f.name);
      continue;
    }
    if (NUMBER_TYPES.has(f.type) && f.precision > 0 && outOfRange(f, v)) {
      out.push(errors.numberOutOfRange(f.label, f.name, String(v)));
    }
    if (TEXT_TYPES.has(f.type) && typeof v === 'string') {
      if (f.length > 0 && v.length > f.length) out.push(errors.stringTooLong(f.label, f.name, v, f.length));
      if (f.type === 'email' && !EMAIL.test(v)) out.push(errors.invalidEmail(f.label, f.name, v));
      if (f.restrictedPicklist && !picklistAccepts(f, v)) out.push(errors.badPicklist(f.label, f.name, v));
    }
  }
  if (missing.length) out.unshift(errors.requiredMissing(missing));
  return out;
}

function picklistAccepts(f: FieldInfo, v: string): boolean {
  const values = f.type === 'multipicklist' ? v.split(';') : [v];
  return values.every((x) => f.picklistValues.some((p) => p.active && p.value === x));
}

/** Lookups must name a live record of one of the field's target objects. */
export async function checkReferences(
  object: ObjectInfo,
  record: StoredRecord,
  store: RecordStore,
): Promise<DmlError[]> {
  const out: DmlError[] = [];
  for (const f of object.fields.values()) {
    if (f.type !== 'reference' || !f.createable) continue;
    const id = idOf(record[f.name]);
    if (!id) continue;
    const target = store.schema.byKeyPrefix(id.slice(0, 3));
    if (
      f.referenceTo.length &&
      (!target || !f.referenceTo.some((t) => t.toLowerCase() === target.name.toLowerCase()))
    ) {
      out.push(errors.wrongReferenceType(f.label, f.name, id));
      continue;
    }
    if (await store.get(id)) continue;
    out.push(
      store.getDeleted && (await store.getDeleted(id)) ? errors.entityDeleted() : errors.invalidReference(),
    );
  }
  return out;
}

/** The comparison key of a unique or external-id value: case-folded unless the field is case-sensitive. */
export function uniqueKey(f: FieldInfo, v: ApexValue, caseSensitive = f.caseSensitive): string | null {
  if (v === null || v === undefined) return null;
  const text = v instanceof ApexId ? v.value : String(v);
  return caseSensitive ? text : text.toLowerCase();
}

/**
 * Unique fields against the stored records (other than the row itself) and against earlier rows of
 * the same call. `rows` are the records being saved, in order; returns errors per row.
 */
export async function checkUnique(
  object: ObjectInfo,
  rows: StoredRecord[],
  store: RecordStore,
): Promise<DmlError[][]> {
  const out = rows.map((): DmlError[] => []);
  const uniqueFields = [...object.fields.values()].filter((f) => f.unique);
  if (!uniqueFields.length) return out;
  const stored = await store.scan(object.name);
  for (const f of uniqueFields) {
    const existing = new Map<string, string>();
    for (const r of stored) {
      const k = uniqueKey(f, r[f.name] ?? null);
      const id = idOf(r.Id);
      if (k !== null && id) existing.set(k, id);
    }
    const seen = new Set<string>();
    rows.forEach((r, i) => {
      const k = uniqueKey(f, r[f.name] ?? null);
      if (k === null) return;
      const holder = existing.get(k);
      const self = idOf(r.Id);
      if (holder && holder !== self) out[i].push(errors.duplicateStored(f.name, holder));
      else if (seen.has(k)) out[i].push(errors.duplicateInBatch());
      seen.add(k);
    });
  }
  return out;
}

/** True when an update really changes a field (Apex equality; strings case-sensitively). */
export function differs(a: ApexValue | undefined, b: ApexValue | undefined): boolean {
  return !strictEquals(a ?? null, b ?? null);
}
