/**
 * The standard objects the package's Apex touches, with their real field types, labels, required
 * fields, name fields and org-wide defaults (a scratch org's defaults). Only the fields Apex code
 * and tests plausibly use; add a field here when code needs it.
 */
import type { FieldInfo, FieldType } from './model';
import { makeField, systemField, type FieldSpec } from './fields';

export interface StandardObjectSpec {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  sharingModel: string;
  /** Has an `OwnerId`. */
  owned: boolean;
  fields: FieldInfo[];
  /** Child relationship names of lookups declared here: field → relationship on the parent. */
  childRelationships?: Record<string, string>;
  /** No DML from Apex (setup or system-maintained records). */
  readOnly?: boolean;
}

const str = (name: string, label: string, length: number, extra: Partial<FieldSpec> = {}): FieldInfo =>
  makeField({ name, label, type: 'string', length, ...extra });
const req = (name: string, label: string, length: number, extra: Partial<FieldSpec> = {}): FieldInfo =>
  str(name, label, length, { nillable: false, ...extra });
const typed = (name: string, label: string, type: FieldType, extra: Partial<FieldSpec> = {}): FieldInfo => {
  const length =
    type === 'email' || type === 'url' ? 255 : type === 'phone' ? 40 : type === 'textarea' ? 32000 : 0;
  return makeField({ name, label, type, length, ...extra });
};
const flag = (name: string, label: string, defaultValue = false, extra: Partial<FieldSpec> = {}): FieldInfo =>
  makeField({ name, label, type: 'boolean', nillable: false, defaultValue, ...extra });
const lookup = (name: string, label: string, target: string, extra: Partial<FieldSpec> = {}): FieldInfo =>
  makeField({
    name,
    label,
    type: 'reference',
    referenceTo: [target],
    relationshipName: name.replace(/Id$/, ''),
    length: 18,
    deleteConstraint: 'SetNull',
    ...extra,
  });
const pick = (
  name: string,
  label: string,
  values: string[],
  defaultValue?: string,
  extra: Partial<FieldSpec> = {},
): FieldInfo =>
  makeField({
    name,
    label,
    type: 'picklist',
    length: 255,
    picklistValues: values.map((v) => ({
      value: v,
      label: v,
      active: true,
      defaultValue: v === defaultValue,
    })),
    defaultedOnCreate: defaultValue !== undefined,
    ...extra,
  });
const readOnly = (f: FieldInfo): FieldInfo => ({ ...f, createable: false, updateable: false });

/** `FirstName` + `LastName` + the computed `Name` of Contact, Lead and User. */
function personName(lastNameLength: number): FieldInfo[] {
  return [
    str('FirstName', 'First Name', 40),
    req('LastName', 'Last Name', lastNameLength),
    systemField({
      name: 'Name',
      label: 'Full Name',
      type: 'string',
      length: 121,
      calculated: true,
      nameField: true,
    }),
  ];
}

function address(prefix: string, label: string): FieldInfo[] {
  return [
    typed(`${prefix}Street`, `${label} Street`, 'textarea', { length: 255 }),
    str(`${prefix}City`, `${label} City`, 40),
    str(`${prefix}State`, `${label} State/Province`, 80),
    str(`${prefix}PostalCode`, `${label} Zip/Postal Code`, 20),
    str(`${prefix}Country`, `${label} Country`, 80),
  ];
}

const TIME_ZONES = [
  'America/Los_Angeles',
  'America/New_York',
  'Europe/London',
  'Europe/Paris',
  'GMT',
  'Asia/Tokyo',
];
const LOCALES = ['en_US', 'en_GB', 'fr_FR', 'de_DE'];
const LANGUAGES = ['en_US', 'fr', 'de'];
const ENCODINGS = ['UTF-8', 'ISO-8859-1'];
const LEAD_STATUSES = [
  'Open - Not Contacted',
  'Working - Contacted',
  'Closed - Converted',
  'Closed - Not Converted',
];
const SOURCES = ['Web', 'Phone Inquiry', 'Partner Referral', 'Purchased List', 'Other'];
const STAGES = [
  'Prospecting',
  'Qualification',
  'Needs Analysis',
  'Value Proposition',
  'Id. Decision Makers',
  'Perception Analysis',
  'Proposal/Price Quote',
  'Negotiation/Review',
  'Closed Won',
  'Closed Lost',
];

