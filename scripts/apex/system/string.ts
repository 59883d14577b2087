/**
 * `System.String`: statics (`isBlank`, `valueOf`, `join`, `format` …) and instance methods on the
 * primitive. Where Apex follows Java / Apache StringUtils the comment names the rule; `split`,
 * `matches`, `replaceAll`, `replaceFirst` take Java regexes (lang/java-matcher).
 */
import { ApexError, NotSupportedError } from '../lang/errors';
import { javaMatches, javaReplaceAll, javaReplaceFirst, javaSplit } from '../lang/java-matcher';
import { ApexDate, ApexDatetime } from '../lang/temporal';
import type { Ctx, NativeClass, NativeFn } from '../interp/native';
import { ApexList, type ApexValue } from '../interp/values';
import { arity, intArg, stringArg, unsupportedOverload } from './args';
import { userTimeZone } from './clock';
import { stringHashCode } from './hash-code';
import { itemsOf } from './list';

/** Java `Character.isWhitespace` (what StringUtils.isBlank tests). */
const WHITESPACE =
  /^[\t\n\u000b\f\r\u001c-\u001f \u1680\u2000-\u2006\u2008-\u200a\u2028\u2029\u205f\u3000]*$/;

export function isBlank(s: string | null): boolean {
  return s === null || WHITESPACE.test(s);
}

/** Java `String.trim`: strips every char <= U+0020 at both ends. */
export function javaTrim(s: string): string {
  let start = 0;
  let end = s.length;
  while (start < end && s.charCodeAt(start) <= 32) start++;
  while (end > start && s.charCodeAt(end - 1) <= 32) end--;
  return s.slice(start, end);
}

/** `String.valueOf(x)`: Date prints `yyyy-MM-dd`, Datetime prints in the user's time zone, the rest as concatenation does. */
export function stringValueOf(ctx: Ctx, v: ApexValue): string {
  if (v instanceof ApexDatetime) return v.toLocalString(userTimeZone(ctx));
  if (v instanceof ApexDate) return v.toString();
  return ctx.toApexString(v);
}

function substring(s: string, args: ApexValue[]): string {
  arity('String.substring', args, 1, 2);
  const start = intArg(args, 0, 'String.substring');
  const end = args.length === 2 ? intArg(args, 1, 'String.substring') : s.length;
  if (start < 0) throw new ApexError('System.StringException', `Starting position out of bounds: ${start}`);
  if (end > s.length) throw new ApexError('System.StringException', `Ending position out of bounds: ${end}`);
  if (start > end) throw new ApexError('System.StringException', `Starting position out of bounds: ${start}`);
  return s.slice(start, end);
}

/** StringUtils.abbreviate: `maxWidth` counts the three dots; below 4 → IllegalArgumentException. */
function abbreviate(s: string, args: ApexValue[]): string {
  arity('String.abbreviate', args, 1, 2);
  if (args.length === 2) throw new NotSupportedError('String.abbreviate(maxWidth, offset)');
  const max = intArg(args, 0, 'String.abbreviate');
  if (max < 4) throw new ApexError('System.IllegalArgumentException', 'Minimum abbreviation width is 4');
  return s.length <= max ? s : s.slice(0, max - 3) + '...';
}

/** StringUtils.leftPad/rightPad: pads with spaces or with a repeated pad string. */
function pad(s: string, args: ApexValue[], left: boolean, method: string): string {
  arity(method, args, 1, 2);
  const size = intArg(args, 0, method);
  const padStr = args.length === 2 && args[1] !== null ? stringArg(args, 1, method) : ' ';
  if (padStr === '') return left ? s.padStart(size, ' ') : s.padEnd(size, ' ');
  return left ? s.padStart(size, padStr) : s.padEnd(size, padStr);
}

function repeat(s: string, args: ApexValue[]): string {
  arity('String.repeat', args, 1, 2);
  if (args.length === 1) return s.repeat(Math.max(0, intArg(args, 0, 'String.repeat')));
  const sep = stringArg(args, 0, 'String.repeat');
  const n = intArg(args, 1, 'String.repeat');
  return n <= 0 ? '' : new Array<string>(n).fill(s).join(sep);
}

