/**
 * Proof that the proof can fail: `npm run validate` runs over scratch copies of a small but real SFDX
 * project (fixtures/project: one object with a field, a controller, two classes and a test class),
 * once clean and once with planted defects, and must fail naming each planted file (and only those).
 *
 * Validate runs, started together (the slow tests of the suite), each with its own empty Graph Engine
 * cache so that every run really proves:
 * - `clean`: the fixture as is — every check passes (no false positives), its entry point is proven.
 * - `defects`: independent defects in different files — unknown method, unknown field (Apex and
 *   SOQL), SOQL inside a loop, class without sharing keyword, malformed metadata XML; and two at entry
 *   points: the controller loses `with sharing`, a new controller puts user input into a query — both
 *   fail naming the entry point.
 * - `syntax`: an Apex syntax error, alone (it stops the semantic engines from seeing the rest); this
 *   run skips Code Analyzer and Graph Engine, which cannot analyse an unparsable tree anyway.
 * - `budget` (graph-engine only, a 1 s budget): Graph Engine cannot finish, so the entry point fails
 *   as "not proven".
 * Then `clean` again (graph-engine only) on the cache of its first run: proven from the cache.
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

function runValidate(project: string, extraArgs: string[] = [], env: NodeJS.ProcessEnv = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const tsxCli = require.resolve('tsx/cli', { paths: [REPO] });
    const child = spawn(process.execPath, [tsxCli, VALIDATE, '--project', project, ...extraArgs], {
      cwd: REPO,
      env: { ...process.env, VALIDATE_SFGE_CACHE_DIR: path.join(project, '.sfge-cache'), ...env },
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

function plantEntryPointDefects(project: string): void {
  // 1. the controller loses its sharing keyword (line 4; its entry point renameAll is on line 11)
  const controller = path.join(project, CLASSES, 'WidgetController.cls');
  const text = fs.readFileSync(controller, 'utf8');
  if (!text.includes('public with sharing class WidgetController'))
    throw new Error('fixture changed: WidgetController');
  fs.writeFileSync(
    controller,
    text.replace('public with sharing class WidgetController', 'public class WidgetController'),
  );
  // 2. a controller that puts what the user typed into a query (line 12), without user mode
  writeClass(
    project,
    'WidgetSearchController',
    `/**
 * @description Planted defect: what the user typed goes into a query, in system mode.
 */
public with sharing class WidgetSearchController {
    /**
     * @description Finds widgets by name.
     * @param name what the user typed
     * @return the widgets
     */
    @AuraEnabled
    public static List<Widget__c> search(String name) {
        return Database.query('SELECT Id, Name FROM Widget__c WHERE Name = \\'' + name + '\\'');
    }
}
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
  let budget: Run;
  let cleanAgain: Run;

  beforeAll(async () => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-planted-'));
    const cleanDir = copyFixture(root, 'clean');
    const defectsDir = copyFixture(root, 'defects');
    const syntaxDir = copyFixture(root, 'syntax');
    const budgetDir = copyFixture(root, 'budget');
    plantDefects(defectsDir);
    plantSyntaxError(syntaxDir);
    plantEntryPointDefects(defectsDir);
    // Graph Engine's budget is the hook's own: on a loaded machine a slow proof fails the hook, not a check.
    const slow = { VALIDATE_SFGE_BUDGET_S: '280' };
    [[clean, cleanAgain], defects, syntax, budget] = await Promise.all([
      // the second run of `clean` proves from the cache of the first
      runValidate(cleanDir, [], slow).then(async (first) => [
        first,
        await runValidate(cleanDir, ['--only', 'graph-engine'], slow),
      ]),
      runValidate(defectsDir, [], slow),
      // the engines that need a parsable tree (Code Analyzer, Graph Engine) add nothing here: leave them out
      runValidate(syntaxDir, ['--only', 'apex-syntax,apex-ls,prettier,apex-rules,metadata']),
      runValidate(budgetDir, ['--only', 'graph-engine'], { VALIDATE_SFGE_BUDGET_S: '1' }),
    ]);
    // ~60 s on an idle 2-core machine; 305 s beside the other suites of a full run on 2 busy cores,
    // where the clean run alone may use Graph Engine's whole 280 s: a hang guard, not a speed target
  }, 600_000);

  afterAll(() => {
    if (root) fs.rmSync(root, { recursive: true, force: true });
  });

  it('passes the clean fixture with every check (no false positives)', () => {
    expect(clean.errors).toEqual([]);
    expect(clean.code).toBe(0);
    for (const check of [
      'graph-engine',
      'code-analyzer',
      'apex-ls',
      'prettier',
      'apex-syntax',
      'apex-rules',
      'metadata',
    ]) {
      expect(clean.output).toMatch(new RegExp(`== ${check}: PASS \\(\\d+\\.\\d s\\)`));
    }
    expect(clean.output).toContain('1/1 entry points proven (0 from cache)');
    expect(clean.output).toContain('proven: WidgetController.{renameAll}');
  });

  it('names the entry point of a controller that lost its sharing keyword', () => {
    expect(linesFor(defects, `${CLASSES}/WidgetController.cls`)).toContainEqual(
      expect.stringMatching(
        /WidgetController\.cls:11: entry-sharing: entry point WidgetController\.renameAll runs without sharing/,
      ),
    );
  });

  it('names the entry point of a user-input query path (Graph Engine)', () => {
    expect(linesFor(defects, `${CLASSES}/WidgetSearchController.cls`)).toContainEqual(
      expect.stringMatching(
        /WidgetSearchController\.cls:12: sfge\/ApexFlsViolation: \[sev 2\] .*\(entry point WidgetSearchController\.search\)$/,
      ),
    );
  });

  it('fails naming the entry point Graph Engine could not prove within its budget', () => {
    expect(budget.code).toBe(1);
    expect(budget.errors).toContainEqual(
      expect.stringMatching(
        /WidgetController\.cls:11: sfge\/not-proven: not proven: WidgetController\.renameAll — Graph Engine stopped after its 1 s budget/,
      ),
    );
  });

  it('proves an unchanged entry point from the cache', () => {
    expect(cleanAgain.code).toBe(0);
    expect(cleanAgain.output).toContain('1/1 entry points proven (1 from cache)');
    expect(cleanAgain.output).not.toContain('sfge ran');
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
        `${CLASSES}/WidgetController.cls`,
        `${CLASSES}/WidgetSearchController.cls`,
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
