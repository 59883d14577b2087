/**
 * Permission sets are hand-maintained XML: a renamed class or a new controller silently drifts
 * until a deploy fails or an agent gets "no access". Metadata conversion does not catch it, so we do.
 */
import fs from 'node:fs';
import path from 'node:path';
import { XMLParser } from 'fast-xml-parser';

const root = path.resolve(__dirname, '../../..');
const forceApp = path.join(root, 'force-app');

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? walk(full) : [full];
  });
}

const files = walk(forceApp);
const namesWith = (suffix: string): Set<string> =>
  new Set(files.filter((f) => f.endsWith(suffix)).map((f) => path.basename(f, suffix)));

const classes = namesWith('.cls');
const pages = namesWith('.page');
const tabs = namesWith('.tab-meta.xml');
const apps = namesWith('.app-meta.xml');
const customPermissions = namesWith('.customPermission-meta.xml');
const objects = namesWith('.object-meta.xml');
const parser = new XMLParser({ isArray: () => true });

/** Object → its custom fields, and whether each is required (required fields cannot be granted). */
const fieldsByObject = new Map<string, Map<string, boolean>>();
for (const file of files.filter((f) => f.endsWith('.field-meta.xml'))) {
  const objectName = path.basename(path.dirname(path.dirname(file)));
  const fieldName = path.basename(file, '.field-meta.xml');
  const xml = fs.readFileSync(file, 'utf8');
  const required = /<required>true<\/required>/.test(xml) || /<type>MasterDetail<\/type>/.test(xml);
  if (!fieldsByObject.has(objectName)) fieldsByObject.set(objectName, new Map());
  fieldsByObject.get(objectName)!.set(fieldName, required);
}

const permissionSetFiles = files.filter((f) => f.endsWith('.permissionset-meta.xml'));

type Xml = Record<string, unknown[]>;
function entries(doc: Xml, key: string): Xml[] {
  return (doc[key] ?? []) as Xml[];
}
function text(entry: Xml, key: string): string {
  return String((entry[key] ?? [''])[0]);
}

function problemsOf(file: string): string[] {
  const doc = (parser.parse(fs.readFileSync(file, 'utf8')) as Record<string, Xml[]>).PermissionSet[0];
  const problems: string[] = [];
  const expect = (ok: boolean, message: string) => ok || problems.push(message);
  for (const e of entries(doc, 'classAccesses')) {
    expect(classes.has(text(e, 'apexClass')), `unknown Apex class ${text(e, 'apexClass')}`);
  }
  for (const e of entries(doc, 'pageAccesses')) {
    expect(pages.has(text(e, 'apexPage')), `unknown page ${text(e, 'apexPage')}`);
  }
  for (const e of entries(doc, 'tabSettings')) {
    const tab = text(e, 'tab');
    expect(tabs.has(tab) || !tab.endsWith('__c'), `unknown tab ${tab}`);
  }
  for (const e of entries(doc, 'applicationVisibilities')) {
    expect(apps.has(text(e, 'application')), `unknown app ${text(e, 'application')}`);
  }
  for (const e of entries(doc, 'customPermissions')) {
    expect(customPermissions.has(text(e, 'name')), `unknown custom permission ${text(e, 'name')}`);
  }
  for (const e of entries(doc, 'objectPermissions')) {
    const name = text(e, 'object');
    expect(!name.endsWith('__c') || objects.has(name), `unknown object ${name}`);
  }
  for (const e of entries(doc, 'fieldPermissions')) {
    const [objectName, fieldName] = text(e, 'field').split('.');
    if (!fieldName.endsWith('__c')) continue;
    const fields = fieldsByObject.get(objectName);
    expect(fields?.has(fieldName) === true, `unknown field ${objectName}.${fieldName}`);
    expect(fields?.get(fieldName) !== true, `required field ${objectName}.${fieldName} cannot be granted`);
  }
  return problems;
}

describe('permission sets', () => {
  it('exist', () => {
    expect(permissionSetFiles.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining([
        'LiveEngage_Admin.permissionset-meta.xml',
        'LiveEngage_Agent.permissionset-meta.xml',
      ]),
    );
  });

  it.each(permissionSetFiles.map((f) => [path.relative(root, f), f]))(
    '%s references only what exists',
    (_, file) => {
      expect(problemsOf(file)).toEqual([]);
    },
  );

  it('grant every class with @AuraEnabled methods and every Visualforce page to some permission set', () => {
    const granted = new Set<string>();
    for (const file of permissionSetFiles) {
      const doc = (parser.parse(fs.readFileSync(file, 'utf8')) as Record<string, Xml[]>).PermissionSet[0];
      for (const e of entries(doc, 'classAccesses')) granted.add(text(e, 'apexClass'));
      for (const e of entries(doc, 'pageAccesses')) granted.add(text(e, 'apexPage'));
    }
    const auraEnabled = files
      .filter((f) => f.endsWith('.cls') && f.includes(`${path.sep}main${path.sep}`))
      .filter((f) =>
        /@AuraEnabled(\([^)]*\))?\s+(public|global)\s+static\s+[\w<>,.\s]+?\s+\w+\s*\(/i.test(
          fs.readFileSync(f, 'utf8'),
        ),
      )
      .map((f) => path.basename(f, '.cls'));
    const missing = [...auraEnabled, ...pages].filter((name) => !granted.has(name)).sort();
    expect(missing).toEqual([]);
  });
});
