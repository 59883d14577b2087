/**
 * A converted unit as JSON text and back, for the load cache. Positions are stored as line numbers
 * (the file is the unit's), Long values as `{"$bigint": "…"}`, and inline SOQL/SOSL as their source
 * text and position: decoding re-parses a query only when the interpreter first reads its `ctx`.
 */
import { ApexErrorListener, ApexParserFactory } from '@apexdevtools/apex-parser';
import type { ApexParserRuleContext as ParserRuleContext } from '@apexdevtools/apex-parser';
import type { ApexUnit } from './ast';

interface QueryText {
  $query: 'soql' | 'sosl';
  text: string;
  line: number;
  column: number;
}

function isQueryText(v: unknown): v is QueryText {
  return typeof v === 'object' && v !== null && '$query' in v;
}

function queryText(kind: 'soql' | 'sosl', ctx: ParserRuleContext): QueryText {
  const stop = ctx.stop ?? ctx.start;
  return {
    $query: kind,
    text: ctx.start.getInputStream().getText(ctx.start.start, stop.stop),
    line: ctx.start.line,
    column: ctx.start.column,
  };
}

class FailingListener extends ApexErrorListener {
  apexSyntaxError(line: number, _column: number, msg: string): void {
    throw new Error(`cached query no longer parses at line ${line}: ${msg}`);
  }
}

/** Parses a query at its original line and column, so positions inside it (binds) stay right. */
function parseQuery(q: QueryText): ParserRuleContext {
  const padded = '\n'.repeat(q.line - 1) + ' '.repeat(q.column) + q.text;
  const { parser } = ApexParserFactory.createLexerAndParser(padded, new FailingListener());
  return q.$query === 'soql' ? parser.soqlLiteral() : parser.soslLiteral();
}

function defineLazyContext(node: { ctx?: unknown }, q: QueryText): void {
  let ctx: ParserRuleContext | undefined;
  Object.defineProperty(node, 'ctx', {
    enumerable: true,
    configurable: true,
    get: () => (ctx ??= parseQuery(q)),
  });
}

export function encodeUnit(unit: ApexUnit): string {
  return JSON.stringify(unit, function (this: Record<string, unknown>, key: string, value: unknown) {
    if (typeof value === 'bigint') return { $bigint: value.toString() };
    if (key === 'memo') return undefined;
    if (key === 'loc' && typeof value === 'object' && value !== null) return (value as { line: number }).line;
    if (key === 'ctx' && (this.kind === 'soql' || this.kind === 'sosl'))
      return queryText(this.kind, value as ParserRuleContext);
    return value;
  });
}

export function decodeUnit(text: string): ApexUnit {
  const unit = JSON.parse(text, function (this: unknown, key: string, value: unknown) {
    if (typeof value === 'object' && value !== null) {
      if ('$bigint' in value) return BigInt((value as { $bigint: string }).$bigint);
      const node = value as { kind?: unknown; ctx?: unknown };
      if ((node.kind === 'soql' || node.kind === 'sosl') && isQueryText(node.ctx))
        defineLazyContext(node, node.ctx);
    }
    return value;
  }) as ApexUnit;
  const file = unit.file;
  // Positions were stored as bare lines: give them back their file.
  const restore = (v: unknown): void => {
    if (Array.isArray(v)) {
      for (const x of v) restore(x);
      return;
    }
    if (typeof v !== 'object' || v === null) return;
    const o = v as Record<string, unknown>;
    for (const key of Object.keys(o)) {
      if (key === 'ctx') continue;
      const x = o[key];
      if (key === 'loc' && typeof x === 'number') o.loc = { file, line: x };
      else restore(x);
    }
  };
  restore(unit.decl);
  return unit;
}
