/**
 * Java regular expressions (java.util.regex, as Apex's Pattern/Matcher and String.split/replaceAll use
 * them) translated to JS RegExp. Constructs with no faithful JS equivalent throw NotSupportedError.
 */
import { ApexError, NotSupportedError } from './errors';

/** A compiled Java pattern: the JS source (flags `u`, plus `i`/`s`/`m` from inline flags) and its groups. */
export interface JavaPattern {
  readonly javaSource: string;
  readonly source: string;
  readonly flags: string;
  readonly groupCount: number;
  readonly groupNames: readonly string[];
}

const LINE_TERMINATORS = '\\n\\r\\u0085\\u2028\\u2029';
const JAVA_SPACE = ' \\t\\n\\x0B\\f\\r';
const HORIZONTAL_SPACE = ' \\t\\xA0\\u1680\\u180e\\u2000-\\u200a\\u202f\\u205f\\u3000';
const VERTICAL_SPACE = '\\n\\x0B\\f\\r\\x85\\u2028\\u2029';
/** The sets of `\s`, `\h` and `\v` (negated by `\S`, `\H`, `\V`), as Java defines them. */
const SPACE_SETS: Record<string, string> = { s: JAVA_SPACE, h: HORIZONTAL_SPACE, v: VERTICAL_SPACE };
const SYNTAX_CHARS = new Set('^$\\.*+?()[]{}|/');

/** POSIX and java.lang.Character classes (`\p{Alpha}` …) as class contents; Unicode categories pass to JS. */
const NAMED_CLASSES: Record<string, string> = {
  Lower: 'a-z',
  Upper: 'A-Z',
  ASCII: '\\x00-\\x7F',
  Alpha: 'a-zA-Z',
  Digit: '0-9',
  Alnum: 'a-zA-Z0-9',
  Punct: '!-\\/:-@\\[-`{-~',
  Graph: '!-~',
  Print: ' -~',
  Blank: ' \\t',
  Cntrl: '\\x00-\\x1F\\x7F',
  XDigit: '0-9a-fA-F',
  Space: JAVA_SPACE,
  javaLowerCase: '\\p{Ll}',
  javaUpperCase: '\\p{Lu}',
  javaWhitespace: '\\t\\n\\x0B\\f\\r\\x1C-\\x1F\\p{Zs}\\p{Zl}\\p{Zp}',
  javaLetter: '\\p{L}',
  javaDigit: '\\p{Nd}',
  javaLetterOrDigit: '\\p{L}\\p{Nd}',
  IsAlphabetic: '\\p{Alphabetic}',
  IsLetter: '\\p{L}',
  IsDigit: '\\p{Nd}',
  IsUppercase: '\\p{Uppercase}',
  IsLowercase: '\\p{Lowercase}',
  IsWhite_Space: '\\p{White_Space}',
  IsWhiteSpace: '\\p{White_Space}',
  IsPunctuation: '\\p{P}',
};

const GENERAL_CATEGORY =
  /^(?:Is)?(L|Lu|Ll|Lt|Lm|Lo|M|Mn|Mc|Me|N|Nd|Nl|No|P|Pc|Pd|Ps|Pe|Pi|Pf|Po|S|Sm|Sc|Sk|So|Z|Zs|Zl|Zp|C|Cc|Cf|Co|Cs|Cn)$/;

function invalid(pattern: string, why: string): ApexError {
  return new ApexError('System.StringException', `Invalid regex: ${why} near index of pattern: ${pattern}`);
}

/** A literal character, escaped for a JS `u` RegExp (inside or outside a class). */
function literal(ch: string, inClass: boolean): string {
  if (SYNTAX_CHARS.has(ch) || (inClass && ch === '-')) return '\\' + ch;
  const cp = ch.codePointAt(0) ?? 0;
  if (cp < 0x20 || cp === 0x7f) return '\\x' + cp.toString(16).padStart(2, '0');
  return ch;
}

function namedClass(name: string, pattern: string): string {
  if (name in NAMED_CLASSES) return NAMED_CLASSES[name];
  if (GENERAL_CATEGORY.test(name)) return `\\p{${name.replace(/^Is/, '')}}`;
  const script = /^(?:Is|script=|sc=)([A-Za-z_]+)$/.exec(name);
  if (script) return `\\p{Script=${script[1]}}`;
  if (/^In/.test(name) || /^(?:block|blk)=/.test(name))
    throw new NotSupportedError(`regex Unicode block \\p{${name}}`);
  throw invalid(pattern, `Unknown character property name {${name}}`);
}

interface Translated {
  out: string;
  next: number;
}

