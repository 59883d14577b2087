/**
 * The FIND expression of SOSL and how the offline runtime matches it (docs/apex-runtime.md, "SOSL"):
 * terms and quoted phrases combined with AND, OR, AND NOT / NOT and parentheses (adjacent terms are
 * ANDed); `*` (any run of letters/digits) and `?` (one) as wildcards; a reserved character escaped
 * with a backslash is literal. Text is split into words at every character that is not a letter or
 * digit, case ignored; a term matches when its words appear consecutively in a field.
 */
import { ApexError } from '../lang/errors';

/** One word of a term, as a whole-word pattern. */
type WordPattern = RegExp;

export type SearchExpression =
  /** `letters`: the letters and digits written (wildcards excluded). */
  | { kind: 'term'; words: WordPattern[]; digits: string | null; letters: number }
  | { kind: 'and' | 'or'; items: SearchExpression[] }
  | { kind: 'not'; item: SearchExpression };

/** A character of the FIND text and whether a backslash made it literal. */
interface Char {
  c: string;
  escaped: boolean;
}

type Lexeme =
  | { kind: 'open' | 'close' }
  | { kind: 'operator'; op: 'and' | 'or' | 'not' }
  | { kind: 'term'; chars: Char[] };

const WORD_CHAR = /[\p{L}\p{N}]/u;

function searchError(message: string): ApexError {
  return new ApexError('System.SearchException', message);
}

function chars(text: string): Char[] {
  const out: Char[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\' && i + 1 < text.length) out.push({ c: text[++i], escaped: true });
    else out.push({ c: text[i], escaped: false });
  }
  return out;
}

function lex(text: string): Lexeme[] {
  const cs = chars(text);
  const out: Lexeme[] = [];
  let i = 0;
  const plain = (k: number, c: string): boolean => !cs[k].escaped && cs[k].c === c;
  while (i < cs.length) {
    if (!cs[i].escaped && /\s/.test(cs[i].c)) {
      i++;
    } else if (plain(i, '(') || plain(i, ')')) {
      out.push({ kind: cs[i].c === '(' ? 'open' : 'close' });
      i++;
    } else if (plain(i, '"')) {
      const start = ++i;
      while (i < cs.length && !plain(i, '"')) i++;
      if (i >= cs.length) throw searchError('unbalanced quotes in the search term');
      out.push({ kind: 'term', chars: cs.slice(start, i++) });
    } else {
      const start = i;
      while (
        i < cs.length &&
        (cs[i].escaped || !(/\s/.test(cs[i].c) || cs[i].c === '(' || cs[i].c === ')' || cs[i].c === '"'))
      )
        i++;
      const word = cs.slice(start, i);
      const bare = word.every((w) => !w.escaped) ? word.map((w) => w.c).join('') : '';
      const op = bare.toLowerCase();
      if (op === 'and' || op === 'or' || op === 'not') out.push({ kind: 'operator', op });
      else out.push({ kind: 'term', chars: word });
    }
  }
  return out;
}

function wordPattern(word: Char[]): WordPattern {
  let source = '';
  for (const w of word) {
    if (!w.escaped && w.c === '*') source += '[\\p{L}\\p{N}]*';
    else if (!w.escaped && w.c === '?') source += '[\\p{L}\\p{N}]';
    else source += w.c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  }
  return new RegExp(`^${source}$`, 'iu');
}

/** The words of a term: runs of letters, digits and unescaped wildcards. */
function termOf(cs: Char[]): SearchExpression | null {
  const words: WordPattern[] = [];
  let current: Char[] = [];
  const flush = (): void => {
    if (current.some((w) => WORD_CHAR.test(w.c))) words.push(wordPattern(current));
    current = [];
  };
  for (const w of cs) {
    if (WORD_CHAR.test(w.c) || (!w.escaped && (w.c === '*' || w.c === '?'))) current.push(w);
    else flush();
  }
  flush();
  if (words.length === 0) return null;
  const text = cs.map((w) => w.c).join('');
  const digits = /^[\d\s()+\-.]+$/.test(text) ? text.replace(/\D/g, '') : null;
  const letters = cs.filter((w) => WORD_CHAR.test(w.c)).length;
  return { kind: 'term', words, digits: digits && digits.length > 0 ? digits : null, letters };
}

