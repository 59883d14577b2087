/**
 * A small UI-API look-alike over the local org, for the workbench implementations of
 * `lightning/uiRecordApi` and `lightning/uiObjectInfoApi`, and the list views of the admin tabs.
 */
import type { FieldInfo, FieldType, ObjectInfo } from '../apex/org/model';
import { isRequired } from '../apex/org/fields';
import type { WorkbenchOrg } from './org/local-org';
import type { JsonRecord } from './org/field-json';
import { HttpError } from './router';
import { quickActionsOf } from './quick-actions';

const UI_TYPES: Record<FieldType, string> = {
  id: 'Id',
  string: 'String',
  textarea: 'TextArea',
  email: 'Email',
  phone: 'Phone',
  url: 'Url',
  picklist: 'Picklist',
  multipicklist: 'MultiPicklist',
  boolean: 'Boolean',
  integer: 'Int',
  double: 'Double',
  currency: 'Currency',
  percent: 'Percent',
  date: 'Date',
  datetime: 'DateTime',
  time: 'Time',
  reference: 'Reference',
  encryptedstring: 'EncryptedString',
  base64: 'Base64',
  address: 'Address',
};

/** A field as `uiObjectInfoApi` reports it: createable/updateable/required from the metadata. */
function fieldInfo(f: FieldInfo) {
  return {
    apiName: f.name,
    label: f.label,
    dataType: UI_TYPES[f.type],
    length: f.length,
    required: isRequired(f),
    createable: f.createable,
    updateable: f.updateable,
    externalId: f.externalId,
    unique: f.unique,
    custom: f.custom,
    nameField: f.nameField,
    reference: f.type === 'reference',
    referenceToInfos: f.referenceTo.map((apiName) => ({ apiName, nameFields: ['Name'] })),
    picklistValues: f.picklistValues,
  };
}

export function objectInfo(def: ObjectInfo) {
  const fields: Record<string, unknown> = {};
  for (const f of def.fields.values()) fields[f.name] = fieldInfo(f);
  return {
    apiName: def.name,
    label: def.label,
    labelPlural: def.labelPlural,
    keyPrefix: def.keyPrefix,
    custom: def.custom,
    createable: true,
    updateable: true,
    deletable: true,
    nameFields: [...def.fields.values()].filter((f) => f.nameField).map((f) => f.name),
    fields,
    childRelationships: [],
    recordTypeInfos: {},
    defaultRecordTypeId: '012000000000000AAA',
  };
}

function objectOfId(org: WorkbenchOrg, id: string): ObjectInfo {
  const def = org.objectOfId(id);
  if (!def) throw new HttpError(404, `No object with key prefix ${id.slice(0, 3)}`);
  return def;
}

/** A record in UI API shape: `{ apiName, id, fields: { F: { value, displayValue } } }`. */
export function uiRecord(def: ObjectInfo, rec: JsonRecord, fields?: string[]) {
  const names = fields && fields.length ? ['Id', 'Name', ...fields] : Object.keys(rec);
  const out: Record<string, { value: unknown; displayValue: string | null }> = {};
  for (const n of names) if (n in rec) out[n] = { value: rec[n] ?? null, displayValue: null };
  return { apiName: def.name, id: rec.Id, fields: out, childRelationships: {}, recordTypeId: null };
}

/** A DML failure answers like the UI API: 400 with the row's message. */
async function dml<T>(write: () => Promise<T>): Promise<T> {
  try {
    return await write();
  } catch (e) {
    const ex = (e as { exception?: { message?: string | null } }).exception;
    if (ex) throw new HttpError(400, ex.message ?? 'DML failed');
    const apex = e as { apexType?: string; message?: string };
    if (apex.apexType) throw new HttpError(400, apex.message ?? 'DML failed');
    throw e;
  }
}

export function getRecord(org: WorkbenchOrg, body: { recordId?: string; fields?: string[] }) {
  if (!body.recordId) throw new HttpError(400, 'recordId is required');
  const def = objectOfId(org, body.recordId);
  const rec = org.get(body.recordId);
  if (!rec) throw new HttpError(404, `The requested resource does not exist (${body.recordId})`);
  const fields = (body.fields ?? [])
    .map((f) => f.split('.').pop() ?? f)
    .filter((f) => def.fields.has(f.toLowerCase()));
  return uiRecord(def, rec, fields);
}

export async function createRecord(org: WorkbenchOrg, body: { apiName?: string; fields?: JsonRecord }) {
  if (!body.apiName) throw new HttpError(400, 'apiName is required');
  const def = org.describe(body.apiName);
  if (!def) throw new HttpError(404, `Unknown object ${body.apiName}`);
  const [rec] = await dml(() => org.insert(def.name, [body.fields ?? {}]));
  return uiRecord(def, rec);
}

export async function updateRecord(org: WorkbenchOrg, body: { fields?: JsonRecord }) {
  const id = body.fields?.Id;
  if (!id) throw new HttpError(400, 'fields.Id is required');
  const def = objectOfId(org, id);
  const [rec] = await dml(() => org.update(def.name, [body.fields as JsonRecord]));
  return uiRecord(def, rec);
}

