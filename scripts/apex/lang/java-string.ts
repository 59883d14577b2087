/**
 * The Java / Apache Commons StringUtils semantics behind Apex's String methods, as pure functions.
 * Indexes are UTF-16 code units, as in Java.
 */
import { ApexError } from './errors';
import {
  characterType,
  isJavaDigit,
  isJavaLetter,
  isJavaLetterOrDigit,
  isJavaWhitespace,
} from './java-chars';

const stringError = (message: string): ApexError => new ApexError('System.StringException', message);
const units = (s: string): string[] => s.split('');

/** `substring(begin[, end])` with Apex's errors (`Ending position out of bounds: 5`). */
export function substring(s: string, begin: number, end: number = s.length): string {
  if (begin < 0 || begin > s.length) throw stringError(`Starting position out of bounds: ${begin}`);
  if (end > s.length || end < begin) throw stringError(`Ending position out of bounds: ${end}`);
  return s.slice(begin, end);
}

/** `charAt(i)`: the UTF-16 unit as an Integer. */
export function charAt(s: string, index: number): number {
  if (index < 0 || index >= s.length) throw stringError(`String index out of range: ${index}`);
  return s.charCodeAt(index);
}

/** `codePointAt(i)`: the code point starting at UTF-16 index i (a pair counts as one). */
export function codePointAt(s: string, index: number): number {
  if (index < 0 || index >= s.length) throw stringError(`String index out of range: ${index}`);
  return s.codePointAt(index) ?? 0;
}

/** `getChars()`: the code points. */
export function getChars(s: string): number[] {
  return [...s].map((c) => c.codePointAt(0) ?? 0);
}

/** `String.fromCharArray(codePoints)`. */
export function fromCharArray(codePoints: number[]): string {
  return codePoints.map((cp) => String.fromCodePoint(cp)).join('');
}

/** Java `String.hashCode`: 31-based over UTF-16 units, 32-bit. */
export function hashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(31, h) + s.charCodeAt(i)) | 0;
  return h;
}

/** Java `compareTo`: the difference of the first differing units, else of the lengths. */
export function compareTo(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const d = a.charCodeAt(i) - b.charCodeAt(i);
    if (d !== 0) return d;
  }
  return a.length - b.length;
}

/** Java `equalsIgnoreCase`: per unit, equal after upper- or lower-casing. */
export function equalsIgnoreCase(a: string, b: string): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i];
    const y = b[i];
    if (x === y || x.toUpperCase() === y.toUpperCase() || x.toLowerCase() === y.toLowerCase()) continue;
    return false;
  }
  return true;
}

export function containsIgnoreCase(s: string, search: string): boolean {
  return indexOfIgnoreCase(s, search) >= 0;
}

export function indexOfIgnoreCase(s: string, search: string, from = 0): number {
  const start = Math.max(0, from);
  for (let i = start; i + search.length <= s.length; i++) {
    if (equalsIgnoreCase(s.slice(i, i + search.length), search)) return i;
  }
  return -1;
}

export function startsWithIgnoreCase(s: string, prefix: string): boolean {
  return prefix.length <= s.length && equalsIgnoreCase(s.slice(0, prefix.length), prefix);
}

export function endsWithIgnoreCase(s: string, suffix: string): boolean {
  return suffix.length <= s.length && equalsIgnoreCase(s.slice(s.length - suffix.length), suffix);
}

/** Java `trim`: removes leading and trailing units <= U+0020. */
export function trim(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && s.charCodeAt(a) <= 0x20) a++;
  while (b > a && s.charCodeAt(b - 1) <= 0x20) b--;
  return s.slice(a, b);
}

/** StringUtils `strip(s[, chars])`: removes Java whitespace (or the given characters) at both ends. */
export function strip(s: string, chars?: string): string {
  const strippable = (c: string): boolean => (chars === undefined ? isJavaWhitespace(c) : chars.includes(c));
  let a = 0;
  let b = s.length;
  while (a < b && strippable(s[a])) a++;
  while (b > a && strippable(s[b - 1])) b--;
  return s.slice(a, b);
}

export function deleteWhitespace(s: string): string {
  return units(s)
    .filter((c) => !isJavaWhitespace(c))
    .join('');
}

/** Trim, then collapse every run of whitespace into one space. */
export function normalizeSpace(s: string): string {
  let out = '';
  let pendingSpace = false;
  for (const c of strip(s)) {
    if (isJavaWhitespace(c) || c === '\u00a0') {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace && out.length > 0) out += ' ';
    pendingSpace = false;
    out += c;
  }
  return out;
}

export const isEmpty = (s: string | null): boolean => s === null || s.length === 0;
export const isNotEmpty = (s: string | null): boolean => !isEmpty(s);
export const isBlank = (s: string | null): boolean => s === null || units(s).every(isJavaWhitespace);
export const isNotBlank = (s: string | null): boolean => !isBlank(s);

