/** Scratch copies of a repo subset for build/codegen tests (never the real tree). */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

export const REPO = path.resolve(__dirname, '..', '..', '..');

export const META = `<?xml version="1.0" encoding="UTF-8"?>
<LightningComponentBundle xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>66.0</apiVersion>
    <isExposed>false</isExposed>
</LightningComponentBundle>
`;

export const APEX_META = `<?xml version="1.0" encoding="UTF-8"?>
<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">
    <apiVersion>66.0</apiVersion>
    <status>Active</status>
</ApexClass>
`;

export function makeTmpRepo(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'le-build-'));
  fs.copyFileSync(path.join(REPO, 'sfdx-project.json'), path.join(root, 'sfdx-project.json'));
  writeFiles(root, files);
  return root;
}

export function writeFiles(root: string, files: Record<string, string>): void {
  for (const [p, content] of Object.entries(files)) {
    const abs = path.join(root, p);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
}

export function read(root: string, p: string): string {
  return fs.readFileSync(path.join(root, p), 'utf8');
}

export function removeTmpRepo(root: string): void {
  if (root.startsWith(os.tmpdir())) fs.rmSync(root, { recursive: true, force: true });
}

/** A component with typed `@api`, `@wire`, declared and optional fields, a template, css and a test. */
export function demoComponent(part = 'demo', name = 'demoCard'): Record<string, string> {
  const dir = `lwc-ts/${part}/${name}`;
  return {
    [`${dir}/${name}.ts`]: `import { LightningElement, api, wire } from 'lwc';
import getRows from '@salesforce/apex/DemoController.getRows';
import type { DemoController_Row } from 'apex-dtos';

interface Shape {
  label: string;
}

export default class DemoCard extends LightningElement {
  @api recordId?: string;
  @api heading: string = 'Demo';
  plain?: string;
  declare ambient: string;
  rows: DemoController_Row[] = [];

  @wire(getRows, { query: '$recordId', limitTo: 5 })
  wired({ data }: { data?: DemoController_Row[] }): void {
    if (data) this.rows = data;
  }

  get shape(): Shape {
    return { label: this.heading as string };
  }
}
`,
    [`${dir}/${name}.html`]: `<template>
  <h1>{heading}</h1>
  <template for:each={rows} for:item="row"><p key={row.id}>{row.name}</p></template>
</template>
`,
    [`${dir}/${name}.css`]: `h1 { font-weight: bold; }\n`,
    [`${dir}/${name}.js-meta.xml`]: META,
    [`${dir}/__tests__/${name}.test.ts`]: `it('is skipped by the build', () => {});\n`,
  };
}

export const DEMO_CONTROLLER = `public with sharing class DemoController {
    public class Row {
        @AuraEnabled
        public String id;
        @AuraEnabled
        public String name;
        @AuraEnabled
        public Decimal amount { get; set; }
        @AuraEnabled
        public Kind kind;
        @AuraEnabled
        public Map<String, List<Integer>> counts;
        public String hidden;
    }

    public enum Kind {
        SMALL,
        LARGE
    }

    @AuraEnabled(cacheable=true)
    public static List<Row> getRows(String query, Integer limitTo) {
        return new List<Row>();
    }

    @AuraEnabled
    public static void touch(Id recordId, Set<Id> others) {
    }

    @AuraEnabled
    public static Demo_Record__c loadRecord(Id recordId) {
        return null;
    }

    public static String notExposed() {
        return '';
    }
}
`;

export const DEMO_OBJECT = {
  'force-app/main/demo/objects/Demo_Record__c/Demo_Record__c.object-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<CustomObject xmlns="http://soap.sforce.com/2006/04/metadata">
    <label>Demo Record</label>
    <sharingModel>ReadWrite</sharingModel>
</CustomObject>
`,
  'force-app/main/demo/objects/Demo_Record__c/fields/Size__c.field-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Size__c</fullName>
    <type>Number</type>
    <precision>18</precision>
    <scale>0</scale>
</CustomField>
`,
  'force-app/main/demo/objects/Demo_Record__c/fields/Active__c.field-meta.xml': `<?xml version="1.0" encoding="UTF-8"?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Active__c</fullName>
    <type>Checkbox</type>
    <defaultValue>false</defaultValue>
</CustomField>
`,
};