export async function deleteRecord(org: WorkbenchOrg, body: { recordId?: string }) {
  if (!body.recordId) throw new HttpError(400, 'recordId is required');
  const def = objectOfId(org, body.recordId);
  await dml(() => org.delete(def.name, [body.recordId as string]));
  return {};
}

/** Default list-view columns per object (fields missing from the schema are dropped). */
const LIST_COLUMNS: Record<string, string[]> = {
  Chat_Transcript__c: [
    'Conversation_Id__c',
    'Channel__c',
    'Status__c',
    'Visitor_Name__c',
    'Agent_Name__c',
    'Skill_Name__c',
    'Start_Time__c',
    'Sync_Status__c',
  ],
  Event_Log__c: ['Occurred_At__c', 'Type__c', 'Http_Status__c', 'Endpoint__c', 'Message__c', 'Job__c'],
};
const SORT: Record<string, string> = {
  Chat_Transcript__c: 'Start_Time__c DESC',
  Event_Log__c: 'Occurred_At__c DESC',
};

function column(f: FieldInfo) {
  switch (f.type) {
    case 'datetime':
      return {
        label: f.label,
        fieldName: f.name,
        type: 'date',
        typeAttributes: {
          year: 'numeric',
          month: 'short',
          day: '2-digit',
          hour: '2-digit',
          minute: '2-digit',
        },
      };
    case 'date':
      return { label: f.label, fieldName: f.name, type: 'date-local' };
    case 'double':
    case 'integer':
    case 'currency':
    case 'percent':
      return { label: f.label, fieldName: f.name, type: 'number', cellAttributes: { alignment: 'left' } };
    case 'boolean':
      return { label: f.label, fieldName: f.name, type: 'boolean' };
    case 'email':
      return { label: f.label, fieldName: f.name, type: 'email' };
    case 'phone':
      return { label: f.label, fieldName: f.name, type: 'phone' };
    default:
      return { label: f.label, fieldName: f.name, type: 'text' };
  }
}

/**
 * A list view: `lightning-datatable` columns and rows (Name links to the record page); `only` keeps the rows of a
 * related list, `label` names it.
 */
export function listView(
  org: WorkbenchOrg,
  objectApiName: string,
  only?: (r: JsonRecord) => boolean,
  label?: string,
) {
  const def = org.describe(objectApiName);
  if (!def) {
    return {
      label: objectApiName,
      columns: [],
      rows: [],
      message: `${objectApiName} is not in force-app yet`,
    };
  }
  const all = [...def.fields.values()];
  const wanted =
    LIST_COLUMNS[def.name] ??
    all
      .filter((f) => f.custom)
      .slice(0, 6)
      .map((f) => f.name);
  const fields = wanted.map((n) => def.fields.get(n.toLowerCase())).filter((f): f is FieldInfo => !!f);
  const [sortField, direction] = (SORT[def.name] ?? 'CreatedDate DESC').split(' ');
  const key = (r: JsonRecord) => String(r[sortField] ?? '');
  const rows = org
    .list(def.name)
    .filter((r) => !only || only(r))
    .sort((a, b) => (direction === 'DESC' ? key(b).localeCompare(key(a)) : key(a).localeCompare(key(b))))
    .slice(0, 200);
  const nameField = all.find((f) => f.nameField);
  return {
    label: label ?? def.labelPlural,
    columns: [
      {
        label: nameField?.label ?? 'Name',
        fieldName: 'recordUrl',
        type: 'url',
        typeAttributes: { label: { fieldName: 'Name' }, target: '_blank' },
      },
      ...fields.map(column),
    ],
    rows: rows.map((r) => ({ ...r, recordUrl: `/lightning/r/${def.name}/${String(r.Id)}/view` })),
    actions: quickActionsOf(def.name),
  };
}

/**
 * A record's related list (`/lightning/r/<Object>/<Id>/related/<Relationship>/view`): the child records whose lookup
 * names the parent, in the child object's list columns.
 */
export function relatedList(org: WorkbenchOrg, parentId: string, relationship: string) {
  const parentDef = objectOfId(org, parentId);
  const parent = org.get(parentId);
  if (!parent) throw new HttpError(404, `The requested resource does not exist (${parentId})`);
  const rel = parentDef.childRelationships.find(
    (c) => c.relationshipName.toLowerCase() === relationship.toLowerCase(),
  );
  if (!rel) throw new HttpError(404, `${parentDef.name} has no related list ${relationship}`);
  const child = org.describe(rel.childObject);
  if (!child) throw new HttpError(404, `Unknown object ${rel.childObject}`);
  const id15 = String(parent.Id).slice(0, 15);
  const field = child.fields.get(rel.field.toLowerCase())?.name ?? rel.field;
  return listView(
    org,
    child.name,
    (r) => typeof r[field] === 'string' && (r[field] as string).slice(0, 15) === id15,
    `${child.labelPlural} of ${String(parent.Name ?? parent.Id)}`,
  );
}
