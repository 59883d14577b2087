/**
 * The agent widget's configuration in the local org, as an admin would save it in Customization
 * Settings and Object Settings (the same objects and field values those Apex services write), so a
 * newcomer on `/agent` sees matches at once:
 *   - Enabled Objects Account, Contact, Lead, Case, Opportunity (creation allowed, Opportunity asks
 *     for the Account), written by the package's own rule of which option applies to which object
 *     (Apex `ObjectOptions.toRecords`, the one the Object Settings save uses);
 *   - Enabled Skills named as the simulator's skills, each with a default screen and search value;
 *   - field mappings for Account, Contact, Lead, Case, Opportunity from the LivePerson field catalog;
 *   - related lists on Account and Contact;
 *   - Leads matching some visitors by phone only (others stay without any CRM record).
 */
import type { WorkbenchOrg } from './local-org';
import type { JsonRecord } from './field-json';
import { typed } from '../../apex/system/json-read';
import { parseJson } from '../../apex/system/json-text';
import { performDml } from '../../apex/system/org-platform';
import type { Visitor } from '../simulator';
import { ACTIVE_SKILLS } from '../../simulator/sample-data';

/** The admin's Object Settings (`CustomizationDtos.ObjectSetting`), in widget order. */
const OBJECT_SETTINGS = [
  { apiName: 'Account', allowCreation: true },
  { apiName: 'Contact', allowCreation: true },
  { apiName: 'Lead', useAssignmentRules: false },
  { apiName: 'Case', accountMandatory: false },
  { apiName: 'Opportunity', accountMandatory: true },
];

/** Inserts the Enabled Objects as the Object Settings save writes them: through `ObjectOptions.toRecords`. */
async function insertEnabledObjects(org: WorkbenchOrg): Promise<void> {
  await org.apex.run(async (tx) => {
    const type = { name: 'List', args: [{ name: 'CustomizationDtos.ObjectSetting' }] };
    const settings = await typed(tx.engine, parseJson(JSON.stringify(OBJECT_SETTINGS)), type, false);
    const rows = await tx.callStatic('ObjectOptions', 'toRecords', [settings]);
    await performDml(tx.engine, 'insert', rows, { allOrNone: true, userMode: false, withSharing: false });
  });
}

/** Per skill of the simulator: default screen and the catalog entry its search value comes from. */
const SKILL_SETTINGS: Record<string, { screen: string; searchValue: string | null; console?: boolean }> = {
  Billing: { screen: 'PeopleSearch', searchValue: 'PreChat_Visitor_Email' },
  Sales: { screen: 'PeopleSearch', searchValue: 'Personal_Email' },
  Support: { screen: 'PeopleSearch', searchValue: 'PreChat_Visitor_Email' },
  'Technical Support': { screen: 'Search:Contact', searchValue: 'Consumer_Email' },
  Retention: { screen: 'PeopleSearch', searchValue: 'PreChat_Visitor_Email', console: true },
};

interface Mapping {
  field: string;
  lp?: string;
  /** `Other` mappings: the SDK path for chat and messaging. */
  sdkPath?: string;
  editable?: boolean;
  required?: boolean;
  overview?: boolean;
  defaultValue?: string;
}

/** A person's name, email and phone: the first mappings of Contact and Lead alike. */
const PERSON: Mapping[] = [
  { field: 'FirstName', lp: 'Other', sdkPath: 'SDE.personalInfo.firstname' },
  { field: 'LastName', lp: 'Personal_Surname', required: true, overview: true },
  { field: 'Email', lp: 'PreChat_Visitor_Email', overview: true },
  { field: 'Phone', lp: 'PreChat_Visitor_Phone', overview: true },
];