const allOf = (s: string, test: (c: string) => boolean): boolean => s.length > 0 && units(s).every(test);

export const isAlpha = (s: string): boolean => allOf(s, isJavaLetter);
export const isAlphaSpace = (s: string): boolean =>
  s.length > 0 && units(s).every((c) => c === ' ' || isJavaLetter(c));
export const isAlphanumeric = (s: string): boolean => allOf(s, isJavaLetterOrDigit);
export const isAlphanumericSpace = (s: string): boolean =>
  s.length > 0 && units(s).every((c) => c === ' ' || isJavaLetterOrDigit(c));
export const isNumeric = (s: string): boolean => allOf(s, isJavaDigit);
export const isNumericSpace = (s: string): boolean =>
  s.length > 0 && units(s).every((c) => c === ' ' || isJavaDigit(c));
/** StringUtils `isWhitespace`: true for the empty string too. */
export const isWhitespace = (s: string): boolean => units(s).every(isJavaWhitespace);
export const isAsciiPrintable = (s: string): boolean => /^[\x20-\x7e]*$/.test(s);
export const isAllLowerCase = (s: string): boolean => allOf(s, (c) => /^\p{Ll}$/u.test(c));
export const isAllUpperCase = (s: string): boolean => allOf(s, (c) => /^\p{Lu}$/u.test(c));

/** First unit to title case (StringUtils `capitalize`). */
export function capitalize(s: string): string {
  if (s.length === 0) return s;
  const first = s[0];
  const title = first === 'ǆ' || first === 'Ǆ' ? 'ǅ' : first.toUpperCase();
  return (title.length === 1 ? title : first) + s.slice(1);
}

export function uncapitalize(s: string): string {
  if (s.length === 0) return s;
  const lower = s[0].toLowerCase();
  return (lower.length === 1 ? lower : s[0]) + s.slice(1);
}

/** StringUtils `abbreviate(s, maxWidth[, offset])`: `...` counts in the width; width < 4 (7 with an offset) throws. */
export function abbreviate(s: string, maxWidth: number, offset = 0): string {
  if (maxWidth < 4) throw stringError('Minimum abbreviation width is 4');
  if (s.length <= maxWidth) return s;
  let off = Math.min(offset, s.length);
  if (s.length - off < maxWidth - 3) off = s.length - (maxWidth - 3);
  if (off <= 4) return s.slice(0, maxWidth - 3) + '...';
  if (maxWidth < 7) throw stringError('Minimum abbreviation width with offset is 7');
  if (off + maxWidth - 3 < s.length) return '...' + abbreviate(s.slice(off), maxWidth - 3);
  return '...' + s.slice(s.length - (maxWidth - 3));
}

function padding(count: number, pad: string): string {
  if (count <= 0 || pad.length === 0) return '';
  return pad.repeat(Math.ceil(count / pad.length)).slice(0, count);
}

/** StringUtils `leftPad(s, size[, pad])` (pad defaults to a space). */
export function leftPad(s: string, size: number, pad = ' '): string {
  return padding(size - s.length, pad === '' ? ' ' : pad) + s;
}

export function rightPad(s: string, size: number, pad = ' '): string {
  return s + padding(size - s.length, pad === '' ? ' ' : pad);
}

/** StringUtils `center(s, size[, pad])`: the extra padding goes to the right. */
export function center(s: string, size: number, pad = ' '): string {
  const p = pad === '' ? ' ' : pad;
  if (size <= s.length) return s;
  const left = Math.floor((size - s.length) / 2);
  return rightPad(leftPad(s, s.length + left, p), size, p);
}

export function left(s: string, n: number): string {
  return n < 0 ? '' : s.slice(0, n);
}

export function right(s: string, n: number): string {
  if (n < 0) return '';
  return n >= s.length ? s : s.slice(s.length - n);
}

export function mid(s: string, pos: number, len: number): string {
  if (len < 0 || pos > s.length) return '';
  const start = Math.max(0, pos);
  return s.slice(start, start + len);
}

export function substringBefore(s: string, sep: string | null): string {
  if (sep === null) return s;
  if (sep === '') return '';
  const i = s.indexOf(sep);
  return i < 0 ? s : s.slice(0, i);
}

export function substringAfter(s: string, sep: string | null): string {
  if (sep === null) return '';
  if (sep === '') return s;
  const i = s.indexOf(sep);
  return i < 0 ? '' : s.slice(i + sep.length);
}

export function substringBeforeLast(s: string, sep: string | null): string {
  if (sep === null || sep === '') return s;
  const i = s.lastIndexOf(sep);
  return i < 0 ? s : s.slice(0, i);
}

export function substringAfterLast(s: string, sep: string | null): string {
  if (sep === null || sep === '') return '';
  const i = s.lastIndexOf(sep);
  return i < 0 || i === s.length - sep.length ? '' : s.slice(i + sep.length);
}

