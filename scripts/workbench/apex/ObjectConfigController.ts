/**
 * Workbench twin of `ObjectConfigController` (force-app/main/admin/classes): field mappings and search
 * filters of one object over the local org's records, with the same rules and messages as
 * `ObjectConfigService`. "Other" paths are checked with the product's own TS path parser (`c/fieldPath`).
 */
import type getObjectConfig from '@salesforce/apex/ObjectConfigController.getObjectConfig';
import type saveFieldMapping from '@salesforce/apex/ObjectConfigController.saveFieldMapping';
import type saveSearchFilter from '@salesforce/apex/ObjectConfigController.saveSearchFilter';
import type deleteConfigRecord from '@salesforce/apex/ObjectConfigController.deleteConfigRecord';
import type getRelatedFields from '@salesforce/apex/ObjectConfigController.getRelatedFields';
import type saveRelatedList from '@salesforce/apex/ObjectConfigController.saveRelatedList';
import type {
  AdminFieldError,
  AdminSaveResult,
  ObjectConfigDtos_FieldInfo as FieldInfo,
  ObjectConfigDtos_FieldMapping as FieldMapping,
  ObjectConfigDtos_RelatedList as RelatedList,
  ObjectConfigDtos_SearchFilter as SearchFilter,
} from 'apex-dtos';
import { validatePath } from '../../../lwc-ts/liveperson/fieldPath/fieldPath';
import type { LocalOrg } from '../org/database';
import type { FieldDef } from '../org/schema';
import { AuraHandledException, handle, type ApexClassHandlers } from './handler';
import { requireConfigureActivated } from './AccountSettingsController';
import { availableObjects } from './CustomizationSettingsController';

const TRANSCRIPT = 'Chat_Transcript__c';
const MAX_OVERVIEW = 5;
const FIX = 'Fix the highlighted fields, then save again. Nothing was saved.';
export const MSG_OVERVIEW_FULL =
  'Only the first 5 fields appear in the overview bubble: uncheck "Include in Overview" on another mapping first.';

const OPERATOR_LABELS: Record<string, string> = {
  equals: 'equals',
  notEquals: 'not equal to',
  contains: 'contains',
  startsWith: 'starts with',
  lessThan: 'less than',
  greaterThan: 'greater than',
  lessOrEqual: 'less or equal',
  greaterOrEqual: 'greater or equal',
  includes: 'includes',
  excludes: 'excludes',
};
const TEXT_OPS = ['equals', 'notEquals', 'contains', 'startsWith'];
const RANGE_OPS = ['equals', 'notEquals', 'lessThan', 'greaterThan', 'lessOrEqual', 'greaterOrEqual'];

/** The package's own Chat Transcript fields (never mapping targets). */
const PACKAGE_TRANSCRIPT_FIELDS = new Set(
  'Conversation_Id__c Channel__c Status__c Start_Time__c End_Time__c Duration_Seconds__c Agent_Id__c Agent_Name__c Skill_Id__c Skill_Name__c Visitor_Id__c Visitor_Name__c Visitor_Email__c Visitor_Phone__c Transcript__c MCS__c CSAT__c Last_Synced__c Sync_Status__c Sync_Error__c Account__c Contact__c Lead__c Case__c Opportunity__c'.split(
    ' ',
  ),
);

const TYPE_NAMES: Record<string, string> = {
  Id: 'ID',
  Text: 'STRING',
  TextArea: 'TEXTAREA',
  LongTextArea: 'TEXTAREA',
  Html: 'TEXTAREA',
  Email: 'EMAIL',
  Phone: 'PHONE',
  Url: 'URL',
  Picklist: 'PICKLIST',
  MultiselectPicklist: 'MULTIPICKLIST',
  Number: 'DOUBLE',
  Currency: 'CURRENCY',
  Percent: 'PERCENT',
  Checkbox: 'BOOLEAN',
  Date: 'DATE',
  DateTime: 'DATETIME',
  Lookup: 'REFERENCE',
  MasterDetail: 'REFERENCE',
  AutoNumber: 'STRING',
  EncryptedText: 'ENCRYPTEDSTRING',
};

