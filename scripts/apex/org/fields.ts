/** Building {@link FieldInfo}s: one constructor with the defaults Salesforce describes, and the system fields every object has. */
import type { FieldInfo, FieldType } from './model';

export type FieldSpec = Partial<FieldInfo> & { name: string; type: FieldType };

export function makeField(spec: FieldSpec): FieldInfo {
  const custom = spec.name.endsWith('__c');
  return {
    label: spec.name,
    referenceTo: [],
    length: 0,
    precision: 0,
    scale: 0,
    nillable: true,
    unique: false,
    caseSensitive: false,
    externalId: false,
    createable: true,
    updateable: true,
    calculated: false,
    autoNumber: false,
    defaultValue: null,
    picklistValues: [],
    custom,
    namePointing: false,
    nameField: false,
    ...spec,
  };
}

/** A read-only, platform-computed field (audit fields, formulas, auto numbers, compound names). */
export function systemField(spec: FieldSpec): FieldInfo {
  return makeField({ createable: false, updateable: false, ...spec });
}

/** When and by whom a record was made: every stored object and platform event has them. */
export function creationFields(): FieldInfo[] {
  return [
    systemField({ name: 'CreatedDate', label: 'Created Date', type: 'datetime', nillable: false }),
    systemField({
      name: 'CreatedById',
      label: 'Created By ID',
      type: 'reference',
      referenceTo: ['User'],
      relationshipName: 'CreatedBy',
      nillable: false,
      length: 18,
    }),
  ];
}

/** Id, audit fields and IsDeleted, as every stored object has them. */
export function auditFields(): FieldInfo[] {
  return [
    systemField({ name: 'Id', label: `Record ID`, type: 'id', length: 18, nillable: false }),
    systemField({
      name: 'IsDeleted',
      label: 'Deleted',
      type: 'boolean',
      nillable: false,
      defaultValue: false,
    }),
    ...creationFields(),
    systemField({ name: 'LastModifiedDate', label: 'Last Modified Date', type: 'datetime', nillable: false }),
    systemField({
      name: 'LastModifiedById',
      label: 'Last Modified By ID',
      type: 'reference',
      referenceTo: ['User'],
      relationshipName: 'LastModifiedBy',
      nillable: false,
      length: 18,
    }),
    systemField({ name: 'SystemModstamp', label: 'System Modstamp', type: 'datetime', nillable: false }),
  ];
}

/** Objects whose records a user owns but a queue cannot (Account, Contact, Opportunity). */
const USER_OWNED = new Set(['account', 'contact', 'opportunity']);

/**
 * `OwnerId`: createable and updateable, defaulted to the running user; polymorphic User/Group
 * where queues can own records (Lead, Case, custom objects), User only elsewhere.
 */
export function ownerField(objectName: string): FieldInfo {
  const queueable = !USER_OWNED.has(objectName.toLowerCase());
  return makeField({
    name: 'OwnerId',
    label: 'Owner ID',
    type: 'reference',
    referenceTo: queueable ? ['Group', 'User'] : ['User'],
    relationshipName: 'Owner',
    namePointing: queueable,
    length: 18,
    nillable: false,
    defaultedOnCreate: true,
  });
}

/** Required on create in the sense of describe: not nillable, createable, no default, not computed. */
export function isRequired(f: FieldInfo): boolean {
  return (
    !f.nillable &&
    f.createable &&
    !f.calculated &&
    !f.autoNumber &&
    f.type !== 'boolean' &&
    f.defaultValue === null &&
    !f.defaultedOnCreate
  );
}
