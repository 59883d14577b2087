/**
 * The local org's schema, in ONE place: our custom objects, custom settings and custom metadata
 * types are DERIVED from `force-app/main/<part>/objects/<Object>/` metadata (object + field XML), and
 * the standard objects the product uses are declared below. Tables, seed data and record APIs all
 * read this, so a new field in `force-app` becomes a new column on the next `npm start`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { FORCE_APP_MAIN } from '../paths';

/** Salesforce field types we model (anything else is stored as text). */
export type SfFieldType =
  | 'Id'
  | 'Text'
  | 'TextArea'
  | 'LongTextArea'
  | 'Html'
  | 'Email'
  | 'Phone'
  | 'Url'
  | 'Picklist'
  | 'MultiselectPicklist'
  | 'Number'
  | 'Currency'
  | 'Percent'
  | 'Checkbox'
  | 'Date'
  | 'DateTime'
  | 'Lookup'
  | 'MasterDetail'
  | 'AutoNumber'
  | 'EncryptedText';

export interface FieldDef {
  /** API name, e.g. `Conversation_Id__c`. */
  name: string;
  label: string;
  type: SfFieldType;
  /** Lookup / MasterDetail target. */
  referenceTo?: string;
  picklistValues?: string[];
  length?: number;
  externalId?: boolean;
  unique?: boolean;
  /** Checkbox default. */
  defaultValue?: boolean;
}

export type ObjectKind = 'standard' | 'custom' | 'setting' | 'metadata';

export interface ObjectDef {
  name: string;
  label: string;
  pluralLabel: string;
  kind: ObjectKind;
  /** 3-character Id prefix. */
  keyPrefix: string;
  /** `AutoNumber` names are generated from `displayFormat` (e.g. `CT-{000000}`). */
  nameField: { type: 'Text' | 'AutoNumber' | 'Computed'; displayFormat?: string; label: string };
  fields: FieldDef[];
  /** Folder the definition came from (custom objects only). */
  source?: string;
}

const text = (name: string, label = name, length = 255): FieldDef => ({ name, label, type: 'Text', length });
const ref = (name: string, referenceTo: string, label = name): FieldDef => ({
  name,
  label,
  type: 'Lookup',
  referenceTo,
});
const typed = (name: string, type: SfFieldType, label = name): FieldDef => ({ name, label, type });
const pick = (name: string, values: string[], label = name): FieldDef => ({
  name,
  label,
  type: 'Picklist',
  picklistValues: values,
});

/** Address fields of one compound address (`Billing`, `Mailing`, `Person Mailing` ...). */
function address(prefix: string): FieldDef[] {
  return ['Street', 'City', 'State', 'PostalCode', 'Country'].map((p) => text(`${prefix}${p}`));
}

/**
 * The standard objects the product reads and writes. Only the fields we use; add one here when a
 * handler or a seed needs it.
 */
