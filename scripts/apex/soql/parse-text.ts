/** `Database.query(String)` and friends: query text → {@link QueryModel}, syntax errors as QueryException. */
import { ApexErrorListener, ApexParserFactory, type QueryContext } from '@apexdevtools/apex-parser';
import { ApexError } from '../lang/errors';
import { buildQuery } from './build';
import type { QueryModel } from './model';
import { maskLikeEscapes } from './soql-string';

const EOF = -1;

export class FirstError extends ApexErrorListener {
  message: string | null = null;
  apexSyntaxError(): void {}
  override syntaxError(...[, offending, line, column]: Parameters<ApexErrorListener['syntaxError']>): void {
    if (this.message !== null) return;
    const token = typeof offending === 'object' && offending !== null ? offending : null;
    // Salesforce reports the token it stopped at: `unexpected token: 'FORM'`, `unexpected token: <EOF>`.
    this.message =
      token === null
        ? `line ${line}:${column} no viable alternative at character`
        : token.type === EOF
          ? 'unexpected token: <EOF>'
          : `unexpected token: '${token.text}'`;
  }
}

/** Parses SOQL text with the apex-parser grammar; the whole text must be one query. */
export function parseQueryText(text: string): QueryContext {
  const listener = new FirstError();
  const { parser } = ApexParserFactory.createLexerAndParser(maskLikeEscapes(text), listener);
  const ctx = parser.query();
  if (listener.message === null) {
    const next = parser.getTokenStream().LT(1);
    if (next.type !== EOF) listener.message = `unexpected token: '${next.text}'`;
  }
  if (listener.message !== null) throw new ApexError('System.QueryException', listener.message);
  return ctx;
}

export function queryFromText(text: string): QueryModel {
  return { ...buildQuery(parseQueryText(text.trim())), text: text.trim() };
}
