/** Custom metadata records from `force-app/**\/customMetadata/<Type>.<Record>.md-meta.xml`. */
import * as path from 'node:path';
import { NotSupportedError } from '../lang/errors';
import type { StoredRecord } from './model';
import { packageFiles } from './package-files';
import { asArray, readXml, textOf, type XmlNode } from './xml';

export interface MetadataRecordSource {
  /** `LivePerson_Field__mdt`. */
  objectName: string;
  /** Fields without Id: DeveloperName, MasterLabel, Label, QualifiedApiName, custom fields. */
  values: StoredRecord;
}

function typedValue(node: unknown, file: string): StoredRecord[string] {
  if (node === undefined || node === null || node === '') return null;
  const v = node as XmlNode;
  if (v['@xsi:nil'] === 'true') return null;
  const type = v['@xsi:type'];
  const text = String(v['#text'] ?? '');
  if (type === 'xsd:string') return text;
  if (type === 'xsd:boolean') return text === 'true';
  throw new NotSupportedError(`custom metadata value of type ${String(type)} (${file})`);
}

export function parseMetadataRecord(file: string): MetadataRecordSource {
  const [type, developerName] = path
    .basename(file)
    .replace(/\.md-meta\.xml$/, '')
    .split('.');
  const cm = (readXml(file).CustomMetadata ?? {}) as XmlNode;
  const label = textOf(cm, 'label') ?? developerName;
  const values: StoredRecord = {
    DeveloperName: developerName,
    MasterLabel: label,
    Label: label,
    QualifiedApiName: developerName,
    NamespacePrefix: null,
    Language: 'en_US',
  };
  for (const v of asArray(cm.values as XmlNode | XmlNode[]))
    values[textOf(v, 'field') ?? ''] = typedValue(v.value, file);
  return { objectName: `${type}__mdt`, values };
}

export function loadMetadataRecords(packageDir: string): MetadataRecordSource[] {
  return packageFiles(packageDir, '.md-meta.xml').map(parseMetadataRecord);
}
