import * as path from 'node:path';
import type { SoqlLiteralContext } from '@apexdevtools/apex-parser';
import { NotSupportedError } from '../../lang/errors';
import { loadApexDirs } from '../../parse/load';
import { inlineQuery } from '../index';
import { queryFromText } from '../parse-text';

describe('query text → model', () => {
  it('builds every clause', () => {
    const m = queryFromText(
      "SELECT Id, Account.Name n, COUNT(Id), (SELECT Id FROM Contacts) FROM Contact c WHERE (Name = 'x' OR Id IN :ids) AND CreatedDate = LAST_N_DAYS:7 WITH USER_MODE GROUP BY Account.Name HAVING COUNT(Id) > 1 ORDER BY Name DESC NULLS LAST LIMIT :n OFFSET 5 FOR UPDATE",
    );
    expect(m.from).toBe('Contact');
    expect(m.alias).toBe('c');
    expect(m.select.map((s) => s.kind)).toEqual(['field', 'field', 'aggregate', 'subquery']);
    expect(m.select[1]).toMatchObject({ field: { path: ['Account', 'Name'] }, alias: 'n' });
    expect(m.where).toMatchObject({
      kind: 'and',
      items: [{ kind: 'or' }, { value: { kind: 'dateLiteral', name: 'LAST_N_DAYS', n: 7 } }],
    });
    expect(m.security).toBe('user_mode');
    expect(m.having).toMatchObject({ kind: 'compare', left: { kind: 'aggregate' }, op: '>' });
    expect(m.orderBy).toEqual([
      {
        operand: { kind: 'field', field: { path: ['Name'], text: 'Name' } },
        descending: true,
        nullsFirst: false,
      },
    ]);
    expect(m.limit).toMatchObject({ kind: 'bind', name: 'n' });
    expect(m.offset).toBe(5);
    expect(m.forUpdate).toBe(true);
  });

  it('keeps bind expressions with their text and name', () => {
    const m = queryFromText('SELECT Id FROM Account WHERE Id = :acc.Id AND Name IN :names');
    expect(m.where).toMatchObject({
      items: [
        { value: { kind: 'bind', text: 'acc.Id', name: null } },
        { value: { kind: 'bind', text: 'names', name: 'names' } },
      ],
    });
  });

  it('reports syntax errors as QueryException', () => {
    expect(() => queryFromText('SELECT Id FROM')).toThrow(
      expect.objectContaining({ apexType: 'System.QueryException', message: 'unexpected token: <EOF>' }),
    );
    expect(() => queryFromText('SELECT Id FROM Account xx yy')).toThrow(
      expect.objectContaining({ message: "unexpected token: 'yy'" }),
    );
  });

  it.each([
    ['SELECT Id FROM Account ALL ROWS', 'ALL ROWS'],
    ['SELECT TYPEOF What WHEN Account THEN Name END FROM Task', 'TYPEOF'],
    ['SELECT toLabel(Industry) FROM Account', 'toLabel'],
    ['SELECT Id FROM Account FOR VIEW', 'FOR VIEW'],
    ['SELECT Id FROM Account GROUP BY ROLLUP(Name)', 'ROLLUP'],
  ])('refuses %s as not supported', (text, what) => {
    expect(() => queryFromText(text)).toThrow(NotSupportedError);
    expect(() => queryFromText(text)).toThrow(new RegExp(what, 'i'));
  });
});

/** Every inline SOQL node of a converted unit (its `ctx` is the parser's soqlLiteral). */
function soqlNodes(v: unknown, out: { ctx: SoqlLiteralContext }[] = []): { ctx: SoqlLiteralContext }[] {
  if (Array.isArray(v)) {
    for (const x of v) soqlNodes(x, out);
  } else if (typeof v === 'object' && v !== null) {
    const node = v as Record<string, unknown>;
    if (node.kind === 'soql') out.push(node as unknown as { ctx: SoqlLiteralContext });
    for (const key of Object.keys(node)) if (key !== 'ctx' && key !== 'loc') soqlNodes(node[key], out);
  }
  return out;
}

describe('the inline SOQL of force-app', () => {
  const root = path.resolve(__dirname, '..', '..', '..', '..', 'force-app');
  // Loaded through the runtime's parse cache: the same units the Apex tests run.
  const queries = loadApexDirs([root]).flatMap((unit) =>
    soqlNodes(unit.decl).map((n) => ({ file: path.relative(root, unit.file), node: n })),
  );

  it('finds the queries', () => {
    expect(queries.length).toBeGreaterThan(40);
  });

  it('builds a model for every one without a NotSupportedError', () => {
    const failures = queries.flatMap(({ file, node }) => {
      try {
        inlineQuery(node.ctx.query());
        return [];
      } catch (e) {
        return [`${file}: ${(e as Error).message}`];
      }
    });
    expect(failures).toEqual([]);
  });
});