function operatorsFor(f: FieldDef): string[] {
  switch (f.type) {
    case 'Text':
    case 'Email':
    case 'Phone':
    case 'Url':
    case 'Picklist':
    case 'TextArea':
    case 'AutoNumber':
      return TEXT_OPS;
    case 'MultiselectPicklist':
      return ['includes', 'excludes'];
    case 'Checkbox':
    case 'Lookup':
    case 'MasterDetail':
    case 'Id':
      return ['equals', 'notEquals'];
    case 'Number':
    case 'Currency':
    case 'Percent':
    case 'Date':
    case 'DateTime':
      return RANGE_OPS;
    default:
      return []; // long text, rich text, encrypted: not filterable
  }
}

/** Twin of AdminSchema.transcriptFieldRefusal. */
function transcriptRefusal(f: FieldDef): string | undefined {
  if (!f.name.endsWith('__c'))
    return 'Standard fields are managed by Salesforce; create a custom Text field for the mapping.';
  if (PACKAGE_TRANSCRIPT_FIELDS.has(f.name))
    return 'This field is filled by LiveEngage itself; map to a custom field you created.';
  if (f.type === 'AutoNumber')
    return 'Formula and auto-number fields cannot be written; create a custom Text field.';
  if (f.type === 'Text' || f.type === 'TextArea' || f.type === 'LongTextArea') return undefined;
  if (f.type === 'Html')
    return 'Rich Text fields would show LivePerson text as HTML; use a Text(255) or Long Text Area field.';
  return `This is a ${(TYPE_NAMES[f.type] ?? f.type).toLowerCase()} field; LivePerson values are text, so only Text (up to 255) and Long Text Area fields can be mapped.`;
}

const SYSTEM_FIELDS = new Set([
  'Id',
  'CreatedDate',
  'LastModifiedDate',
  'CreatedById',
  'LastModifiedById',
  'SystemModstamp',
]);

function toFieldInfo(f: FieldDef, isTranscript: boolean): FieldInfo {
  const reason = isTranscript ? transcriptRefusal(f) : undefined;
  return {
    apiName: f.name,
    label: f.label,
    type: TYPE_NAMES[f.type] ?? f.type,
    writable: f.type !== 'AutoNumber' && f.type !== 'Id' && !SYSTEM_FIELDS.has(f.name),
    mappable: reason === undefined,
    reason,
    operators: operatorsFor(f),
    picklistValues: f.picklistValues ?? [],
  };
}

function describeConfigurable(org: LocalOrg, objectApiName: string | undefined) {
  if (objectApiName === TRANSCRIPT) return org.describe(TRANSCRIPT);
  if (!objectApiName || !availableObjects(org).some((o) => o.apiName === objectApiName)) {
    throw new AuraHandledException(
      `${objectApiName || 'This object'} cannot be configured: choose one of the objects under Object Settings.`,
    );
  }
  return org.describe(objectApiName);
}

async function catalog(org: LocalOrg): Promise<{ value: string; label: string }[]> {
  try {
    return (await org.query('LivePerson_Field__mdt'))
      .map((r) => ({
        value: String(r.DeveloperName),
        label: String(r.MasterLabel ?? r.Label ?? r.DeveloperName),
      }))
      .sort((a, b) => a.label.localeCompare(b.label));
  } catch {
    return [];
  }
}

const RECORD_COUNTS = [5, 10, 15, 20, 25];
const NOT_SORTABLE = new Set(['LongTextArea', 'Html', 'MultiselectPicklist', 'EncryptedText']);

