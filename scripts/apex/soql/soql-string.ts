/**
 * SOQL string literals (SOQL and SOSL Reference: Quoted String Escape Sequences). `\%` and `\_`
 * only mean something to LIKE: a decoded literal holds them as two private-use characters so that a
 * literal `%` (escaped) stays distinct from the wildcard `%`.
 */
import { ApexError } from '../lang/errors';

export const ESCAPED_PERCENT = '\uE000';
export const ESCAPED_UNDERSCORE = '\uE001';

const SIMPLE: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  '"': '"',
  "'": "'",
  '\\': '\\',
};

/** Decodes the text between the quotes of a SOQL string literal. */
export function unescapeSoqlString(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (c !== '\\') {
      out += c;
      continue;
    }
    const next = raw[++i];
    if (next === '%') out += ESCAPED_PERCENT;
    else if (next === '_') out += ESCAPED_UNDERSCORE;
    else if (next !== undefined && next in SIMPLE) out += SIMPLE[next];
    else if (next === 'u' && /^[0-9a-fA-F]{4}$/.test(raw.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(raw.slice(i + 1, i + 5), 16));
      i += 4;
    } else throw new ApexError('System.QueryException', `invalid escape sequence in '${raw}'`);
  }
  return out;
}

/** The literal's text for comparisons other than LIKE (escaped wildcards are plain characters there). */
export function plainText(decoded: string): string {
  return decoded.replaceAll(ESCAPED_PERCENT, '%').replaceAll(ESCAPED_UNDERSCORE, '_');
}

/**
 * Dynamic SOQL goes through the Apex lexer, whose strings do not accept `\%` / `\_`: inside string
 * literals they are rewritten to the `\uXXXX` of the private-use markers before lexing.
 */
export function maskLikeEscapes(text: string): string {
  let out = '';
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (!inString) {
      if (c === "'") inString = true;
      out += c;
    } else if (c === '\\') {
      const next = text[i + 1] ?? '';
      if (next === '%') out += '\\uE000';
      else if (next === '_') out += '\\uE001';
      else out += c + next;
      i++;
    } else {
      if (c === "'") inString = false;
      out += c;
    }
  }
  return out;
}

/** A bind value used as a LIKE pattern: `\%`, `\_` and `\\` are escapes in it too. */
export function likePatternFromBind(value: string): string {
  let out = '';
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    const next = value[i + 1];
    if (c === '\\' && (next === '%' || next === '_' || next === '\\')) {
      out += next === '%' ? ESCAPED_PERCENT : next === '_' ? ESCAPED_UNDERSCORE : '\\';
      i++;
    } else out += c;
  }
  return out;
}
