/** How JSON keys of an sObject map onto its schema: fields (typed), parent relationships, child relationships. */
import { NotSupportedError } from '../lang/errors';
import type { TypeRef } from '../interp/values';
import type { FieldType, ObjectInfo } from '../org/model';

export type SObjectKey =
  | { kind: 'field'; name: string; type: TypeRef }
  | { kind: 'parent'; name: string; type: TypeRef }
  | { kind: 'children'; name: string; type: TypeRef };

const APEX_TYPE: Record<FieldType, string | undefined> = {
  id: 'Id',
  reference: 'Id',
  string: 'String',
  textarea: 'String',
  email: 'String',
  phone: 'String',
  url: 'String',
  picklist: 'String',
  multipicklist: 'String',
  encryptedstring: 'String',
  boolean: 'Boolean',
  integer: 'Integer',
  double: 'Decimal',
  currency: 'Decimal',
  percent: 'Decimal',
  date: 'Date',
  datetime: 'Datetime',
  time: 'Time',
  base64: 'Blob',
  address: undefined,
};

/** The schema entry a JSON key names (case-insensitive), or undefined for an unknown key. */
export function sObjectKey(object: ObjectInfo, key: string): SObjectKey | undefined {
  const lower = key.toLowerCase();
  const field = object.fields.get(lower);
  if (field) {
    const apexType = APEX_TYPE[field.type];
    if (!apexType)
      throw new NotSupportedError(`JSON into the ${field.type} field ${object.name}.${field.name}`);
    return { kind: 'field', name: field.name, type: { name: apexType } };
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
