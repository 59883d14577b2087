import * as fs from 'node:fs';
import * as path from 'node:path';
import * as ts from 'typescript';
import { applyPlan, diffPlan, describeDrift } from '../../build/outputs';
import {
  APEX_META,
  DEMO_CONTROLLER,
  DEMO_OBJECT,
  META,
  REPO,
  makeTmpRepo,
  read,
  removeTmpRepo,
  writeFiles,
} from '../../build/__tests__/tmpRepo';
import { parseApex } from '../apex';
import { planCodegen } from '../generate';

const GEN = 'lwc-ts/types/generated';

describe('codegen', () => {
  let root: string;

  beforeEach(() => {
    root = makeTmpRepo({
      'force-app/main/demo/classes/DemoController.cls': DEMO_CONTROLLER,
      'force-app/main/demo/classes/DemoController.cls-meta.xml': APEX_META,
      ...DEMO_OBJECT,
    });
  });

  afterEach(() => removeTmpRepo(root));

  it('declares every @AuraEnabled static method with typed params, DTO and SObject results', () => {
    const plan = planCodegen(root);
    expect(plan.errors).toEqual([]);
    const apex = plan.files.get(`${GEN}/apex.d.ts`) as string;
    expect(apex).toContain(
      [
        "declare module '@salesforce/apex/DemoController.getRows' {",
        "  import type { WireAdapterConstructor } from 'lwc';",
        "  import type { DemoController_Row } from 'apex-dtos';",
        '  type Params = { query: string; limitTo: number };',
        '  type Result = DemoController_Row[];',
        '  type WireConfig = { [K in keyof Params]?: Params[K] | `$${string}` };',
        '  const getRows: ((params: Params) => Promise<Result>) &',
        '    WireAdapterConstructor<WireConfig, { data?: Result; error?: unknown }>;',
        '  export default getRows;',
        '}',
      ].join('\n'),
    );
    expect(apex).toContain('(cacheable=true: usable with @wire)');
    expect(apex).toContain('  type Params = { recordId: string; others: string[] };\n  type Result = void;');
    expect(apex).toContain("import type { Demo_Record__c } from 'sobjects';");
    expect(apex).toContain('type Result = Demo_Record__c;');
    expect(apex).not.toContain('notExposed');
    // methods sorted by name
    expect(apex.indexOf('DemoController.getRows')).toBeLessThan(apex.indexOf('DemoController.loadRecord'));
    expect(apex.indexOf('DemoController.loadRecord')).toBeLessThan(apex.indexOf('DemoController.touch'));

    const dtos = plan.files.get(`${GEN}/apex-dtos.d.ts`) as string;
    expect(dtos).toContain(`  export interface DemoController_Row {
    id?: string;
    name?: string;
    amount?: number;
    kind?: DemoController_Kind;
    counts?: Record<string, number[]>;
  }`);
    expect(dtos).toContain("export type DemoController_Kind = 'SMALL' | 'LARGE';");
    expect(dtos).not.toContain('hidden');

    const schema = plan.files.get(`${GEN}/schema.d.ts`) as string;
    expect(schema).toContain("declare module '@salesforce/schema/Demo_Record__c' {");
    expect(schema).toContain("declare module '@salesforce/schema/Demo_Record__c.Size__c' {");
    expect(schema).toContain("declare module '@salesforce/schema/Account.Name' {");
    expect(schema).toMatch(
      /export interface Demo_Record__c \{[^}]*Active__c\?: boolean \| null;[^}]*Size__c\?: number \| null;/,
    );
  });

  it('is deterministic', () => {
    const a = planCodegen(root);
    const b = planCodegen(root);
    expect([...a.files]).toEqual([...b.files]);
  });

  it('detects stale, missing and orphaned declarations', () => {
    applyPlan(root, planCodegen(root));
    expect(describeDrift(diffPlan(root, planCodegen(root)))).toEqual([]);

    writeFiles(root, {
      'force-app/main/demo/classes/DemoController.cls': DEMO_CONTROLLER.replace(
        'Integer limitTo',
        'Long limitTo, Boolean all',
      ),
      [`${GEN}/leftover.d.ts`]: '// old\n',
    });
    fs.rmSync(path.join(root, GEN, 'schema.d.ts'));
    expect(describeDrift(diffPlan(root, planCodegen(root)))).toEqual([
      `missing: ${GEN}/schema.d.ts`,
      `stale:   ${GEN}/apex.d.ts`,
      `orphan:  ${GEN}/leftover.d.ts (its source is gone)`,
    ]);
  });

  it('reports an Apex syntax error with its file and line', () => {
    writeFiles(root, { 'force-app/main/demo/classes/Broken.cls': 'public class Broken {\n  void x( {\n}\n' });
    const plan = planCodegen(root);
    expect(plan.errors.join('\n')).toMatch(
      /force-app\/main\/demo\/classes\/Broken\.cls:2:\d+: Apex syntax error/,
    );
  });

  it('refuses a DTO that inherits @AuraEnabled members or passes them on, naming the class', () => {
    writeFiles(root, {
      'force-app/main/demo/classes/DemoDtos.cls': `public with sharing class DemoDtos {
    public virtual class Base {
        @AuraEnabled
        public String id;
    }
    public class Plain extends Base {
    }
    public class Own extends DemoController.Row {
        @AuraEnabled
        public String extra;
    }
    public class Failure extends Exception {
    }
}
`,
    });
    expect(planCodegen(root).errors).toEqual([
      expect.stringMatching(/^force-app\/main\/demo\/classes\/DemoDtos\.cls: DemoDtos\.Plain extends Base: /),
      expect.stringMatching(
        /^force-app\/main\/demo\/classes\/DemoDtos\.cls: DemoDtos\.Own extends DemoController\.Row: /,
      ),
    ]);
  });

  it('a changed Apex signature breaks the type check of a component calling it the old way', () => {
    // the real lwc-ts tsconfig and hand-written declarations, in a scratch tree
    const real = JSON.parse(read(REPO, 'lwc-ts/tsconfig.json')) as {
      compilerOptions: object;
      include: string[];
    };
    writeFiles(root, {
      'lwc-ts/tsconfig.json': JSON.stringify({
        extends: [path.join(REPO, 'config/tsconfig.base.json'), './types/generated/tsconfig.paths.json'],
        compilerOptions: real.compilerOptions,
        include: ['**/*.ts'],
      }),
      'lwc-ts/types/salesforce.d.ts': read(REPO, 'lwc-ts/types/salesforce.d.ts'),
      'lwc-ts/types/lightning.d.ts': read(REPO, 'lwc-ts/types/lightning.d.ts'),
      'lwc-ts/demo/rowList/rowList.js-meta.xml': META,
      'lwc-ts/demo/rowList/rowList.ts': `import { LightningElement, api, wire } from 'lwc';
import getRows from '@salesforce/apex/DemoController.getRows';
import type { DemoController_Row } from 'apex-dtos';

export default class RowList extends LightningElement {
  @api recordId?: string;
  pageSize = 10;
  rows: DemoController_Row[] = [];

  @wire(getRows, { query: '$recordId', limitTo: '$pageSize' })
  wired({ data }: { data?: DemoController_Row[] }): void {
    if (data) this.rows = data;
  }

  async refresh(): Promise<void> {
    this.rows = await getRows({ query: 'abc', limitTo: 10 });
  }
}
`,
    });
    fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(root, 'node_modules'), 'dir');

    let previous: ts.Program | undefined; // reuse parsed lib/node_modules files on the second run
    const typecheck = (): string[] => {
      applyPlan(root, planCodegen(root));
      const configPath = path.join(root, 'lwc-ts/tsconfig.json');
      const parsed = ts.getParsedCommandLineOfConfigFile(
        configPath,
        {},
        {
          ...ts.sys,
          onUnRecoverableConfigFileDiagnostic: (d) => {
            throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
          },
        },
      )!;
      const program = ts.createProgram({
        rootNames: parsed.fileNames,
        options: parsed.options,
        oldProgram: previous,
      });
      previous = program;
      return ts
        .getPreEmitDiagnostics(program)
        .map(
          (d) =>
            `${d.file ? path.relative(root, d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`,
        );
    };

    expect(typecheck()).toEqual([]);

    // rename a parameter and change a type: the old call no longer type-checks
    writeFiles(root, {
      'force-app/main/demo/classes/DemoController.cls': DEMO_CONTROLLER.replace(
        'getRows(String query, Integer limitTo)',
        'getRows(String searchText, Integer limitTo)',
      ),
    });
    const errors = typecheck();
    expect(errors.length).toBeGreaterThan(0);
    // both the @wire config and the imperative call name the old parameter
    expect(errors.filter((e) => /^lwc-ts\/demo\/rowList\/rowList\.ts: .*'query'/.test(e))).toHaveLength(2);
  }, 20000);
});

describe('parseApex', () => {
  it('finds inner classes, properties and cacheable methods', () => {
    const { classes, errors } = parseApex(DEMO_CONTROLLER, 'DemoController.cls');
    expect(errors).toEqual([]);
    expect(classes.map((c) => `${c.kind}:${c.qualifiedName}`)).toEqual([
      'class:DemoController',
      'class:DemoController.Row',
      'enum:DemoController.Kind',
    ]);
    const ctrl = classes[0];
    expect(ctrl.methods.map((m) => `${m.name}:${m.cacheable}`)).toEqual([
      'getRows:true',
      'touch:false',
      'loadRecord:false',
    ]);
    expect(classes[1].members.map((m) => m.name)).toEqual(['id', 'name', 'amount', 'kind', 'counts']);
    expect(classes.map((c) => c.superclass)).toEqual([null, null, null]);
  });

  it('records the class named after extends', () => {
    const source = 'public class Child extends Outer.Base {\n  public class Inner extends Exception {}\n}\n';
    expect(parseApex(source, 'Child.cls').classes.map((c) => c.superclass)).toEqual([
      'Outer.Base',
      'Exception',
    ]);
  });
});