export const STANDARD_OBJECTS: ObjectDef[] = [
  {
    name: 'User',
    label: 'User',
    pluralLabel: 'Users',
    kind: 'standard',
    keyPrefix: '005',
    nameField: { type: 'Computed', label: 'Full Name' },
    fields: [
      text('FirstName', 'First Name'),
      text('LastName', 'Last Name'),
      typed('Email', 'Email'),
      text('Username'),
      text('Alias'),
      typed('IsActive', 'Checkbox', 'Active'),
      text('ProfileName', 'Profile'),
    ],
  },
  {
    name: 'Account',
    label: 'Account',
    pluralLabel: 'Accounts',
    kind: 'standard',
    keyPrefix: '001',
    nameField: { type: 'Text', label: 'Account Name' },
    fields: [
      typed('Phone', 'Phone'),
      typed('Website', 'Url'),
      pick('Industry', ['Banking', 'Retail', 'Technology', 'Telecommunications', 'Travel']),
      pick('Type', ['Customer', 'Prospect', 'Partner']),
      text('AccountNumber', 'Account Number'),
      ...address('Billing'),
      typed('IsPersonAccount', 'Checkbox', 'Is Person Account'),
      text('FirstName', 'First Name'),
      text('LastName', 'Last Name'),
      typed('PersonEmail', 'Email', 'Email'),
      typed('PersonMobilePhone', 'Phone', 'Mobile'),
      typed('PersonHomePhone', 'Phone', 'Home Phone'),
      ...address('PersonMailing'),
      ref('PersonContactId', 'Contact', 'Person Contact'),
      ref('OwnerId', 'User', 'Owner'),
    ],
  },
  {
    name: 'Contact',
    label: 'Contact',
    pluralLabel: 'Contacts',
    kind: 'standard',
    keyPrefix: '003',
    nameField: { type: 'Computed', label: 'Full Name' },
    fields: [
      text('FirstName', 'First Name'),
      text('LastName', 'Last Name'),
      typed('Email', 'Email'),
      typed('Phone', 'Phone'),
      typed('MobilePhone', 'Phone', 'Mobile'),
      text('Title'),
      ...address('Mailing'),
      ref('AccountId', 'Account', 'Account'),
      ref('OwnerId', 'User', 'Owner'),
    ],
  },
  {
    name: 'Lead',
    label: 'Lead',
    pluralLabel: 'Leads',
    kind: 'standard',
    keyPrefix: '00Q',
    nameField: { type: 'Computed', label: 'Full Name' },
    fields: [
      text('FirstName', 'First Name'),
      text('LastName', 'Last Name'),
      text('Company'),
      typed('Email', 'Email'),
      typed('Phone', 'Phone'),
      pick('Status', [
        'Open - Not Contacted',
        'Working - Contacted',
        'Closed - Converted',
        'Closed - Not Converted',
      ]),
      pick('LeadSource', ['Web', 'Chat', 'Phone Inquiry', 'Partner Referral'], 'Lead Source'),
      ref('OwnerId', 'User', 'Owner'),
    ],
  },
  {
    name: 'Case',
    label: 'Case',
    pluralLabel: 'Cases',
    kind: 'standard',
    keyPrefix: '500',
    nameField: { type: 'AutoNumber', displayFormat: '{00000000}', label: 'Case Number' },
    fields: [
      text('Subject'),
      typed('Description', 'LongTextArea'),
      pick('Status', ['New', 'Working', 'Escalated', 'Closed']),
      pick('Priority', ['High', 'Medium', 'Low']),
      pick('Origin', ['Chat', 'Email', 'Phone', 'Web']),
      typed('SuppliedEmail', 'Email', 'Web Email'),
      ref('AccountId', 'Account', 'Account'),
      ref('ContactId', 'Contact', 'Contact'),
      ref('OwnerId', 'User', 'Owner'),
    ],
  },
  {
    name: 'Opportunity',
    label: 'Opportunity',
    pluralLabel: 'Opportunities',
    kind: 'standard',
    keyPrefix: '006',
    nameField: { type: 'Text', label: 'Opportunity Name' },
    fields: [
      pick(
        'StageName',
        ['Prospecting', 'Qualification', 'Proposal/Price Quote', 'Closed Won', 'Closed Lost'],
        'Stage',
      ),
      typed('Amount', 'Currency'),
      typed('CloseDate', 'Date', 'Close Date'),
      ref('AccountId', 'Account', 'Account'),
      ref('OwnerId', 'User', 'Owner'),
    ],
  },
];

/** Fields every object has (besides Id and Name). */
export const SYSTEM_FIELDS: FieldDef[] = [
  typed('CreatedDate', 'DateTime', 'Created Date'),
  typed('LastModifiedDate', 'DateTime', 'Last Modified Date'),
  ref('CreatedById', 'User', 'Created By'),
  ref('LastModifiedById', 'User', 'Last Modified By'),
];

/** Extra fields of hierarchy custom settings and custom metadata types. */
const SETTING_FIELDS: FieldDef[] = [text('SetupOwnerId', 'Location')];
const METADATA_FIELDS: FieldDef[] = [
  text('DeveloperName', 'Custom Metadata Record Name', 40),
  text('MasterLabel', 'Label', 40),
  text('NamespacePrefix', 'Namespace Prefix', 15),
];

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false, trimValues: true });

function asArray<T>(v: T | T[] | undefined): T[] {
  return v === undefined ? [] : Array.isArray(v) ? v : [v];
}

function readXml(file: string): Record<string, unknown> {
  return xml.parse(fs.readFileSync(file, 'utf8')) as Record<string, unknown>;
}

const KNOWN_TYPES = new Set<string>([
  'Text',
  'TextArea',
  'LongTextArea',
  'Html',
  'Email',
  'Phone',
  'Url',
  'Picklist',
  'MultiselectPicklist',
  'Number',
  'Currency',
  'Percent',
  'Checkbox',
  'Date',
  'DateTime',
  'Lookup',
  'MasterDetail',
  'EncryptedText',
]);

