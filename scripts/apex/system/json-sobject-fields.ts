/** How JSON keys of an sObject map onto its schema: fields (typed), parent relationships, child relationships. */
import { NotSupportedError } from '../lang/errors';
import type { TypeRef } from '../interp/values';
import type { ObjectInfo } from '../org/model';
import { apexTypeOfField } from './sobject-fields';

export type SObjectKey =
  | { kind: 'field'; name: string; type: TypeRef }
  | { kind: 'parent'; name: string; type: TypeRef }
  | { kind: 'children'; name: string; type: TypeRef };

/** The schema entry a JSON key names (case-insensitive), or undefined for an unknown key. */
export function sObjectKey(object: ObjectInfo, key: string): SObjectKey | undefined {
  const lower = key.toLowerCase();
  const field = object.fields.get(lower);
  if (field) {
    // A compound address has no JSON form here.
    if (field.type === 'address')
      throw new NotSupportedError(`JSON into the ${field.type} field ${object.name}.${field.name}`);
    return { kind: 'field', name: field.name, type: { name: apexTypeOfField(field) } };
  }
  for (const f of object.fields.values()) {
    if (f.relationshipName?.toLowerCase() === lower) {
      if (f.referenceTo.length !== 1) {
        throw new NotSupportedError(
          `JSON into the polymorphic relationship ${object.name}.${f.relationshipName}`,
        );
      }
      return { kind: 'parent', name: f.relationshipName, type: { name: f.referenceTo[0] } };
    }
  }
  const child = object.childRelationships.find((c) => c.relationshipName.toLowerCase() === lower);
  if (child) return { kind: 'children', name: child.relationshipName, type: { name: child.childObject } };
  return undefined;
}
