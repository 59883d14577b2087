/** java.lang.Character predicates on one UTF-16 code unit or code point (as a 1–2 unit string). */

const WHITESPACE = /^(?:[\t\n\u000B\f\r\u001C-\u001F]|(?![\u00A0\u2007\u202F])[\p{Zs}\p{Zl}\p{Zp}])$/u;

/** `Character.isWhitespace`: separators except no-break spaces, plus ASCII controls \t \n \v \f \r and FS–US. */
export const isJavaWhitespace = (ch: string): boolean => WHITESPACE.test(ch);
export const isJavaLetter = (ch: string): boolean => /^\p{L}$/u.test(ch);
export const isJavaDigit = (ch: string): boolean => /^\p{Nd}$/u.test(ch);
export const isJavaLetterOrDigit = (ch: string): boolean => /^[\p{L}\p{Nd}]$/u.test(ch);

/** The general category of a code unit, as `Character.getType` tells them apart (`Lu`, `Ll`, `Nd` …). */
export function characterType(ch: string): string {
  const categories = [
    'Lu',
    'Ll',
    'Lt',
    'Lm',
    'Lo',
    'Mn',
    'Mc',
    'Me',
    'Nd',
    'Nl',
    'No',
    'Zs',
    'Zl',
    'Zp',
    'Cc',
    'Cf',
    'Co',
    'Cs',
    'Pd',
    'Ps',
    'Pe',
    'Pc',
    'Po',
    'Sm',
    'Sc',
    'Sk',
    'So',
    'Pi',
    'Pf',
  ];
  return categories.find((c) => categoryRegex(c).test(ch)) ?? 'Cn';
}

const categoryCache = new Map<string, RegExp>();
function categoryRegex(category: string): RegExp {
  let r = categoryCache.get(category);
  if (!r) {
    r = new RegExp(`^\\p{${category}}$`, 'u');
    categoryCache.set(category, r);
  }
  return r;
}
