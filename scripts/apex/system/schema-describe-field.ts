/**
 * `Schema.DescribeFieldResult` and `Schema.PicklistEntry`. A field describe captures the running
 * user's `Access` when it is made (as an org's describe does): access-dependent answers combine the
 * user's field-level security with the field's own createable/updateable flags.
 */
import { getter, type NativeClass } from '../interp/native';
import { ApexList, NativeObject } from '../interp/values';
import type { Access, FieldInfo, FieldType, ObjectInfo, Schema } from '../org/model';
import { displayTypeOf } from './schema-enums';
import { sObjectFieldToken, sObjectTypeToken, SOBJECT_TYPE_NAME } from './schema-tokens';

export const DESCRIBE_FIELD_NAME = 'Schema.DescribeFieldResult';
export const PICKLIST_ENTRY_NAME = 'Schema.PicklistEntry';

export interface FieldDescribePayload {
  schema: Schema;
  object: ObjectInfo;
  field: FieldInfo;
  access: Access;
}

type PicklistEntry = FieldInfo['picklistValues'][number];

/** `htmlFormatted` is not in the org model yet (rich text is read as `textarea`); read it when present. */
type FieldWithHtml = FieldInfo & { htmlFormatted?: boolean };

export function fieldDescribe(
  schema: Schema,
  object: ObjectInfo,
  field: FieldInfo,
  access: Access,
): NativeObject<FieldDescribePayload> {
  return new NativeObject<FieldDescribePayload>(DESCRIBE_FIELD_NAME, { schema, object, field, access });
}

/** Long text (more than 255 characters) cannot be filtered, sorted or grouped in SOQL. */
function isLongText(f: FieldInfo): boolean {
  return f.type === 'textarea' && f.length > 255;
}

const NEVER_SORTED: FieldType[] = ['multipicklist', 'encryptedstring', 'base64', 'address'];
const NEVER_FILTERED: FieldType[] = ['encryptedstring', 'base64', 'address'];
const NEVER_GROUPED: FieldType[] = [
  'double',
  'currency',
  'percent',
  'datetime',
  'time',
  'textarea',
  'multipicklist',
  'encryptedstring',
  'base64',
  'address',
];

/** `ns__Field__c` → `Field__c`; names without a namespace stay as they are. */
export function localName(name: string): string {
  const m = /^[A-Za-z][A-Za-z0-9]*__(.+__[A-Za-z]+)$/.exec(name);
  return m ? m[1] : name;
}

function isDefaultedOnCreate(f: FieldInfo): boolean {
  if (f.defaultedOnCreate || f.autoNumber || f.type === 'boolean' || f.defaultValue !== null) return true;
  // Platform-filled fields (Id, audit fields) are neither createable nor formulas.
  return !f.createable && !f.updateable && !f.calculated;
}

type Self = FieldDescribePayload;
const fn = getter<Self>;

export const DescribeFieldResultClass: NativeClass = {
  name: 'DescribeFieldResult',
  namespace: 'Schema',
  methods: {
    getname: fn((p) => p.field.name),
    getlocalname: fn((p) => localName(p.field.name)),
    getlabel: fn((p) => p.field.label),
    gettype: fn((p) => displayTypeOf(p.field.type)),
    getlength: fn((p) => p.field.length),
    getprecision: fn((p) => p.field.precision),
    getscale: fn((p) => p.field.scale),
    isaccessible: fn((p) => p.access.fieldReadable(p.object.name, p.field.name)),
    iscreateable: fn((p) => p.field.createable && p.access.fieldEditable(p.object.name, p.field.name)),
    isupdateable: fn((p) => p.field.updateable && p.access.fieldEditable(p.object.name, p.field.name)),
    isnillable: fn((p) => p.field.nillable),
    iscalculated: fn((p) => p.field.calculated),
    iscustom: fn((p) => p.field.custom),
    isexternalid: fn((p) => p.field.externalId),
    isunique: fn((p) => p.field.unique),
    iscasesensitive: fn((p) => p.field.caseSensitive),
    isnamefield: fn((p) => p.field.nameField),
    isnamepointing: fn((p) => p.field.namePointing),
    isautonumber: fn((p) => p.field.autoNumber),
    isdefaultedoncreate: fn((p) => isDefaultedOnCreate(p.field)),
    ishtmlformatted: fn((p) => (p.field as FieldWithHtml).htmlFormatted === true),
    isrestrictedpicklist: fn((p) => p.field.restrictedPicklist === true),
    issortable: fn((p) => !isLongText(p.field) && !NEVER_SORTED.includes(p.field.type)),
    isfilterable: fn((p) => !isLongText(p.field) && !NEVER_FILTERED.includes(p.field.type)),
    isgroupable: fn((p) => !NEVER_GROUPED.includes(p.field.type)),
    getdefaultvalue: fn((p) => p.field.defaultValue),
    getrelationshipname: fn((p) => p.field.relationshipName ?? null),
    getreferenceto: fn(
      (p) =>
        new ApexList(
          { name: SOBJECT_TYPE_NAME },
          p.field.referenceTo.map((name) => sObjectTypeToken(p.schema, name)),
        ),
    ),
    getpicklistvalues: fn(
      (p) =>
        new ApexList(
          { name: PICKLIST_ENTRY_NAME },
          p.field.picklistValues.map((e) => new NativeObject<PicklistEntry>(PICKLIST_ENTRY_NAME, e)),
        ),
    ),
    getsobjectfield: fn((p) => sObjectFieldToken(p.schema, p.object, p.field)),
  },
};

const entry = getter<PicklistEntry>;

export const PicklistEntryClass: NativeClass = {
  name: 'PicklistEntry',
  namespace: 'Schema',
  methods: {
    getvalue: entry((e) => e.value),
    getlabel: entry((e) => e.label),
    isactive: entry((e) => e.active),
    isdefaultvalue: entry((e) => e.defaultValue),
  },
};
