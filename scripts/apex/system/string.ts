/**
 * `System.String`: statics (`isBlank`, `valueOf`, `join` …) and instance methods on the primitive,
 * bound to the Java / StringUtils semantics in lang/java-string, lang/java-escape and the Java regex
 * library (`split`, `matches`, `replaceAll`, `replaceFirst`).
 */
import { NotSupportedError } from '../lang/errors';
import * as E from '../lang/java-escape';
import { messageFormat, type MessageArg } from '../lang/message-format';
import { javaMatches, javaReplaceAll, javaReplaceFirst, javaSplit } from '../lang/java-matcher';
import * as J from '../lang/java-string';
import { ApexDate, ApexDatetime } from '../lang/temporal';
import type { Ctx, NativeClass, NativeFn } from '../interp/native';
import { ApexList, type ApexValue } from '../interp/values';
import { arity, intArg, stringArg, unsupportedOverload } from './args';
import { userTimeZone } from './clock';
import { itemsOf } from './list';
import { asDecimal, numKind } from './number-kinds';

const STRING = { name: 'String' };

/** `String.valueOf(x)`: Date prints `yyyy-MM-dd`, Datetime prints in the user's time zone, the rest as concatenation does. */
export function stringValueOf(ctx: Ctx, v: ApexValue): string {
  if (v instanceof ApexDatetime) return v.toLocalString(userTimeZone(ctx));
  if (v instanceof ApexDate) return v.toString();
  return ctx.toApexString(v);
}

type StrFn = NativeFn<string>;

/** A method with no arguments. */
const m0 =
  (method: string, fn: (self: string) => ApexValue): StrFn =>
  (_ctx, self, args) => {
    arity(method, args, 0);
    return fn(self);
  };

type ArgReader<A> = (args: ApexValue[], i: number, method: string) => A;

/** StringUtils separator methods take a null separator (no dereference). */
const separatorArg: ArgReader<string | null> = (args, i, method) =>
  args[i] === null ? null : stringArg(args, i, method);

/** Methods with one argument that `read` takes: String and Integer dereference (null → NullPointerException). */
const oneArg =
  <A>(read: ArgReader<A>) =>
  (method: string, fn: (self: string, arg: A) => ApexValue): StrFn =>
  (_ctx, self, args) => {
    arity(method, args, 1);
    return fn(self, read(args, 0, method));
  };
const m1 = oneArg(stringArg);
const mInt = oneArg(intArg);
const mSep = oneArg(separatorArg);

/** A method with two String arguments that Apex dereferences. */
const m2 =
  (method: string, fn: (self: string, a: string, b: string) => ApexValue): StrFn =>
  (_ctx, self, args) => {
    arity(method, args, 2);
    return fn(self, stringArg(args, 0, method), stringArg(args, 1, method));
  };

/** `name(a[, n])`: a first argument read by `first`, then an optional Integer. */
const mOptInt =
  <A>(method: string, first: ArgReader<A>, fn: (self: string, a: A, n?: number) => ApexValue): StrFn =>
  (_ctx, self, args) => {
    arity(method, args, 1, 2);
    const a = first(args, 0, method);
    return args.length === 2 ? fn(self, a, intArg(args, 1, method)) : fn(self, a);
  };

/** `indexOf(sub[, from])` and its ignore-case twin. */
const mIndex = (method: string, fn: (self: string, sub: string, from: number) => number): StrFn =>
  mOptInt(method, stringArg, (self, sub, from = 0) => fn(self, sub, Math.max(0, from)));

/** `leftPad(size[, pad])`, `rightPad`, `center`. */
const mPad =
  (method: string, fn: (self: string, size: number, pad?: string) => string): StrFn =>
  (_ctx, self, args) => {
    arity(method, args, 1, 2);
    const size = intArg(args, 0, method);
    return args.length === 2 ? fn(self, size, stringArg(args, 1, method)) : fn(self, size);
  };