/** StringUtils `substringBetween(s, open[, close])`: null when either tag is missing. */
export function substringBetween(s: string, open: string | null, close: string | null = open): string | null {
  if (open === null || close === null) return null;
  const start = s.indexOf(open);
  if (start < 0) return null;
  const end = s.indexOf(close, start + open.length);
  return end < 0 ? null : s.slice(start + open.length, end);
}

/** Non-overlapping occurrences; 0 for an empty search. */
export function countMatches(s: string, sub: string): number {
  if (sub.length === 0) return 0;
  let count = 0;
  for (let i = s.indexOf(sub); i >= 0; i = s.indexOf(sub, i + sub.length)) count++;
  return count;
}

export function containsAny(s: string, chars: string): boolean {
  return chars.length > 0 && units(s).some((c) => chars.includes(c));
}

export function containsNone(s: string, chars: string): boolean {
  return !units(s).some((c) => chars.includes(c));
}

export function containsOnly(s: string, chars: string): boolean {
  return units(s).every((c) => chars.includes(c));
}

export function remove(s: string, sub: string): string {
  return sub === '' ? s : s.split(sub).join('');
}

export function removeStart(s: string, prefix: string): string {
  return prefix !== '' && s.startsWith(prefix) ? s.slice(prefix.length) : s;
}

export function removeEnd(s: string, suffix: string): string {
  return suffix !== '' && s.endsWith(suffix) ? s.slice(0, s.length - suffix.length) : s;
}

export function removeStartIgnoreCase(s: string, prefix: string): string {
  return prefix !== '' && startsWithIgnoreCase(s, prefix) ? s.slice(prefix.length) : s;
}

export function removeEndIgnoreCase(s: string, suffix: string): string {
  return suffix !== '' && endsWithIgnoreCase(s, suffix) ? s.slice(0, s.length - suffix.length) : s;
}

/** `repeat(n)` / `repeat(separator, n)`. */
export function repeat(s: string, times: number, separator = ''): string {
  if (times <= 0) return '';
  return Array.from({ length: times }, () => s).join(separator);
}

/** Reverses by code point (surrogate pairs stay together, like StringBuilder.reverse). */
export function reverse(s: string): string {
  return [...s].reverse().join('');
}

/** Java `String.replace(target, replacement)`: literal, all occurrences. */
export function replace(s: string, target: string, replacement: string): string {
  if (target === '') return replacement + units(s).join(replacement) + (s.length > 0 ? replacement : '');
  return s.split(target).join(replacement);
}

/** StringUtils `splitByCharacterType[CamelCase]`. */
export function splitByCharacterType(s: string, camelCase = false): string[] {
  if (s.length === 0) return [];
  const list: string[] = [];
  let tokenStart = 0;
  let currentType = characterType(s[0]);
  for (let pos = 1; pos < s.length; pos++) {
    const type = characterType(s[pos]);
    if (type === currentType) continue;
    if (camelCase && type === 'Ll' && currentType === 'Lu') {
      const newTokenStart = pos - 1;
      if (newTokenStart !== tokenStart) {
        list.push(s.slice(tokenStart, newTokenStart));
        tokenStart = newTokenStart;
      }
    } else {
      list.push(s.slice(tokenStart, pos));
      tokenStart = pos;
    }
    currentType = type;
  }
  list.push(s.slice(tokenStart));
  return list;
}

/** StringUtils `difference(a, b)`: the rest of b from where it differs from a. */
export function difference(a: string, b: string): string {
  const n = Math.min(a.length, b.length);
  let i = 0;
  while (i < n && a[i] === b[i]) i++;
  if (i === a.length && i === b.length) return '';
  return b.slice(i);
}

/** Levenshtein distance; with a threshold, -1 when the distance exceeds it. */
export function getLevenshteinDistance(a: string, b: string, threshold?: number): number {
  if (threshold !== undefined && threshold < 0) throw stringError('Threshold must not be negative');
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  const d = prev[b.length];
  return threshold !== undefined && d > threshold ? -1 : d;
}

/** `String.join(items, separator)` over already-converted strings. */
export function join(items: readonly string[], separator: string): string {
  return items.join(separator);
}

/** Locale-neutral case mapping (the root locale). */
export const toLowerCase = (s: string): string => s.toLowerCase();
export const toUpperCase = (s: string): string => s.toUpperCase();

/** Apex `stripHtmlTags`: drops comments, `<script>`/`<style>` blocks and tags, then trims. */
export function stripHtmlTags(s: string): string {
  return trim(
    s
      .replace(/<!--[\s\S]*?-->/g, '')
      .replace(/<(script|style)\b[^>]*>[\s\S]*?<\/\1\s*>/gi, '')
      .replace(/<\/?[a-zA-Z!][^>]*>/g, ''),
  );
}
