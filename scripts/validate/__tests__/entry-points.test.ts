/**
 * Entry points read from the Apex (entryPoints.ts), the `entry-sharing` rule, the class closure the Graph
 * Engine cache is keyed by, and the system-mode reason reader — in process, on small temp projects.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { entrySharingFindings } from '../lib/apexRules';
import { parseAll } from '../lib/apexSource';
import {
  classGraph,
  entryId,
  listEntryPoints,
  reachableFiles,
  visualforceControllers,
} from '../lib/entryPoints';
import type { CheckContext } from '../lib/findings';
import { systemModeReason } from '../lib/graphEngine';

let root: string;
let seq = 0;

function project(files: Record<string, string>): CheckContext {
  const dir = path.join(root, `p${++seq}`);
  for (const [rel, text] of Object.entries(files)) {
    const file = path.join(dir, 'force-app', 'main', rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, text);
  }
  return {
    projectDir: dir,
    repoDir: path.resolve(__dirname, '..', '..', '..'),
    packageDirs: [path.join(dir, 'force-app')],
    sourceApiVersion: '66.0',
  };
}

function entriesOf(ctx: CheckContext) {
  const parsed = parseAll(ctx);
  for (const p of parsed) expect(p.syntaxErrors).toEqual([]);
  return listEntryPoints(parsed, visualforceControllers(ctx));
}

beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'entry-points-'));
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

describe('listEntryPoints', () => {
  it('finds Aura, global, platform-interface and Visualforce entry points, and marks auto-properties', () => {
    const ctx = project({
      'classes/PageController.cls': `public with sharing class PageController {
    public String getTitle() { return 'x'; }
    private String helper() { return 'y'; }
    @AuraEnabled
    public static Integer count(String name) { return Service.count(name); }
    global static void api() {}
    public class Dto {
        @AuraEnabled public String label { get; set; }
        @AuraEnabled public String upper { get { return label.toUpperCase(); } }
    }
}`,
      'classes/Service.cls': `public inherited sharing class Service {
    public static Integer count(String name) { return 1; }
}`,
      'classes/NightlyJob.cls': `public with sharing class NightlyJob implements System.Queueable, Database.AllowsCallouts {
    public void execute(QueueableContext ctx) {}
    public void other() {}
}`,
      'classes/Cleanup.cls': `public class Cleanup implements Database.Batchable<SObject> {
    public Database.QueryLocator start(Database.BatchableContext c) { return null; }
    public void execute(Database.BatchableContext c, List<SObject> rows) {}
    public void finish(Database.BatchableContext c) {}
}`,
      'classes/Helper_Tests.cls': `@IsTest
private class Helper_Tests {
    @AuraEnabled public static void notAnEntryPoint() {}
}`,
      'pages/Page.page': '<apex:page controller="PageController">{!title}</apex:page>',
    });
    const summary = entriesOf(ctx).map((e) => `${entryId(e)} ${e.kinds.join('+')} ${e.sharing} ${e.hasCode}`);
    expect(summary.sort()).toEqual(
      [
        'Cleanup.execute Batchable none true',
        'Cleanup.finish Batchable none true',
        'Cleanup.start Batchable none true',
        'NightlyJob.execute Queueable with true',
        'PageController.Dto.label AuraEnabled none false',
        'PageController.Dto.upper AuraEnabled none true',
        'PageController.api global+Visualforce with true',
        'PageController.count AuraEnabled+Visualforce with true',
        'PageController.getTitle Visualforce with true',
      ].sort(),
    );
    const count = entriesOf(ctx).find((e) => e.method === 'count')!;
    expect([count.line, count.endLine]).toEqual([4, 5]);
  });
});

describe('entry-sharing', () => {
  it('fails an entry point with code whose class declares no sharing or without sharing, names it', () => {
    const ctx = project({
      'classes/Open.cls': 'public class Open {\n    @AuraEnabled\n    public static void go() {}\n}',
      'classes/Elevated.cls':
        'public with sharing class Elevated {\n    // reason\n    public without sharing class Inner {\n        global void run() {}\n    }\n}',
      'classes/Inherits.cls':
        'public inherited sharing class Inherits {\n    @AuraEnabled\n    public static void go() {}\n}',
      'classes/Dtos.cls':
        'public with sharing class Dtos {\n    public class Row {\n        @AuraEnabled public String name { get; set; }\n    }\n}',
    });
    const findings = entrySharingFindings(entriesOf(ctx)).map(
      (f) => `${path.basename(f.file)}:${f.line} ${f.message}`,
    );
    expect(findings.sort()).toEqual([
      "Elevated.cls:4 entry point Elevated.Inner.run runs without sharing: class Elevated.Inner declares 'without sharing' (entry points need 'with sharing' or 'inherited sharing')",
      "Open.cls:2 entry point Open.go runs without sharing: class Open declares no sharing keyword (entry points need 'with sharing' or 'inherited sharing')",
    ]);
  });
});

describe('reachableFiles', () => {
  it('follows class names transitively and stops at classes nobody names', () => {
    const ctx = project({
      'classes/A.cls': 'public with sharing class A { void f() { B.g(); } }',
      'classes/B.cls': 'public with sharing class B { static void g() { List<C> x; } }',
      'classes/C.cls': 'public with sharing class C {}',
      'classes/D.cls': 'public with sharing class D { void f() { A.class.getName(); } }',
    });
    const graph = classGraph(parseAll(ctx));
    expect(reachableFiles(graph, 'A').map((f) => path.basename(f))).toEqual(['A.cls', 'B.cls', 'C.cls']);
    expect(reachableFiles(graph, 'c').map((f) => path.basename(f))).toEqual(['C.cls']);
  });
});

describe('systemModeReason', () => {
  function fileWith(text: string): string {
    const file = path.join(root, `s${++seq}.cls`);
    fs.writeFileSync(file, text);
    return file;
  }

  it('reads the // comment above a system-mode statement', () => {
    const file = fileWith(`class X {
    void f() {
        // System mode: the run state belongs to the engine.
        // Admins only read it.
        List<Sync_Run__c> rows = [
            SELECT Id FROM Sync_Run__c
            WITH SYSTEM_MODE
        ];
    }
}`);
    expect(systemModeReason(file, 5)).toBe(
      'System mode: the run state belongs to the engine. Admins only read it.',
    );
  });

  it('gives no reason to a system-mode statement without a comment, nor to a user-mode one', () => {
    const file = fileWith(`class X {
    void f() {
        Database.update(rows, AccessLevel.SYSTEM_MODE);
        // user mode
        Database.update(rows, true, AccessLevel.USER_MODE);
    }
}`);
    expect(systemModeReason(file, 3)).toBeUndefined();
    expect(systemModeReason(file, 5)).toBeUndefined();
  });
});
