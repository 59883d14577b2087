/**
 * Proof that the proof can fail: `npm run validate` runs over scratch copies of a small but real SFDX
 * project (fixtures/project: one object with a field, two classes and a test class), once clean and
 * once with planted defects, and must fail naming each planted file (and only those).
 *
 * Three validate runs, started together (the slow tests of the suite, ~40 s on 2 idle cores):
 * - `clean`: the fixture as is — every check passes (no false positives).
 * - `defects`: independent defects in different files — unknown method, unknown field (Apex and
 *   SOQL), SOQL inside a loop, class without sharing keyword, malformed metadata XML.
 * - `syntax`: an Apex syntax error, alone (it stops the semantic engines from seeing the rest); this
 *   run skips Code Analyzer, which cannot analyse an unparsable tree anyway.
 */
import { spawn } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

const REPO = path.resolve(__dirname, '..', '..', '..');
const FIXTURE = path.join(__dirname, 'fixtures', 'project');
const VALIDATE = path.join(REPO, 'scripts', 'validate', 'validate.ts');
const CLASSES = 'force-app/main/core/classes';

interface Run {
  code: number | null;
  output: string;
  /** `file:line: rule: message` lines of errors (warnings excluded). */
  errors: string[];
}

function runValidate(project: string, extraArgs: string[] = []): Promise<Run> {
  return new Promise((resolve, reject) => {
    const tsxCli = require.resolve('tsx/cli', { paths: [REPO] });
    const child = spawn(process.execPath, [tsxCli, VALIDATE, '--project', project, ...extraArgs], {
      cwd: REPO,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      const errors = output
        .split('\n')
        .filter((l) => /^ {2}\S+:\d+: \S+: /.test(l))
        .map((l) => l.trim());
      resolve({ code, output, errors });
    });
  });
}

function copyFixture(root: string, name: string): string {
  const dir = path.join(root, name);
  fs.cpSync(FIXTURE, dir, { recursive: true });
  return dir;
}

function write(project: string, rel: string, text: string): void {
  const file = path.join(project, rel);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
}

const CLASS_META = fs.readFileSync(path.join(FIXTURE, CLASSES, 'WidgetService.cls-meta.xml'), 'utf8');

function writeClass(project: string, name: string, body: string): void {
  write(project, `${CLASSES}/${name}.cls`, body);
  write(project, `${CLASSES}/${name}.cls-meta.xml`, CLASS_META);
}

function plantDefects(project: string): void {
  // 1. call to an unknown method (line 14 of WidgetService.cls)
  const service = path.join(project, CLASSES, 'WidgetService.cls');
  const text = fs.readFileSync(service, 'utf8');
  if (!text.includes('this.selector.selectByCodes(codes)')) throw new Error('fixture changed: WidgetService');
  fs.writeFileSync(
    service,
    text.replace('this.selector.selectByCodes(codes)', 'this.selector.selectByCodez(codes)'),
  );
  // 2. unknown SObject field read in Apex (line 11)
  writeClass(
    project,
    'WidgetLabels',
    `/**
 * @description Planted defect: reads a field that does not exist.
 */
public with sharing class WidgetLabels {
    /**
     * @description Colour of a widget.
     * @param widget the widget
     * @return its colour
     */
    public static String colourOf(Widget__c widget) {
        return widget.Colour__c;
    }
}
`,
  );
  // 3. unknown field inside inline SOQL (line 10) — apex-ls does not check SOQL, our soql-field rule does
  writeClass(
    project,
    'WidgetCounts',
    `/**
 * @description Planted defect: queries a field that does not exist.
 */
public with sharing class WidgetCounts {
    /**
     * @description Large widgets.
     * @return the widgets
     */
    public static List<Widget__c> large() {
        return [SELECT Id, Size__c FROM Widget__c WHERE Size__c > 3 WITH USER_MODE];
    }
}
`,
  );
  // 4. SOQL inside a loop (line 13)
  writeClass(
    project,
    'WidgetLoader',
    `/**
 * @description Planted defect: one query per code.
 */
public with sharing class WidgetLoader {
    /**
     * @description Loads widgets one code at a time.
     * @param codes the codes
     * @return the widgets
     */
    public static List<Widget__c> load(List<String> codes) {
        List<Widget__c> result = new List<Widget__c>();
        for (String code : codes) {
            result.addAll([SELECT Id, Code__c FROM Widget__c WHERE Code__c = :code WITH USER_MODE]);
        }
        return result;
    }
}
`,
  );
  // 5. class without a sharing keyword (line 4)
  writeClass(
    project,
    'WidgetFinder',
    `/**
 * @description Planted defect: no sharing keyword.
 */
public class WidgetFinder {
    /**
     * @description Finds widgets by code.
     * @param code the code
     * @return the widgets
     */
    public static List<Widget__c> find(String code) {
        return [SELECT Id FROM Widget__c WHERE Code__c = :code WITH USER_MODE];
    }
}
`,
  );
  // 6. malformed metadata XML: a new field whose closing tag is misspelt (line 8)
  write(
    project,
    'force-app/main/core/objects/Widget__c/fields/Weight__c.field-meta.xml',
    `<?xml version="1.0" encoding="UTF-8" ?>
<CustomField xmlns="http://soap.sforce.com/2006/04/metadata">
    <fullName>Weight__c</fullName>
    <label>Weight</label>
    <precision>18</precision>
    <scale>2</scale>
    <type>Number</type>
</CustomFeld>
`,
  );
}