type StrFn = NativeFn<string>;
const s1 = (method: string, fn: (self: string, arg: string) => ApexValue): StrFn => {
  return (_ctx, self, args) => {
    arity(method, args, 1);
    return fn(self, stringArg(args, 0, method));
  };
};

/** The StringUtils separator rules: a null separator leaves Before/BeforeLast whole and After/AfterLast empty. */
const separatorMethod = (
  method: string,
  fn: (self: string, sep: string) => string,
  onNull: 'self' | 'empty',
): StrFn => {
  return (_ctx, self, args) => {
    arity(method, args, 1);
    if (args[0] === null) return onNull === 'self' ? self : '';
    return fn(self, stringArg(args, 0, method));
  };
};

const isDigit = (c: string): boolean => /^\p{Nd}$/u.test(c);
const isLetter = (c: string): boolean => /^\p{L}$/u.test(c);

const methods: Record<string, StrFn> = {
  abbreviate: (_ctx, self, args) => abbreviate(self, args),
  capitalize: (_ctx, self) => (self === '' ? self : self.charAt(0).toUpperCase() + self.slice(1)),
  charat: (_ctx, self, args) => {
    arity('String.charAt', args, 1);
    const i = intArg(args, 0, 'String.charAt');
    if (i < 0 || i >= self.length)
      throw new ApexError('System.StringException', `Char index out of bounds: ${i}`);
    return self.charCodeAt(i);
  },
  compareto: s1('String.compareTo', (self, other) => javaCompare(self, other)),
  contains: s1('String.contains', (self, sub) => self.includes(sub)),
  containsignorecase: s1('String.containsIgnoreCase', (self, sub) =>
    self.toLowerCase().includes(sub.toLowerCase()),
  ),
  containswhitespace: (_ctx, self) => /[\s]/.test(self),
  countmatches: s1('String.countMatches', (self, sub) => (sub === '' ? 0 : self.split(sub).length - 1)),
  deletewhitespace: (_ctx, self) => [...self].filter((c) => !WHITESPACE.test(c)).join(''),
  endswith: s1('String.endsWith', (self, suffix) => self.endsWith(suffix)),
  endswithignorecase: s1('String.endsWithIgnoreCase', (self, x) =>
    self.toLowerCase().endsWith(x.toLowerCase()),
  ),
  equals: (_ctx, self, args) => {
    arity('String.equals', args, 1);
    return typeof args[0] === 'string' && args[0] === self;
  },
  equalsignorecase: (_ctx, self, args) => {
    arity('String.equalsIgnoreCase', args, 1);
    return typeof args[0] === 'string' && args[0].toLowerCase() === self.toLowerCase();
  },
  hashcode: (_ctx, self) => stringHashCode(self),
  indexof: (_ctx, self, args) => {
    arity('String.indexOf', args, 1, 2);
    const from = args.length === 2 ? intArg(args, 1, 'String.indexOf') : 0;
    return self.indexOf(stringArg(args, 0, 'String.indexOf'), Math.max(0, from));
  },
  indexofignorecase: (_ctx, self, args) => {
    arity('String.indexOfIgnoreCase', args, 1, 2);
    const from = args.length === 2 ? intArg(args, 1, 'String.indexOfIgnoreCase') : 0;
    return self
      .toLowerCase()
      .indexOf(stringArg(args, 0, 'String.indexOfIgnoreCase').toLowerCase(), Math.max(0, from));
  },
  isalpha: (_ctx, self) => self !== '' && [...self].every(isLetter),
  isalphanumeric: (_ctx, self) => self !== '' && [...self].every((c) => isLetter(c) || isDigit(c)),
  isalllowercase: (_ctx, self) => self !== '' && [...self].every((c) => /^\p{Ll}$/u.test(c)),
  isalluppercase: (_ctx, self) => self !== '' && [...self].every((c) => /^\p{Lu}$/u.test(c)),
  isnumeric: (_ctx, self) => self !== '' && [...self].every(isDigit),
  iswhitespace: (_ctx, self) => self !== '' && WHITESPACE.test(self),
  lastindexof: (_ctx, self, args) => {
    arity('String.lastIndexOf', args, 1, 2);
    const sub = stringArg(args, 0, 'String.lastIndexOf');
    return args.length === 2
      ? self.lastIndexOf(sub, intArg(args, 1, 'String.lastIndexOf'))
      : self.lastIndexOf(sub);
  },
  left: (_ctx, self, args) => {
    arity('String.left', args, 1);
    return self.slice(0, Math.max(0, intArg(args, 0, 'String.left')));
  },
  leftpad: (_ctx, self, args) => pad(self, args, true, 'String.leftPad'),
  length: (_ctx, self) => self.length,
  mid: (_ctx, self, args) => {
    arity('String.mid', args, 2);
    const start = Math.max(0, intArg(args, 0, 'String.mid'));
    const len = intArg(args, 1, 'String.mid');
    return len < 0 || start > self.length ? '' : self.slice(start, start + len);
  },
  normalizespace: (_ctx, self) => javaTrim(self).replace(/[\s]+/g, ' '),
  remove: s1('String.remove', (self, x) => (x === '' ? self : self.split(x).join(''))),
  removeend: s1('String.removeEnd', (self, x) =>
    x !== '' && self.endsWith(x) ? self.slice(0, self.length - x.length) : self,
  ),
  removeendignorecase: s1('String.removeEndIgnoreCase', (self, x) =>
    x !== '' && self.toLowerCase().endsWith(x.toLowerCase()) ? self.slice(0, self.length - x.length) : self,
  ),
  removestart: s1('String.removeStart', (self, x) =>
    x !== '' && self.startsWith(x) ? self.slice(x.length) : self,
  ),
  removestartignorecase: s1('String.removeStartIgnoreCase', (self, x) =>
    x !== '' && self.toLowerCase().startsWith(x.toLowerCase()) ? self.slice(x.length) : self,
  ),
  repeat: (_ctx, self, args) => repeat(self, args),
  replace: (_ctx, self, args) => {
    arity('String.replace', args, 2);
    const target = stringArg(args, 0, 'String.replace');
    const replacement = stringArg(args, 1, 'String.replace');
    // Java String.replace(CharSequence…): an empty target inserts the replacement around every char.
    return self.split(target).join(replacement);
  },
  reverse: (_ctx, self) => [...self].reverse().join(''),
  right: (_ctx, self, args) => {
    arity('String.right', args, 1);
    const n = intArg(args, 0, 'String.right');
    return n <= 0 ? '' : self.slice(Math.max(0, self.length - n));
  },
  rightpad: (_ctx, self, args) => pad(self, args, false, 'String.rightPad'),
  startswith: s1('String.startsWith', (self, prefix) => self.startsWith(prefix)),
  startswithignorecase: s1('String.startsWithIgnoreCase', (self, x) =>
    self.toLowerCase().startsWith(x.toLowerCase()),
  ),
  substring: (_ctx, self, args) => substring(self, args),
  substringafter: separatorMethod(
    'String.substringAfter',
    (self, sep) => (sep === '' ? self : self.includes(sep) ? self.slice(self.indexOf(sep) + sep.length) : ''),
    'empty',
  ),
  substringafterlast: separatorMethod(
    'String.substringAfterLast',
    (self, sep) => {
      const i = sep === '' ? -1 : self.lastIndexOf(sep);
      return i < 0 || i === self.length - sep.length ? '' : self.slice(i + sep.length);
    },
    'empty',
  ),
  substringbefore: separatorMethod(
    'String.substringBefore',
    (self, sep) => (sep === '' ? '' : self.includes(sep) ? self.slice(0, self.indexOf(sep)) : self),
    'self',
  ),
  substringbeforelast: separatorMethod(
    'String.substringBeforeLast',
    (self, sep) => (sep === '' || !self.includes(sep) ? self : self.slice(0, self.lastIndexOf(sep))),
    'self',
  ),
  substringbetween: (_ctx, self, args) => {
    arity('String.substringBetween', args, 1, 2);
    const open = stringArg(args, 0, 'String.substringBetween');
    const close = args.length === 2 ? stringArg(args, 1, 'String.substringBetween') : open;
    const start = self.indexOf(open);
    if (start < 0) return null;
    const end = self.indexOf(close, start + open.length);
    return end < 0 ? null : self.slice(start + open.length, end);
  },
  matches: s1('String.matches', (self, regex) => javaMatches(regex, self)),
  replaceall: (_ctx, self, args) => {
    arity('String.replaceAll', args, 2);
    return javaReplaceAll(
      self,
      stringArg(args, 0, 'String.replaceAll'),
      stringArg(args, 1, 'String.replaceAll'),
    );
  },
  replacefirst: (_ctx, self, args) => {
    arity('String.replaceFirst', args, 2);
    return javaReplaceFirst(
      self,
      stringArg(args, 0, 'String.replaceFirst'),
      stringArg(args, 1, 'String.replaceFirst'),
    );
  },
  split: (_ctx, self, args) => {
    arity('String.split', args, 1, 2);
    const limit = args.length === 2 ? intArg(args, 1, 'String.split') : 0;
    return new ApexList({ name: 'String' }, javaSplit(self, stringArg(args, 0, 'String.split'), limit));
  },
  tolowercase: (_ctx, self) => self.toLowerCase(),
  touppercase: (_ctx, self) => self.toUpperCase(),
  tostring: (_ctx, self) => self,
  trim: (_ctx, self) => javaTrim(self),
  uncapitalize: (_ctx, self) => (self === '' ? self : self.charAt(0).toLowerCase() + self.slice(1)),
  escapesinglequotes: (_ctx, self) => self.replace(/'/g, "\\'"),
  getchars: (_ctx, self) =>
    new ApexList(
      { name: 'Integer' },
      [...self].map((c) => c.codePointAt(0) ?? 0),
    ),
};

/** Java `String.compareTo`: difference of the first differing UTF-16 units, else of the lengths. */
export function javaCompare(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

function nullableString(args: ApexValue[], method: string): string | null {
  arity(method, args, 1);
  const v = args[0];
  if (v !== null && typeof v !== 'string') throw unsupportedOverload(method, args);
  return v;
}

const statics: Record<string, NativeFn<null>> = {
  isblank: (_ctx, _self, args) => isBlank(nullableString(args, 'String.isBlank')),
  isnotblank: (_ctx, _self, args) => !isBlank(nullableString(args, 'String.isNotBlank')),
  isempty: (_ctx, _self, args) => {
    const s = nullableString(args, 'String.isEmpty');
    return s === null || s === '';
  },
  isnotempty: (_ctx, _self, args) => {
    const s = nullableString(args, 'String.isNotEmpty');
    return s !== null && s !== '';
  },
  valueof: (ctx, _self, args) => {
    arity('String.valueOf', args, 1);
    return stringValueOf(ctx, args[0]);
  },
  valueofgmt: (ctx, _self, args) => {
    arity('String.valueOfGmt', args, 1);
    const v = args[0];
    if (v === null) return ctx.toApexString(v);
    if (!(v instanceof ApexDatetime)) throw unsupportedOverload('String.valueOfGmt', args);
    return v.toString();
  },
  join: (ctx, _self, args) => {
    arity('String.join', args, 2);
    const items = itemsOf(args[0], 'String.join');
    const sep = args[1] === null ? '' : stringArg(args, 1, 'String.join');
    return items.map((x) => stringValueOf(ctx, x)).join(sep);
  },
  fromchararray: (_ctx, _self, args) => {
    arity('String.fromCharArray', args, 1);
    return String.fromCodePoint(
      ...itemsOf(args[0], 'String.fromCharArray').map((c) => (c === null ? 0 : (c as number))),
    );
  },
  escapesinglequotes: (_ctx, _self, args) =>
    stringArg(args, 0, 'String.escapeSingleQuotes').replace(/'/g, "\\'"),
};

export const StringClass: NativeClass = {
  name: 'String',
  namespace: 'System',
  statics,
  methods: methods as Record<string, NativeFn>,
};