/** Translates the escape at `pattern[i] === '\\'`. */
function translateEscape(pattern: string, i: number, inClass: boolean): Translated {
  const c = pattern[i + 1];
  if (c === undefined) throw invalid(pattern, 'Unexpected internal error');
  const at = (out: string, len = 2): Translated => ({ out, next: i + len });
  switch (c) {
    case 'd':
    case 'D':
    case 'w':
    case 'W':
    case 'b':
    case 'B':
    case 't':
    case 'n':
    case 'r':
    case 'f':
      if (inClass && (c === 'b' || c === 'B')) throw invalid(pattern, 'Illegal/unsupported escape sequence');
      return at('\\' + c);
    case 's':
    case 'h':
    case 'v':
      return at(inClass ? SPACE_SETS[c] : `[${SPACE_SETS[c]}]`);
    case 'S':
    case 'H':
    case 'V':
      if (inClass) throw new NotSupportedError(`regex \\${c} inside a character class`);
      return at(`[^${SPACE_SETS[c.toLowerCase()]}]`);
    case 'R':
      if (inClass) throw invalid(pattern, 'Illegal/unsupported escape sequence');
      return at(`(?:\\r\\n|[${VERTICAL_SPACE}])`);
    case 'A':
      return at('(?<![\\s\\S])');
    case 'z':
      return at('(?![\\s\\S])');
    case 'Z':
      return at(`(?=(?:\\r\\n|[${LINE_TERMINATORS}])?(?![\\s\\S]))`);
    case 'G':
      throw new NotSupportedError('regex \\G');
    case 'X':
      throw new NotSupportedError('regex \\X');
    case 'e':
      return at('\\x1b');
    case 'a':
      return at('\\x07');
    case 'c': {
      const letter = pattern[i + 2];
      if (letter === undefined) throw invalid(pattern, 'Illegal control escape sequence');
      return at('\\x' + ((letter.charCodeAt(0) ^ 64) & 0x7f).toString(16).padStart(2, '0'), 3);
    }
    case '0': {
      const m = /^[0-7]{1,3}/.exec(pattern.slice(i + 2));
      if (!m) throw invalid(pattern, 'Illegal octal escape sequence');
      let digits = m[0];
      if (digits.length === 3 && Number(digits[0]) > 3) digits = digits.slice(0, 2);
      return at(literal(String.fromCharCode(parseInt(digits, 8)), inClass), 2 + digits.length);
    }
    case 'x': {
      if (pattern[i + 2] === '{') {
        const end = pattern.indexOf('}', i + 3);
        const hex = pattern.slice(i + 3, end);
        if (end < 0 || !/^[0-9a-fA-F]+$/.test(hex))
          throw invalid(pattern, 'Illegal hexadecimal escape sequence');
        return { out: `\\u{${hex}}`, next: end + 1 };
      }
      const hex = pattern.slice(i + 2, i + 4);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw invalid(pattern, 'Illegal hexadecimal escape sequence');
      return at('\\x' + hex, 4);
    }
    case 'u': {
      const hex = pattern.slice(i + 2, i + 6);
      if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw invalid(pattern, 'Illegal Unicode escape sequence');
      return at('\\u' + hex, 6);
    }
    case 'p':
    case 'P': {
      let name: string;
      let next: number;
      if (pattern[i + 2] === '{') {
        const end = pattern.indexOf('}', i + 3);
        if (end < 0) throw invalid(pattern, 'Unclosed character family');
        name = pattern.slice(i + 3, end);
        next = end + 1;
      } else {
        name = pattern[i + 2] ?? '';
        next = i + 3;
      }
      const body = namedClass(name, pattern);
      if (c === 'p') return { out: inClass ? body : `[${body}]`, next };
      if (inClass) throw new NotSupportedError('regex \\P{…} inside a character class');
      return { out: `[^${body}]`, next };
    }
    case 'k': {
      const m = /^<([a-zA-Z][a-zA-Z0-9]*)>/.exec(pattern.slice(i + 2));
      if (!m || inClass) throw invalid(pattern, "\\k is not followed by '<' for named capturing group");
      return at(`\\k<${m[1]}>`, 2 + m[0].length);
    }
    case 'Q': {
      const end = pattern.indexOf('\\E', i + 2);
      const text = pattern.slice(i + 2, end < 0 ? pattern.length : end);
      const out = [...text].map((ch) => literal(ch, inClass)).join('');
      return {
        out: inClass || text.length <= 1 ? out : `(?:${out})`,
        next: end < 0 ? pattern.length : end + 2,
      };
    }
    case 'E':
      return at('');
    default:
      if (/[1-9]/.test(c)) {
        if (inClass) throw invalid(pattern, 'Illegal/unsupported escape sequence');
        return at('\\' + c);
      }
      if (/[a-zA-Z]/.test(c)) throw invalid(pattern, 'Illegal/unsupported escape sequence');
      return at(literal(c, inClass));
  }
}

