// Generated from lwc-ts/liveperson/transcriptRedaction/redactionPattern.ts by `npm run build`; do not edit.
/**
 * The regex subset an admin's redaction pattern may use, checked and translated to a JS RegExp so that it
 * matches exactly what Java's `Pattern` (Apex) matches. Apex twin: `RedactionPatternSyntax`; both are held
 * to the `invalidPatterns` and `cases` of `config/vectors/transcript-redaction.json`.
 *
 * Allowed: literal characters; `.`; `\d \D \w \W \s \S \b \B \t \n \r \f`; a backslash before any ASCII
 * punctuation or space (a literal); classes `[...]` / `[^...]` with single characters, ASCII ranges `a-z`
 * and `\d \D \w \W \s`; groups `(...)` and `(?:...)`; `|`; quantifiers `* + ? {n} {n,} {n,m}`, each
 * optionally lazy (`?`); `(?i)` at the very start (case-insensitive, ASCII letters).
 * Refused (with the reason): anchors `^ $`, lookaround, named groups, inline flags elsewhere, back
 * references, `\p{..}`, `\x..`, `\u....`, `\Q..\E` and other letter escapes, possessive quantifiers,
 * nested classes and `&&`, a bare `{ } ]`.
 * Translation: `.` and `\s`/`\S` spelt out as Java reads them (Java's `.` also stops at U+0085, its `\s` is
 * ASCII only); flag `u` so a surrogate pair is one character, as in Java.
 */










const SYNTAX_CHARS = '^$\\.*+?()[]{}|/';
const JAVA_DOT = '[^\\n\\r\\u0085\\u2028\\u2029]';
const JAVA_SPACE = ' \\t\\n\\x0B\\f\\r';
const CASE_FLAG = '(?i)';

class Refused extends Error {}

function refuse(message) {
  throw new Refused(message);
}

