/**
 * The local org's schema derived from force-app metadata, record Ids, and the Apex handler registry.
 * (The PGlite record store itself is checked by the slow suite, workbench.e2e.test.ts.)
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { loadSchema, STANDARD_OBJECTS } from '../org/schema';
import { checksum15, makeId } from '../org/ids';
import { loadApexRegistry } from '../apex/registry';

function writeObject(root: string, name: string, objectXml: string, fields: Record<string, string>): void {
  const dir = path.join(root, 'core', 'objects', name);
  fs.mkdirSync(path.join(dir, 'fields'), { recursive: true });
  fs.writeFileSync(path.join(dir, `${name}.object-meta.xml`), objectXml);
  for (const [f, xml] of Object.entries(fields))
    fs.writeFileSync(path.join(dir, 'fields', `${f}.field-meta.xml`), xml);
}

const field = (name: string, body: string) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">` +
  `<fullName>${name}</fullName><label>${name.replace(/__c$/, '').replace(/_/g, ' ')}</label>${body}</CustomField>`;

let root: string;

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-org-'));
  writeObject(
    root,
    'Chat_Transcript__c',
    `<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"><label>Chat Transcript</label>` +
      `<pluralLabel>Chat Transcripts</pluralLabel><nameField><type>AutoNumber</type><label>Chat Transcript Name</label>` +
      `<displayFormat>CT-{000000}</displayFormat></nameField></CustomObject>`,
    {
      Conversation_Id__c: field(
        'Conversation_Id__c',
        '<type>Text</type><length>255</length><externalId>true</externalId><unique>true</unique>',
      ),
      Channel__c: field(
        'Channel__c',
        '<type>Picklist</type><valueSet><valueSetDefinition><value><fullName>Chat</fullName></value>' +
          '<value><fullName>Messaging</fullName></value></valueSetDefinition></valueSet>',
      ),
      Duration_Seconds__c: field(
        'Duration_Seconds__c',
        '<type>Number</type><precision>18</precision><scale>0</scale>',
      ),
      Start_Time__c: field('Start_Time__c', '<type>DateTime</type>'),
      Contact__c: field('Contact__c', '<type>Lookup</type><referenceTo>Contact</referenceTo>'),
      Score__c: field('Score__c', '<type>Number</type><formula>1 + 1</formula>'),
    },
  );
  writeObject(
    root,
    'LiveEngage_Settings__c',
    `<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"><label>LiveEngage Settings</label>` +
      `<customSettingsType>Hierarchy</customSettingsType><visibility>Protected</visibility></CustomObject>`,
    {
      Account_Id__c: field('Account_Id__c', '<type>Text</type><length>255</length>'),
      Activated__c: field('Activated__c', '<type>Checkbox</type><defaultValue>false</defaultValue>'),
    },
  );
});

afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('schema', () => {
  test('derives custom objects from force-app metadata next to the standard objects', () => {
    const schema = loadSchema(root);
    for (const o of STANDARD_OBJECTS) expect(schema.objects.has(o.name)).toBe(true);
    const ct = schema.get('Chat_Transcript__c');
    expect(ct.kind).toBe('custom');
    expect(ct.nameField).toEqual({
      type: 'AutoNumber',
      displayFormat: 'CT-{000000}',
      label: 'Chat Transcript Name',
    });
    const byName = Object.fromEntries(ct.fields.map((f) => [f.name, f]));
    expect(byName.Conversation_Id__c).toMatchObject({
      type: 'Text',
      externalId: true,
      unique: true,
      length: 255,
    });
    expect(byName.Channel__c.picklistValues).toEqual(['Chat', 'Messaging']);
    expect(byName.Contact__c).toMatchObject({ type: 'Lookup', referenceTo: 'Contact' });
    expect(byName.Score__c).toBeUndefined(); // formula: nothing stores it
    expect(schema.get('LiveEngage_Settings__c').kind).toBe('setting');
    expect(schema.get('Account').fields.map((f) => f.name)).toEqual(
      expect.arrayContaining(['IsPersonAccount', 'PersonEmail', 'FirstName', 'LastName']),
    );
  });

  test('Ids are 18 characters with the case-safe checksum', () => {
    // One bit per upper-case character of each 5-character block, as an index into A-Z0-5.
    expect(checksum15('001000000000001')).toBe('AAA');
    expect(checksum15('0010X00004DqQ9d')).toBe('QAF');
    expect(checksum15('ABCDE00000FGHIJ')).toBe('5A5');
    expect(makeId('001', 1)).toBe('001000000000001AAA');
  });
});

describe('Apex handler registry', () => {
  test('loads every handler module of the apex folder by class name', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'workbench-apex-'));
    fs.writeFileSync(
      path.join(dir, 'DemoController.ts'),
      `export default { hello: (p: { name: string }) => ({ text: 'hi ' + p.name }) };\n`,
    );
    fs.writeFileSync(path.join(dir, 'handler.ts'), `export default { ignored: () => 1 };\n`);
    const registry = loadApexRegistry(dir);
    expect([...registry.handlers.keys()]).toEqual(['DemoController.hello']);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});
