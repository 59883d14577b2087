/**
 * The Schema enums the describes return: `Schema.DisplayType` (a field's `getType()`) and
 * `System.SObjectDescribeOptions` (the argument of `getDescribe` / `describeSObjects`).
 * Constants are `ApexEnumValue`s, in the declaration order the Apex reference lists them.
 */
import type { NativeClass } from '../interp/native';
import { ApexEnumValue } from '../interp/values';
import type { FieldType } from '../org/model';

const DISPLAY_TYPES = [
  'ADDRESS',
  'ANYTYPE',
  'BASE64',
  'BOOLEAN',
  'COMBOBOX',
  'COMPLEXVALUE',
  'CURRENCY',
  'DATACATEGORYGROUPREFERENCE',
  'DATE',
  'DATETIME',
  'DOUBLE',
  'EMAIL',
  'ENCRYPTEDSTRING',
  'FLOATARRAY',
  'ID',
  'INTEGER',
  'JSON',
  'LOCATION',
  'LONG',
  'MULTIPICKLIST',
  'PERCENT',
  'PHONE',
  'PICKLIST',
  'REFERENCE',
  'SOBJECT',
  'STRING',
  'TEXTAREA',
  'TIME',
  'URL',
];

const DESCRIBE_OPTIONS = ['DEFAULT', 'DEFERRED', 'FULL'];

export const DISPLAY_TYPE_NAME = 'Schema.DisplayType';
export const DESCRIBE_OPTIONS_NAME = 'System.SObjectDescribeOptions';

export const DisplayTypeEnum: NativeClass = {
  name: 'DisplayType',
  namespace: 'Schema',
  enumValues: DISPLAY_TYPES,
};

export const SObjectDescribeOptionsEnum: NativeClass = {
  name: 'SObjectDescribeOptions',
  namespace: 'System',
  enumValues: DESCRIBE_OPTIONS,
};

/** The `Schema.DisplayType` constant describe reports for a field type (`reference` → `REFERENCE`). */
export function displayTypeOf(type: FieldType): ApexEnumValue {
  const name = type.toUpperCase();
  const ordinal = DISPLAY_TYPES.indexOf(name);
  if (ordinal < 0) throw new Error(`no Schema.DisplayType for field type ${type}`);
  return new ApexEnumValue(DISPLAY_TYPE_NAME, name, ordinal);
}

/** True when a value is a `SObjectDescribeOptions` constant (the optional describe argument). */
export function isDescribeOptions(v: unknown): boolean {
  // The interpreter may qualify the type (`System.SObjectDescribeOptions`) or not.
  return v instanceof ApexEnumValue && /(^|\.)sobjectdescribeoptions$/.test(v.type.toLowerCase());
}
