/**
 * Our objects from `force-app/<package dir>/<part>/objects/<Object>/`: custom objects, custom
 * settings, custom metadata types and platform events, with their fields as describe reports them.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { FieldInfo, FieldType, ObjectInfo, ObjectKind } from './model';
import { auditFields, creationFields, makeField, ownerField, systemField } from './fields';
import { packageFolders } from './package-files';
import { asArray, flagOf, readXml, textOf, type XmlNode } from './xml';

/** Metadata type → describe type (`Number` with scale 0 is still `double`, as describe says). */
const FIELD_TYPES: Record<string, FieldType> = {
  Text: 'string',
  TextArea: 'textarea',
  LongTextArea: 'textarea',
  Html: 'textarea',
  Email: 'email',
  Phone: 'phone',
  Url: 'url',
  Picklist: 'picklist',
  MultiselectPicklist: 'multipicklist',
  Number: 'double',
  Currency: 'currency',
  Percent: 'percent',
  Checkbox: 'boolean',
  Date: 'date',
  DateTime: 'datetime',
  Time: 'time',
  Lookup: 'reference',
  MasterDetail: 'reference',
  EncryptedText: 'encryptedstring',
  AutoNumber: 'string',
};

const DEFAULT_LENGTH: Partial<Record<string, number>> = {
  LongTextArea: 32768,
  TextArea: 255,
  Email: 80,
  Phone: 40,
  Url: 255,
};

function parseDefault(raw: string | undefined, type: FieldType): FieldInfo['defaultValue'] {
  if (raw === undefined) return type === 'boolean' ? false : null;
  if (type === 'boolean') return raw === 'true';
  const quoted = /^"(.*)"$|^'(.*)'$/.exec(raw);
  if (
    quoted &&
    (type === 'string' || type === 'textarea' || type === 'email' || type === 'url' || type === 'phone')
  ) {
    return quoted[1] ?? quoted[2];
  }
  throw new Error(`field default value formula not modelled: ${raw}`);
}

/** One `*.field-meta.xml`; formula fields become calculated read-only fields. */
export function parseField(file: string): FieldInfo {
  const f = (readXml(file).CustomField ?? {}) as XmlNode;
  const name = textOf(f, 'fullName') ?? path.basename(file).replace(/\.field-meta\.xml$/, '');
  const rawType = textOf(f, 'type') ?? 'Text';
  const type = FIELD_TYPES[rawType];
  if (!type) throw new Error(`${file}: field type ${rawType} not modelled`);
  const formula = textOf(f, 'formula') !== undefined;
  const masterDetail = rawType === 'MasterDetail';
  const valueSet = (f.valueSet ?? {}) as XmlNode;
  const definition = (valueSet.valueSetDefinition ?? {}) as XmlNode;
  const picklistValues = asArray(definition.value as XmlNode | XmlNode[]).map((v) => ({
    value: textOf(v, 'fullName') ?? '',
    label: textOf(v, 'label') ?? textOf(v, 'fullName') ?? '',
    active: textOf(v, 'isActive') !== 'false',
    defaultValue: flagOf(v, 'default'),
  }));
  const referenceTo = textOf(f, 'referenceTo');
  const relationshipName = textOf(f, 'relationshipName');
  const constraint = textOf(f, 'deleteConstraint');
  const info = makeField({
    name,
    label: textOf(f, 'label') ?? name,
    type,
    custom: true,
    length: Number(textOf(f, 'length') ?? DEFAULT_LENGTH[rawType] ?? (type === 'reference' ? 18 : 0)),
    precision: Number(textOf(f, 'precision') ?? 0),
    scale: Number(textOf(f, 'scale') ?? 0),
    nillable: !(flagOf(f, 'required') || masterDetail) || type === 'boolean',
    unique: flagOf(f, 'unique'),
    caseSensitive: flagOf(f, 'caseSensitive'),
    externalId: flagOf(f, 'externalId'),
    referenceTo: referenceTo ? [referenceTo] : [],
    // From the child, a custom lookup `Case__c` is traversed as `Case__r`; the declared
    // relationshipName names the parent's child relationship (`Case.Chat_Transcripts__r`).
    relationshipName: type === 'reference' ? name.replace(/__c$/i, '__r') : undefined,
    childRelationshipName: relationshipName ? `${relationshipName}__r` : undefined,
    defaultValue: formula ? null : parseDefault(textOf(f, 'defaultValue'), type),
    picklistValues,
    restrictedPicklist: flagOf(valueSet, 'restricted'),
    defaultedOnCreate: picklistValues.some((p) => p.defaultValue),
    calculated: formula,
    createable: !formula,
    updateable: !formula && !(masterDetail && !flagOf(f, 'reparentableMasterDetail')),
    deleteConstraint: masterDetail
      ? 'Cascade'
      : type === 'reference'
        ? ((constraint as 'SetNull' | 'Restrict') ?? 'SetNull')
        : undefined,
  });
  return info;
}