export const STANDARD_OBJECTS: StandardObjectSpec[] = [
  {
    name: 'Organization',
    label: 'Organization',
    labelPlural: 'Organizations',
    keyPrefix: '00D',
    sharingModel: 'Read',
    owned: false,
    readOnly: true,
    fields: [
      req('Name', 'Name', 80, { nameField: true }),
      pick('TimeZoneSidKey', 'Default Time Zone', TIME_ZONES, undefined, { nillable: false }),
      pick('DefaultLocaleSidKey', 'Default Locale', LOCALES, undefined, { nillable: false }),
      pick('LanguageLocaleKey', 'Default Language', LANGUAGES, undefined, { nillable: false }),
      str('NamespacePrefix', 'Namespace Prefix', 15),
      str('InstanceName', 'Instance Name', 5),
      str('OrganizationType', 'Edition', 40),
      flag('IsSandbox', 'Is Sandbox'),
    ].map(readOnly),
  },
  {
    name: 'Profile',
    label: 'Profile',
    labelPlural: 'Profiles',
    keyPrefix: '00e',
    sharingModel: 'Read',
    owned: false,
    readOnly: true,
    fields: [
      req('Name', 'Name', 255, { nameField: true }),
      str('Description', 'Description', 255),
      str('UserType', 'User Type', 40),
    ],
  },
  {
    name: 'UserRole',
    label: 'Role',
    labelPlural: 'Roles',
    keyPrefix: '00E',
    sharingModel: 'Read',
    owned: false,
    fields: [
      req('Name', 'Name', 80, { nameField: true }),
      str('DeveloperName', 'Developer Name', 80),
      lookup('ParentRoleId', 'Parent Role ID', 'UserRole', { relationshipName: undefined }),
    ],
  },
  {
    name: 'User',
    label: 'User',
    labelPlural: 'Users',
    keyPrefix: '005',
    sharingModel: 'Read',
    owned: false,
    fields: [
      ...personName(80),
      req('Username', 'Username', 80, { unique: true }),
      typed('Email', 'Email', 'email', { nillable: false }),
      req('Alias', 'Alias', 8),
      str('CommunityNickname', 'Nickname', 40, { unique: true, defaultedOnCreate: true }),
      str('Title', 'Title', 80),
      typed('Phone', 'Phone', 'phone'),
      str('FederationIdentifier', 'Federation ID', 512),
      flag('IsActive', 'Active', true),
      lookup('ProfileId', 'Profile ID', 'Profile', { nillable: false, deleteConstraint: 'Restrict' }),
      lookup('UserRoleId', 'Role ID', 'UserRole'),
      lookup('ManagerId', 'Manager ID', 'User'),
      pick('TimeZoneSidKey', 'Time Zone', TIME_ZONES, undefined, { nillable: false }),
      pick('LocaleSidKey', 'Locale', LOCALES, undefined, { nillable: false }),
      pick('LanguageLocaleKey', 'Language', LANGUAGES, undefined, { nillable: false }),
      pick('EmailEncodingKey', 'Email Encoding', ENCODINGS, undefined, { nillable: false }),
      readOnly(pick('UserType', 'User Type', ['Standard', 'AutomatedProcess'], 'Standard')),
    ],
  },
  {
    name: 'Group',
    label: 'Group',
    labelPlural: 'Groups',
    keyPrefix: '00G',
    sharingModel: 'Read',
    owned: true,
    fields: [
      req('Name', 'Name', 40, { nameField: true }),
      str('DeveloperName', 'Developer Name', 80),
      pick('Type', 'Type', ['Regular', 'Queue', 'Role', 'Organization'], 'Regular'),
    ],
  },
  {
    name: 'GroupMember',
    label: 'Group Member',
    labelPlural: 'Group Members',
    keyPrefix: '011',
    sharingModel: 'Read',
    owned: false,
    fields: [
      lookup('GroupId', 'Group ID', 'Group', {
        nillable: false,
        updateable: false,
        deleteConstraint: 'Cascade',
      }),
      lookup('UserOrGroupId', 'User/Group ID', 'User', {
        referenceTo: ['User', 'Group'],
        relationshipName: undefined,
        nillable: false,
        updateable: false,
      }),
    ],
  },
  {
    name: 'PermissionSet',
    label: 'Permission Set',
    labelPlural: 'Permission Sets',
    keyPrefix: '0PS',
    sharingModel: 'Read',
    owned: false,
    fields: [
      req('Name', 'Name', 80, { nameField: true, unique: true }),
      req('Label', 'Label', 80),
      str('Description', 'Description', 255),
      str('NamespacePrefix', 'Namespace Prefix', 15),
      readOnly(flag('IsOwnedByProfile', 'Is Owned By Profile')),
      readOnly(lookup('ProfileId', 'Profile ID', 'Profile')),
    ],
  },
  {
    name: 'PermissionSetAssignment',
    label: 'Permission Set Assignment',
    labelPlural: 'Permission Set Assignments',
    keyPrefix: '0Pa',
    sharingModel: 'Read',
    owned: false,
    fields: [
      lookup('AssigneeId', 'Assignee ID', 'User', {
        nillable: false,
        updateable: false,
        deleteConstraint: 'Cascade',
      }),
      lookup('PermissionSetId', 'Permission Set ID', 'PermissionSet', {
        nillable: false,
        updateable: false,
        deleteConstraint: 'Cascade',
      }),
    ],
  },
  {
    name: 'Account',
    label: 'Account',
    labelPlural: 'Accounts',
    keyPrefix: '001',
    sharingModel: 'ReadWrite',
    owned: true,
    fields: [
      req('Name', 'Account Name', 255, { nameField: true }),
      str('AccountNumber', 'Account Number', 40),
      typed('Phone', 'Account Phone', 'phone'),
      typed('Fax', 'Account Fax', 'phone'),
      typed('Website', 'Website', 'url'),
      pick('Type', 'Account Type', [
        'Prospect',
        'Customer - Direct',
        'Customer - Channel',
        'Partner',
        'Other',
      ]),
      pick('Industry', 'Industry', [
        'Banking',
        'Communications',
        'Retail',
        'Technology',
        'Telecommunications',
        'Other',
      ]),
      typed('Description', 'Account Description', 'textarea'),
      makeField({ name: 'NumberOfEmployees', label: 'Employees', type: 'integer', precision: 8 }),
      makeField({ name: 'AnnualRevenue', label: 'Annual Revenue', type: 'currency', precision: 18 }),
      lookup('ParentId', 'Parent Account ID', 'Account', { relationshipName: 'Parent' }),
      ...address('Billing', 'Billing'),
      ...address('Shipping', 'Shipping'),
    ],
    childRelationships: { ParentId: 'ChildAccounts' },
  },
  {
    name: 'Contact',
    label: 'Contact',
    labelPlural: 'Contacts',
    keyPrefix: '003',
    sharingModel: 'ControlledByParent',
    owned: true,
    fields: [
      ...personName(80),
      pick('Salutation', 'Salutation', ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.']),
      typed('Email', 'Email', 'email'),
      typed('Phone', 'Business Phone', 'phone'),
      typed('MobilePhone', 'Mobile Phone', 'phone'),
      str('Title', 'Title', 128),
      str('Department', 'Department', 80),
      pick('LeadSource', 'Lead Source', SOURCES),
      typed('Description', 'Contact Description', 'textarea'),
      lookup('AccountId', 'Account ID', 'Account', { deleteConstraint: 'Cascade' }),
      ...address('Mailing', 'Mailing'),
    ],
    childRelationships: { AccountId: 'Contacts' },
  },
  {
    name: 'Lead',
    label: 'Lead',
    labelPlural: 'Leads',
    keyPrefix: '00Q',
    sharingModel: 'ReadWriteTransfer',
    owned: true,
    fields: [
      ...personName(80),
      pick('Salutation', 'Salutation', ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.']),
      req('Company', 'Company', 255),
      str('Title', 'Title', 128),
      typed('Email', 'Email', 'email'),
      typed('Phone', 'Phone', 'phone'),
      typed('MobilePhone', 'Mobile Phone', 'phone'),
      typed('Website', 'Website', 'url'),
      pick('Status', 'Lead Status', LEAD_STATUSES, 'Open - Not Contacted', { nillable: false }),
      pick('LeadSource', 'Lead Source', SOURCES),
      pick('Industry', 'Industry', ['Banking', 'Communications', 'Retail', 'Technology', 'Other']),
      typed('Description', 'Description', 'textarea'),
      readOnly(flag('IsConverted', 'Converted')),
      readOnly(typed('ConvertedDate', 'Converted Date', 'date')),
      readOnly(lookup('ConvertedAccountId', 'Converted Account ID', 'Account')),
      readOnly(lookup('ConvertedContactId', 'Converted Contact ID', 'Contact')),
      readOnly(lookup('ConvertedOpportunityId', 'Converted Opportunity ID', 'Opportunity')),
      ...address('', 'Address').map((f) => ({ ...f, label: f.label.replace(/^Address /, '') })),
    ],
  },
  {
    name: 'LeadStatus',
    label: 'Lead Status Value',
    labelPlural: 'Lead Status Values',
    keyPrefix: '01J',
    sharingModel: 'Read',
    owned: false,
    readOnly: true,
    fields: [
      req('MasterLabel', 'Master Label', 255),
      req('ApiName', 'Api Name', 255),
      flag('IsConverted', 'Is Converted'),
      flag('IsDefault', 'Is Default'),
      makeField({ name: 'SortOrder', label: 'Sort Order', type: 'integer', precision: 9 }),
    ].map(readOnly),
  },
  {
    name: 'Opportunity',
    label: 'Opportunity',
    labelPlural: 'Opportunities',
    keyPrefix: '006',
    sharingModel: 'ReadWrite',
    owned: true,
    fields: [
      req('Name', 'Name', 120, { nameField: true }),
      pick('StageName', 'Stage', STAGES, undefined, { nillable: false }),
      typed('CloseDate', 'Close Date', 'date', { nillable: false }),
      makeField({ name: 'Amount', label: 'Amount', type: 'currency', precision: 18, scale: 2 }),
      makeField({ name: 'Probability', label: 'Probability (%)', type: 'percent', precision: 3, scale: 0 }),
      pick('Type', 'Opportunity Type', ['Existing Customer - Upgrade', 'New Customer']),
      pick('LeadSource', 'Lead Source', SOURCES),
      typed('Description', 'Description', 'textarea'),
      lookup('AccountId', 'Account ID', 'Account', { deleteConstraint: 'Cascade' }),
      readOnly(flag('IsClosed', 'Closed', false, { calculated: true })),
      readOnly(flag('IsWon', 'Won', false, { calculated: true })),
    ],
    childRelationships: { AccountId: 'Opportunities' },
  },
  {
    name: 'Campaign',
    label: 'Campaign',
    labelPlural: 'Campaigns',
    keyPrefix: '701',
    sharingModel: 'ReadWriteTransfer',
    owned: true,
    fields: [
      req('Name', 'Name', 80, { nameField: true }),
      lookup('ParentId', 'Parent Campaign ID', 'Campaign'),
      pick('Type', 'Type', [
        'Advertisement',
        'Email',
        'Telemarketing',
        'Banner Ads',
        'Seminar / Conference',
        'Public Relations',
        'Partners',
        'Referral Program',
        'Other',
      ]),
      pick('Status', 'Status', ['Planned', 'In Progress', 'Completed', 'Aborted'], 'Planned'),
      typed('StartDate', 'Start Date', 'date'),
      typed('EndDate', 'End Date', 'date'),
      makeField({
        name: 'ExpectedRevenue',
        label: 'Expected Revenue in Campaign',
        type: 'currency',
        precision: 18,
      }),
      makeField({
        name: 'BudgetedCost',
        label: 'Budgeted Cost in Campaign',
        type: 'currency',
        precision: 18,
      }),
      makeField({ name: 'ActualCost', label: 'Actual Cost in Campaign', type: 'currency', precision: 18 }),
      makeField({
        name: 'ExpectedResponse',
        label: 'Expected Response (%)',
        type: 'percent',
        precision: 10,
        scale: 2,
      }),
      makeField({ name: 'NumberSent', label: 'Num Sent in Campaign', type: 'double', precision: 18 }),
      flag('IsActive', 'Active'),
      typed('Description', 'Description', 'textarea', { length: 32000 }),
    ],
    childRelationships: { ParentId: 'ChildCampaigns' },
  },
  {
    name: 'Case',
    label: 'Case',
    labelPlural: 'Cases',
    keyPrefix: '500',
    sharingModel: 'ReadWriteTransfer',
    owned: true,
    fields: [
      systemField({
        name: 'CaseNumber',
        label: 'Case Number',
        type: 'string',
        length: 30,
        autoNumber: true,
        calculated: false,
        nameField: true,
        displayFormat: '{00000000}',
      }),
      str('Subject', 'Subject', 255),
      typed('Description', 'Description', 'textarea'),
      pick('Status', 'Status', ['New', 'Working', 'Escalated', 'Closed'], 'New'),
      pick('Priority', 'Priority', ['High', 'Medium', 'Low'], 'Medium'),
      pick('Origin', 'Case Origin', ['Phone', 'Email', 'Web']),
      pick('Type', 'Case Type', ['Mechanical', 'Electrical', 'Electronic', 'Structural', 'Other']),
      typed('SuppliedEmail', 'Web Email', 'email', { length: 80 }),
      str('SuppliedName', 'Web Name', 80),
      typed('SuppliedPhone', 'Web Phone', 'phone'),
      lookup('AccountId', 'Account ID', 'Account'),
      lookup('ContactId', 'Contact ID', 'Contact'),
      readOnly(flag('IsClosed', 'Closed', false, { calculated: true })),
    ],
    childRelationships: { AccountId: 'Cases', ContactId: 'Cases' },
  },
  {
    name: 'RecordType',
    label: 'Record Type',
    labelPlural: 'Record Types',
    keyPrefix: '012',
    sharingModel: 'Read',
    owned: false,
    readOnly: true,
    fields: [
      req('Name', 'Name', 80, { nameField: true }),
      req('DeveloperName', 'Record Type Name', 80),
      req('SobjectType', 'SObject Type Name', 40),
      flag('IsActive', 'Active'),
      str('Description', 'Description', 255),
      str('NamespacePrefix', 'Namespace Prefix', 15),
    ].map(readOnly),
  },
  {
    name: 'StaticResource',
    label: 'Static Resource',
    labelPlural: 'Static Resources',
    keyPrefix: '081',
    sharingModel: 'Read',
    owned: false,
    readOnly: true,
    fields: [
      req('Name', 'Name', 255, { nameField: true }),
      str('NamespacePrefix', 'Namespace Prefix', 15),
      str('ContentType', 'MIME Type', 120),
      makeField({ name: 'Body', label: 'Body', type: 'base64' }),
      makeField({ name: 'BodyLength', label: 'Body Length', type: 'integer', precision: 9 }),
      str('Description', 'Description', 255),
      pick('CacheControl', 'Cache Control', ['Private', 'Public'], 'Private'),
    ].map(readOnly),
  },
  {
    name: 'CronJobDetail',
    label: 'Cron Job',
    labelPlural: 'Cron Jobs',
    keyPrefix: '08a',
    sharingModel: 'Read',
    owned: false,
    readOnly: true,
    fields: [
      req('Name', 'Job Name', 255, { nameField: true }),
      pick('JobType', 'Job Type', ['1', '3', '7', '9', 'A']),
    ].map(readOnly),
  },
  {
    name: 'CronTrigger',
    label: 'Scheduled Jobs',
    labelPlural: 'Scheduled Jobs',
    keyPrefix: '08e',
    sharingModel: 'Read',
    owned: true,
    readOnly: true,
    fields: [
      lookup('CronJobDetailId', 'Job ID', 'CronJobDetail'),
      str('CronExpression', 'Cron Expression', 255),
      typed('NextFireTime', 'Next Fire Time', 'datetime'),
      typed('PreviousFireTime', 'Previous Fire Time', 'datetime'),
      typed('StartTime', 'Start Time', 'datetime'),
      typed('EndTime', 'End Time', 'datetime'),
      str('State', 'State', 16),
      makeField({ name: 'TimesTriggered', label: 'Times Triggered', type: 'integer', precision: 9 }),
      str('TimeZoneSidKey', 'Time Zone', 40),
    ].map(readOnly),
  },
  {
    name: 'ApexClass',
    label: 'Apex Class',
    labelPlural: 'Apex Classes',
    keyPrefix: '01p',
    sharingModel: 'Read',
    owned: false,
    readOnly: true,
    fields: [
      req('Name', 'Name', 255, { nameField: true }),
      str('NamespacePrefix', 'Namespace Prefix', 15),
      str('Status', 'Status', 40),
      makeField({ name: 'ApiVersion', label: 'Api Version', type: 'double', precision: 18, scale: 1 }),
    ].map(readOnly),
  },
  {
    name: 'AsyncApexJob',
    label: 'Apex Job',
    labelPlural: 'Apex Jobs',
    keyPrefix: '707',
    sharingModel: 'Read',
    owned: false,
    readOnly: true,
    fields: [
      lookup('ApexClassId', 'Class ID', 'ApexClass'),
      str('MethodName', 'Apex Method', 255),
      pick('JobType', 'Job Type', ['Future', 'Queueable', 'ScheduledApex', 'BatchApex', 'BatchApexWorker']),
      pick('Status', 'Status', [
        'Queued',
        'Preparing',
        'Processing',
        'Completed',
        'Failed',
        'Aborted',
        'Holding',
      ]),
      str('ExtendedStatus', 'Status Detail', 255),
      makeField({ name: 'NumberOfErrors', label: 'Number of Errors', type: 'integer', precision: 9 }),
      makeField({ name: 'JobItemsProcessed', label: 'Batches Processed', type: 'integer', precision: 9 }),
      makeField({ name: 'TotalJobItems', label: 'Total Batches', type: 'integer', precision: 9 }),
      typed('CompletedDate', 'Completion Date', 'datetime'),
      lookup('ParentJobId', 'Parent Apex Job ID', 'AsyncApexJob', { relationshipName: undefined }),
    ].map(readOnly),
  },
  {
    name: 'ContentDocument',
    label: 'Content Document',
    labelPlural: 'Content Documents',
    keyPrefix: '069',
    sharingModel: 'Private',
    owned: true,
    fields: [
      str('Title', 'Title', 255, { nameField: true }),
      readOnly(lookup('LatestPublishedVersionId', 'Latest Published Version ID', 'ContentVersion')),
      readOnly(str('FileType', 'File Type', 20)),
    ],
  },
  {
    name: 'ContentVersion',
    label: 'Content Version',
    labelPlural: 'Content Versions',
    keyPrefix: '068',
    sharingModel: 'Private',
    owned: true,
    fields: [
      req('Title', 'Title', 255, { nameField: true }),
      req('PathOnClient', 'Path On Client', 500),
      makeField({ name: 'VersionData', label: 'Version Data', type: 'base64', nillable: false }),
      lookup('ContentDocumentId', 'ContentDocument ID', 'ContentDocument', {
        updateable: false,
        deleteConstraint: 'Cascade',
      }),
      // A user, a library or a record (the file is then linked to it).
      makeField({
        name: 'FirstPublishLocationId',
        label: 'First Publish Location ID',
        type: 'reference',
        referenceTo: [],
        length: 18,
        updateable: false,
      }),
      readOnly(flag('IsLatest', 'Is Latest', true)),
      readOnly(str('VersionNumber', 'Version Number', 20)),
      readOnly(str('Checksum', 'Checksum', 50)),
      readOnly(makeField({ name: 'ContentSize', label: 'Size', type: 'integer', precision: 9 })),
      readOnly(str('FileType', 'File Type', 20)),
    ],
    childRelationships: { ContentDocumentId: 'ContentVersions' },
  },
  {
    name: 'ContentDocumentLink',
    label: 'Content Document Link',
    labelPlural: 'Content Document Links',
    keyPrefix: '06A',
    sharingModel: 'ControlledByParent',
    owned: false,
    fields: [
      lookup('ContentDocumentId', 'ContentDocument ID', 'ContentDocument', {
        nillable: false,
        updateable: false,
        deleteConstraint: 'Cascade',
      }),
      makeField({
        name: 'LinkedEntityId',
        label: 'Linked Entity ID',
        type: 'reference',
        referenceTo: [],
        length: 18,
        nillable: false,
        updateable: false,
        relationshipName: 'LinkedEntity',
      }),
      pick('ShareType', 'Share Type', ['V', 'C', 'I'], 'V'),
      pick('Visibility', 'Visibility', ['AllUsers', 'InternalUsers', 'SharedUsers'], 'AllUsers'),
    ],
    childRelationships: { ContentDocumentId: 'ContentDocumentLinks' },
  },
];