/** Child relationships: every lookup in the local schema that points to `objectApiName`. */
function children(org: LocalOrg, objectApiName: string): { child: string; field: string; label: string }[] {
  const out: { child: string; field: string; label: string }[] = [];
  for (const def of org.schema.objects.values()) {
    if (def.kind === 'setting' || def.kind === 'metadata') continue;
    for (const f of def.fields) {
      if ((f.type === 'Lookup' || f.type === 'MasterDetail') && f.referenceTo === objectApiName)
        out.push({ child: def.name, field: f.name, label: `${def.pluralLabel} (${def.name}.${f.name})` });
    }
  }
  return out.sort((a, b) => a.label.localeCompare(b.label));
}

const invalid = (fieldErrors: AdminFieldError[]): AdminSaveResult => ({
  success: false,
  message: FIX,
  fieldErrors,
});

/** Twin of ObjectConfigService.checkValue. */
function checkValue(f: FieldDef, value: string, org: LocalOrg): string | undefined {
  if (!value) return 'Enter a value.';
  if (value.length > 255) return 'The value is longer than 255 characters.';
  switch (f.type) {
    case 'Lookup':
    case 'MasterDetail':
    case 'Id': {
      if (!/^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(value))
        return 'Enter the 15- or 18-character Salesforce Id of the record (for a record type e.g. 012000000000jdT).';
      const target = f.type === 'Id' ? undefined : f.referenceTo;
      if (target) {
        const prefix = (() => {
          try {
            return org.describe(target).keyPrefix;
          } catch {
            return undefined;
          }
        })();
        if (prefix && !value.startsWith(prefix))
          return `This Id does not belong to a ${target} record; ${f.label} needs the Id of a ${target} record.`;
      }
      return undefined;
    }
    case 'Checkbox':
      return value === 'true' || value === 'false' ? undefined : 'Enter true or false.';
    case 'Number':
    case 'Currency':
    case 'Percent':
      return /^-?\d+(\.\d+)?$/.test(value) ? undefined : 'Enter a number, e.g. 10 or 2.5.';
    case 'Date':
    case 'DateTime':
      return /^(\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d{1,3})?(Z|[+-]\d{2}:\d{2}))?|[A-Z_]+(:\d+)?)$/.test(
        value,
      )
        ? undefined
        : 'Enter a date as 2026-05-31 (date-time as 2026-05-31T08:00:00Z) or a date literal such as TODAY.';
    default:
      return undefined;
  }
}