function plantSyntaxError(project: string): void {
  writeClass(
    project,
    'WidgetMath',
    `/**
 * @description Planted defect: a missing semicolon.
 */
public with sharing class WidgetMath {
    /**
     * @description Doubles.
     * @param n a number
     * @return twice n
     */
    public static Integer twice(Integer n) {
        return n * 2
    }
}
`,
  );
}

function linesFor(run: Run, relFile: string): string[] {
  return run.errors.filter((l) => l.startsWith(`${relFile}:`));
}

describe('npm run validate on planted defects', () => {
  let root: string;
  let clean: Run;
  let defects: Run;
  let syntax: Run;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-planted-'));
    const cleanDir = copyFixture(root, 'clean');
    const defectsDir = copyFixture(root, 'defects');
    const syntaxDir = copyFixture(root, 'syntax');
    plantDefects(defectsDir);
    plantSyntaxError(syntaxDir);
    [clean, defects, syntax] = await Promise.all([
      runValidate(cleanDir),
      runValidate(defectsDir),
      // the engines that need a parsable tree (Code Analyzer) add nothing here: leave them out
      runValidate(syntaxDir, ['--only', 'apex-syntax,apex-ls,prettier,apex-rules,metadata']),
    ]);
    // ~40 s on an idle 2-core machine; the margin is for a machine shared with other jobs
  }, 300_000);

  afterAll(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('passes the clean fixture with every check (no false positives)', () => {
    expect(clean.errors).toEqual([]);
    expect(clean.code).toBe(0);
    for (const check of ['code-analyzer', 'apex-ls', 'prettier', 'apex-syntax', 'apex-rules', 'metadata']) {
      expect(clean.output).toMatch(new RegExp(`== ${check}: PASS \\(\\d+\\.\\d s\\)`));
    }
  });

  it('fails (exit 1) when defects are planted', () => {
    expect(defects.code).toBe(1);
    expect(syntax.code).toBe(1);
  });

  it('names the file and line of a call to an unknown method', () => {
    expect(linesFor(defects, `${CLASSES}/WidgetService.cls`)).toContainEqual(
      expect.stringMatching(
        /^\S+WidgetService\.cls:14: apexls\/Missing: No matching method found for 'selectByCodez'/,
      ),
    );
  });

  it('names the file of an unknown SObject field read in Apex', () => {
    expect(linesFor(defects, `${CLASSES}/WidgetLabels.cls`)).toContainEqual(
      expect.stringMatching(/WidgetLabels\.cls:11: apexls\/Missing: Unknown field 'Colour__c'/),
    );
  });

  it('names the file of an unknown field inside inline SOQL', () => {
    expect(linesFor(defects, `${CLASSES}/WidgetCounts.cls`)).toContainEqual(
      expect.stringMatching(/WidgetCounts\.cls:10: soql-field: unknown field Size__c on Widget__c/),
    );
  });

  it('names the file of SOQL inside a loop', () => {
    expect(linesFor(defects, `${CLASSES}/WidgetLoader.cls`)).toContainEqual(
      expect.stringMatching(/WidgetLoader\.cls:13: pmd\/OperationWithLimitsInLoop: \[sev 2\]/),
    );
  });

  it('names the file of a class without a sharing keyword (our rule and PMD)', () => {
    const lines = linesFor(defects, `${CLASSES}/WidgetFinder.cls`);
    expect(lines).toContainEqual(
      expect.stringMatching(/WidgetFinder\.cls:4: apex-sharing: class WidgetFinder declares no sharing/),
    );
    expect(lines).toContainEqual(expect.stringMatching(/WidgetFinder\.cls:4: pmd\/ApexSharingViolations/));
  });

  it('names the file and line of malformed metadata XML', () => {
    expect(
      linesFor(defects, 'force-app/main/core/objects/Widget__c/fields/Weight__c.field-meta.xml'),
    ).toContainEqual(expect.stringMatching(/Weight__c\.field-meta\.xml:8: xml: malformed XML/));
  });

  it('reports the planted files only (each defect is found where it was planted)', () => {
    const files = new Set(defects.errors.map((l) => l.slice(0, l.indexOf(':'))));
    expect([...files].sort()).toEqual(
      [
        `${CLASSES}/WidgetCounts.cls`,
        `${CLASSES}/WidgetFinder.cls`,
        `${CLASSES}/WidgetLabels.cls`,
        `${CLASSES}/WidgetLoader.cls`,
        `${CLASSES}/WidgetService.cls`,
        'force-app/main/core/objects/Widget__c/fields/Weight__c.field-meta.xml',
      ].sort(),
    );
  });

  it('names the file and line of an Apex syntax error', () => {
    expect(linesFor(syntax, `${CLASSES}/WidgetMath.cls`)).toContainEqual(
      expect.stringMatching(/WidgetMath\.cls:12: apex-syntax: missing ';' at '}'/),
    );
  });
});
