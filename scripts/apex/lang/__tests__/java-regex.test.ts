import { ApexError, NotSupportedError } from '../errors';
import { JavaMatcher, javaMatches, javaReplaceAll, javaReplaceFirst, javaSplit } from '../java-matcher';
import { compileJavaRegex, quote } from '../java-regex';

describe('compileJavaRegex', () => {
  it('applies inline flags at the start', () => {
    expect(javaMatches('(?i)hello', 'HeLLo')).toBe(true);
    expect(javaMatches('hello', 'HeLLo')).toBe(false);
    expect(javaMatches('(?s)a.b', 'a\nb')).toBe(true);
    expect(javaMatches('a.b', 'a\nb')).toBe(false);
    expect(JavaMatcher.of('(?m)^b$', 'a\nb\nc').find()).toBe(true);
    expect(JavaMatcher.of('^b$', 'a\nb\nc').find()).toBe(false);
    expect(compileJavaRegex('(?im)x').flags).toBe('uim');
  });

  it('translates \\A, \\z, \\Z and Java $', () => {
    expect(JavaMatcher.of('(?m)\\Ab', 'a\nb').find()).toBe(false);
    expect(JavaMatcher.of('\\Aa', 'a\nb').find()).toBe(true);
    expect(JavaMatcher.of('b\\z', 'a\nb\n').find()).toBe(false);
    expect(JavaMatcher.of('b\\Z', 'a\nb\n').find()).toBe(true);
    expect(JavaMatcher.of('b$', 'a\nb\n').find()).toBe(true);
    expect(JavaMatcher.of('b$', 'b\nc').find()).toBe(false);
  });

  it('supports Java character classes', () => {
    expect(javaMatches('\\p{Alpha}+', 'abcXYZ')).toBe(true);
    expect(javaMatches('\\p{Alpha}+', 'é')).toBe(false);
    expect(javaMatches('\\p{L}+', 'éñü')).toBe(true);
    expect(javaMatches('\\p{IsLatin}+', 'abé')).toBe(true);
    expect(javaMatches('\\p{Punct}+', '!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~')).toBe(true);
    expect(javaMatches('\\P{Digit}+', 'abc')).toBe(true);
    expect(javaMatches('[\\p{Lu}\\d]+', 'AB12')).toBe(true);
    expect(javaMatches('[a-c[x-z]]+', 'axbz')).toBe(true);
    expect(javaMatches('\\s+', ' \t\n')).toBe(true);
    expect(javaMatches('\\s', '\u00a0')).toBe(false);
    expect(javaMatches('\\h', '\u00a0')).toBe(true);
    expect(javaMatches('\\S\\H\\V', 'x\nx')).toBe(true);
    expect(javaMatches('\\S\\H\\V', 'x x')).toBe(false);
    expect(javaMatches('\\S\\H\\V', 'x\u00a0x')).toBe(false);
    expect(javaMatches('\\S\\V\\v', 'xx\u2028')).toBe(true);
    expect(javaMatches('[\\v]', '\u0085')).toBe(true);
    expect(() => javaMatches('[\\H]', 'x')).toThrow(NotSupportedError);
    expect(javaMatches('a\\Rb', 'a\r\nb')).toBe(true);
  });

  it('keeps Java literal escapes and quoting', () => {
    expect(javaMatches('a\\-b\\_c\\#', 'a-b_c#')).toBe(true);
    expect(javaMatches('\\Q(a.b)*\\E!', '(a.b)*!')).toBe(true);
    expect(javaMatches('\\x41\\u0042\\0103\\x{44}', 'ABCD')).toBe(true);
    expect(javaMatches('a]b}', 'a]b}')).toBe(true);
    expect(javaMatches('[a\\]]+', 'a]')).toBe(true);
    expect(javaMatches('x{2,3}', 'xxx')).toBe(true);
    expect(javaMatches('x+?y', 'xxy')).toBe(true);
  });

  it('counts groups, including named ones', () => {
    const p = compileJavaRegex('(a)(?:b)(?<name>c)(?=d)(?<!e)');
    expect(p.groupCount).toBe(2);
    expect(p.groupNames).toEqual(['name']);
    expect(compileJavaRegex('[(](x)').groupCount).toBe(1);
  });

  it('refuses what JS cannot express', () => {
    expect(() => compileJavaRegex('a++')).toThrow(NotSupportedError);
    expect(() => compileJavaRegex('a*+')).toThrow(NotSupportedError);
    expect(() => compileJavaRegex('a{2}+')).toThrow(NotSupportedError);
    expect(() => compileJavaRegex('(?>ab)')).toThrow(NotSupportedError);
    expect(() => compileJavaRegex('a(?i)b')).toThrow(NotSupportedError);
    expect(() => compileJavaRegex('(?x)a b')).toThrow(NotSupportedError);
    expect(() => compileJavaRegex('[a-z&&[^e]]')).toThrow(NotSupportedError);
    expect(() => compileJavaRegex('\\p{InGreek}')).toThrow(NotSupportedError);
    expect(() => compileJavaRegex('\\G')).toThrow(NotSupportedError);
  });

  it('reports invalid patterns as System.StringException', () => {
    for (const bad of ['(a', '[abc', 'a{', '\\y', '\\p{Nope}', '*a']) {
      try {
        compileJavaRegex(bad);
        throw new Error(`compiled ${bad}`);
      } catch (e) {
        expect(e).toBeInstanceOf(ApexError);
        expect((e as ApexError).apexType).toBe('System.StringException');
      }
    }
  });

  it('quotes like Pattern.quote', () => {
    expect(quote('a.b')).toBe('\\Qa.b\\E');
    expect(quote('a\\Eb')).toBe('\\Qa\\E\\\\E\\Qb\\E');
    expect(javaMatches(quote('a\\Eb*'), 'a\\Eb*')).toBe(true);
  });
});

