/**
 * docs/security.md (the security reviewer's file) against the code: its tables must list exactly the
 * entry points (with their kind and sharing), triggers, system-mode uses, `without sharing` classes and
 * Code Analyzer exceptions the Apex and markup hold now, each with its reason; a permission check it
 * names must be a method of a class the entry point reaches.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseAll } from '../lib/apexSource';
import {
  classGraph,
  entryId,
  listEntryPoints,
  reachableFiles,
  visualforceControllers,
} from '../lib/entryPoints';
import { type CheckContext, listFiles } from '../lib/findings';
import { analyzerExceptions, systemModeUses, withoutSharingClasses } from '../lib/securityFacts';

const REPO = path.resolve(__dirname, '..', '..', '..');
const DOC = path.join(REPO, 'docs', 'security.md');
const ctx: CheckContext = {
  projectDir: REPO,
  repoDir: REPO,
  packageDirs: [path.join(REPO, 'force-app')],
  sourceApiVersion: '66.0',
};

/** Body rows (cells trimmed, backticks kept) of the first table under the heading `title`. */
function table(markdown: string, title: string): string[][] {
  const lines = markdown.split('\n');
  const start = lines.findIndex((l) => /^#{2,3} /.test(l) && l.replace(/^#+ /, '').trim() === title);
  if (start < 0) throw new Error(`docs/security.md has no heading "${title}"`);
  const rows: string[][] = [];
  for (let i = start + 1; i < lines.length && !/^#{2,3} /.test(lines[i]); i++) {
    const l = lines[i].trim();
    if (!l.startsWith('|')) {
      if (rows.length) break;
      continue;
    }
    rows.push(
      l
        .slice(1, -1)
        .split('|')
        .map((c) => c.trim()),
    );
  }
  // header and separator
  return rows.slice(2);
}

const unquote = (cell: string): string => cell.replace(/^`|`$/g, '');

function sortedDiff(doc: string[], code: string[]): { missingInDoc: string[]; notInCode: string[] } {
  return {
    missingInDoc: code.filter((c) => !doc.includes(c)).sort(),
    notInCode: doc.filter((d) => !code.includes(d)).sort(),
  };
}

const markdown = fs.readFileSync(DOC, 'utf8');
const parsed = parseAll(ctx);
const entries = listEntryPoints(parsed, visualforceControllers(ctx)).filter((e) => e.hasCode);

/** The section lists exactly `inCode` (first column), each row with a reason (second column). */
function expectExactlyWithReasons(section: string, inCode: string[]): void {
  const doc = table(markdown, section);
  expect(
    sortedDiff(
      doc.map((r) => unquote(r[0])),
      inCode,
    ),
  ).toEqual({ missingInDoc: [], notInCode: [] });
  expect(doc.filter((r) => !r[1])).toEqual([]);
}

describe('docs/security.md matches the code', () => {
  const rows = table(markdown, 'Entry points');

  it('lists every entry point that runs code, and nothing else', () => {
    expect(
      sortedDiff(
        rows.map((r) => unquote(r[0])),
        entries.map(entryId),
      ),
    ).toEqual({ missingInDoc: [], notInCode: [] });
  });

  it("gives each entry point its kind and its class's sharing keyword, and fills every column", () => {
    for (const e of entries) {
      const row = rows.find((r) => unquote(r[0]) === entryId(e));
      if (!row) continue;
      expect({ entry: entryId(e), kind: row[1], sharing: row[2] }).toEqual({
        entry: entryId(e),
        kind: e.kinds.join(', '),
        sharing: `${e.sharing} sharing`,
      });
      expect({ entry: entryId(e), empty: row.filter((c) => c === '').length }).toEqual({
        entry: entryId(e),
        empty: 0,
      });
    }
  });

  it('names as permission checks only methods of classes the entry point reaches', () => {
    const graph = classGraph(parsed);
    const problems: string[] = [];
    for (const e of entries) {
      const row = rows.find((r) => unquote(r[0]) === entryId(e));
      if (!row) continue;
      const reach = reachableFiles(graph, e.topClass);
      for (const m of row[4].matchAll(/`([A-Z]\w*)\.(\w+)`/g)) {
        const file = reach.find((f) => path.basename(f, '.cls').toLowerCase() === m[1].toLowerCase());
        const declares = file && new RegExp(`\\b${m[2]}\\s*\\(`).test(fs.readFileSync(file, 'utf8'));
        if (!declares) problems.push(`${entryId(e)}: ${m[1]}.${m[2]} is not a method it reaches`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists every trigger', () => {
    const triggers = ctx.packageDirs
      .flatMap((d) => listFiles(d))
      .filter((f) => f.endsWith('.trigger'))
      .map((f) => path.basename(f, '.trigger'));
    expect(
      sortedDiff(
        table(markdown, 'Triggers').map((r) => unquote(r[0])),
        triggers,
      ),
    ).toEqual({ missingInDoc: [], notInCode: [] });
  });

  it('lists every method that uses system mode, each with a reason', () => {
    expectExactlyWithReasons(
      'System mode',
      systemModeUses(parsed).map((u) => u.where),
    );
  });

  it('lists every without-sharing class, each with a reason', () => {
    expectExactlyWithReasons('Without sharing', withoutSharingClasses(parsed));
  });

  it('lists every Code Analyzer exception (file and rule), each with its justification', () => {
    const doc = table(markdown, 'Code Analyzer exceptions');
    expect(
      sortedDiff(
        doc.map((r) => `${unquote(r[0])} ${unquote(r[1])}`),
        analyzerExceptions(ctx).map((x) => `${x.file} ${x.rule}`),
      ),
    ).toEqual({ missingInDoc: [], notInCode: [] });
    expect(doc.filter((r) => !r[2])).toEqual([]);
  });

  it('says the secrets live in a protected custom setting, which they do', () => {
    const object = path.join(
      REPO,
      'force-app/main/core/objects/LiveEngage_Settings__c/LiveEngage_Settings__c.object-meta.xml',
    );
    expect(fs.readFileSync(object, 'utf8')).toMatch(/<visibility>Protected<\/visibility>/);
    expect(markdown).toMatch(/`LiveEngage_Settings__c`, a \*\*protected\*\* hierarchy custom setting/);
  });
});