/** Field mappings per object, in display order (at most five in the overview, as the admin page allows). */
const FIELD_MAPPINGS: Record<string, Mapping[]> = {
  Account: [
    { field: 'Name', lp: 'Customer_Account_Name', required: true, overview: true },
    { field: 'Phone', lp: 'Personal_Phone', overview: true },
    { field: 'Industry', overview: true },
    { field: 'Type', overview: true },
  ],
  Contact: [...PERSON, { field: 'Title', overview: true }, { field: 'AccountId', overview: true }],
  Lead: [
    ...PERSON,
    { field: 'Company', lp: 'Personal_Company', required: true, overview: true },
    { field: 'LeadSource', defaultValue: 'Chat', overview: true },
  ],
  Case: [
    { field: 'Subject', required: true, overview: true },
    { field: 'Description' },
    { field: 'Status', defaultValue: 'New', overview: true },
    { field: 'Priority', defaultValue: 'Medium', overview: true },
    { field: 'Origin', defaultValue: 'Chat', overview: true },
    { field: 'SuppliedEmail', lp: 'PreChat_Visitor_Email', overview: true },
  ],
  Opportunity: [
    { field: 'Name', required: true, overview: true },
    { field: 'StageName', defaultValue: 'Prospecting', overview: true },
    { field: 'CloseDate', overview: true },
    { field: 'Amount', overview: true },
  ],
};

/** Related_List_Config__c rows (Fields__c comma-separated, as ObjectConfigService.saveRelatedList writes). */
const RELATED_LISTS: JsonRecord[] = [
  ['Account', 'Contact', 'AccountId', 'Name,Title,Email,Phone', 'LastName', 'ASC'],
  ['Account', 'Case', 'AccountId', 'CaseNumber,Subject,Status,Priority', 'CreatedDate', 'DESC'],
  ['Account', 'Opportunity', 'AccountId', 'Name,StageName,Amount,CloseDate', 'CloseDate', 'DESC'],
  ['Contact', 'Case', 'ContactId', 'CaseNumber,Subject,Status,Priority', 'CreatedDate', 'DESC'],
].map(([parent, child, field, fields, sort, dir]) => ({
  Object_Api_Name__c: parent,
  Related_Object__c: child,
  Relationship_Field__c: field,
  Fields__c: fields,
  Sort_Field__c: sort,
  Sort_Direction__c: dir,
  Record_Count__c: 5,
}));

function mappingRows(org: WorkbenchOrg): JsonRecord[] {
  return Object.entries(FIELD_MAPPINGS).flatMap(([object, mappings]) => {
    const info = org.describe(object);
    return mappings.map((m, i) => {
      const writable = info?.fields.get(m.field.toLowerCase())?.createable === true;
      const other = m.lp === 'Other';
      return {
        Object_Api_Name__c: object,
        Field_Api_Name__c: m.field,
        // The admin page refuses Editable for a field that cannot be written.
        Editability__c: writable && m.editable !== false ? 'Editable' : 'Read Only',
        LivePerson_Field__c: m.lp ?? null,
        Sdk_Path__c: other ? (m.sdkPath ?? null) : null,
        Msg_Sdk_Path__c: other ? (m.sdkPath ?? null) : null,
        In_Overview__c: m.overview === true,
        Required__c: m.required === true,
        Default_Value__c: m.defaultValue ?? null,
        Sort_Order__c: i + 1,
      };
    });
  });
}

function skillRows(): JsonRecord[] {
  const objects = OBJECT_SETTINGS.map((o) => o.apiName).join(';');
  return ACTIVE_SKILLS.map((s) => {
    const settings = SKILL_SETTINGS[s.name] ?? { screen: 'PeopleSearch', searchValue: null };
    return {
      Skill_Id__c: String(s.id),
      Skill_Name__c: s.name,
      Objects__c: objects,
      Default_Screen__c: settings.screen,
      Search_Value__c: settings.searchValue,
      Use_Service_Console__c: settings.console === true,
    };
  });
}

/** Visitors 8 and 9 have a Lead that shares only their phone; visitors 10 and 11 have no record at all. */
function phoneOnlyLeads(visitors: Visitor[]): JsonRecord[] {
  return visitors.slice(8, 10).map((x) => ({
    FirstName: x.firstName,
    LastName: x.lastName,
    Phone: x.phone,
    Company: x.company || 'Self',
    Status: 'Open - Not Contacted',
    LeadSource: 'Phone Inquiry',
  }));
}

export async function seedWidgetConfig(org: WorkbenchOrg, visitors: Visitor[]): Promise<void> {
  await insertEnabledObjects(org);
  await org.insert('Enabled_Skill__c', skillRows());
  await org.insert('Field_Mapping__c', mappingRows(org));
  await org.insert('Related_List_Config__c', RELATED_LISTS);
  const leads = phoneOnlyLeads(visitors);
  if (leads.length > 0) await org.insert('Lead', leads);
}
