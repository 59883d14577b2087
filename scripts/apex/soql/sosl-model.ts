/**
 * SOSL → {@link SearchModel}: inline `[FIND … RETURNING …]` (the parser's SoslLiteralContext) and
 * `Search.query` text. Each RETURNING object becomes a SOQL {@link QueryModel} (fields, WHERE,
 * ORDER BY, LIMIT, OFFSET) so the SOQL engine evaluates it; clauses not modelled fail here.
 */
import {
  ApexParserFactory,
  type FieldListContext,
  type FieldSpecContext,
  type FieldSpecListContext,
  type SoslClausesContext,
  type SoslLiteralContext,
} from '@apexdevtools/apex-parser';
import { ApexError, NotSupportedError } from '../lang/errors';
import { bind, intOrBind, logical, orderItem, sourceText } from './build';
import type { BindNode, FieldPath, QueryModel, SecurityClause } from './model';
import { perNode, perText } from './model-cache';
import { FirstError } from './parse-text';

export type SearchGroup = 'all' | 'name' | 'email' | 'phone';

export interface SearchModel {
  /** The FIND text between its quotes or braces (escapes kept), or `:bind`. */
  find: { kind: 'text'; text: string } | BindNode;
  group: SearchGroup;
  returning: QueryModel[];
  /** The statement's LIMIT over all objects (2,000 when absent). */
  limit: number | BindNode | null;
  security: SecurityClause;
  text: string;
}

function opt<T>(v: T): T | undefined {
  return v ?? undefined;
}

function group(clauses: SoslClausesContext): SearchGroup {
  const g = opt(clauses.searchGroup());
  if (!g || opt(g.ALL())) return 'all';
  if (opt(g.NAME())) return 'name';
  if (opt(g.EMAIL())) return 'email';
  if (opt(g.PHONE())) return 'phone';
  throw new NotSupportedError(`SOSL IN ${sourceText(g)}`);
}

function fieldsOf(list: FieldListContext, out: FieldPath[]): void {
  if (opt(list.TOLABEL()) || opt(list.CONVERT_CURRENCY()) || opt(list.FORMAT()) || opt(list.soqlFunction()))
    throw new NotSupportedError(`SOSL field functions (${sourceText(list)})`);
  for (const id of list.soslId_list()) {
    const text = id.getText();
    out.push({ path: text.split('.'), text });
  }
  for (const nested of list.fieldList_list()) fieldsOf(nested, out);
}

function specs(list: FieldSpecListContext): FieldSpecContext[] {
  return [list.fieldSpec(), ...list.fieldSpecList_list().flatMap(specs)];
}

function returningQuery(spec: FieldSpecContext): QueryModel {
  if (opt(spec.USING())) throw new NotSupportedError('SOSL USING LISTVIEW');
  const names = spec.soslId_list();
  const fields: FieldPath[] = [];
  if (opt(spec.fieldList())) fieldsOf(spec.fieldList(), fields);
  else fields.push({ path: ['Id'], text: 'Id' });
  return {
    select: fields.map((field) => ({ kind: 'field' as const, field, alias: null })),
    from: names[0].getText(),
    alias: null,
    where: opt(spec.logicalExpression()) ? logical(spec.logicalExpression()) : null,
    security: null,
    groupBy: [],
    having: null,
    orderBy: opt(spec.fieldOrderList()) ? spec.fieldOrderList().fieldOrder_list().map(orderItem) : [],
    limit: opt(spec.limitClause()) ? intOrBind(spec.limitClause()) : null,
    offset: opt(spec.offsetClause()) ? intOrBind(spec.offsetClause()) : null,
    forUpdate: false,
    text: sourceText(spec),
  };
}

function security(clauses: SoslClausesContext): SecurityClause {
  let mode: SecurityClause = null;
  for (const w of clauses.soslWithClause_list()) {
    if (opt(w.USER_MODE())) mode = 'user_mode';
    else if (opt(w.SYSTEM_MODE())) mode = 'system_mode';
    // Matching never corrects spelling, so turning correction off changes nothing.
    else if (!(opt(w.SPELL_CORRECTION()) && w.BooleanLiteral().getText().toLowerCase() === 'false'))
      throw new NotSupportedError(`SOSL ${sourceText(w)}`);
  }
  return mode;
}

function buildSearch(find: SearchModel['find'], clauses: SoslClausesContext, text: string): SearchModel {
  if (opt(clauses.UPDATE())) throw new NotSupportedError('SOSL UPDATE TRACKING/VIEWSTAT');
  if (!opt(clauses.fieldSpecList())) throw new NotSupportedError('SOSL without RETURNING');
  return {
    find,
    group: group(clauses),
    returning: specs(clauses.fieldSpecList()).map(returningQuery),
    limit: opt(clauses.limitClause()) ? intOrBind(clauses.limitClause()) : null,
    security: security(clauses),
    text,
  };
}

/** `'…'` or `{…}` at the start of `text`: the content (escapes kept) and where the rest begins. */
function findTerm(text: string): { term: string; rest: number } | null {
  const open = text[0];
  const close = open === "'" ? "'" : open === '{' ? '}' : null;
  if (close === null) return null;
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === close) return { term: text.slice(1, i), rest: i + 1 };
  }
  return null;
}

/** The model of an inline `[FIND …]` (cached per parse-tree node). */
export const inlineSearch: (ctx: SoslLiteralContext) => SearchModel = perNode((ctx) => {
  let find: SearchModel['find'];
  if (opt(ctx.boundExpression())) find = bind(ctx.boundExpression());
  else {
    const literal = ctx.FindLiteral().getText();
    const term = findTerm(literal.replace(/^\[\s*find\s*/i, ''));
    if (!term) throw new NotSupportedError(`SOSL FIND ${literal}`);
    find = { kind: 'text', text: term.term };
  }
  return buildSearch(find, ctx.soslClauses(), sourceText(ctx));
});

function parseSearchText(text: string): SearchModel {
  const head = /^\s*find\s*/i.exec(text);
  const term = head ? findTerm(text.slice(head[0].length)) : null;
  if (!head || !term)
    throw new ApexError('System.QueryException', `unexpected token: '${text.split(/\s+/)[0]}'`);
  const listener = new FirstError();
  const rest = text.slice(head[0].length + term.rest);
  const { parser } = ApexParserFactory.createLexerAndParser(rest, listener);
  const clauses = parser.soslClauses();
  if (listener.message === null) {
    const next = parser.getTokenStream().LT(1);
    if (next.type !== -1) listener.message = `unexpected token: '${next.text}'`;
  }
  if (listener.message !== null) throw new ApexError('System.QueryException', listener.message);
  return buildSearch({ kind: 'text', text: term.term }, clauses, text.trim());
}

/** The model of a `Search.query` string (cached per text; a syntax error is a System.QueryException). */
export const dynamicSearch: (text: string) => SearchModel = perText(parseSearchText);
