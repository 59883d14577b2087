/** The load cache: units survive encoding (positions, Longs, inline queries) and are keyed by content. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { ApexParserRuleContext } from '@apexdevtools/apex-parser';
import type { ApexUnit, ClassDecl, MethodDecl } from '../ast';
import { parseApexSource } from '../load';
import { cachedUnit } from '../unit-cache';
import { decodeUnit, encodeUnit } from '../unit-codec';

const FORCE_APP = path.resolve(__dirname, '..', '..', '..', '..', 'force-app');

/** A comparable form: queries by their text and the lines they span. */
function normal(unit: ApexUnit): string {
  return JSON.stringify(unit, function (this: Record<string, unknown>, key: string, value: unknown) {
    if (typeof value === 'bigint') return `${value}n`;
    if (key === 'ctx' && (this.kind === 'soql' || this.kind === 'sosl')) {
      const ctx = value as ApexParserRuleContext;
      return { text: ctx.getText(), from: ctx.start.line, to: ctx.stop?.line, children: ctx.getChildCount() };
    }
    return value;
  });
}

const SAMPLE = `public class Sample {
  static final Long BIG = 9007199254740993L;
  List<Account> find(String name, Integer n) {
    switch on n { when 1L { } }
    return [SELECT Id, Name
            FROM Account
            WHERE Name = :name.trim() LIMIT :n];
  }
  Object search() { return [FIND 'acme*' IN ALL FIELDS RETURNING Account(Name)]; }
}`;

test('a unit survives encoding: Longs, positions with their file, inline SOQL/SOSL re-parsed at their lines', () => {
  const unit = parseApexSource('/x/Sample.cls', SAMPLE, 61);
  const back = decodeUnit(encodeUnit(unit));
  expect(normal(back)).toBe(normal(unit));
  expect(back.apiVersion).toBe(61);
  const find = (back.decl as ClassDecl).members[1] as MethodDecl;
  expect(find.loc).toEqual({ file: '/x/Sample.cls', line: 3 });
  const ret = find.body?.kind === 'block' ? find.body.body[1] : null;
  const q = ret?.kind === 'return' ? ret.expr : null;
  if (q?.kind !== 'soql') throw new Error('no query');
  expect(q.ctx.start.line).toBe(5);
  expect(q.ctx.stop?.line).toBe(7);
  expect(q.ctx).toBe(q.ctx);
});

test('units of the package with the most inline queries survive encoding', () => {
  const files = fs
    .readdirSync(FORCE_APP, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile() && /\.(cls|trigger)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name))
    .map((f) => ({ f, text: fs.readFileSync(f, 'utf8') }))
    .map((x) => ({ ...x, queries: (x.text.match(/\[\s*(SELECT|FIND)\b/gi) ?? []).length }))
    .sort((a, b) => b.queries - a.queries)
    .slice(0, 6);
  expect(files[0].queries).toBeGreaterThan(3);
  for (const { f, text } of files) {
    const unit = parseApexSource(f, text);
    expect(normal(decodeUnit(encodeUnit(unit)))).toBe(normal(unit));
  }
}, 60_000);

describe('cachedUnit', () => {
  const saved = process.env.APEX_PARSE_CACHE;
  beforeAll(() => {
    process.env.APEX_PARSE_CACHE = '0';
  });
  afterAll(() => {
    if (saved === undefined) delete process.env.APEX_PARSE_CACHE;
    else process.env.APEX_PARSE_CACHE = saved;
  });

  test('the same file, text and API version convert once; any change converts again', () => {
    const src = 'public class C { }';
    let conversions = 0;
    const convert = (text: string, api: number) => () => {
      conversions++;
      return parseApexSource('/c/C.cls', text, api);
    };
    const first = cachedUnit('/c/C.cls', src, 60, convert(src, 60));
    const again = cachedUnit('/c/C.cls', src, 60, convert(src, 60));
    expect(first.converted).toBe(true);
    expect(again).toEqual({ unit: first.unit, converted: false });
    expect(cachedUnit('/c/C.cls', src + ' ', 60, convert(src + ' ', 60)).converted).toBe(true);
    expect(cachedUnit('/c/C.cls', src, 61, convert(src, 61)).converted).toBe(true);
    expect(cachedUnit('/d/C.cls', src, 60, convert(src, 60)).converted).toBe(true);
    expect(conversions).toBe(4);
  });
});
