import { ApexError } from '../errors';
import { apexErrorOf } from './apex-error';
import * as J from '../java-string';

describe('indexing', () => {
  it('substring throws Apex errors', () => {
    expect(J.substring('hello', 1, 3)).toBe('el');
    expect(J.substring('hello', 2)).toBe('llo');
    expect(J.substring('hello', 5)).toBe('');
    expect(apexErrorOf(() => J.substring('abc', 0, 5))).toBe(
      'System.StringException: Ending position out of bounds: 5',
    );
    expect(apexErrorOf(() => J.substring('abc', -1))).toBe(
      'System.StringException: Starting position out of bounds: -1',
    );
    expect(apexErrorOf(() => J.substring('abc', 2, 1))).toBe(
      'System.StringException: Ending position out of bounds: 1',
    );
  });

  it('reads units and code points', () => {
    expect(J.charAt('abc', 1)).toBe(98);
    expect(J.charAt('😀', 0)).toBe(0xd83d);
    expect(J.codePointAt('a😀', 1)).toBe(0x1f600);
    expect(J.getChars('a😀')).toEqual([97, 0x1f600]);
    expect(J.fromCharArray([72, 105, 0x1f600])).toBe('Hi😀');
    expect(() => J.charAt('abc', 3)).toThrow(ApexError);
  });

  it('hashes and compares like Java', () => {
    expect(J.hashCode('')).toBe(0);
    expect(J.hashCode('hello')).toBe(99162322);
    expect(J.hashCode('abc')).toBe(96354);
    expect(J.hashCode('Hello World')).toBe(-862545276);
    expect(J.compareTo('apple', 'banana')).toBe(-1);
    expect(J.compareTo('a', 'abc')).toBe(-2);
    expect(J.compareTo('B', 'a')).toBe(-31);
    expect(J.compareTo('same', 'same')).toBe(0);
  });
});

describe('case-insensitive helpers', () => {
  it('compare ignoring case', () => {
    expect(J.equalsIgnoreCase('HeLLo', 'hello')).toBe(true);
    expect(J.equalsIgnoreCase('abc', 'abd')).toBe(false);
    expect(J.containsIgnoreCase('Salesforce', 'FORCE')).toBe(true);
    expect(J.indexOfIgnoreCase('aXbXc', 'x', 2)).toBe(3);
    expect(J.indexOfIgnoreCase('abc', 'z')).toBe(-1);
    expect(J.startsWithIgnoreCase('Hello', 'hE')).toBe(true);
    expect(J.endsWithIgnoreCase('Hello', 'LO')).toBe(true);
    expect(J.removeStartIgnoreCase('HelloWorld', 'hello')).toBe('World');
    expect(J.removeEndIgnoreCase('HelloWorld', 'WORLD')).toBe('Hello');
  });
});

describe('whitespace', () => {
  it('trims like Java, strips and normalizes Java whitespace', () => {
    expect(J.trim('\u0000 a b \t\n')).toBe('a b');
    expect(J.trim('\u00a0a\u00a0')).toBe('\u00a0a\u00a0');
    expect(J.strip('  a  ')).toBe('a');
    expect(J.strip('xxaxx', 'x')).toBe('a');
    expect(J.deleteWhitespace(' a b\tc\n')).toBe('abc');
    expect(J.normalizeSpace('  a   b \t c  ')).toBe('a b c');
  });

  it('tests blank, empty and character kinds', () => {
    expect(J.isBlank(null)).toBe(true);
    expect(J.isBlank(' \t')).toBe(true);
    expect(J.isBlank(' a')).toBe(false);
    expect(J.isNotBlank('a')).toBe(true);
    expect(J.isEmpty('')).toBe(true);
    expect(J.isEmpty(' ')).toBe(false);
    expect(J.isNotEmpty(' ')).toBe(true);
    expect(J.isAlpha('abcé')).toBe(true);
    expect(J.isAlpha('')).toBe(false);
    expect(J.isAlpha('ab1')).toBe(false);
    expect(J.isAlphaSpace('ab c')).toBe(true);
    expect(J.isAlphanumeric('ab1')).toBe(true);
    expect(J.isAlphanumericSpace('ab 1')).toBe(true);
    expect(J.isNumeric('123')).toBe(true);
    expect(J.isNumeric('12.3')).toBe(false);
    expect(J.isNumeric('-1')).toBe(false);
    expect(J.isNumericSpace('1 2')).toBe(true);
    expect(J.isWhitespace('')).toBe(true);
    expect(J.isWhitespace(' \n')).toBe(true);
    expect(J.isAsciiPrintable('a~ ')).toBe(true);
    expect(J.isAsciiPrintable('é')).toBe(false);
    expect(J.isAllLowerCase('abc')).toBe(true);
    expect(J.isAllLowerCase('aBc')).toBe(false);
    expect(J.isAllLowerCase('')).toBe(false);
    expect(J.isAllUpperCase('ABC')).toBe(true);
    expect(J.isAllUpperCase('AB C')).toBe(false);
  });
});

