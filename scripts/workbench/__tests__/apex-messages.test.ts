/**
 * The workbench handlers (scripts/workbench/apex) answer the admin pages with the texts of the Apex
 * services, written a second time in TypeScript. This fast check keeps the two in step: every
 * user-facing text of the Apex admin services must stand, to the letter, in the workbench handlers.
 * Texts built from values (`'LivePerson does not know account ' + accountId + ...`) are compared
 * piece by piece: each literal piece must appear in a workbench literal or template literal.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
const APEX_DIR = path.join(ROOT, 'force-app/main/admin/classes');
const APEX_SERVICES = [
  'AccountSettingsService',
  'AdminAccess',
  'AdminSchema',
  'CustomizationSettingsService',
  'ObjectConfigService',
  '../../sync/classes/SyncJobService',
];
const WORKBENCH_DIR = path.join(ROOT, 'scripts/workbench/apex');

/**
 * Texts the workbench cannot produce: its local org has no field-level security, so no field is
 * unreadable or read-only for the running user. Each must still exist in the Apex sources.
 */
const ONLY_IN_AN_ORG = [
  'You cannot read this field.',
  'You cannot edit this field; create a custom Text field or grant edit access to it.',
];

interface Literal {
  /** The unescaped text of one literal piece (a template literal's static chunk counts as one). */
  text: string;
  /** Index of the run of `+`-joined literals this piece belongs to. */
  run: number;
}

/**
 * String literals of a source file, comments skipped. Adjacent literals joined only by `+` share a
 * run number, so `'a ' +\n 'b'` can be read back as `a b`.
 */
function stringLiterals(source: string, quotes: string): Literal[] {
  const out: Literal[] = [];
  let run = 0;
  let joinable = false; // the last token was a literal followed by `+`
  let i = 0;
  while (i < source.length) {
    const c = source[i];
    if (c === '/' && source[i + 1] === '/') {
      i = source.indexOf('\n', i);
      if (i < 0) break;
      continue;
    }
    if (c === '/' && source[i + 1] === '*') {
      const end = source.indexOf('*/', i + 2);
      i = end < 0 ? source.length : end + 2;
      continue;
    }
    if (quotes.includes(c) || (c === '`' && quotes.includes('`'))) {
      let j = i + 1;
      let text = '';
      const chunks: string[] = [];
      while (j < source.length && source[j] !== c) {
        if (source[j] === '\\') {
          text += source[j + 1];
          j += 2;
        } else if (c === '`' && source[j] === '$' && source[j + 1] === '{') {
          chunks.push(text);
          text = '';
          let depth = 1;
          j += 2;
          while (j < source.length && depth > 0) {
            if (source[j] === '{') depth++;
            else if (source[j] === '}') depth--;
            j++;
          }
        } else {
          text += source[j];
          j++;
        }
      }
      chunks.push(text);
      if (!joinable) run++;
      for (const chunk of chunks) out.push({ text: chunk, run });
      i = j + 1;
      const rest = /^\s*\+\s*/.exec(source.slice(i));
      joinable = rest !== null && quotes.includes(source[i + rest[0].length] ?? '');
      if (joinable && rest) i += rest[0].length;
      continue;
    }
    if (!/\s/.test(c)) joinable = false;
    i++;
  }
  return out;
}

/** Joins the pieces of each run: `'a ' + 'b'` gives `a b`; a run broken by a value gives its pieces. */
function texts(literals: Literal[]): string[] {
  const byRun = new Map<number, string>();
  for (const l of literals) byRun.set(l.run, (byRun.get(l.run) ?? '') + l.text);
  return [...byRun.values()];
}

/** A user-facing sentence (or the fixed part of one), not an API name, format or key. */
const isMessage = (text: string): boolean => text.trim().length >= 25 && /\s\S+\s/.test(text.trim());

function apexMessages(): string[] {
  const found = new Set<string>();
  for (const name of APEX_SERVICES) {
    const source = fs.readFileSync(path.join(APEX_DIR, `${name}.cls`), 'utf8');
    for (const text of texts(stringLiterals(source, "'"))) if (isMessage(text)) found.add(text.trim());
  }
  return [...found];
}

function workbenchTexts(): string[] {
  const all: string[] = [];
  for (const file of fs.readdirSync(WORKBENCH_DIR).filter((f) => f.endsWith('.ts'))) {
    const literals = stringLiterals(fs.readFileSync(path.join(WORKBENCH_DIR, file), 'utf8'), '\'"`');
    all.push(...texts(literals), ...literals.map((l) => l.text));
  }
  return all;
}

describe('workbench handlers repeat the Apex admin messages to the letter', () => {
  test('the literal scanner joins runs and splits template literals', () => {
    const apex = stringLiterals("x = 'It\\'s ' +\n 'here.' + name + ' end'; // 'not this'", "'");
    expect(texts(apex)).toEqual(["It's here.", ' end']);
    const ts = stringLiterals('const m = `Hello ${who}, welcome.` + "!";', '\'"`');
    expect(ts.map((l) => l.text)).toEqual(['Hello ', ', welcome.', '!']);
  });

  test('every message of the Apex admin services stands in scripts/workbench/apex', () => {
    const messages = apexMessages();
    expect(messages.length).toBeGreaterThan(40);
    const workbench = workbenchTexts();
    const missing = messages.filter((m) => !workbench.some((w) => w.includes(m)));
    expect(missing.filter((m) => !ONLY_IN_AN_ORG.includes(m))).toEqual([]);
    // The exceptions above are real Apex texts (the list goes stale otherwise).
    expect(ONLY_IN_AN_ORG.filter((m) => !messages.includes(m))).toEqual([]);
  });
});