class ExpressionParser {
  private i = 0;
  constructor(private readonly lexemes: Lexeme[]) {}

  parse(): SearchExpression | null {
    const e = this.or();
    if (this.i < this.lexemes.length) throw searchError('unexpected token in the search term');
    return e;
  }

  private peek(): Lexeme | undefined {
    return this.lexemes[this.i];
  }

  private isOp(op: 'and' | 'or' | 'not'): boolean {
    const l = this.peek();
    return l?.kind === 'operator' && l.op === op;
  }

  private or(): SearchExpression | null {
    const items = [this.and()];
    while (this.isOp('or')) {
      this.i++;
      items.push(this.and());
    }
    return combine('or', items);
  }

  private and(): SearchExpression | null {
    const items = [this.unary()];
    for (;;) {
      const l = this.peek();
      if (l === undefined || l.kind === 'close' || this.isOp('or')) break;
      if (this.isOp('and')) this.i++;
      items.push(this.unary());
    }
    return combine('and', items);
  }

  private unary(): SearchExpression | null {
    if (this.isOp('not')) {
      this.i++;
      const item = this.primary();
      return item === null ? null : { kind: 'not', item };
    }
    return this.primary();
  }

  private primary(): SearchExpression | null {
    const l = this.lexemes[this.i++];
    if (l === undefined) throw searchError('unexpected end of the search term');
    if (l.kind === 'open') {
      const e = this.or();
      if (this.peek()?.kind !== 'close') throw searchError('unbalanced parentheses in the search term');
      this.i++;
      return e;
    }
    if (l.kind === 'term') return termOf(l.chars);
    throw searchError(`unexpected ${l.kind === 'operator' ? l.op.toUpperCase() : ')'} in the search term`);
  }
}

function combine(kind: 'and' | 'or', parts: (SearchExpression | null)[]): SearchExpression | null {
  const items = parts.filter((p): p is SearchExpression => p !== null);
  if (items.length === 0) return null;
  return items.length === 1 ? items[0] : { kind, items };
}

function letterCount(e: SearchExpression): number {
  if (e.kind === 'term') return e.letters;
  if (e.kind === 'not') return 0;
  return e.items.reduce((n, item) => n + letterCount(item), 0);
}

/** Parses the FIND text (between its quotes or braces, escapes kept). */
export function parseSearchExpression(text: string): SearchExpression {
  const e = new ExpressionParser(lex(text)).parse();
  if (e === null || letterCount(e) < 2) throw searchError('search term must be longer than one character');
  return e;
}

/** A text value split into words (patterns ignore case). */
export function wordsOf(text: string): string[] {
  return text.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length > 0);
}

/** What the expression is matched against: each searched field's words; phone fields by digits. */
export interface SearchableText {
  words: string[][];
  phoneDigits: string[];
}

function termMatches(e: Extract<SearchExpression, { kind: 'term' }>, text: SearchableText): boolean {
  if (e.digits !== null && text.phoneDigits.some((d) => d.endsWith(e.digits!))) return true;
  return text.words.some((ws) => {
    for (let start = 0; start + e.words.length <= ws.length; start++) {
      if (e.words.every((p, k) => p.test(ws[start + k]))) return true;
    }
    return false;
  });
}

export function matchesSearch(e: SearchExpression, text: SearchableText): boolean {
  switch (e.kind) {
    case 'term':
      return termMatches(e, text);
    case 'not':
      return !matchesSearch(e.item, text);
    case 'and':
      return e.items.every((item) => matchesSearch(item, text));
    case 'or':
      return e.items.some((item) => matchesSearch(item, text));
  }
}
