/**
 * PII redaction of a transcript before it is stored (field and file). Apex twin: `TranscriptRedactor`; both
 * are held to `config/vectors/transcript-redaction.json` (rules in docs/sync.md#transcript-redaction).
 *
 * - Card numbers (when on): a run of digits with at most one space or dash between two digits, holding
 *   13–19 digits and passing the Luhn check, becomes `[redacted: card number]`. A run that fails Luhn, is
 *   shorter or longer, or was masked by LivePerson (`4111 **** **** 1111`) stays as it is.
 * - The admin's patterns (`Redaction_Patterns_1..6__c`, joined): one `label => regex` per line, blank lines and lines
 *   starting with `#` ignored; each match becomes `[redacted: label]`. Applied in order, after the card
 *   numbers, to each line of the text (a match never spans two lines). Allowed regex: `redactionPattern`.
 * A line with a problem is not applied (the admin cannot save it: Apex checks on save).
 */
import { apexTrim, checkPattern, type PatternErrorCode } from './redactionPattern';

export const CARD_LABEL = 'card number';
export const MAX_PATTERNS = 20;
export const MAX_LABEL_LENGTH = 40;

export type RuleErrorCode = PatternErrorCode | 'MISSING_ARROW' | 'INVALID_LABEL' | 'TOO_MANY_PATTERNS';

export interface RedactionRules {
  cardNumbers: boolean;
  /** The rules text (`Redaction_Patterns_1..6__c` joined): `label => regex` lines. */
  patterns?: string | null;
}

export interface RulePattern {
  line: number;
  label: string;
  regex: RegExp;
}

export interface RuleError {
  /** 1-based line of `patterns`. */
  line: number;
  code: RuleErrorCode;
  message: string;
}

export interface ParsedPatterns {
  patterns: RulePattern[];
  errors: RuleError[];
}

/** The text that replaces a match. */
export function replacement(label: string): string {
  return `[redacted: ${label}]`;
}

/** Reads `label => regex` lines; every problem is reported with its line. */
export function parsePatterns(text: string | null | undefined): ParsedPatterns {
  const result: ParsedPatterns = { patterns: [], errors: [] };
  const lines = (text ?? '').replace(/\r\n?/g, '\n').split('\n');
  let count = 0;
  lines.forEach((raw, index) => {
    const line = index + 1;
    const trimmed = apexTrim(raw);
    if (trimmed === '' || trimmed.startsWith('#')) return;
    count++;
    if (count > MAX_PATTERNS) {
      if (count === MAX_PATTERNS + 1) {
        result.errors.push({
          line,
          code: 'TOO_MANY_PATTERNS',
          message: `At most ${MAX_PATTERNS} patterns are allowed.`,
        });
      }
      return;
    }
    const arrow = trimmed.indexOf('=>');
    if (arrow < 0) {
      result.errors.push({ line, code: 'MISSING_ARROW', message: 'Write each rule as: label => pattern' });
      return;
    }
    const label = apexTrim(trimmed.substring(0, arrow));
    if (label === '' || label.length > MAX_LABEL_LENGTH || /[[\]]/.test(label)) {
      result.errors.push({
        line,
        code: 'INVALID_LABEL',
        message: `The label must have 1 to ${MAX_LABEL_LENGTH} characters and no [ or ].`,
      });
      return;
    }
    const check = checkPattern(apexTrim(trimmed.substring(arrow + 2)));
    if (check.regex) result.patterns.push({ line, label, regex: check.regex });
    else result.errors.push({ line, code: check.code ?? 'INVALID_PATTERN', message: check.message ?? '' });
  });
  return result;
}

/** Luhn check of a string of digits. */
export function luhn(digits: string): boolean {
  let sum = 0;
  for (let i = 0; i < digits.length; i++) {
    let d = digits.charCodeAt(digits.length - 1 - i) - 48;
    if (i % 2 === 1) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return sum % 10 === 0;
}

const DIGIT_RUN = /[0-9](?:[ -]?[0-9])*/g;

/** Replaces the card numbers of a text. */
export function redactCardNumbers(text: string): string {
  return text.replace(DIGIT_RUN, (run) => {
    const digits = run.replace(/[ -]/g, '');
    return digits.length >= 13 && digits.length <= 19 && luhn(digits) ? replacement(CARD_LABEL) : run;
  });
}

/** Applies the rules to a text; `''`/null come back unchanged. */
export function redact(text: string | null | undefined, rules: RedactionRules): string | null | undefined {
  if (!text) return text;
  const patterns = parsePatterns(rules.patterns).patterns;
  if (!rules.cardNumbers && patterns.length === 0) return text;
  return text
    .split('\n')
    .map((line) => {
      let out = rules.cardNumbers ? redactCardNumbers(line) : line;
      for (const p of patterns) out = out.replace(p.regex, () => replacement(p.label));
      return out;
    })
    .join('\n');
}