/** Reads `(?flags)` at the very start of the pattern. */
function leadingFlags(pattern: string): { flags: Set<string>; rest: number } {
  const flags = new Set<string>();
  let i = 0;
  for (;;) {
    const m = /^\(\?([a-zA-Z-]+)\)/.exec(pattern.slice(i));
    if (!m) break;
    for (const f of m[1]) {
      if (f === 'i' || f === 's' || f === 'm') flags.add(f);
      else if (f === 'u' || f === 'U') continue;
      else if (f === 'x') throw new NotSupportedError('regex COMMENTS flag (?x)');
      else if (f === 'd') throw new NotSupportedError('regex UNIX_LINES flag (?d)');
      else if (f === '-') throw new NotSupportedError('regex flag removal (?-…)');
      else throw invalid(pattern, 'Unknown inline modifier');
    }
    i += m[0].length;
  }
  return { flags, rest: i };
}

function translateClass(pattern: string, start: number): Translated {
  // pattern[start] === '['
  let i = start + 1;
  let out = '[';
  if (pattern[i] === '^') {
    out += '^';
    i++;
  }
  let first = true;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === ']' && !first) return { out: out + ']', next: i + 1 };
    first = false;
    if (ch === '\\') {
      const t = translateEscape(pattern, i, true);
      out += t.out;
      i = t.next;
    } else if (ch === '[') {
      if (pattern[i + 1] === '^') throw new NotSupportedError('regex negated nested character class');
      const inner = translateClass(pattern, i);
      out += inner.out.slice(1, -1);
      i = inner.next;
    } else if (ch === '&' && pattern[i + 1] === '&') {
      throw new NotSupportedError('regex character class intersection (&&)');
    } else if (ch === '-') {
      out += '-';
      i++;
    } else {
      const cp = pattern.codePointAt(i) ?? 0;
      const s = String.fromCodePoint(cp);
      out += literal(s, true);
      i += s.length;
    }
  }
  throw invalid(pattern, 'Unclosed character class');
}

/** Compiles a Java regex. Invalid syntax → `System.StringException: Invalid regex: …`. */
export function compileJavaRegex(javaSource: string): JavaPattern {
  const { flags, rest } = leadingFlags(javaSource);
  const multiline = flags.has('m');
  const dotAll = flags.has('s');
  let out = '';
  let groupCount = 0;
  const groupNames: string[] = [];
  let i = rest;
  let afterQuantifier = false;
  while (i < javaSource.length) {
    const ch = javaSource[i];
    const wasQuantifier = afterQuantifier;
    afterQuantifier = false;
    if (ch === '\\') {
      const t = translateEscape(javaSource, i, false);
      out += t.out;
      i = t.next;
    } else if (ch === '[') {
      const t = translateClass(javaSource, i);
      out += t.out;
      i = t.next;
    } else if (ch === '(') {
      const ahead = javaSource.slice(i, i + 4);
      if (ahead.startsWith('(?>')) throw new NotSupportedError('regex atomic group (?>…)');
      if (/^\(\?[a-zA-Z-]+[):]/.test(javaSource.slice(i))) {
        throw new NotSupportedError('regex inline flags not at the start of the pattern');
      }
      const named = /^\(\?<([a-zA-Z][a-zA-Z0-9]*)>/.exec(javaSource.slice(i));
      if (named) {
        groupCount++;
        groupNames.push(named[1]);
        out += named[0];
        i += named[0].length;
        continue;
      }
      if (javaSource[i + 1] !== '?') groupCount++;
      out += '(';
      i++;
    } else if (ch === '*' || ch === '+' || ch === '?') {
      if (wasQuantifier && ch === '+') throw new NotSupportedError('regex possessive quantifier');
      if (wasQuantifier && ch === '?') {
        out += '?';
        i++;
        continue;
      }
      out += ch;
      afterQuantifier = true;
      i++;
    } else if (ch === '{') {
      const m = /^\{\d+(?:,\d*)?\}/.exec(javaSource.slice(i));
      if (!m) throw invalid(javaSource, 'Illegal repetition');
      out += m[0];
      afterQuantifier = true;
      i += m[0].length;
    } else if (ch === '.') {
      out += dotAll ? '.' : `[^${LINE_TERMINATORS}]`;
      i++;
    } else if (ch === '$') {
      out += multiline ? '$' : `(?=(?:\\r\\n|[${LINE_TERMINATORS}])?(?![\\s\\S]))`;
      i++;
    } else if (ch === ']' || ch === '}') {
      out += '\\' + ch;
      i++;
    } else {
      const cp = javaSource.codePointAt(i) ?? 0;
      const s = String.fromCodePoint(cp);
      out += s === '^' || s === '|' || s === ')' ? s : literal(s, false);
      i += s.length;
    }
  }
  const jsFlags = 'u' + (flags.has('i') ? 'i' : '') + (dotAll ? 's' : '') + (multiline ? 'm' : '');
  try {
    new RegExp(out, jsFlags);
  } catch (e) {
    throw invalid(javaSource, (e as Error).message);
  }
  return { javaSource, source: out, flags: jsFlags, groupCount, groupNames };
}

/** `Pattern.quote(s)`: a pattern matching `s` literally (Java's `\Q…\E` form). */
export function quote(s: string): string {
  return '\\Q' + s.split('\\E').join('\\E\\\\E\\Q') + '\\E';
}