const methods: Record<string, StrFn> = {
  abbreviate: mOptInt('String.abbreviate', intArg, J.abbreviate),
  capitalize: m0('String.capitalize', J.capitalize),
  center: mPad('String.center', J.center),
  charat: mInt('String.charAt', J.charAt),
  codepointat: mInt('String.codePointAt', J.codePointAt),
  compareto: m1('String.compareTo', J.compareTo),
  contains: m1('String.contains', (self, sub) => self.includes(sub)),
  containsany: m1('String.containsAny', J.containsAny),
  containsignorecase: m1('String.containsIgnoreCase', J.containsIgnoreCase),
  containsnone: m1('String.containsNone', J.containsNone),
  containsonly: m1('String.containsOnly', J.containsOnly),
  containswhitespace: m0('String.containsWhitespace', (self) => J.deleteWhitespace(self) !== self),
  countmatches: m1('String.countMatches', J.countMatches),
  deletewhitespace: m0('String.deleteWhitespace', J.deleteWhitespace),
  difference: m1('String.difference', J.difference),
  endswith: m1('String.endsWith', (self, suffix) => self.endsWith(suffix)),
  endswithignorecase: m1('String.endsWithIgnoreCase', J.endsWithIgnoreCase),
  equals: (_ctx, self, args) => {
    arity('String.equals', args, 1);
    return typeof args[0] === 'string' && args[0] === self;
  },
  equalsignorecase: (_ctx, self, args) => {
    arity('String.equalsIgnoreCase', args, 1);
    return typeof args[0] === 'string' && J.equalsIgnoreCase(self, args[0]);
  },
  escapecsv: m0('String.escapeCsv', E.escapeCsv),
  escapehtml4: m0('String.escapeHtml4', E.escapeHtml4),
  escapejava: m0('String.escapeJava', E.escapeJava),
  escapesinglequotes: m0('String.escapeSingleQuotes', E.escapeSingleQuotes),
  escapeunicode: m0('String.escapeUnicode', E.escapeUnicode),
  escapexml: m0('String.escapeXml', E.escapeXml),
  getchars: m0('String.getChars', (self) => new ApexList({ name: 'Integer' }, J.getChars(self))),
  getlevenshteindistance: mOptInt('String.getLevenshteinDistance', stringArg, J.getLevenshteinDistance),
  hashcode: m0('String.hashCode', J.hashCode),
  indexof: mIndex('String.indexOf', (self, sub, from) => self.indexOf(sub, from)),
  indexofignorecase: mIndex('String.indexOfIgnoreCase', J.indexOfIgnoreCase),
  isalllowercase: m0('String.isAllLowerCase', J.isAllLowerCase),
  isalluppercase: m0('String.isAllUpperCase', J.isAllUpperCase),
  isalpha: m0('String.isAlpha', J.isAlpha),
  isalphaspace: m0('String.isAlphaSpace', J.isAlphaSpace),
  isalphanumeric: m0('String.isAlphanumeric', J.isAlphanumeric),
  isalphanumericspace: m0('String.isAlphanumericSpace', J.isAlphanumericSpace),
  isasciiprintable: m0('String.isAsciiPrintable', J.isAsciiPrintable),
  isnumeric: m0('String.isNumeric', J.isNumeric),
  isnumericspace: m0('String.isNumericSpace', J.isNumericSpace),
  iswhitespace: m0('String.isWhitespace', J.isWhitespace),
  lastindexof: mOptInt('String.lastIndexOf', stringArg, (self, sub, from) =>
    from === undefined ? self.lastIndexOf(sub) : self.lastIndexOf(sub, from),
  ),
  left: mInt('String.left', J.left),
  leftpad: mPad('String.leftPad', J.leftPad),
  length: m0('String.length', (self) => self.length),
  matches: m1('String.matches', (self, regex) => javaMatches(regex, self)),
  mid: (_ctx, self, args) => {
    arity('String.mid', args, 2);
    return J.mid(self, intArg(args, 0, 'String.mid'), intArg(args, 1, 'String.mid'));
  },
  normalizespace: m0('String.normalizeSpace', J.normalizeSpace),
  remove: m1('String.remove', J.remove),
  removeend: m1('String.removeEnd', J.removeEnd),
  removeendignorecase: m1('String.removeEndIgnoreCase', J.removeEndIgnoreCase),
  removestart: m1('String.removeStart', J.removeStart),
  removestartignorecase: m1('String.removeStartIgnoreCase', J.removeStartIgnoreCase),
  repeat: (_ctx, self, args) => {
    arity('String.repeat', args, 1, 2);
    if (args.length === 1) return J.repeat(self, intArg(args, 0, 'String.repeat'));
    return J.repeat(self, intArg(args, 1, 'String.repeat'), stringArg(args, 0, 'String.repeat'));
  },
  replace: m2('String.replace', J.replace),
  replaceall: m2('String.replaceAll', javaReplaceAll),
  replacefirst: m2('String.replaceFirst', javaReplaceFirst),
  reverse: m0('String.reverse', J.reverse),
  right: mInt('String.right', J.right),
  rightpad: mPad('String.rightPad', J.rightPad),
  split: mOptInt(
    'String.split',
    stringArg,
    (self, regex, limit = 0) => new ApexList(STRING, javaSplit(self, regex, limit)),
  ),
  splitbycharactertype: m0(
    'String.splitByCharacterType',
    (self) => new ApexList(STRING, J.splitByCharacterType(self)),
  ),
  splitbycharactertypecamelcase: m0(
    'String.splitByCharacterTypeCamelCase',
    (self) => new ApexList(STRING, J.splitByCharacterType(self, true)),
  ),
  startswith: m1('String.startsWith', (self, prefix) => self.startsWith(prefix)),
  startswithignorecase: m1('String.startsWithIgnoreCase', J.startsWithIgnoreCase),
  striphtmltags: m0('String.stripHtmlTags', J.stripHtmlTags),
  substring: mOptInt('String.substring', intArg, J.substring),
  substringafter: mSep('String.substringAfter', J.substringAfter),
  substringafterlast: mSep('String.substringAfterLast', J.substringAfterLast),
  substringbefore: mSep('String.substringBefore', J.substringBefore),
  substringbeforelast: mSep('String.substringBeforeLast', J.substringBeforeLast),
  substringbetween: (_ctx, self, args) => {
    arity('String.substringBetween', args, 1, 2);
    const open = separatorArg(args, 0, 'String.substringBetween');
    if (args.length === 1) return J.substringBetween(self, open);
    return J.substringBetween(self, open, separatorArg(args, 1, 'String.substringBetween'));
  },
  tolowercase: (_ctx, self, args) => {
    if (args.length > 0) throw new NotSupportedError('String.toLowerCase(locale)');
    return J.toLowerCase(self);
  },
  tostring: m0('String.toString', (self) => self),
  touppercase: (_ctx, self, args) => {
    if (args.length > 0) throw new NotSupportedError('String.toUpperCase(locale)');
    return J.toUpperCase(self);
  },
  trim: m0('String.trim', J.trim),
  uncapitalize: m0('String.uncapitalize', J.uncapitalize),
  unescapecsv: m0('String.unescapeCsv', E.unescapeCsv),
  unescapehtml4: m0('String.unescapeHtml4', E.unescapeHtml4),
  unescapejava: m0('String.unescapeJava', E.unescapeJava),
  unescapeunicode: m0('String.unescapeUnicode', E.unescapeUnicode),
  unescapexml: m0('String.unescapeXml', E.unescapeXml),
};

