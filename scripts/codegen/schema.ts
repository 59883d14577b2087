/**
 * Objects and fields for `@salesforce/schema/...` declarations: ours (read from
 * `force-app/main/**\/objects/<Obj>/`) plus a small list of standard objects our components use.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { XMLParser } from 'fast-xml-parser';
import { childDirs, rel } from '../build/outputs';

export type TsScalar = 'string' | 'number' | 'boolean' | 'unknown';

export interface SObjectField {
  name: string;
  ts: TsScalar;
}

export interface SObjectInfo {
  name: string;
  fields: SObjectField[];
  /** Where it was read from (empty for the built-in standard list). */
  sources: string[];
}

/**
 * Standard objects and fields our components may import. Add to it when a component needs another
 * standard field (the type check then knows the import).
 */
export const STANDARD_OBJECTS: Record<string, Record<string, TsScalar>> = {
  Account: {
    AccountNumber: 'string',
    BillingCity: 'string',
    BillingCountry: 'string',
    Industry: 'string',
    Name: 'string',
    OwnerId: 'string',
    ParentId: 'string',
    Phone: 'string',
    Type: 'string',
    Website: 'string',
  },
  Case: {
    AccountId: 'string',
    CaseNumber: 'string',
    ContactId: 'string',
    Description: 'string',
    Origin: 'string',
    OwnerId: 'string',
    Priority: 'string',
    Status: 'string',
    Subject: 'string',
  },
  Contact: {
    AccountId: 'string',
    Email: 'string',
    FirstName: 'string',
    LastName: 'string',
    MobilePhone: 'string',
    Name: 'string',
    OwnerId: 'string',
    Phone: 'string',
    Title: 'string',
  },
  Lead: {
    Company: 'string',
    Email: 'string',
    FirstName: 'string',
    LastName: 'string',
    Name: 'string',
    OwnerId: 'string',
    Phone: 'string',
    Status: 'string',
  },
  Opportunity: {
    AccountId: 'string',
    Amount: 'number',
    CloseDate: 'string',
    Name: 'string',
    OwnerId: 'string',
    StageName: 'string',
  },
  User: {
    Email: 'string',
    Name: 'string',
    Username: 'string',
  },
};

const AUDIT_FIELDS: Record<string, TsScalar> = {
  CreatedById: 'string',
  CreatedDate: 'string',
  Id: 'string',
  LastModifiedById: 'string',
  LastModifiedDate: 'string',
  SystemModstamp: 'string',
};

/** Field `<type>` → TS type of its value in UI API / Apex JSON. */
export function tsOfFieldType(type: string | undefined): TsScalar {
  switch (type) {
    case 'Number':
    case 'Currency':
    case 'Percent':
    case 'Summary':
      return 'number';
    case 'Checkbox':
      return 'boolean';
    case 'Location':
      return 'unknown';
    default:
      // Text, TextArea, LongTextArea, Html, Email, Phone, Url, Picklist, MultiselectPicklist,
      // EncryptedText, AutoNumber, Date, DateTime, Time, Lookup, MasterDetail, MetadataRelationship...
      return 'string';
  }
}

/** Implicit fields of an object, by kind (custom object, custom setting, custom metadata, standard). */
function implicitFields(
  name: string,
  objectXml: Record<string, unknown> | undefined,
): Record<string, TsScalar> {
  if (name.endsWith('__mdt')) {
    return {
      DeveloperName: 'string',
      Id: 'string',
      Label: 'string',
      MasterLabel: 'string',
      NamespacePrefix: 'string',
      QualifiedApiName: 'string',
    };
  }
  if (!name.endsWith('__c')) return { ...AUDIT_FIELDS };
  if (objectXml && objectXml.customSettingsType != null) {
    return { ...AUDIT_FIELDS, Name: 'string', SetupOwnerId: 'string' };
  }
  const fields: Record<string, TsScalar> = { ...AUDIT_FIELDS, Name: 'string' };
  if (objectXml?.sharingModel !== 'ControlledByParent') fields.OwnerId = 'string';
  return fields;
}

const xml = new XMLParser({ ignoreAttributes: true, parseTagValue: false });

function readXml(file: string): Record<string, unknown> {
  return xml.parse(fs.readFileSync(file, 'utf8'), true) as Record<string, unknown>;
}

/** Every `force-app/main/<part>/objects/<Obj>/` merged by object name, plus the standard list. */
export function readSchema(root: string): { objects: SObjectInfo[]; errors: string[] } {
  const errors: string[] = [];
  const byName = new Map<
    string,
    { fields: Record<string, TsScalar>; sources: string[]; xml?: Record<string, unknown> }
  >();
  for (const objectsDir of childDirs(path.join(root, 'force-app', 'main'), 'objects')) {
    for (const objDir of childDirs(objectsDir)) {
      const name = path.basename(objDir);
      const entry = byName.get(name) ?? { fields: {}, sources: [] };
      byName.set(name, entry);
      entry.sources.push(rel(root, objDir));
      const metaFile = path.join(objDir, `${name}.object-meta.xml`);
      if (fs.existsSync(metaFile)) {
        try {
          entry.xml = (readXml(metaFile).CustomObject as Record<string, unknown>) ?? {};
        } catch (e) {
          errors.push(`${rel(root, metaFile)}: unreadable XML: ${(e as Error).message}`);
        }
      }
      const fieldsDir = path.join(objDir, 'fields');
      let fieldFiles: string[] = [];
      try {
        fieldFiles = fs
          .readdirSync(fieldsDir)
          .filter((f) => f.endsWith('.field-meta.xml'))
          .sort();
      } catch {
        // no fields folder
      }
      for (const f of fieldFiles) {
        const fieldName = f.slice(0, -'.field-meta.xml'.length);
        try {
          const field = (readXml(path.join(fieldsDir, f)).CustomField ?? {}) as Record<string, unknown>;
          entry.fields[fieldName] = tsOfFieldType(typeof field.type === 'string' ? field.type : undefined);
        } catch (e) {
          errors.push(`${rel(root, path.join(fieldsDir, f))}: unreadable XML: ${(e as Error).message}`);
        }
      }
    }
  }
  const objects: SObjectInfo[] = [];
  const names = new Set([...byName.keys(), ...Object.keys(STANDARD_OBJECTS)]);
  for (const name of [...names].sort()) {
    const ours = byName.get(name);
    const all: Record<string, TsScalar> = {
      ...implicitFields(name, ours?.xml),
      ...(STANDARD_OBJECTS[name] ?? {}),
      ...(ours?.fields ?? {}),
    };
    objects.push({
      name,
      fields: Object.keys(all)
        .sort()
        .map((n) => ({ name: n, ts: all[n] })),
      sources: ours?.sources ?? [],
    });
  }
  return { objects, errors };
}
