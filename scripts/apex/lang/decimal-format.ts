/** java.text.DecimalFormat patterns (en_US symbols) for MessageFormat's `{n,number,…}`: the plain subset. */
import { Decimal } from './decimal';
import { NotSupportedError } from './errors';
import { quotedText } from './pattern-quotes';

interface DecimalPattern {
  prefix: string;
  suffix: string;
  minInt: number;
  minFrac: number;
  maxFrac: number;
  grouping: number;
  multiplier: number;
}

function readAffix(pattern: string, from: number, stopAtNumber: boolean): { text: string; next: number } {
  let text = '';
  let i = from;
  while (i < pattern.length) {
    const ch = pattern[i];
    if (ch === "'") {
      const quoted = quotedText(pattern, i);
      text += quoted.text;
      i = quoted.next;
      continue;
    }
    if (stopAtNumber && '#0,.'.includes(ch)) break;
    if (ch === ';') throw new NotSupportedError('DecimalFormat negative subpattern (;)');
    if (ch === '¤') throw new NotSupportedError('DecimalFormat currency sign');
    if ('#0,.E'.includes(ch) && !stopAtNumber)
      throw new NotSupportedError(`DecimalFormat pattern ${pattern}`);
    text += ch;
    i++;
  }
  return { text, next: i };
}

export function parseDecimalPattern(pattern: string): DecimalPattern {
  const prefix = readAffix(pattern, 0, true);
  let i = prefix.next;
  let intPart = '';
  let fracPart = '';
  let inFraction = false;
  while (i < pattern.length && '#0,.'.includes(pattern[i])) {
    const ch = pattern[i++];
    if (ch === '.') {
      if (inFraction) throw new NotSupportedError(`DecimalFormat pattern ${pattern}`);
      inFraction = true;
    } else if (inFraction) {
      if (ch === ',') throw new NotSupportedError(`DecimalFormat pattern ${pattern}`);
      fracPart += ch;
    } else {
      intPart += ch;
    }
  }
  if (pattern[i] === 'E') throw new NotSupportedError('DecimalFormat scientific notation');
  const suffix = readAffix(pattern, i, false);
  const affixes = prefix.text + suffix.text;
  const multiplier = affixes.includes('%') ? 100 : affixes.includes('‰') ? 1000 : 1;
  const lastComma = intPart.lastIndexOf(',');
  return {
    prefix: prefix.text,
    suffix: suffix.text,
    minInt: [...intPart].filter((c) => c === '0').length,
    minFrac: [...fracPart].filter((c) => c === '0').length,
    maxFrac: fracPart.length,
    grouping: lastComma < 0 ? 0 : intPart.length - lastComma - 1,
    multiplier,
  };
}

/** Formats like `new DecimalFormat(pattern).format(value)` in en_US, rounding HALF_EVEN. */
export function formatDecimalPattern(value: Decimal, pattern: string): string {
  const p = parseDecimalPattern(pattern);
  const scaled = value.multiply(Decimal.fromNumber(p.multiplier));
  let rounded = scaled.setScale(p.maxFrac, 'HALF_EVEN');
  while (rounded.scale > p.minFrac && rounded.unscaled % 10n === 0n) {
    rounded = Decimal.of(rounded.unscaled / 10n, rounded.scale - 1);
  }
  const [intDigits, fracDigits = ''] = rounded.abs().toPlainString().split('.');
  let int = intDigits.replace(/^0+/, '').padStart(p.minInt, '0');
  if (int === '' && fracDigits === '') int = '0';
  if (p.grouping > 0) {
    const groups: string[] = [];
    for (let end = int.length; end > 0; end -= p.grouping)
      groups.unshift(int.slice(Math.max(0, end - p.grouping), end));
    int = groups.join(',');
  }
  const sign = value.signum() < 0 ? '-' : '';
  return sign + p.prefix + int + (fracDigits ? '.' + fracDigits : '') + p.suffix;
}
