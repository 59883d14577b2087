/** Copies of sObjects as `List.deepClone` and `Map.deepClone` make them. */
import { NotSupportedError } from '../lang/errors';
import { ApexSObject } from '../interp/values';

/** Audit fields that `deepClone(…, preserveReadonlyTimestamps = false)` leaves out. */
const READONLY_TIMESTAMPS = new Set([
  'createddate',
  'createdbyid',
  'lastmodifieddate',
  'lastmodifiedbyid',
  'systemmodstamp',
]);

export interface CloneOptions {
  preserveId: boolean;
  preserveReadonlyTimestamps: boolean;
  preserveAutonumber: boolean;
}

export function cloneSObject(rec: ApexSObject, opts: CloneOptions): ApexSObject {
  // Telling auto-number fields apart needs the schema; only the flag that keeps everything is honest here.
  if (!opts.preserveAutonumber) throw new NotSupportedError('deepClone without preserveAutonumber');
  const copy = new ApexSObject(rec.type);
  for (const [k, v] of rec.fields) {
    if (k === 'id' && !opts.preserveId) continue;
    if (READONLY_TIMESTAMPS.has(k) && !opts.preserveReadonlyTimestamps) continue;
    copy.write(rec.names.get(k) ?? k, v);
  }
  if (rec.queried) copy.queried = new Set(rec.queried);
  return copy;
}
