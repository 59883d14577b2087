/** Loads Apex sources (`.cls`, `.trigger` with their `-meta.xml` apiVersion) and converts them to the AST. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApexErrorListener, ApexParserFactory, type ExpressionContext } from '@apexdevtools/apex-parser';
import type { ApexUnit, Expr } from './ast';
import { convertTrigger, convertTypeDeclaration } from './convert-decl';
import { convertExpr } from './convert-expr';
import { cachedUnit, pruneDiskCache } from './unit-cache';

/** A source that does not parse or convert: names the file and line. */
export class ApexLoadError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    detail: string,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'ApexLoadError';
  }
}

class FirstErrorListener extends ApexErrorListener {
  first: { line: number; msg: string } | null = null;
  apexSyntaxError(line: number, _column: number, msg: string): void {
    if (!this.first) this.first = { line, msg };
  }
}

const DEFAULT_API_VERSION = 62;

/** Parses one source text. `file` names it in positions and errors; `.trigger` selects the trigger grammar. */
export function parseApexSource(file: string, source: string, apiVersion = DEFAULT_API_VERSION): ApexUnit {
  const listener = new FirstErrorListener();
  const { parser } = ApexParserFactory.createLexerAndParser(source, listener);
  const isTrigger = file.toLowerCase().endsWith('.trigger');
  const tree = isTrigger ? parser.triggerUnit() : parser.compilationUnit();
  if (listener.first) throw new ApexLoadError(file, listener.first.line, listener.first.msg);
  const c = { file };
  try {
    const decl = isTrigger
      ? convertTrigger(c, tree as ReturnType<typeof parser.triggerUnit>)
      : convertTypeDeclaration(c, (tree as ReturnType<typeof parser.compilationUnit>).typeDeclaration());
    return { file, apiVersion, decl };
  } catch (e) {
    if (e instanceof ApexLoadError) throw e;
    throw new ApexLoadError(file, 0, (e as Error).message);
  }
}

function apiVersionOf(file: string): number {
  const meta = file + '-meta.xml';
  if (!fs.existsSync(meta)) return DEFAULT_API_VERSION;
  const m = /<apiVersion>\s*([\d.]+)\s*<\/apiVersion>/.exec(fs.readFileSync(meta, 'utf8'));
  return m ? Number(m[1]) : DEFAULT_API_VERSION;
}

function listSources(dir: string, out: string[]): void {
  for (const entry of fs
    .readdirSync(dir, { withFileTypes: true })
    .sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'node_modules' && !entry.name.startsWith('.')) listSources(full, out);
    } else if (/\.(cls|trigger)$/i.test(entry.name)) {
      out.push(full);
    }
  }
}

/**
 * Every `.cls` and `.trigger` under the given directories, parsed and converted (cached by content).
 * `sourceOverrides` (absolute path → text) replaces what a file holds on disk, e.g. a planted defect.
 */
export function loadApexDirs(dirs: string[], sourceOverrides?: ReadonlyMap<string, string>): ApexUnit[] {
  const files: string[] = [];
  for (const d of dirs) listSources(d, files);
  const unknown = [...(sourceOverrides?.keys() ?? [])].filter((f) => !files.includes(f));
  if (unknown.length > 0)
    throw new Error(`source override for a file that is not loaded: ${unknown.join(', ')}`);
  let wrote = false;
  const units = files.map((f) => {
    const source = sourceOverrides?.get(f) ?? fs.readFileSync(f, 'utf8');
    const api = apiVersionOf(f);
    const { unit, converted } = cachedUnit(f, source, api, () => parseApexSource(f, source, api));
    wrote ||= converted;
    return unit;
  });
  if (wrote) pruneDiskCache();
  return units;
}

const exprCache = new WeakMap<ExpressionContext, Expr>();

/** Converts an apex-parser expression (a SOQL bind, `:expr`) into the AST, once per context. */
export function convertExpressionContext(e: ExpressionContext, file = '<soql>'): Expr {
  let out = exprCache.get(e);
  if (!out) {
    out = convertExpr({ file }, e);
    exprCache.set(e, out);
  }
  return out;
}