/** Parses one `*.field-meta.xml` (formula fields are skipped: nothing stores them). */
export function parseFieldXml(file: string): FieldDef | undefined {
  const f = (readXml(file).CustomField ?? {}) as Record<string, unknown>;
  const name = String(f.fullName ?? path.basename(file).replace(/\.field-meta\.xml$/, ''));
  if (f.formula !== undefined) return undefined;
  const rawType = String(f.type ?? 'Text');
  const type = (KNOWN_TYPES.has(rawType) ? rawType : 'Text') as SfFieldType;
  const def: FieldDef = { name, label: String(f.label ?? name), type };
  if (f.referenceTo !== undefined) def.referenceTo = String(f.referenceTo);
  if (f.length !== undefined) def.length = Number(f.length);
  if (f.externalId === 'true') def.externalId = true;
  if (f.unique === 'true') def.unique = true;
  if (type === 'Checkbox') def.defaultValue = f.defaultValue === 'true';
  if (type === 'Picklist' || type === 'MultiselectPicklist') {
    const vsd = ((f.valueSet as Record<string, unknown> | undefined)?.valueSetDefinition ?? {}) as Record<
      string,
      unknown
    >;
    def.picklistValues = asArray(vsd.value as Record<string, unknown> | Record<string, unknown>[]).map((v) =>
      String(v.fullName),
    );
  }
  return def;
}

/** Lists `force-app/main/<part>/objects/<Object>/` folders. */
function objectFolders(forceAppMain: string): string[] {
  if (!fs.existsSync(forceAppMain)) return [];
  const out: string[] = [];
  for (const part of fs.readdirSync(forceAppMain).sort()) {
    const objects = path.join(forceAppMain, part, 'objects');
    if (!fs.existsSync(objects)) continue;
    for (const o of fs.readdirSync(objects).sort()) {
      if (fs.statSync(path.join(objects, o)).isDirectory()) out.push(path.join(objects, o));
    }
  }
  return out;
}

/** Parses one object folder (object-meta + fields/*.field-meta.xml). */
export function parseObjectFolder(dir: string, keyPrefix: string): ObjectDef {
  const name = path.basename(dir);
  const metaFile = path.join(dir, `${name}.object-meta.xml`);
  const o = (fs.existsSync(metaFile) ? (readXml(metaFile).CustomObject ?? {}) : {}) as Record<
    string,
    unknown
  >;
  const kind: ObjectKind = name.endsWith('__mdt') ? 'metadata' : o.customSettingsType ? 'setting' : 'custom';
  const nf = (o.nameField ?? {}) as Record<string, unknown>;
  const fieldsDir = path.join(dir, 'fields');
  const fields = fs.existsSync(fieldsDir)
    ? fs
        .readdirSync(fieldsDir)
        .filter((f) => f.endsWith('.field-meta.xml'))
        .sort()
        .map((f) => parseFieldXml(path.join(fieldsDir, f)))
        .filter((f): f is FieldDef => f !== undefined)
    : [];
  if (kind === 'setting') fields.unshift(...SETTING_FIELDS);
  if (kind === 'metadata') fields.unshift(...METADATA_FIELDS);
  return {
    name,
    label: String(o.label ?? name),
    pluralLabel: String(o.pluralLabel ?? o.label ?? name),
    kind,
    keyPrefix,
    nameField:
      nf.type === 'AutoNumber'
        ? {
            type: 'AutoNumber',
            displayFormat: String(nf.displayFormat ?? '{000000}'),
            label: String(nf.label),
          }
        : { type: 'Text', label: String(nf.label ?? 'Name') },
    fields,
    source: dir,
  };
}

export interface Schema {
  objects: Map<string, ObjectDef>;
  get(name: string): ObjectDef;
}

/** Key prefixes for derived objects: `a00`, `a01`, ... in name order (stable across runs). */
function prefixFor(index: number, kind: ObjectKind): string {
  const base = kind === 'metadata' ? 'm' : 'a';
  return base + index.toString(36).padStart(2, '0').toUpperCase();
}

/** Reads the whole schema: standard objects + everything under `force-app/main/ * /objects`. */
export function loadSchema(forceAppMain: string = FORCE_APP_MAIN): Schema {
  const objects = new Map<string, ObjectDef>();
  for (const o of STANDARD_OBJECTS) objects.set(o.name, { ...o, fields: [...o.fields, ...SYSTEM_FIELDS] });
  objectFolders(forceAppMain)
    // Custom objects, settings and metadata types; platform events (__e) store nothing.
    .filter((d) => path.basename(d).includes('__') && !path.basename(d).endsWith('__e'))
    .forEach((dir, i) => {
      const def = parseObjectFolder(
        dir,
        prefixFor(i, path.basename(dir).endsWith('__mdt') ? 'metadata' : 'custom'),
      );
      def.fields.push(...SYSTEM_FIELDS.filter((s) => !def.fields.some((f) => f.name === s.name)));
      objects.set(def.name, def);
    });
  return {
    objects,
    get(name: string): ObjectDef {
      const def = objects.get(name);
      if (!def) throw new Error(`Unknown object ${name} (not in force-app metadata nor STANDARD_OBJECTS)`);
      return def;
    },
  };
}

/** Every column of an object: Id, Name, then fields. */
export function columnsOf(def: ObjectDef): string[] {
  return ['Id', 'Name', ...def.fields.map((f) => f.name)];
}
