/**
 * `SObject.clone(preserveId, isDeepClone, preserveReadonlyTimestamps, preserveAutonumber)`.
 * A shallow clone shares the related sObjects and child lists; a deep clone copies them (they
 * keep their Ids: they are other records). Errors added with `addError` are not copied.
 */
import type { Ctx } from '../interp/native';
import { ApexList, ApexSObject, type ApexValue } from '../interp/values';
import type { ObjectInfo } from '../org/model';
import { boolArg } from './args';
import { schemaOf } from './schema-tokens';
import { recordObject } from './sobject-fields';

const READONLY_TIMESTAMPS = new Set([
  'createddate',
  'createdbyid',
  'lastmodifieddate',
  'lastmodifiedbyid',
  'systemmodstamp',
]);

export interface CloneFlags {
  preserveId: boolean;
  deep: boolean;
  preserveReadonlyTimestamps: boolean;
  preserveAutonumber: boolean;
}

const NESTED: CloneFlags = {
  preserveId: true,
  deep: true,
  preserveReadonlyTimestamps: true,
  preserveAutonumber: true,
};

function copyValue(v: ApexValue, lookup: (type: string) => ObjectInfo | undefined): ApexValue {
  if (v instanceof ApexSObject) return cloneRecord(v, lookup(v.type), NESTED, lookup);
  if (v instanceof ApexList) {
    return new ApexList(
      v.elementType,
      v.items.map((x) => copyValue(x, lookup)),
    );
  }
  return v;
}

export function cloneRecord(
  rec: ApexSObject,
  info: ObjectInfo | undefined,
  flags: CloneFlags,
  lookup: (type: string) => ObjectInfo | undefined,
): ApexSObject {
  const copy = new ApexSObject(rec.type);
  for (const [k, v] of rec.fields) {
    if (k === 'id' && !flags.preserveId) continue;
    if (READONLY_TIMESTAMPS.has(k) && !flags.preserveReadonlyTimestamps) continue;
    if (!flags.preserveAutonumber && info?.fields.get(k)?.autoNumber) continue;
    copy.write(rec.names.get(k) ?? k, flags.deep ? copyValue(v, lookup) : v);
  }
  if (rec.queried) copy.queried = new Set(rec.queried);
  return copy;
}

/** A copy of a record of the org's schema (which tells the auto-number fields). */
export function cloneInOrg(ctx: Ctx, rec: ApexSObject, flags: CloneFlags): ApexSObject {
  const schema = schemaOf(ctx);
  return cloneRecord(rec, recordObject(schema, rec), flags, (type) => schema.object(type));
}

/** `List.deepClone` / `Map.deepClone(preserveId, preserveReadonlyTimestamps, preserveAutonumber)`: each flag false when left out. */
export function deepCloneFlags(args: ApexValue[], method: string): CloneFlags {
  const flag = (i: number): boolean => (i < args.length ? boolArg(args, i, method) : false);
  return {
    preserveId: flag(0),
    deep: false,
    preserveReadonlyTimestamps: flag(1),
    preserveAutonumber: flag(2),
  };
}