function nullableString(args: ApexValue[], method: string): string | null {
  arity(method, args, 1);
  const v = args[0];
  if (v !== null && typeof v !== 'string') throw unsupportedOverload(method, args);
  return v;
}

const statics: Record<string, NativeFn<null>> = {
  isblank: (_ctx, _self, args) => J.isBlank(nullableString(args, 'String.isBlank')),
  isnotblank: (_ctx, _self, args) => J.isNotBlank(nullableString(args, 'String.isNotBlank')),
  isempty: (_ctx, _self, args) => J.isEmpty(nullableString(args, 'String.isEmpty')),
  isnotempty: (_ctx, _self, args) => J.isNotEmpty(nullableString(args, 'String.isNotEmpty')),
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
  /** Each element as `String.valueOf` renders it (null → `null`, as Java's String.join does) [unverified for Apex]. */
  join: (ctx, _self, args) => {
    arity('String.join', args, 2);
    const items = itemsOf(args[0], 'String.join');
    const sep = args[1] === null ? '' : stringArg(args, 1, 'String.join');
    return J.join(
      items.map((x) => stringValueOf(ctx, x)),
      sep,
    );
  },
  fromchararray: (_ctx, _self, args) => {
    arity('String.fromCharArray', args, 1);
    const codes = itemsOf(args[0], 'String.fromCharArray').map((c) => {
      if (typeof c !== 'number') throw unsupportedOverload('String.fromCharArray', args);
      return c;
    });
    return J.fromCharArray(codes);
  },
  /** MessageFormat (apex-semantics §5.1): numbers go over as numbers, everything else as `String.valueOf`. */
  format: (ctx, _self, args) => {
    arity('String.format', args, 2);
    const pattern = stringArg(args, 0, 'String.format');
    const values = itemsOf(args[1], 'String.format').map((x): MessageArg => {
      if (x === null) return null;
      return numKind(x) === undefined ? stringValueOf(ctx, x) : asDecimal(x);
    });
    return messageFormat(pattern, values);
  },
  escapesinglequotes: (_ctx, _self, args) => {
    arity('String.escapeSingleQuotes', args, 1);
    return E.escapeSingleQuotes(stringArg(args, 0, 'String.escapeSingleQuotes'));
  },
};

export const StringClass: NativeClass = {
  name: 'String',
  namespace: 'System',
  statics,
  methods: methods as Record<string, NativeFn>,
};
