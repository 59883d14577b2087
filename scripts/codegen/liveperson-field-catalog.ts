/**
 * LivePerson field catalog → custom metadata records.
 *
 * The single source is `lwc-ts/liveperson/fieldCatalog/fieldCatalog.ts` (also imported by the widget
 * as `c/fieldCatalog`). This writes one `LivePerson_Field.<name>.md-meta.xml` per entry into
 * `force-app/main/liveperson/customMetadata/` and removes records no longer in the catalog.
 *
 *   npx tsx scripts/codegen/liveperson-field-catalog.ts          # write
 *   npx tsx scripts/codegen/liveperson-field-catalog.ts --check  # exit 1 when stale
 *
 * `scripts/codegen/__tests__/liveperson-field-catalog.test.ts` runs the check in `npm test`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import {
  FIELD_CATALOG,
  servesChat,
  servesMessaging,
  type CatalogEntry,
} from '../../lwc-ts/liveperson/fieldCatalog/fieldCatalog';

export const CMDT_DIR = 'force-app/main/liveperson/customMetadata';
export const RECORD_PREFIX = 'LivePerson_Field.';
export const RECORD_SUFFIX = '.md-meta.xml';

function xmlEscape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function textValue(field: string, value: string | undefined): string {
  const v =
    value === undefined || value === ''
      ? '<value xsi:nil="true"/>'
      : `<value xsi:type="xsd:string">${xmlEscape(value)}</value>`;
  return `    <values>\n        <field>${field}</field>\n        ${v}\n    </values>\n`;
}

function boolValue(field: string, value: boolean): string {
  return `    <values>\n        <field>${field}</field>\n        <value xsi:type="xsd:boolean">${value}</value>\n    </values>\n`;
}

/** The XML of one record. */
export function recordXml(e: CatalogEntry): string {
  return (
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<CustomMetadata xmlns="http://soap.sforce.com/2006/04/metadata" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xmlns:xsd="http://www.w3.org/2001/XMLSchema">\n' +
    `    <label>${xmlEscape(e.label)}</label>\n` +
    '    <protected>false</protected>\n' +
    textValue('Api_Field__c', e.api) +
    textValue('Category__c', e.category) +
    boolValue('Chat__c', servesChat(e)) +
    boolValue('Messaging__c', servesMessaging(e)) +
    textValue('Msg_Api_Field__c', e.msgApi) +
    textValue('Msg_Sdk_Field__c', e.msgSdk) +
    textValue('Sdk_Field__c', e.sdk) +
    '</CustomMetadata>\n'
  );
}

/** Every record file: repo-relative path → content. */
export function renderRecords(): Map<string, string> {
  const out = new Map<string, string>();
  for (const e of FIELD_CATALOG)
    out.set(`${CMDT_DIR}/${RECORD_PREFIX}${e.name}${RECORD_SUFFIX}`, recordXml(e));
  return out;
}

/** Differences between the catalog and the files under `root` (empty when up to date). */
export function staleRecords(root: string): string[] {
  const want = renderRecords();
  const problems: string[] = [];
  const dir = path.join(root, CMDT_DIR);
  const present = fs.existsSync(dir)
    ? fs.readdirSync(dir).filter((n) => n.startsWith(RECORD_PREFIX) && n.endsWith(RECORD_SUFFIX))
    : [];
  for (const n of present) {
    if (!want.has(`${CMDT_DIR}/${n}`)) problems.push(`${CMDT_DIR}/${n}: not in the catalog`);
  }
  for (const [rel, content] of want) {
    const file = path.join(root, rel);
    if (!fs.existsSync(file)) problems.push(`${rel}: missing`);
    else if (fs.readFileSync(file, 'utf8') !== content) problems.push(`${rel}: differs from the catalog`);
  }
  return problems;
}

/** Writes the records and removes stale ones; returns the number of files changed. */
export function writeRecords(root: string): number {
  const want = renderRecords();
  const dir = path.join(root, CMDT_DIR);
  fs.mkdirSync(dir, { recursive: true });
  let changed = 0;
  for (const n of fs.readdirSync(dir)) {
    if (n.startsWith(RECORD_PREFIX) && n.endsWith(RECORD_SUFFIX) && !want.has(`${CMDT_DIR}/${n}`)) {
      fs.rmSync(path.join(dir, n));
      changed++;
    }
  }
  for (const [rel, content] of want) {
    const file = path.join(root, rel);
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== content) {
      fs.writeFileSync(file, content);
      changed++;
    }
  }
  return changed;
}

if (require.main === module) {
  const root = path.resolve(__dirname, '..', '..');
  if (process.argv.includes('--check')) {
    const problems = staleRecords(root);
    for (const p of problems) console.error(p);
    if (problems.length > 0) {
      console.error(
        'LivePerson field catalog records are stale: run npx tsx scripts/codegen/liveperson-field-catalog.ts',
      );
      process.exit(1);
    }
    console.log(`LivePerson field catalog: ${FIELD_CATALOG.length} records up to date`);
  } else {
    const changed = writeRecords(root);
    console.log(
      `LivePerson field catalog: ${FIELD_CATALOG.length} records, ${changed} file(s) written or removed`,
    );
  }
}
