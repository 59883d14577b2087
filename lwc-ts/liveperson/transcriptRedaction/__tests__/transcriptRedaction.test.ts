import { luhn, parsePatterns, redact, redactCardNumbers, RedactionRules } from 'c/transcriptRedaction';
import vectors from '../../../../config/vectors/transcript-redaction.json';

type Case = { name: string; rules: RedactionRules; input: string; expected: string };
type Invalid = { name: string; patterns: string; line: number; code: string };
const cases = vectors.cases as unknown as Case[];
const invalid = vectors.invalidPatterns as unknown as Invalid[];

describe('transcript-redaction contract vectors', () => {
  it('has card, pattern and invalid-pattern vectors', () => {
    expect(cases.filter((c) => c.name.startsWith('card:')).length).toBeGreaterThan(8);
    expect(cases.filter((c) => c.name.startsWith('pattern:')).length).toBeGreaterThan(8);
    expect(invalid.length).toBeGreaterThan(30);
  });

  it.each(cases.map((c) => [c.name, c] as const))('redacts: %s', (_name, c) => {
    expect(redact(c.input, c.rules)).toBe(c.expected);
  });

  it.each(invalid.map((c) => [c.name, c] as const))('refuses: %s', (_name, c) => {
    const parsed = parsePatterns(c.patterns);
    expect(parsed.errors.map((e) => [e.line, e.code])).toEqual([[c.line, c.code]]);
    expect(parsed.errors[0].message).not.toBe('');
  });
});

describe('transcriptRedaction helpers', () => {
  it('checks Luhn', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
  });

  it('keeps null and empty text', () => {
    expect(redact(null, { cardNumbers: true })).toBeNull();
    expect(redact(undefined, { cardNumbers: true })).toBeUndefined();
    expect(redact('', { cardNumbers: true, patterns: 'x => x' })).toBe('');
  });

  it('reads valid rules with their lines and labels', () => {
    const parsed = parsePatterns('# c\r\nSSN => \\d{3}-\\d{2}-\\d{4}\r\n\r\nuser id => (?i)uid\\d+');
    expect(parsed.errors).toEqual([]);
    expect(parsed.patterns.map((p) => [p.line, p.label, p.regex.flags])).toEqual([
      [2, 'SSN', 'gu'],
      [4, 'user id', 'giu'],
    ]);
  });

  it('applies a pattern again on a second call (no RegExp state kept)', () => {
    const rules = { cardNumbers: false, patterns: 'x => x' };
    expect(redact('axa', rules)).toBe('a[redacted: x]a');
    expect(redact('axa', rules)).toBe('a[redacted: x]a');
  });

  it('redacts every card of a 2,000-line transcript', () => {
    const text = Array.from({ length: 2000 }, (_, i) => `[t] Dana: card ${i} is 4111-1111-1111-1111`).join(
      '\n',
    );
    const out = redactCardNumbers(text);
    expect(out.split('\n')).toHaveLength(2000);
    expect(out).not.toContain('4111');
  });
});
