/**
 * Object and field permissions for a query: WITH USER_MODE checks every field the query names and
 * reports them all; WITH SECURITY_ENFORCED checks SELECT and FROM only and stops at the first.
 */
import type { Access, ObjectInfo } from '../org/model';
import { ApexError } from '../lang/errors';
import type { ResolvedPath } from './paths';
import { noSuchObject } from './query-errors';

/** A path with the object it is written on. */
export interface PathUse {
  root: ObjectInfo;
  path: ResolvedPath;
}

/** `Object.Field` pairs the user cannot read along a path (each hop's reference field, each target, the field). */
function inaccessible(access: Access, use: PathUse): [string, string][] {
  const out: [string, string][] = [];
  let on = use.root;
  for (const hop of use.path.hops) {
    if (!access.fieldReadable(on.name, hop.field.name)) out.push([on.name, hop.field.name]);
    on = hop.targets.find((t) => access.canRead(t.name)) ?? hop.targets[0];
    if (!access.canRead(on.name)) out.push([on.name, 'Id']);
  }
  const last = use.path.object;
  if (use.path.field.name.toLowerCase() !== 'id' && !access.fieldReadable(last.name, use.path.field.name)) {
    out.push([last.name, use.path.field.name]);
  }
  return out;
}

export function checkUserMode(access: Access, objects: ObjectInfo[], uses: PathUse[]): void {
  for (const o of objects) if (!access.canRead(o.name)) throw noSuchObject(o.name);
  const byObject = new Map<string, Set<string>>();
  for (const use of uses) {
    for (const [object, field] of inaccessible(access, use)) {
      if (!byObject.has(object)) byObject.set(object, new Set());
      byObject.get(object)?.add(field);
    }
  }
  if (byObject.size === 0) return;
  const inaccessibleFields = Object.fromEntries([...byObject].map(([o, fs]) => [o, [...fs]]));
  const [firstObject, firstFields] = [...byObject][0];
  // No published wording for USER_MODE; the platform reports a field the user cannot see as one that
  // does not exist ("No such column", same text for both causes), so that text is used.
  throw new ApexError(
    'System.QueryException',
    `No such column '${[...firstFields][0]}' on entity '${firstObject}'. If you are attempting to use a custom field, be sure to append the '__c' after the custom field name. Please reference your WSDL or the describe call for the appropriate names.`,
    { inaccessibleFields },
  );
}

export function checkSecurityEnforced(access: Access, objects: ObjectInfo[], selectUses: PathUse[]): void {
  const deniedObject = objects.find((o) => !access.canRead(o.name));
  const deniedField = selectUses.some((use) => inaccessible(access, use).length > 0);
  if (deniedObject || deniedField) {
    // apex-semantics §9.4 (exact text unverified).
    throw new ApexError(
      'System.QueryException',
      'Insufficient permissions: secure query included inaccessible field',
    );
  }
}