export function kindOf(name: string, meta: XmlNode): ObjectKind {
  if (name.endsWith('__mdt')) return 'metadata';
  if (name.endsWith('__e')) return 'event';
  return textOf(meta, 'customSettingsType') ? 'setting' : 'custom';
}

/** Fields the platform adds to each kind of custom object. */
function platformFields(kind: ObjectKind, meta: XmlNode): FieldInfo[] {
  if (kind === 'metadata') {
    const str = (name: string, label: string, length: number, nillable = true): FieldInfo =>
      makeField({ name, label, type: 'string', length, nillable });
    return [
      systemField({
        name: 'Id',
        label: 'Custom Metadata Record ID',
        type: 'id',
        length: 18,
        nillable: false,
      }),
      str('DeveloperName', 'Custom Metadata Record Name', 40, false),
      str('MasterLabel', 'Label', 40, false),
      str('Label', 'Label', 40),
      str('QualifiedApiName', 'Qualified API Name', 70),
      str('NamespacePrefix', 'Namespace Prefix', 15),
      str('Language', 'Master Language', 40),
    ].map((f) => (f.name === 'Id' ? f : { ...f, createable: false, updateable: false }));
  }
  if (kind === 'event') {
    return [
      systemField({ name: 'ReplayId', label: 'Replay ID', type: 'string', length: 255 }),
      systemField({ name: 'EventUuid', label: 'Event UUID', type: 'string', length: 36 }),
      ...creationFields(),
    ];
  }
  const nf = (meta.nameField ?? {}) as XmlNode;
  const autoNumber = textOf(nf, 'type') === 'AutoNumber';
  const isList = textOf(meta, 'customSettingsType') === 'List';
  const name = autoNumber
    ? systemField({
        name: 'Name',
        label: textOf(nf, 'label') ?? 'Name',
        type: 'string',
        length: 80,
        autoNumber: true,
        nameField: true,
        nillable: false,
        displayFormat: textOf(nf, 'displayFormat') ?? '{0}',
      })
    : makeField({
        name: 'Name',
        label: textOf(nf, 'label') ?? 'Name',
        type: 'string',
        length: kind === 'setting' ? 38 : 80,
        nameField: true,
        // Hierarchy settings name their records themselves; list settings and custom objects need a name.
        nillable: kind === 'setting' && !isList,
        defaultedOnCreate: kind === 'custom',
      });
  const fields = [...auditFields(), name];
  if (kind === 'custom') fields.push(ownerField('custom'));
  if (kind === 'setting' && !isList) {
    fields.push(
      makeField({
        name: 'SetupOwnerId',
        label: 'Location ID',
        type: 'reference',
        referenceTo: ['Organization', 'Profile', 'User'],
        relationshipName: 'SetupOwner',
        namePointing: true,
        length: 18,
        nillable: false,
        unique: true,
        defaultedOnCreate: true,
      }),
    );
  }
  return fields;
}

/** One object folder (object-meta + `fields/*.field-meta.xml`). */
export function parseObjectFolder(dir: string, keyPrefix: string): ObjectInfo {
  const name = path.basename(dir);
  const metaFile = path.join(dir, `${name}.object-meta.xml`);
  const meta = (fs.existsSync(metaFile) ? (readXml(metaFile).CustomObject ?? {}) : {}) as XmlNode;
  const kind = kindOf(name, meta);
  const fieldsDir = path.join(dir, 'fields');
  const declared = fs.existsSync(fieldsDir)
    ? fs
        .readdirSync(fieldsDir)
        .filter((f) => f.endsWith('.field-meta.xml'))
        .sort()
        .map((f) => parseField(path.join(fieldsDir, f)))
    : [];
  const fields = new Map<string, FieldInfo>();
  for (const f of [...platformFields(kind, meta), ...declared]) fields.set(f.name.toLowerCase(), f);
  const settingType = textOf(meta, 'customSettingsType') as 'Hierarchy' | 'List' | undefined;
  return {
    name,
    label: textOf(meta, 'label') ?? name,
    labelPlural: textOf(meta, 'pluralLabel') ?? textOf(meta, 'label') ?? name,
    keyPrefix,
    kind,
    settingType,
    sharingModel: kind === 'custom' ? (textOf(meta, 'sharingModel') ?? 'ReadWrite') : 'Public',
    custom: true,
    fields,
    childRelationships: [],
    publishBehavior: kind === 'event' ? (textOf(meta, 'publishBehavior') ?? 'PublishAfterCommit') : undefined,
  };
}

/** Every `objects/<Name>/` folder under a package directory (`force-app`), sorted by object name. */
export function objectFolders(packageDir: string): string[] {
  return packageFolders(packageDir)
    .filter((dir) => path.basename(path.dirname(dir)) === 'objects')
    .sort((a, b) => path.basename(a).localeCompare(path.basename(b)));
}