describe('JavaMatcher', () => {
  it('matches the whole input, lookingAt the prefix, find anywhere', () => {
    const m = JavaMatcher.of('a|ab', 'ab');
    expect(m.matches()).toBe(true);
    expect(m.group()).toBe('ab');
    expect(JavaMatcher.of('\\d+', 'abc123').matches()).toBe(false);
    expect(JavaMatcher.of('\\d+', '123abc').lookingAt()).toBe(true);
    expect(JavaMatcher.of('\\d+', 'abc123').lookingAt()).toBe(false);
    expect(JavaMatcher.of('\\d+', 'abc123').find()).toBe(true);
  });

  it('iterates finds with groups, names and positions', () => {
    const m = JavaMatcher.of('(?<year>\\d{4})-(\\d\\d)(x)?', 'on 2024-05 and 2025-06x');
    expect(m.find()).toBe(true);
    expect([m.group(), m.group('year'), m.group(2), m.group(3)]).toEqual(['2024-05', '2024', '05', null]);
    expect([m.start(), m.end(), m.start('year'), m.end(2), m.start(3)]).toEqual([3, 10, 3, 10, -1]);
    expect(m.find()).toBe(true);
    expect(m.group(3)).toBe('x');
    expect(m.find()).toBe(false);
    expect(m.find(0)).toBe(true);
    expect(m.group(1)).toBe('2024');
    expect(m.groupCount()).toBe(3);
  });

  it('throws Java errors for missing matches and groups', () => {
    const m = JavaMatcher.of('(a)', 'b');
    expect(() => m.group()).toThrow('No match found');
    const hit = JavaMatcher.of('(a)', 'a');
    hit.find();
    expect(() => hit.group(2)).toThrow('No group 2');
    expect(() => hit.group('nope')).toThrow('No group with name <nope>');
  });

  it('advances past empty matches', () => {
    const m = JavaMatcher.of('x*', 'ab');
    const found: number[] = [];
    while (m.find()) found.push(m.start());
    expect(found).toEqual([0, 1, 2]);
  });
});

describe('replaceAll / replaceFirst', () => {
  it('uses Java replacement syntax', () => {
    expect(javaReplaceAll('John Smith', '(\\w+) (\\w+)', '$2, $1')).toBe('Smith, John');
    expect(javaReplaceAll('a1b2', '\\d', '\\$')).toBe('a$b$');
    expect(javaReplaceAll('2024-05', '(?<y>\\d+)-(?<m>\\d+)', '${m}/${y}')).toBe('05/2024');
    expect(javaReplaceAll('abc', '(b)', '$11')).toBe('ab1c');
    expect(javaReplaceFirst('aaa', 'a', 'b')).toBe('baa');
    expect(javaReplaceAll('ab', '', '-')).toBe('-a-b-');
  });

  it('rejects bad replacements', () => {
    expect(() => javaReplaceAll('abc', 'b', '$2')).toThrow('No group 2');
    expect(() => javaReplaceAll('abc', 'b', 'x\\')).toThrow('character to be escaped is missing');
    expect(() => javaReplaceAll('abc', 'b', '$x')).toThrow('Illegal group reference');
  });
});

describe('javaSplit', () => {
  it('drops trailing empty strings unless the limit is negative', () => {
    expect(javaSplit('a,b,,', ',')).toEqual(['a', 'b']);
    expect(javaSplit('a,b,,', ',', -1)).toEqual(['a', 'b', '', '']);
    expect(javaSplit(',', ',')).toEqual([]);
  });

  it('treats the delimiter as a regex', () => {
    expect(javaSplit('a|b', '|')).toEqual(['a', '|', 'b']);
    expect(javaSplit('a|b', '\\|')).toEqual(['a', 'b']);
    expect(javaSplit('a1b22c', '\\d+')).toEqual(['a', 'b', 'c']);
  });

  it('keeps a leading empty string unless the match at 0 is zero-width', () => {
    expect(javaSplit(',a', ',')).toEqual(['', 'a']);
    expect(javaSplit('abc', '')).toEqual(['a', 'b', 'c']);
    expect(javaSplit('AbCd', '(?=[A-Z])')).toEqual(['Ab', 'Cd']);
  });

  it('applies a positive limit and returns the input when nothing matches', () => {
    expect(javaSplit('a1b2c3', '\\d', 2)).toEqual(['a', 'b2c3']);
    expect(javaSplit('a,b,c', ',', 1)).toEqual(['a,b,c']);
    expect(javaSplit('abc', ',')).toEqual(['abc']);
    expect(javaSplit('', ',')).toEqual(['']);
  });
});
