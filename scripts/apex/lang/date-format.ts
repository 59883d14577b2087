/** java.text.SimpleDateFormat patterns in the en_US locale, for Datetime.format(pattern) and friends. */
import { civilToMs, dayOfWeek, msToCivil, MS_PER_DAY } from './civil';
import { NotSupportedError } from './errors';
import { quotedText } from './pattern-quotes';
import { offsetAt, zoneName } from './time-zone';

export const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

const pad = (n: number, width: number): string =>
  (n < 0 ? '-' : '') + String(Math.abs(n)).padStart(width, '0');

function offsetText(offsetMs: number, style: 'Z' | 'X' | 'XX' | 'XXX'): string {
  if (style !== 'Z' && offsetMs === 0) return 'Z';
  const sign = offsetMs < 0 ? '-' : '+';
  const minutes = Math.abs(Math.round(offsetMs / 60_000));
  const hh = pad(Math.floor(minutes / 60), 2);
  const mm = pad(minutes % 60, 2);
  if (style === 'X') return sign + hh;
  if (style === 'XXX') return `${sign}${hh}:${mm}`;
  return sign + hh + mm;
}

/** en_US week numbering: weeks start on Sunday, week 1 is the one containing January 1. */
function weekOfYear(year: number, dayOfYear: number, janFirstWeekday: number): number {
  return Math.floor((dayOfYear - 1 + janFirstWeekday) / 7) + 1;
}

/** Formats `instant` as seen in `zone` with a SimpleDateFormat pattern (`yyyy-MM-dd'T'HH:mm:ss.SSSXXX`). */
export function formatPattern(instant: number, pattern: string, zone: string): string {
  const offset = offsetAt(instant, zone);
  const local = instant + offset;
  const f = msToCivil(local);
  const startOfYear = civilToMs(f.year, 1, 1);
  const dayOfYear = Math.floor((local - startOfYear) / MS_PER_DAY) + 1;
  const weekday = dayOfWeek(local);
  let out = '';
  let i = 0;
  while (i < pattern.length) {
    const c = pattern[i];
    if (c === "'") {
      const quoted = quotedText(pattern, i);
      out += quoted.text;
      i = quoted.next;
      continue;
    }
    if (!/[a-zA-Z]/.test(c)) {
      out += c;
      i++;
      continue;
    }
    let n = 1;
    while (pattern[i + n] === c) n++;
    i += n;
    out += field(c, n);
  }
  return out;

  function field(c: string, n: number): string {
    const hour12 = f.hour % 12;
    switch (c) {
      case 'G':
        return f.year > 0 ? 'AD' : 'BC';
      case 'y':
      case 'Y': {
        const y = f.year > 0 ? f.year : 1 - f.year;
        return n === 2 ? pad(y % 100, 2) : pad(y, n);
      }
      case 'M':
      case 'L':
        if (n >= 4) return MONTHS[f.month - 1];
        if (n === 3) return MONTHS[f.month - 1].slice(0, 3);
        return pad(f.month, n);
      case 'd':
        return pad(f.day, n);
      case 'D':
        return pad(dayOfYear, n);
      case 'E':
        return n >= 4 ? WEEKDAYS[weekday] : WEEKDAYS[weekday].slice(0, 3);
      case 'u':
        return pad(weekday === 0 ? 7 : weekday, n);
      case 'F':
        return pad(Math.floor((f.day - 1) / 7) + 1, n);
      case 'w':
        return pad(weekOfYear(f.year, dayOfYear, dayOfWeek(startOfYear)), n);
      case 'W': {
        const firstOfMonth = dayOfWeek(civilToMs(f.year, f.month, 1));
        return pad(Math.floor((f.day - 1 + firstOfMonth) / 7) + 1, n);
      }
      case 'a':
        return f.hour < 12 ? 'AM' : 'PM';
      case 'H':
        return pad(f.hour, n);
      case 'k':
        return pad(f.hour === 0 ? 24 : f.hour, n);
      case 'K':
        return pad(hour12, n);
      case 'h':
        return pad(hour12 === 0 ? 12 : hour12, n);
      case 'm':
        return pad(f.minute, n);
      case 's':
        return pad(f.second, n);
      case 'S':
        return pad(f.millisecond, n);
      case 'z':
        return zoneName(instant, zone, n >= 4 ? 'long' : 'short');
      case 'Z':
        return offsetText(offset, 'Z');
      case 'X':
        return offsetText(offset, n === 1 ? 'X' : n === 2 ? 'XX' : 'XXX');
      default:
        throw new NotSupportedError(`date format pattern letter '${c}'`);
    }
  }
}