function isAsciiPunctuation(ch) {
  return /^[ !-/:-@[-`{-~]$/.test(ch);
}

/** A literal character for a `u` RegExp. */
function literal(ch, inClass) {
  return SYNTAX_CHARS.includes(ch) || inClass && ch === '-' ? '\\' + ch : ch;
}

/** The escape after a backslash; `kind` says what it is (a single character can bound a range). */
function escape(
c,
inClass)
{
  if (c === undefined) throw new SyntaxError('The pattern ends with a single backslash.');
  if ('dDwW'.includes(c)) return { out: '\\' + c, kind: 'set' };
  if (c === 's') return { out: inClass ? JAVA_SPACE : `[${JAVA_SPACE}]`, kind: 'set' };
  if (c === 'S') {
    if (inClass) refuse('\\S inside [ ] is not supported: use [^ ...] instead.');
    return { out: `[^${JAVA_SPACE}]`, kind: 'set' };
  }
  if (c === 'b' || c === 'B') {
    if (inClass) refuse(`\\${c} inside [ ] is not supported.`);
    return { out: '\\' + c, kind: 'assert' };
  }
  if ('tnrf'.includes(c)) return { out: '\\' + c, kind: 'control' };
  if (isAsciiPunctuation(c)) return { out: literal(c, inClass), kind: 'char' };
  return refuse(
    `\\${c} is not supported: use \\d \\w \\s \\b, classes [ ] or a backslash before punctuation.`
  );
}

/** Translates a class starting at `start` (the `[`); returns the JS class and the index after `]`. */
function translateClass(p, start) {
  let i = start + 1;
  let out = '[';
  if (p[i] === '^') {
    out += '^';
    i++;
  }
  if (p[i] === ']') refuse('Write \\] for a ] inside [ ]; an empty class [] is not allowed.');
  let prev = 'none';
  let prevChar = '';
  while (i < p.length) {
    const ch = p[i];
    if (ch === ']') return { out: out + ']', next: i + 1 };
    if (ch === '[') refuse('A [ inside [ ] is not supported: write \\[.');
    if (ch === '&' && p[i + 1] === '&') refuse('&& inside [ ] is not supported.');
    if (ch === '-' && prev !== 'none' && p[i + 1] !== ']' && p[i + 1] !== undefined) {
      const escaped = p[i + 1] === '\\';
      const toChar = escaped ? p[i + 2] : p[i + 1];
      const to = escaped ? escape(toChar, true) : { out: literal(toChar, true), kind: 'char' };
      if (prev !== 'char' || to.kind !== 'char') {
        refuse('A - must be between two single characters (a-z): write \\- for a dash.');
      }
      if (!/^[\x20-\x7e]$/.test(prevChar) || !/^[\x20-\x7e]$/.test(toChar)) {
        refuse('A range a-z must be between two ASCII characters.');
      }
      out += '-' + to.out;
      i += escaped ? 3 : 2;
      prev = 'range';
      continue;
    }
    if (ch === '\\') {
      const e = escape(p[i + 1], true);
      out += e.out;
      prev = e.kind === 'char' ? 'char' : 'set';
      prevChar = p[i + 1] ?? '';
      i += 2;
      continue;
    }
    out += literal(ch, true);
    prev = 'char';
    prevChar = ch;
    i++;
  }
  throw new SyntaxError('A [ is not closed by ].');
}

/** Translates the subset to a JS source; throws Refused for anything outside it. */
function translate(p) {
  let out = '';
  let i = 0;
  // What the last item was: a quantifier may follow an atom only, a lazy `?` a quantifier only.
  let last = 'none';
  while (i < p.length) {
    const ch = p[i];
    if (ch === '\\') {
      const e = escape(p[i + 1], false);
      out += e.out;
      last = e.kind === 'assert' ? 'assert' : 'atom';
      i += 2;
    } else if (ch === '[') {
      const c = translateClass(p, i);
      out += c.out;
      i = c.next;
      last = 'atom';
    } else if (ch === '(') {
      if (p[i + 1] === '?') {
        if (p[i + 2] !== ':') {
          refuse(
            p.startsWith(CASE_FLAG, i) ?
            '(?i) is allowed only at the very start of the pattern.' :
            'Only ( ) and (?: ) groups are supported: no lookaround, named groups or inline flags.'
          );
        }
        out += '(?:';
        i += 3;
      } else {
        out += '(';
        i++;
      }
      last = 'none';
    } else if (ch === ')') {
      out += ')';
      i++;
      last = 'atom';
    } else if (ch === '|') {
      out += '|';
      i++;
      last = 'none';
    } else if (ch === '*' || ch === '+' || ch === '?' || ch === '{') {
      let q = ch;
      if (ch === '{') {
        const m = /^\{(\d+)(,(\d*))?\}/.exec(p.substring(i));
        if (!m) refuse('A { must start a repetition {n}, {n,} or {n,m}: write \\{ for the character.');
        q = m[0];
      }
      if (last === 'quantifier' && ch === '?') {
        last = 'lazy';
      } else if (last === 'quantifier' && ch === '+') {
        refuse('Possessive quantifiers (*+, ++, ?+) are not supported.');
      } else if (last === 'quantifier' || last === 'lazy') {
        refuse('A repetition cannot follow another repetition.');
      } else if (last === 'assert') {
        refuse('\\b and \\B cannot be repeated.');
      } else {
        if (last !== 'atom') throw new SyntaxError('Nothing to repeat');
        last = 'quantifier';
      }
      out += q;
      i += q.length;
    } else if (ch === '^' || ch === '$') {
      refuse('Anchors ^ and $ are not supported: a pattern is matched anywhere in each line.');
    } else if (ch === ']' || ch === '}') {
      refuse(`Write \\${ch} for a ${ch} outside [ ].`);
    } else if (ch === '.') {
      out += JAVA_DOT;
      i++;
      last = 'atom';
    } else {
      out += literal(ch, false);
      i++;
      last = 'atom';
    }
  }
  return out;
}

/** Strings on which a pattern must find no empty match (Java and JS step over empty matches differently). */
const EMPTY_PROBES = ['', 'ab 12'];

/** Apex's `String.trim()`: removes characters up to U+0020 at both ends (not JS's Unicode white space). */
export function apexTrim(text) {
  let start = 0;
  let end = text.length;
  while (start < end && text.charCodeAt(start) <= 0x20) start++;
  while (end > start && text.charCodeAt(end - 1) <= 0x20) end--;
  return text.substring(start, end);
}

/** Checks one admin pattern and builds its RegExp. Never throws. */
export function checkPattern(pattern) {
  if (apexTrim(pattern) === '') return { code: 'EMPTY_PATTERN', message: 'The pattern is empty.' };
  const ignoreCase = pattern.startsWith(CASE_FLAG);
  const body = ignoreCase ? pattern.substring(CASE_FLAG.length) : pattern;
  let regex;
  try {
    regex = new RegExp(translate(body), ignoreCase ? 'giu' : 'gu');
  } catch (e) {
    if (e instanceof Refused) return { code: 'UNSUPPORTED_SYNTAX', message: e.message };
    return {
      code: 'INVALID_PATTERN',
      message: `The pattern is not a valid regular expression: ${String(e)}`
    };
  }
  for (const probe of EMPTY_PROBES) {
    regex.lastIndex = 0;
    for (const m of probe.matchAll(regex)) {
      if (m[0] === '') {
        return {
          code: 'MATCHES_EMPTY',
          message: 'The pattern matches empty text: it must match at least one character.'
        };
      }
    }
  }
  regex.lastIndex = 0;
  return { regex };
}
