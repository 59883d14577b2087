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
const nameField = (label: string, length: number, extra: Partial<FieldSpec> = {}): FieldInfo =>
  req('Name', label, length, { nameField: true, ...extra });
const namespacePrefix = (): FieldInfo => str('NamespacePrefix', 'Namespace Prefix', 15);
const integer = (name: string, label: string, precision = 9): FieldInfo =>
  makeField({ name, label, type: 'integer', precision });
/** A required lookup set on create only, whose record goes with its parent's (a junction's side, a child). */
const detail = (name: string, label: string, target: string): FieldInfo =>
  lookup(name, label, target, { nillable: false, updateable: false, deleteConstraint: 'Cascade' });
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

/** Contact and Lead: the person's name with its Salutation picklist. */
function salutedName(): FieldInfo[] {
  return [...personName(80), pick('Salutation', 'Salutation', ['Mr.', 'Ms.', 'Mrs.', 'Dr.', 'Prof.'])];
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

/** An object's API name, labels (singular, plural), key prefix and org-wide default, then the rest of its spec. */
function sobject(
  name: string,
  [label, labelPlural]: [string, string],
  keyPrefix: string,
  sharingModel: string,
  rest: Omit<StandardObjectSpec, 'name' | 'label' | 'labelPlural' | 'keyPrefix' | 'sharingModel'>,
): StandardObjectSpec {
  return { name, label, labelPlural, keyPrefix, sharingModel, ...rest };
}

export const STANDARD_OBJECTS: StandardObjectSpec[] = [
  sobject('Organization', ['Organization', 'Organizations'], '00D', 'Read', {
    owned: false,
    readOnly: true,
    fields: [
      nameField('Name', 80),
      pick('TimeZoneSidKey', 'Default Time Zone', TIME_ZONES, undefined, { nillable: false }),
      pick('DefaultLocaleSidKey', 'Default Locale', LOCALES, undefined, { nillable: false }),
      pick('LanguageLocaleKey', 'Default Language', LANGUAGES, undefined, { nillable: false }),
      namespacePrefix(),
      str('InstanceName', 'Instance Name', 5),
      str('OrganizationType', 'Edition', 40),
      flag('IsSandbox', 'Is Sandbox'),
    ].map(readOnly),
  }),
  sobject('Profile', ['Profile', 'Profiles'], '00e', 'Read', {
    owned: false,
    readOnly: true,
    fields: [
      nameField('Name', 255),
      str('Description', 'Description', 255),
      str('UserType', 'User Type', 40),
    ],
  }),
  sobject('UserRole', ['Role', 'Roles'], '00E', 'Read', {
    owned: false,
    fields: [
      nameField('Name', 80),
      str('DeveloperName', 'Developer Name', 80),
      lookup('ParentRoleId', 'Parent Role ID', 'UserRole', { relationshipName: undefined }),
    ],
  }),
  sobject('User', ['User', 'Users'], '005', 'Read', {
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
  }),
  sobject('Group', ['Group', 'Groups'], '00G', 'Read', {
    owned: true,
    fields: [
      nameField('Name', 40),
      str('DeveloperName', 'Developer Name', 80),
      pick('Type', 'Type', ['Regular', 'Queue', 'Role', 'Organization'], 'Regular'),
    ],
  }),
  sobject('GroupMember', ['Group Member', 'Group Members'], '011', 'Read', {
    owned: false,
    fields: [
      detail('GroupId', 'Group ID', 'Group'),
      lookup('UserOrGroupId', 'User/Group ID', 'User', {
        referenceTo: ['User', 'Group'],
        relationshipName: undefined,
        nillable: false,
        updateable: false,
      }),
    ],
  }),
  sobject('PermissionSet', ['Permission Set', 'Permission Sets'], '0PS', 'Read', {
    owned: false,
    fields: [
      nameField('Name', 80, { unique: true }),
      req('Label', 'Label', 80),
      str('Description', 'Description', 255),
      namespacePrefix(),
      readOnly(flag('IsOwnedByProfile', 'Is Owned By Profile')),
      readOnly(lookup('ProfileId', 'Profile ID', 'Profile')),
    ],
  }),
  sobject(
    'PermissionSetAssignment',
    ['Permission Set Assignment', 'Permission Set Assignments'],
    '0Pa',
    'Read',
    {
      owned: false,
      fields: [
        detail('AssigneeId', 'Assignee ID', 'User'),
        detail('PermissionSetId', 'Permission Set ID', 'PermissionSet'),
      ],
    },
  ),
  sobject('Account', ['Account', 'Accounts'], '001', 'ReadWrite', {
    owned: true,
    fields: [
      nameField('Account Name', 255),
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
      integer('NumberOfEmployees', 'Employees', 8),
      makeField({ name: 'AnnualRevenue', label: 'Annual Revenue', type: 'currency', precision: 18 }),
      lookup('ParentId', 'Parent Account ID', 'Account', { relationshipName: 'Parent' }),
      ...address('Billing', 'Billing'),
      ...address('Shipping', 'Shipping'),
    ],
    childRelationships: { ParentId: 'ChildAccounts' },
  }),
  sobject('Contact', ['Contact', 'Contacts'], '003', 'ControlledByParent', {
    owned: true,
    fields: [
      ...salutedName(),
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
  }),
  sobject('Lead', ['Lead', 'Leads'], '00Q', 'ReadWriteTransfer', {
    owned: true,
    fields: [
      ...salutedName(),
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
  }),
  sobject('LeadStatus', ['Lead Status Value', 'Lead Status Values'], '01J', 'Read', {
    owned: false,
    readOnly: true,
    fields: [
      req('MasterLabel', 'Master Label', 255),
      req('ApiName', 'Api Name', 255),
      flag('IsConverted', 'Is Converted'),
      flag('IsDefault', 'Is Default'),
      integer('SortOrder', 'Sort Order'),
    ].map(readOnly),
  }),
  sobject('Opportunity', ['Opportunity', 'Opportunities'], '006', 'ReadWrite', {
    owned: true,
    fields: [
      nameField('Name', 120),
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
  }),
  sobject('Campaign', ['Campaign', 'Campaigns'], '701', 'ReadWriteTransfer', {
    owned: true,
    fields: [
      nameField('Name', 80),
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
  }),
  sobject('Case', ['Case', 'Cases'], '500', 'ReadWriteTransfer', {
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
  }),
  sobject('RecordType', ['Record Type', 'Record Types'], '012', 'Read', {
    owned: false,
    readOnly: true,
    fields: [
      nameField('Name', 80),
      req('DeveloperName', 'Record Type Name', 80),
      req('SobjectType', 'SObject Type Name', 40),
      flag('IsActive', 'Active'),
      str('Description', 'Description', 255),
      namespacePrefix(),
    ].map(readOnly),
  }),
  sobject('StaticResource', ['Static Resource', 'Static Resources'], '081', 'Read', {
    owned: false,
    readOnly: true,
    fields: [
      nameField('Name', 255),
      namespacePrefix(),
      str('ContentType', 'MIME Type', 120),
      makeField({ name: 'Body', label: 'Body', type: 'base64' }),
      integer('BodyLength', 'Body Length'),
      str('Description', 'Description', 255),
      pick('CacheControl', 'Cache Control', ['Private', 'Public'], 'Private'),
    ].map(readOnly),
  }),
  sobject('CronJobDetail', ['Cron Job', 'Cron Jobs'], '08a', 'Read', {
    owned: false,
    readOnly: true,
    fields: [nameField('Job Name', 255), pick('JobType', 'Job Type', ['1', '3', '7', '9', 'A'])].map(
      readOnly,
    ),
  }),
  sobject('CronTrigger', ['Scheduled Jobs', 'Scheduled Jobs'], '08e', 'Read', {
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
      integer('TimesTriggered', 'Times Triggered'),
      str('TimeZoneSidKey', 'Time Zone', 40),
    ].map(readOnly),
  }),
  sobject('ApexClass', ['Apex Class', 'Apex Classes'], '01p', 'Read', {
    owned: false,
    readOnly: true,
    fields: [
      nameField('Name', 255),
      namespacePrefix(),
      str('Status', 'Status', 40),
      makeField({ name: 'ApiVersion', label: 'Api Version', type: 'double', precision: 18, scale: 1 }),
    ].map(readOnly),
  }),
  sobject('AsyncApexJob', ['Apex Job', 'Apex Jobs'], '707', 'Read', {
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
      integer('NumberOfErrors', 'Number of Errors'),
      integer('JobItemsProcessed', 'Batches Processed'),
      integer('TotalJobItems', 'Total Batches'),
      typed('CompletedDate', 'Completion Date', 'datetime'),
      lookup('ParentJobId', 'Parent Apex Job ID', 'AsyncApexJob', { relationshipName: undefined }),
    ].map(readOnly),
  }),
  sobject('ContentDocument', ['Content Document', 'Content Documents'], '069', 'Private', {
    owned: true,
    fields: [
      str('Title', 'Title', 255, { nameField: true }),
      readOnly(lookup('LatestPublishedVersionId', 'Latest Published Version ID', 'ContentVersion')),
      readOnly(str('FileType', 'File Type', 20)),
    ],
  }),
  sobject('ContentVersion', ['Content Version', 'Content Versions'], '068', 'Private', {
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
      readOnly(integer('ContentSize', 'Size')),
      readOnly(str('FileType', 'File Type', 20)),
    ],
    childRelationships: { ContentDocumentId: 'ContentVersions' },
  }),
  sobject(
    'ContentDocumentLink',
    ['Content Document Link', 'Content Document Links'],
    '06A',
    'ControlledByParent',
    {
      owned: false,
      fields: [
        detail('ContentDocumentId', 'ContentDocument ID', 'ContentDocument'),
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
  ),
];
