/** The FIND expression: terms, phrases, operators, wildcards, escapes, phone digits. */
import { ApexError } from '../../lang/errors';
import { matchesSearch, parseSearchExpression, wordsOf } from '../sosl-expression';

function matches(find: string, fields: string[], phones: string[] = []): boolean {
  return matchesSearch(parseSearchExpression(find), {
    words: fields.map(wordsOf),
    phoneDigits: phones.map((p) => p.replace(/\D/g, '')),
  });
}

it('matches whole words ignoring case, and a trailing * as a prefix', () => {
  expect(matches('acme', ['Acme Corp'])).toBe(true);
  expect(matches('acm', ['Acme Corp'])).toBe(false);
  expect(matches('acm*', ['Acme Corp'])).toBe(true);
  expect(matches('a?me', ['ACME'])).toBe(true);
  expect(matches('a?me', ['Acmme'])).toBe(false);
});

it('ANDs adjacent terms and honours OR, AND NOT and parentheses', () => {
  expect(matches('ann lee', ['Ann', 'Lee'])).toBe(true);
  expect(matches('ann lee', ['Ann Smith'])).toBe(false);
  expect(matches('ann OR bo', ['Bo Diddley'])).toBe(true);
  expect(matches('ann AND NOT lee', ['Ann Lee'])).toBe(false);
  expect(matches('ann and not lee', ['Ann Smith'])).toBe(true);
  expect(matches('(ann OR bo) lee', ['Bo Lee'])).toBe(true);
});

it('matches a quoted phrase and a punctuated term as consecutive words', () => {
  expect(matches('"acme corp"', ['The Acme Corp'])).toBe(true);
  expect(matches('"corp acme"', ['The Acme Corp'])).toBe(false);
  expect(matches('ann@example.com', ['ann@example.com'])).toBe(true);
  expect(matches('ann@example.com', ['bo@example.com'])).toBe(false);
});

it('takes escaped reserved characters literally', () => {
  expect(matches('ann\\-marie', ['Ann-Marie'])).toBe(true);
  expect(matches("o\\'brien", ["O'Brien"])).toBe(true);
  expect(matches('a\\*b', ['a b'])).toBe(true);
  expect(matches('a\\*b', ['axxb'])).toBe(false);
  // Escaped parentheses do not group: `(ann` OR (`bo)` AND `lee`).
  expect(matches('\\(ann OR bo\\) lee', ['Ann'])).toBe(true);
  expect(matches('(ann OR bo) lee', ['Ann'])).toBe(false);
});

it('matches phone fields by their trailing digits, punctuation ignored', () => {
  expect(matches('4155551234', [], ['+1 (415) 555-1234'])).toBe(true);
  expect(matches('415.555.1234', [], ['4155551234'])).toBe(true);
  expect(matches('\\(415\\)555\\-1234', [], ['+1 415 555 1234'])).toBe(true);
  expect(matches('4155551234', [], ['415 555 9999'])).toBe(false);
});

it('refuses a term shorter than two characters and unbalanced syntax', () => {
  expect(() => parseSearchExpression('a*')).toThrow(ApexError);
  expect(() => parseSearchExpression('a*')).toThrow('search term must be longer than one character');
  expect(() => parseSearchExpression('"ann')).toThrow('unbalanced quotes');
  expect(() => parseSearchExpression('(ann')).toThrow('unbalanced parentheses');
  expect(() => parseSearchExpression('ann OR')).toThrow('unexpected end');
});
