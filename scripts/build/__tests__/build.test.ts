import * as fs from 'node:fs';
import * as path from 'node:path';
import { runBuild } from '../build';
import { stripTypes } from '../lwc';
import {
  APEX_META,
  DEMO_CONTROLLER,
  META,
  demoComponent,
  makeTmpRepo,
  read,
  removeTmpRepo,
  writeFiles,
} from './tmpRepo';

const OUT = 'force-app/main/demo/lwc/demoCard';

describe('TS → LWC build', () => {
  let root: string;

  beforeEach(() => {
    root = makeTmpRepo({
      ...demoComponent(),
      'force-app/main/demo/classes/DemoController.cls': DEMO_CONTROLLER,
      'force-app/main/demo/classes/DemoController.cls-meta.xml': APEX_META,
    });
  });

  afterEach(() => removeTmpRepo(root));

  it('strips types but keeps @api/@wire decorators and declared fields, copies the bundle, skips tests', () => {
    const result = runBuild(root, false);
    expect(result.lines.join('\n')).toContain('written');
    expect(result.ok).toBe(true);

    const js = read(root, `${OUT}/demoCard.js`);
    expect(js.split('\n')[0]).toBe(
      '// Generated from lwc-ts/demo/demoCard/demoCard.ts by `npm run build`; do not edit.',
    );
    expect(js).toContain('@api recordId;');
    expect(js).toContain("@api heading = 'Demo';");
    expect(js).toMatch(/@wire\(getRows, \{ query: '\$recordId', limitTo: 5 \}\)/);
    expect(js).toContain('plain;'); // an uninitialised typed field stays a (reactive) class field
    expect(js).not.toMatch(/ambient/); // `declare` fields are type-only
    expect(js).not.toMatch(/interface Shape|: string|apex-dtos|as string/);
    // retainLines: a statement sits one line below its .ts line (the header)
    const tsLines = read(root, 'lwc-ts/demo/demoCard/demoCard.ts').split('\n');
    const jsLines = js.split('\n');
    const tsAt = tsLines.findIndex((l) => l.includes('wired({ data }'));
    expect(jsLines[tsAt + 1]).toContain('wired({ data })');

    expect(read(root, `${OUT}/demoCard.html`)).toBe(read(root, 'lwc-ts/demo/demoCard/demoCard.html'));
    expect(read(root, `${OUT}/demoCard.css`)).toBe(read(root, 'lwc-ts/demo/demoCard/demoCard.css'));
    expect(read(root, `${OUT}/demoCard.js-meta.xml`)).toBe(META);
    expect(fs.existsSync(path.join(root, OUT, '__tests__'))).toBe(false);
    expect(fs.readdirSync(path.join(root, OUT)).sort()).toEqual([
      'demoCard.css',
      'demoCard.html',
      'demoCard.js',
      'demoCard.js-meta.xml',
    ]);
  });

  it('is deterministic: a rebuild writes nothing and --check passes', () => {
    expect(runBuild(root, false).ok).toBe(true);
    const before = read(root, `${OUT}/demoCard.js`);
    const again = runBuild(root, false);
    expect(again.lines[0]).toMatch(/, 0 written, 0 removed$/);
    expect(read(root, `${OUT}/demoCard.js`)).toBe(before);
    const check = runBuild(root, true);
    expect(check.ok).toBe(true);
  });

  it('--check names a stale, a missing and an orphaned generated file, and writes nothing', () => {
    expect(runBuild(root, false).ok).toBe(true);
    // stale: source changed after the last build
    writeFiles(root, {
      'lwc-ts/demo/demoCard/demoCard.html': '<template><h2>{heading}</h2></template>\n',
    });
    // orphan: a generated component whose source is gone
    writeFiles(root, { 'force-app/main/demo/lwc/oldCard/oldCard.js': '// old\n' });
    // missing: a new component never built
    writeFiles(root, {
      'lwc-ts/other/newCard/newCard.ts':
        "import { LightningElement } from 'lwc';\nexport default class NewCard extends LightningElement {}\n",
      'lwc-ts/other/newCard/newCard.js-meta.xml': META,
    });
    const check = runBuild(root, true);
    const text = check.lines.join('\n');
    expect(check.ok).toBe(false);
    expect(text).toContain(`stale:   ${OUT}/demoCard.html`);
    expect(text).toContain('orphan:  force-app/main/demo/lwc/oldCard/oldCard.js');
    expect(text).toContain('missing: force-app/main/other/lwc/newCard/newCard.js');
    expect(text).toContain('stale:   lwc-ts/types/generated/tsconfig.paths.json');
    expect(fs.existsSync(path.join(root, 'force-app/main/other/lwc/newCard'))).toBe(false);

    // the build repairs all of it and removes the orphan's folder
    expect(runBuild(root, false).ok).toBe(true);
    expect(fs.existsSync(path.join(root, 'force-app/main/demo/lwc/oldCard'))).toBe(false);
    expect(runBuild(root, true).ok).toBe(true);
  });

  it('fails on an LWC compile error, naming the source and the generated file', () => {
    writeFiles(root, {
      'lwc-ts/demo/badCard/badCard.ts': `import { LightningElement, api } from 'lwc';

export default class BadCard extends LightningElement {
  @api
  get value(): string {
    return '';
  }
  @api
  set value(v: string) {
    void v;
  }
}
`,
      'lwc-ts/demo/badCard/badCard.js-meta.xml': META,
    });
    const result = runBuild(root, false);
    expect(result.ok).toBe(false);
    const text = result.lines.join('\n');
    expect(text).toMatch(
      /lwc-ts\/demo\/badCard\/badCard\.ts:\d+: LWC compile error in force-app\/main\/demo\/lwc\/badCard\/badCard\.js: LWC1112/,
    );
    expect(text).toContain('build: nothing written');
    expect(fs.existsSync(path.join(root, OUT))).toBe(false);
  });

  it('fails on a template the LWC compiler rejects', () => {
    writeFiles(root, {
      'lwc-ts/demo/demoCard/demoCard.html':
        '<template><template if:true={a} lwc:if={b}><p>x</p></template></template>\n',
    });
    const result = runBuild(root, true);
    expect(result.ok).toBe(false);
    expect(result.lines.join('\n')).toMatch(
      /lwc-ts\/demo\/demoCard\/demoCard\.html(:\d+)?: LWC compile error/,
    );
  });

  it('fails on imports the platform cannot serve (type-only module, unknown c/ component, npm package)', () => {
    writeFiles(root, {
      'lwc-ts/demo/demoCard/demoCard.ts': `import { LightningElement } from 'lwc';
import { DemoController_Row } from 'apex-dtos';
import { helper } from 'c/noSuchHelper';
import { pad } from 'left-pad';
import { local } from './missingFile';
export default class DemoCard extends LightningElement {
  rows = [DemoController_Row, helper, pad, local];
}
`,
    });
    const text = runBuild(root, true).lines.join('\n');
    expect(text).toContain(`${OUT}/demoCard.js:3: imports a value from the type-only module 'apex-dtos'`);
    expect(text).toContain(
      `${OUT}/demoCard.js:4: imports 'c/noSuchHelper', which is not a component in lwc-ts/`,
    );
    expect(text).toContain(`${OUT}/demoCard.js:5: imports 'left-pad', which does not exist on the platform`);
    expect(text).toContain(`${OUT}/demoCard.js:6: imports './missingFile', which is not in its bundle`);
  });

  it('reports a TypeScript syntax error with its file', () => {
    writeFiles(root, { 'lwc-ts/demo/demoCard/demoCard.ts': 'export default class {\n  x: = 1;\n}\n' });
    const result = runBuild(root, true);
    expect(result.ok).toBe(false);
    expect(result.lines.join('\n')).toContain('lwc-ts/demo/demoCard/demoCard.ts: TypeScript strip failed');
  });

  it('merges config/vectors/*.json into one sorted static resource', () => {
    writeFiles(root, {
      'config/vectors/zeta.json': '{ "b": 1, "a": [1, 2] }\n',
      'config/vectors/alpha.json': '[{ "path": "a.b" }]\n',
    });
    expect(runBuild(root, false).ok).toBe(true);
    const base = 'force-app/tests/liveperson/staticresources/LiveEngageContractVectors';
    const text = read(root, `${base}.json`);
    expect(Object.keys(JSON.parse(text))).toEqual(['alpha', 'zeta']);
    expect(JSON.parse(text).zeta).toEqual({ b: 1, a: [1, 2] });
    expect(text).toBe(
      JSON.stringify({ alpha: [{ path: 'a.b' }], zeta: { b: 1, a: [1, 2] } }, null, 2) + '\n',
    );
    const meta = read(root, `${base}.resource-meta.xml`);
    expect(meta).toContain('<contentType>application/json</contentType>');
    expect(meta).toContain('<cacheControl>Private</cacheControl>');

    writeFiles(root, { 'config/vectors/alpha.json': '[{ "path": "a.c" }]\n' });
    expect(runBuild(root, true).lines.join('\n')).toContain(`stale:   ${base}.json`);
  });
});

describe('stripTypes', () => {
  it('keeps decorators as written', () => {
    const out = stripTypes(
      "import { api } from 'lwc';\nexport default class A {\n  @api value: string | undefined;\n  @api\n  method(x: number): number { return x; }\n}\n",
      'a.ts',
      'lwc-ts/x/a/a.ts',
    );
    expect(out).toContain('@api value;');
    expect(out).toContain('@api\n  method(x) {return x;}'); // retainLines packs the body
  });
});