export default {
  getObjectConfig: handle<typeof getObjectConfig>(async (params, ctx) => {
    await requireConfigureActivated(ctx);
    const objectApiName: string | undefined = params.objectApiName;
    const def = describeConfigurable(ctx.org, objectApiName);
    const isTranscript = def.name === TRANSCRIPT;
    const mappings = (
      await ctx.org.query('Field_Mapping__c', { where: { Object_Api_Name__c: def.name } })
    ).sort((a, b) => Number(a.Sort_Order__c ?? 0) - Number(b.Sort_Order__c ?? 0));
    const filters = await ctx.org.query('Search_Filter__c', { where: { Object_Api_Name__c: def.name } });
    return {
      objectApiName: def.name,
      label: def.label,
      isTranscript,
      maxOverview: MAX_OVERVIEW,
      fields: def.fields.map((f) => toFieldInfo(f, isTranscript)),
      mappings: mappings.map((m): FieldMapping => ({
        id: String(m.Id),
        objectApiName: def.name,
        fieldApiName: m.Field_Api_Name__c as string,
        editability: (m.Editability__c as string) ?? 'Editable',
        livePersonField: (m.LivePerson_Field__c as string) ?? undefined,
        sdkPath: (m.Sdk_Path__c as string) ?? undefined,
        apiPath: (m.Api_Path__c as string) ?? undefined,
        msgSdkPath: (m.Msg_Sdk_Path__c as string) ?? undefined,
        msgApiPath: (m.Msg_Api_Path__c as string) ?? undefined,
        inOverview: m.In_Overview__c === true,
        required: m.Required__c === true,
        defaultValue: (m.Default_Value__c as string) ?? undefined,
      })),
      livePersonFields: [...(await catalog(ctx.org)), { value: 'Other', label: 'Other (enter the paths)' }],
      filters: filters.map((f): SearchFilter => ({
        id: String(f.Id),
        objectApiName: def.name,
        fieldApiName: f.Field_Api_Name__c as string,
        operator: f.Operator__c as string,
        value: f.Value__c as string,
      })),
      operatorOptions: Object.entries(OPERATOR_LABELS).map(([value, label]) => ({ value, label })),
      recordCounts: RECORD_COUNTS,
      relatedObjects: isTranscript
        ? []
        : children(ctx.org, def.name).map((c) => ({ value: `${c.child}.${c.field}`, label: c.label })),
      relatedLists: isTranscript
        ? []
        : (await ctx.org.query('Related_List_Config__c', { where: { Object_Api_Name__c: def.name } })).map(
            (r): RelatedList => ({
              id: String(r.Id),
              objectApiName: def.name,
              relatedObject: r.Related_Object__c as string,
              relationshipField: r.Relationship_Field__c as string,
              fields: String(r.Fields__c ?? '')
                .split(',')
                .filter(Boolean),
              sortField: r.Sort_Field__c as string,
              recordCount: Number(r.Record_Count__c ?? 5),
              sortDirection: (r.Sort_Direction__c as string) ?? 'DESC',
            }),
          ),
    };
  }),

  saveFieldMapping: handle<typeof saveFieldMapping>(async (params, ctx) => {
    await requireConfigureActivated(ctx);
    const mapping: FieldMapping | undefined = params.mapping;
    if (!mapping) return invalid([{ field: 'fieldApiName', message: 'Choose a Salesforce field.' }]);
    const def = describeConfigurable(ctx.org, mapping.objectApiName);
    const isTranscript = def.name === TRANSCRIPT;
    const errors: AdminFieldError[] = [];
    const field = def.fields.find((f) => f.name === mapping.fieldApiName);
    const editability = mapping.editability || 'Editable';
    if (!field) errors.push({ field: 'fieldApiName', message: `Choose a Salesforce field of ${def.label}.` });
    else {
      const info = toFieldInfo(field, isTranscript);
      if (!info.mappable) errors.push({ field: 'fieldApiName', message: info.reason });
      else if (editability === 'Editable' && !info.writable)
        errors.push({ field: 'editability', message: 'This field cannot be edited: choose Read Only.' });
    }
    if (!['Editable', 'Read Only'].includes(editability))
      errors.push({ field: 'editability', message: 'Choose Editable or Read Only.' });
    const other = mapping.livePersonField === 'Other';
    if (other) {
      let hasPath = false;
      for (const name of ['sdkPath', 'apiPath', 'msgSdkPath', 'msgApiPath'] as const) {
        const path = (mapping[name] ?? '').trim();
        if (!path) continue;
        hasPath = true;
        const r = validatePath(path);
        if (path.length > 255)
          errors.push({ field: name, message: 'The path is longer than 255 characters.' });
        else if (!r.ok) errors.push({ field: name, message: `Not a valid LivePerson path: ${r.message}` });
      }
      if (!hasPath)
        errors.push({
          field: 'sdkPath',
          message: 'For Other, enter at least one path (LivePerson SDK Field for the widget).',
        });
    } else if (
      mapping.livePersonField &&
      !(await catalog(ctx.org)).some((c) => c.value === mapping.livePersonField)
    ) {
      errors.push({
        field: 'livePersonField',
        message: 'Choose a LivePerson field from the list, or Other.',
      });
    }
    if ((mapping.defaultValue ?? '').length > 255)
      errors.push({ field: 'defaultValue', message: 'The default value is longer than 255 characters.' });
    const existing = await ctx.org.query('Field_Mapping__c', { where: { Object_Api_Name__c: def.name } });
    const others = existing.filter((m) => m.Id !== mapping.id);
    if (field && others.some((m) => m.Field_Api_Name__c === field.name))
      errors.push({
        field: 'fieldApiName',
        message: 'This field is already mapped: edit that mapping instead.',
      });
    if (mapping.inOverview === true && others.filter((m) => m.In_Overview__c === true).length >= MAX_OVERVIEW)
      errors.push({ field: 'inOverview', message: MSG_OVERVIEW_FULL });
    const current = existing.find((m) => mapping.id && m.Id === mapping.id);
    if (mapping.id && !current)
      errors.push({ field: 'fieldApiName', message: 'This mapping no longer exists: reload the page.' });
    if (errors.length > 0 || !field) return invalid(errors);
    const trimmed = (v: string | undefined): string | null => (v && v.trim() ? v.trim() : null);
    const row = {
      Object_Api_Name__c: def.name,
      Field_Api_Name__c: field.name,
      Editability__c: editability,
      LivePerson_Field__c: mapping.livePersonField || null,
      Sdk_Path__c: other ? trimmed(mapping.sdkPath) : null,
      Api_Path__c: other ? trimmed(mapping.apiPath) : null,
      Msg_Sdk_Path__c: other ? trimmed(mapping.msgSdkPath) : null,
      Msg_Api_Path__c: other ? trimmed(mapping.msgApiPath) : null,
      In_Overview__c: mapping.inOverview === true,
      Required__c: mapping.required === true,
      Default_Value__c: trimmed(mapping.defaultValue),
      Sort_Order__c: current
        ? current.Sort_Order__c
        : Math.max(0, ...others.map((m) => Number(m.Sort_Order__c ?? 0))) + 1,
    };
    if (current) await ctx.org.update('Field_Mapping__c', [{ ...row, Id: current.Id }]);
    else await ctx.org.insert('Field_Mapping__c', [row]);
    return { success: true, message: `Field mapping for ${field.name} saved.`, fieldErrors: [] };
  }),

  saveSearchFilter: handle<typeof saveSearchFilter>(async (params, ctx) => {
    await requireConfigureActivated(ctx);
    const filter: SearchFilter | undefined = params.filter;
    if (!filter) return invalid([{ field: 'fieldApiName', message: 'Choose a field.' }]);
    const def = describeConfigurable(ctx.org, filter.objectApiName);
    const field = def.fields.find((f) => f.name === filter.fieldApiName);
    if (!field) return invalid([{ field: 'fieldApiName', message: `Choose a field of ${def.label}.` }]);
    const errors: AdminFieldError[] = [];
    const allowed = operatorsFor(field);
    if (allowed.length === 0)
      errors.push({ field: 'fieldApiName', message: `${field.label} cannot be used in a search filter.` });
    else if (!allowed.includes(filter.operator ?? ''))
      errors.push({
        field: 'operator',
        message: `For ${field.label} choose one of: ${allowed.map((o) => OPERATOR_LABELS[o]).join(', ')}.`,
      });
    const value = (filter.value ?? '').trim();
    const valueError = checkValue(field, value, ctx.org);
    if (valueError) errors.push({ field: 'value', message: valueError });
    if (errors.length > 0) return invalid(errors);
    const row = {
      Object_Api_Name__c: def.name,
      Field_Api_Name__c: field.name,
      Operator__c: filter.operator,
      Value__c: value,
    };
    if (filter.id) await ctx.org.update('Search_Filter__c', [{ ...row, Id: filter.id }]);
    else await ctx.org.insert('Search_Filter__c', [row]);
    return { success: true, message: `Search filter on ${field.label} saved.`, fieldErrors: [] };
  }),

  getRelatedFields: handle<typeof getRelatedFields>(async (params, ctx) => {
    await requireConfigureActivated(ctx);
    const parent = describeConfigurable(ctx.org, params.objectApiName as string | undefined);
    const relatedObject: string = params.relatedObject ?? '';
    if (!children(ctx.org, parent.name).some((c) => c.child === relatedObject)) return [];
    const child = ctx.org.describe(relatedObject);
    return [
      { value: 'Name', label: child.nameField.label },
      ...child.fields.map((f) => ({
        value: f.name,
        label: `${f.label}${NOT_SORTABLE.has(f.type) ? ' *' : ''}`,
      })),
    ];
  }),

  saveRelatedList: handle<typeof saveRelatedList>(async (params, ctx) => {
    await requireConfigureActivated(ctx);
    const related: RelatedList | undefined = params.related;
    if (!related) return invalid([{ field: 'relatedObject', message: 'Choose the related list object.' }]);
    const def = describeConfigurable(ctx.org, related.objectApiName);
    const link = children(ctx.org, def.name).find(
      (c) => c.child === related.relatedObject && c.field === related.relationshipField,
    );
    if (!link)
      return invalid([
        { field: 'relatedObject', message: `Choose a related list object of ${def.label} from the list.` },
      ]);
    const child = ctx.org.describe(link.child);
    const byName = new Map(child.fields.map((f) => [f.name, f]));
    const known = (n: string): boolean => n === 'Name' || n === 'Id' || n === 'CreatedDate' || byName.has(n);
    const errors: AdminFieldError[] = [];
    const fields: string[] = related.fields ?? [];
    if (fields.length === 0) errors.push({ field: 'fields', message: 'Select at least one field to show.' });
    else if (fields.length > 4)
      errors.push({
        field: 'fields',
        message: 'Only the first 4 fields are shown on the related list: select at most 4.',
      });
    for (const f of fields)
      if (!known(f)) errors.push({ field: 'fields', message: `${f} is not a field of ${child.label}.` });
    const sort = related.sortField ?? '';
    const sortDef = byName.get(sort);
    if (!known(sort) || (sortDef && NOT_SORTABLE.has(sortDef.type)))
      errors.push({ field: 'sortField', message: `Choose a field of ${child.label} that can be sorted.` });
    if (!RECORD_COUNTS.includes(Number(related.recordCount)))
      errors.push({ field: 'recordCount', message: 'Choose 5, 10, 15, 20 or 25 records.' });
    if (related.sortDirection !== 'ASC' && related.sortDirection !== 'DESC')
      errors.push({ field: 'sortDirection', message: 'Choose ascending or descending.' });
    if (errors.length > 0) return invalid(errors);
    const existing = (
      await ctx.org.query('Related_List_Config__c', { where: { Object_Api_Name__c: def.name } })
    ).find((r) => r.Related_Object__c === link.child && r.Relationship_Field__c === link.field);
    const row = {
      Object_Api_Name__c: def.name,
      Related_Object__c: link.child,
      Relationship_Field__c: link.field,
      Fields__c: fields.join(','),
      Sort_Field__c: sort,
      Record_Count__c: Number(related.recordCount),
      Sort_Direction__c: related.sortDirection,
    };
    if (existing) await ctx.org.update('Related_List_Config__c', [{ ...row, Id: existing.Id }]);
    else await ctx.org.insert('Related_List_Config__c', [row]);
    return { success: true, message: `Related list ${child.label} saved.`, fieldErrors: [] };
  }),

  deleteConfigRecord: handle<typeof deleteConfigRecord>(async (params, ctx) => {
    await requireConfigureActivated(ctx);
    const recordId: string = params.recordId ?? '';
    for (const objectApiName of ['Field_Mapping__c', 'Search_Filter__c', 'Related_List_Config__c']) {
      if (await ctx.org.get(objectApiName, recordId)) {
        await ctx.org.delete(objectApiName, [recordId]);
        return { success: true, message: 'Deleted.', fieldErrors: [] };
      }
    }
    return invalid([
      { field: 'id', message: 'Only field mappings, related lists and search filters can be deleted here.' },
    ]);
  }),
} satisfies ApexClassHandlers;
