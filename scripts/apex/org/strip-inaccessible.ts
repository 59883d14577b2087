/** `Security.stripInaccessible(accessType, records[, enforceRootObjectCRUD])` → `SObjectAccessDecision`. */
import { ApexError } from '../lang/errors';
import { ApexList, ApexSObject } from '../interp/values';
import type { Access, Schema } from './model';

export type AccessType = 'READABLE' | 'CREATABLE' | 'UPDATABLE' | 'UPSERTABLE';

export interface AccessDecision {
  /** Copies of the records without the inaccessible fields. */
  records: ApexSObject[];
  /** Object name → removed field names (`getRemovedFields()`). */
  removedFields: Map<string, Set<string>>;
  /** Indexes of the top-level records that lost a field (`getModifiedIndexes()`). */
  modifiedIndexes: Set<number>;
}

function objectAllowed(access: Access, type: AccessType, objectName: string): boolean {
  switch (type) {
    case 'READABLE':
      return access.canRead(objectName);
    case 'CREATABLE':
      return access.canCreate(objectName);
    case 'UPDATABLE':
      return access.canEdit(objectName);
    case 'UPSERTABLE':
      return access.canCreate(objectName) && access.canEdit(objectName);
  }
}

function fieldAllowed(
  access: Access,
  schema: Schema,
  type: AccessType,
  objectName: string,
  field: string,
): boolean {
  if (type === 'READABLE') return access.fieldReadable(objectName, field);
  const info = schema.object(objectName)?.fields.get(field.toLowerCase());
  if (!info || !access.fieldEditable(objectName, field)) return false;
  if (type === 'CREATABLE') return info.createable;
  if (type === 'UPDATABLE') return info.updateable;
  return info.createable && info.updateable;
}

export function stripInaccessible(
  access: Access,
  schema: Schema,
  type: AccessType,
  records: ApexSObject[],
  enforceRootObjectCrud = true,
): AccessDecision {
  const removedFields = new Map<string, Set<string>>();
  const modifiedIndexes = new Set<number>();
  const remove = (objectName: string, field: string): void => {
    const set = removedFields.get(objectName) ?? new Set<string>();
    set.add(field);
    removedFields.set(objectName, set);
  };

  const strip = (s: ApexSObject, root: boolean): { copy: ApexSObject; modified: boolean } => {
    const object = schema.object(s.type);
    if (!object) throw new ApexError('System.SObjectException', `Invalid sObject type: ${s.type}`);
    if (root && enforceRootObjectCrud && !objectAllowed(access, type, object.name)) {
      throw new ApexError('System.NoAccessException', `No access to entity: ${object.name}`);
    }
    const copy = new ApexSObject(object.name);
    copy.queried = s.queried ? new Set(s.queried) : null;
    let modified = false;
    for (const [k, v] of s.fields) {
      const name = s.names.get(k) ?? k;
      if (v instanceof ApexSObject) {
        copy.write(name, strip(v, false).copy);
        continue;
      }
      if (v instanceof ApexList) {
        copy.write(
          name,
          new ApexList(
            v.elementType,
            v.items.map((x) => (x instanceof ApexSObject ? strip(x, false).copy : x)),
          ),
        );
        continue;
      }
      const field = object.fields.get(k);
      const keep =
        k === 'id' ||
        (field !== undefined &&
          objectAllowed(access, type, object.name) &&
          fieldAllowed(access, schema, type, object.name, field.name));
      if (keep) copy.write(name, v);
      else {
        remove(object.name, field?.name ?? name);
        copy.queried?.delete(k);
        modified = true;
      }
    }
    return { copy, modified };
  };

  const out = records.map((r, i) => {
    const { copy, modified } = strip(r, true);
    if (modified) modifiedIndexes.add(i);
    return copy;
  });
  return { records: out, removedFields, modifiedIndexes };
}