describe('StringUtils shaping', () => {
  it('abbreviates with ... counted in the width', () => {
    expect(J.abbreviate('abcdefg', 6)).toBe('abc...');
    expect(J.abbreviate('abcdefg', 7)).toBe('abcdefg');
    expect(J.abbreviate('abcdefghijklmno', 10, 5)).toBe('...fghi...');
    expect(J.abbreviate('abcdefghijklmno', 10, 12)).toBe('...ijklmno');
    expect(J.abbreviate('abcdefghijklmno', 10, -1)).toBe('abcdefg...');
    expect(apexErrorOf(() => J.abbreviate('abcdefg', 3))).toBe(
      'System.StringException: Minimum abbreviation width is 4',
    );
  });

  it('capitalizes and uncapitalizes the first letter', () => {
    expect(J.capitalize('hello world')).toBe('Hello world');
    expect(J.capitalize('')).toBe('');
    expect(J.uncapitalize('Hello')).toBe('hello');
  });

  it('pads and centers', () => {
    expect(J.leftPad('5', 3, '0')).toBe('005');
    expect(J.leftPad('abc', 2)).toBe('abc');
    expect(J.leftPad('bat', 8, 'yz')).toBe('yzyzybat');
    expect(J.rightPad('bat', 5)).toBe('bat  ');
    expect(J.center('ab', 5)).toBe(' ab  ');
    expect(J.center('a', 4, 'yz')).toBe('yayz');
  });

  it('takes left, right and mid parts without throwing', () => {
    expect(J.left('abc', 2)).toBe('ab');
    expect(J.left('abc', 5)).toBe('abc');
    expect(J.left('abc', -1)).toBe('');
    expect(J.right('abc', 2)).toBe('bc');
    expect(J.right('abc', 5)).toBe('abc');
    expect(J.mid('abcdef', 2, 3)).toBe('cde');
    expect(J.mid('abc', -2, 2)).toBe('ab');
    expect(J.mid('abc', 4, 2)).toBe('');
  });

  it('takes substrings around separators like StringUtils', () => {
    expect(J.substringBefore('a.b.c', '.')).toBe('a');
    expect(J.substringBefore('abc', 'z')).toBe('abc');
    expect(J.substringBefore('abc', '')).toBe('');
    expect(J.substringAfter('a.b.c', '.')).toBe('b.c');
    expect(J.substringAfter('abc', 'z')).toBe('');
    expect(J.substringAfter('abc', '')).toBe('abc');
    expect(J.substringBeforeLast('a.b.c', '.')).toBe('a.b');
    expect(J.substringBeforeLast('abc', '')).toBe('abc');
    expect(J.substringAfterLast('a.b.c', '.')).toBe('c');
    expect(J.substringAfterLast('abc.', '.')).toBe('');
    expect(J.substringBetween('<a>x</a>', '<a>', '</a>')).toBe('x');
    expect(J.substringBetween('tagabctag', 'tag')).toBe('abc');
    expect(J.substringBetween('abc', '[', ']')).toBeNull();
  });

  it('counts and checks characters', () => {
    expect(J.countMatches('abababa', 'aba')).toBe(2);
    expect(J.countMatches('abc', '')).toBe(0);
    expect(J.containsAny('abc', 'xyzc')).toBe(true);
    expect(J.containsAny('abc', '')).toBe(false);
    expect(J.containsNone('abc', 'xyz')).toBe(true);
    expect(J.containsOnly('abab', 'ab')).toBe(true);
    expect(J.containsOnly('abc', 'ab')).toBe(false);
    expect(J.containsOnly('', 'ab')).toBe(true);
  });

  it('removes, repeats, reverses and replaces literally', () => {
    expect(J.remove('queued', 'ue')).toBe('qd');
    expect(J.removeStart('www.domain.com', 'www.')).toBe('domain.com');
    expect(J.removeEnd('www.domain.com', '.com')).toBe('www.domain');
    expect(J.repeat('ab', 3)).toBe('ababab');
    expect(J.repeat('ab', 3, '-')).toBe('ab-ab-ab');
    expect(J.repeat('ab', 0)).toBe('');
    expect(J.reverse('ab😀c')).toBe('c😀ba');
    expect(J.replace('a.b.c', '.', '$&')).toBe('a$&b$&c');
    expect(J.replace('ab', '', '-')).toBe('-a-b-');
    expect(J.replace('', '', '-')).toBe('-');
  });

  it('splits by character type', () => {
    expect(J.splitByCharacterType('ab de fg')).toEqual(['ab', ' ', 'de', ' ', 'fg']);
    expect(J.splitByCharacterType('number5')).toEqual(['number', '5']);
    expect(J.splitByCharacterType('fooBar')).toEqual(['foo', 'B', 'ar']);
    expect(J.splitByCharacterType('foo200Bar')).toEqual(['foo', '200', 'B', 'ar']);
    expect(J.splitByCharacterType('ASFRules')).toEqual(['ASFR', 'ules']);
    expect(J.splitByCharacterType('fooBar', true)).toEqual(['foo', 'Bar']);
    expect(J.splitByCharacterType('ASFRules', true)).toEqual(['ASF', 'Rules']);
    expect(J.splitByCharacterType('', true)).toEqual([]);
  });

  it('computes difference and Levenshtein distance', () => {
    expect(J.difference('abcde', 'abxyz')).toBe('xyz');
    expect(J.difference('abc', 'abc')).toBe('');
    expect(J.difference('ab', 'abxyz')).toBe('xyz');
    expect(J.difference('abcde', 'xyz')).toBe('xyz');
    expect(J.getLevenshteinDistance('kitten', 'sitting')).toBe(3);
    expect(J.getLevenshteinDistance('', 'abc')).toBe(3);
    expect(J.getLevenshteinDistance('kitten', 'sitting', 2)).toBe(-1);
    expect(J.getLevenshteinDistance('kitten', 'sitting', 3)).toBe(3);
  });

  it('joins, maps case and strips HTML tags', () => {
    expect(J.join(['a', 'b'], ', ')).toBe('a, b');
    expect(J.toUpperCase('straße')).toBe('STRASSE');
    expect(J.toLowerCase('ÀB')).toBe('àb');
    expect(J.stripHtmlTags('<b>Hello</b> <!-- x --><script>alert(1)</script><br/>World ')).toBe(
      'Hello World',
    );
  });
});
