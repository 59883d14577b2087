/**
 * Our own Apex rules (apex-rules check), in process and fast: sharing keywords, suppression reasons
 * and SOQL fields against the object metadata, on small classes in a temp project.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { apexRulesCheck } from '../lib/apexRules';
import { apexSyntaxCheck } from '../lib/apexSource';
import type { CheckContext, Finding } from '../lib/findings';

let root: string;
let seq = 0;

function field(obj: string, name: string, extra = ''): [string, string] {
  return [
    `objects/${obj}/fields/${name}.field-meta.xml`,
    `<?xml version="1.0" encoding="UTF-8"?>\n<CustomField xmlns="http://soap.sforce.com/2006/04/metadata"><fullName>${name}</fullName>${extra}</CustomField>\n`,
  ];
}

function object(obj: string): [string, string] {
  return [
    `objects/${obj}/${obj}.object-meta.xml`,
    '<?xml version="1.0" encoding="UTF-8"?>\n<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata"/>\n',
  ];
}

const SCHEMA: [string, string][] = [
  object('Parent__c'),
  field('Parent__c', 'Code__c'),
  object('Child__c'),
  field('Child__c', 'Amount__c'),
  field(
    'Child__c',
    'Parent__c',
    '<referenceTo>Parent__c</referenceTo><relationshipName>Children</relationshipName><type>Lookup</type>',
  ),
  field('Account', 'Tier__c'),
];

/** Runs the apex rules over one class (plus the schema above) and returns its error findings. */
async function findingsFor(source: string): Promise<Finding[]> {
  const dir = path.join(root, `p${++seq}`);
  const files: [string, string][] = [...SCHEMA, ['classes/Subject.cls', source]];
  for (const [rel, text] of files) {
    const file = path.join(dir, 'force-app', 'main', rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  const ctx: CheckContext = {
    projectDir: dir,
    repoDir: path.resolve(__dirname, '..', '..', '..'),
    packageDirs: [path.join(dir, 'force-app')],
    sourceApiVersion: '66.0',
  };
  const syntax = await apexSyntaxCheck.run(ctx);
  expect(syntax.findings).toEqual([]);
  return (await apexRulesCheck.run(ctx)).findings;
}

const summary = (fs_: Finding[]): string[] => fs_.map((f) => `${f.line} ${f.rule}: ${f.message}`);

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'apex-rules-'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('apex-sharing', () => {
  it('accepts with, inherited and documented inner without sharing; exempts @IsTest classes', async () => {
    expect(await findingsFor('public inherited sharing class Subject {}')).toEqual([]);
    expect(await findingsFor('@IsTest\nprivate class Subject {}')).toEqual([]);
    const documented = `public with sharing class Subject {
    // Nightly sync reads every record whatever the running user's sharing.
    private without sharing class Elevated {
        Integer n() { return [SELECT COUNT() FROM Parent__c WITH SYSTEM_MODE]; }
    }
    private class Dto { String name; }
}`;
    expect(await findingsFor(documented)).toEqual([]);
  });

  it('rejects a missing keyword, a top-level without sharing and an undocumented inner one', async () => {
    expect(summary(await findingsFor('/** doc */\npublic class Subject {}'))).toEqual([
      '2 apex-sharing: class Subject declares no sharing keyword (with sharing / inherited sharing / without sharing)',
    ]);
    expect(summary(await findingsFor('public without sharing class Subject {}'))).toEqual([
      "1 apex-sharing: top-level class Subject is 'without sharing': only a small, documented inner class may be",
    ]);
    const inner = `public with sharing class Subject {
    private without sharing class Elevated {}
    private class Writer {
        void save(Parent__c p) { update p; }
    }
}`;
    expect(summary(await findingsFor(inner))).toEqual([
      "2 apex-sharing: inner class Elevated is 'without sharing' with no comment right above it giving the reason",
      '3 apex-sharing: inner class Writer runs SOQL/DML but declares no sharing keyword',
    ]);
  });
});

describe('apex-suppression', () => {
  it('requires a // reason with every @SuppressWarnings', async () => {
    const source = `public with sharing class Subject {
    // Named Credentials cannot sign OAuth 1.0a.
    @SuppressWarnings('PMD.ApexSuggestUsingNamedCred')
    void a() {}
    @SuppressWarnings('PMD.ApexCRUDViolation') // reason: test-only helper
    void b() {}
    @SuppressWarnings('PMD.ApexCRUDViolation')
    void c() {}
}`;
    expect(summary(await findingsFor(source))).toEqual([
      '7 apex-suppression: @SuppressWarnings needs its reason in a // comment on the same line or right above',
    ]);
  });
});

describe('soql-field', () => {
  it('accepts known fields, lookups, sub-queries, standard fields and bind expressions', async () => {
    const source = `public with sharing class Subject {
    List<Child__c> a(String code) {
        return [SELECT Id, Name, Amount__c, Parent__r.Code__c, Owner.Name FROM Child__c
                WHERE Parent__r.Code__c = :code WITH USER_MODE ORDER BY Amount__c];
    }
    List<Parent__c> b() {
        return [SELECT Id, (SELECT Amount__c FROM Children__r) FROM Parent__c WITH USER_MODE];
    }
    List<Account> c() {
        return [SELECT Id, Tier__c, Name FROM Account WITH USER_MODE];
    }
}`;
    expect(await findingsFor(source)).toEqual([]);
  });

  it('names unknown fields, relationships, child relationships and objects', async () => {
    const source = `public with sharing class Subject {
    void a() {
        List<Child__c> x = [SELECT Colour__c FROM Child__c];
        List<Child__c> y = [SELECT Nope__r.Code__c, Parent__r.Size__c FROM Child__c];
        List<Parent__c> z = [SELECT Id, (SELECT Id FROM Kids__r), (SELECT Weight__c FROM Children__r) FROM Parent__c];
        List<SObject> w = [SELECT Id FROM Ghost__c];
        List<Account> v = [SELECT Rank__c FROM Account];
    }
}`;
    expect(summary(await findingsFor(source))).toEqual([
      '3 soql-field: unknown field Colour__c on Child__c (no field metadata in force-app)',
      '4 soql-field: unknown relationship Nope__r on Child__c (no lookup field Nope__c)',
      '4 soql-field: unknown field Size__c on Parent__c (no field metadata in force-app)',
      '5 soql-field: unknown child relationship Kids__r of Parent__c (no lookup with that relationshipName)',
      '5 soql-field: unknown field Weight__c on Child__c (no field metadata in force-app)',
      '6 soql-field: unknown SObject Ghost__c (no object metadata in force-app)',
      '7 soql-field: unknown field Rank__c on Account (no field metadata in force-app)',
    ]);
  });
});
