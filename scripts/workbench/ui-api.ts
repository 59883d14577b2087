/**
 * A small UI-API look-alike over the local org, for the workbench implementations of
 * `lightning/uiRecordApi` and `lightning/uiObjectInfoApi`, and the list views of the admin tabs.
 */
import type { LocalOrg, SObject } from './org/database';
import type { FieldDef, ObjectDef } from './org/schema';
import { HttpError } from './router';
import { quickActionsOf } from './quick-actions';

const UI_TYPES: Record<string, string> = {
  Id: 'Id',
  Text: 'String',
  TextArea: 'TextArea',
  LongTextArea: 'TextArea',
  Html: 'TextArea',
  EncryptedText: 'EncryptedString',
  Email: 'Email',
  Phone: 'Phone',
  Url: 'Url',
  Picklist: 'Picklist',
  MultiselectPicklist: 'MultiPicklist',
  Number: 'Double',
  Currency: 'Currency',
  Percent: 'Percent',
  Checkbox: 'Boolean',
  Date: 'Date',
  DateTime: 'DateTime',
  Lookup: 'Reference',
  MasterDetail: 'Reference',
  AutoNumber: 'String',
};

function fieldInfo(f: FieldDef) {
  return {
    apiName: f.name,
    label: f.label,
    dataType: UI_TYPES[f.type] ?? 'String',
    length: f.length ?? 0,
    required: false,
    createable: true,
    updateable: true,
    externalId: !!f.externalId,
    unique: !!f.unique,
    custom: f.name.endsWith('__c'),
    reference: f.type === 'Lookup' || f.type === 'MasterDetail',
    referenceToInfos: f.referenceTo ? [{ apiName: f.referenceTo, nameFields: ['Name'] }] : [],
    picklistValues: f.picklistValues,
  };
}

export function objectInfo(def: ObjectDef) {
  const fields: Record<string, unknown> = {
    Id: { apiName: 'Id', label: `${def.label} ID`, dataType: 'Id', createable: false, updateable: false },
    Name: {
      apiName: 'Name',
      label: def.nameField.label,
      dataType: 'String',
      nameField: true,
      createable: def.nameField.type === 'Text',
      updateable: def.nameField.type === 'Text',
    },
  };
  for (const f of def.fields) fields[f.name] = fieldInfo(f);
  return {
    apiName: def.name,
    label: def.label,
    labelPlural: def.pluralLabel,
    keyPrefix: def.keyPrefix,
    custom: def.kind !== 'standard',
    createable: true,
    updateable: true,
    deletable: true,
    nameFields: ['Name'],
    fields,
    childRelationships: [],
    recordTypeInfos: {},
    defaultRecordTypeId: '012000000000000AAA',
  };
}

function objectOfId(org: LocalOrg, id: string): ObjectDef {
  const prefix = id.slice(0, 3);
  for (const def of org.schema.objects.values()) if (def.keyPrefix === prefix) return def;
  throw new HttpError(404, `No object with key prefix ${prefix}`);
}

/** A record in UI API shape: `{ apiName, id, fields: { F: { value, displayValue } } }`. */
export function uiRecord(def: ObjectDef, rec: SObject, fields?: string[]) {
  const names = fields && fields.length ? ['Id', 'Name', ...fields] : Object.keys(rec);
  const out: Record<string, { value: unknown; displayValue: string | null }> = {};
  for (const n of names) if (n in rec) out[n] = { value: rec[n] ?? null, displayValue: null };
  return { apiName: def.name, id: rec.Id, fields: out, childRelationships: {}, recordTypeId: null };
}

export async function getRecord(org: LocalOrg, body: { recordId?: string; fields?: string[] }) {
  if (!body.recordId) throw new HttpError(400, 'recordId is required');
  const def = objectOfId(org, body.recordId);
  const rec = await org.get(def.name, body.recordId);
  if (!rec) throw new HttpError(404, `The requested resource does not exist (${body.recordId})`);
  const known = new Set(['Id', 'Name', ...def.fields.map((f) => f.name)]);
  return uiRecord(
    def,
    rec,
    (body.fields ?? []).filter((f) => known.has(f)),
  );
}

export async function createRecord(org: LocalOrg, body: { apiName?: string; fields?: SObject }) {
  if (!body.apiName) throw new HttpError(400, 'apiName is required');
  const def = org.describe(body.apiName);
  const [rec] = await org.insert(def.name, [body.fields ?? {}]);
  return uiRecord(def, rec);
}

export async function updateRecord(org: LocalOrg, body: { fields?: SObject }) {
  const id = body.fields?.Id;
  if (!id) throw new HttpError(400, 'fields.Id is required');
  const def = objectOfId(org, id);
  const [rec] = await org.update(def.name, [body.fields as SObject]);
  return uiRecord(def, rec);
}

export async function deleteRecord(org: LocalOrg, body: { recordId?: string }) {
  if (!body.recordId) throw new HttpError(400, 'recordId is required');
  await org.delete(objectOfId(org, body.recordId).name, [body.recordId]);
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

function column(f: FieldDef) {
  switch (f.type) {
    case 'DateTime':
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
    case 'Date':
      return { label: f.label, fieldName: f.name, type: 'date-local' };
    case 'Number':
    case 'Currency':
    case 'Percent':
      return { label: f.label, fieldName: f.name, type: 'number', cellAttributes: { alignment: 'left' } };
    case 'Checkbox':
      return { label: f.label, fieldName: f.name, type: 'boolean' };
    case 'Email':
      return { label: f.label, fieldName: f.name, type: 'email' };
    case 'Phone':
      return { label: f.label, fieldName: f.name, type: 'phone' };
    default:
      return { label: f.label, fieldName: f.name, type: 'text' };
  }
}

/** A list view: `lightning-datatable` columns and rows (Name links to the record page). */
export async function listView(org: LocalOrg, objectApiName: string) {
  const def = org.schema.objects.get(objectApiName);
  if (!def) {
    return {
      label: objectApiName,
      columns: [],
      rows: [],
      message: `${objectApiName} is not in force-app yet`,
    };
  }
  const wanted = LIST_COLUMNS[def.name] ?? def.fields.slice(0, 6).map((f) => f.name);
  const fields = wanted.map((n) => def.fields.find((f) => f.name === n)).filter((f): f is FieldDef => !!f);
  const orderBy = SORT[def.name]?.split(' ')[0];
  const rows = await org.query(def.name, {
    orderBy: orderBy && fields.some((f) => f.name === orderBy) ? SORT[def.name] : 'CreatedDate DESC',
    limit: 200,
  });
  return {
    label: def.pluralLabel,
    columns: [
      {
        label: def.nameField.label,
        fieldName: 'recordUrl',
        type: 'url',
        typeAttributes: { label: { fieldName: 'Name' }, target: '_blank' },
      },
      ...fields.map(column),
    ],
    rows: rows.map((r) => ({ ...r, recordUrl: `/lightning/r/${def.name}/${r.Id}/view` })),
    actions: quickActionsOf(def.name),
  };
}
