/**
 * `String.format(pattern, args)`: java.text.MessageFormat in en_US. Quoting (`''`, quoted regions),
 * `{n}`, `{n,number}`, `{n,number,integer|percent|<DecimalFormat pattern>}`; other format types are
 * not modelled.
 */
import { Decimal } from './decimal';
import { formatDecimalPattern } from './decimal-format';
import { NotSupportedError } from './errors';

/** An argument as the binding hands it over: numbers as Decimal (Integer/Long/Double converted), anything else already as its String. */
export type MessageArg = string | Decimal | null;

interface Element {
  index: number;
  type: string;
  style: string;
}

type Part = string | Element;

function parse(pattern: string): Part[] {
  const parts: Part[] = [];
  const segments = ['', '', '', ''];
  let part = 0;
  let inQuote = false;
  let braceDepth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (part === 0) {
      if (ch === "'") {
        if (pattern[i + 1] === "'") {
          segments[0] += "'";
          i++;
        } else {
          inQuote = !inQuote;
        }
      } else if (ch === '{' && !inQuote) {
        part = 1;
        if (segments[0]) parts.push(segments[0]);
        segments[0] = '';
      } else {
        segments[0] += ch;
      }
      continue;
    }
    if (inQuote) {
      segments[part] += ch;
      if (ch === "'") inQuote = false;
      continue;
    }
    switch (ch) {
      case ',':
        if (part < 3) part++;
        else segments[part] += ch;
        break;
      case '{':
        braceDepth++;
        segments[part] += ch;
        break;
      case '}':
        if (braceDepth === 0) {
          parts.push(element(segments, pattern));
          part = 0;
          segments[1] = segments[2] = segments[3] = '';
        } else {
          braceDepth--;
          segments[part] += ch;
        }
        break;
      case "'":
        inQuote = true;
        segments[part] += ch;
        break;
      default:
        segments[part] += ch;
    }
  }
  if (part !== 0) throw new NotSupportedError(`String.format with unmatched braces: ${pattern}`);
  if (segments[0]) parts.push(segments[0]);
  return parts;
}

function element(segments: string[], pattern: string): Element {
  const indexText = segments[1].trim();
  if (!/^\d+$/.test(indexText)) {
    throw new NotSupportedError(`String.format argument number '${indexText}' in ${pattern}`);
  }
  return { index: Number(indexText), type: segments[2].trim().toLowerCase(), style: segments[3].trim() };
}

const NUMBER_STYLES: Record<string, string> = {
  '': '#,##0.###',
  integer: '#,##0',
  percent: '#,##0%',
};

function formatArg(arg: MessageArg, e: Element): string {
  if (e.type === '') {
    if (arg === null) return 'null';
    return arg instanceof Decimal ? formatDecimalPattern(arg, NUMBER_STYLES['']) : arg;
  }
  if (e.type !== 'number') throw new NotSupportedError(`String.format element type '${e.type}'`);
  if (!(arg instanceof Decimal))
    throw new NotSupportedError('String.format {n,number} with a non-number argument');
  const style = e.style.toLowerCase() in NUMBER_STYLES ? NUMBER_STYLES[e.style.toLowerCase()] : e.style;
  if (e.style.toLowerCase() === 'currency') throw new NotSupportedError('String.format currency style');
  return formatDecimalPattern(arg, style);
}

/** MessageFormat.format: a missing argument leaves `{n}` in the output. */
export function messageFormat(pattern: string, args: readonly MessageArg[]): string {
  return parse(pattern)
    .map((p) => {
      if (typeof p === 'string') return p;
      return p.index < args.length ? formatArg(args[p.index], p) : `{${p.index}}`;
    })
    .join('');
}
