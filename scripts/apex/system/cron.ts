/**
 * Salesforce cron expressions (`Seconds Minutes Hours Day_of_month Month Day_of_week [Year]`) for
 * `System.schedule`: validation with the platform's refusal, and the next fire time in the running
 * user's time zone. `L`, `W` and `#` are not modelled.
 */
import { dayOfWeek, msToCivil } from '../lang/civil';
import { ApexError, NotSupportedError } from '../lang/errors';
import { offsetAt } from '../lang/time-zone';

interface CronField {
  min: number;
  max: number;
  names?: string[];
}

const FIELDS: CronField[] = [
  { min: 0, max: 59 },
  { min: 0, max: 59 },
  { min: 0, max: 23 },
  { min: 1, max: 31 },
  {
    min: 1,
    max: 12,
    names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'],
  },
  { min: 1, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'] },
  { min: 1970, max: 2099 },
];

export interface Cron {
  /** Allowed values per field (null = any, for `?` and `*`). */
  sets: (Set<number> | null)[];
}

function invalid(expr: string): ApexError {
  return new ApexError('System.StringException', `Invalid cron expression: ${expr}`);
}

function valueOf(token: string, f: CronField, expr: string): number {
  const named = f.names?.indexOf(token.toUpperCase()) ?? -1;
  const n = named >= 0 ? named + f.min : /^\d+$/.test(token) ? Number(token) : NaN;
  if (!Number.isInteger(n) || n < f.min || n > f.max) throw invalid(expr);
  return n;
}

function parseField(text: string, f: CronField, index: number, expr: string): Set<number> | null {
  if (text === '*' || text === '?') {
    if (text === '?' && index !== 3 && index !== 5) throw invalid(expr);
    return null;
  }
  if (/[LW#]/i.test(text) && !f.names?.some((n) => text.toUpperCase().includes(n))) {
    throw new NotSupportedError(`cron expressions with L, W or # (${expr})`);
  }
  const out = new Set<number>();
  for (const part of text.split(',')) {
    const [range, stepText] = part.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    if (!Number.isInteger(step) || step < 1) throw invalid(expr);
    let lo: number;
    let hi: number;
    if (range === '*') [lo, hi] = [f.min, f.max];
    else if (range.includes('-')) {
      const [a, b] = range.split('-');
      [lo, hi] = [valueOf(a, f, expr), valueOf(b, f, expr)];
    } else {
      lo = valueOf(range, f, expr);
      hi = stepText === undefined ? lo : f.max;
    }
    if (hi < lo) throw invalid(expr);
    for (let v = lo; v <= hi; v += step) out.add(v);
  }
  return out;
}

export function parseCron(expr: string): Cron {
  const parts = expr.trim().split(/\s+/);
  if (parts.length < 6 || parts.length > 7) throw invalid(expr);
  const sets = parts.map((p, i) => parseField(p, FIELDS[i], i, expr));
  if (parts.length === 6) sets.push(null);
  // Salesforce requires `?` in exactly one of day-of-month and day-of-week.
  if ((parts[3] === '?') === (parts[5] === '?')) throw invalid(expr);
  return { sets };
}

/** Wall-clock parts of an instant in a time zone: second, minute, hour, day, month, day of week (1 = Sunday), year. */
function partsIn(ms: number, timeZone: string): number[] {
  const wall = ms + offsetAt(ms, timeZone);
  const c = msToCivil(wall);
  return [c.second, c.minute, c.hour, c.day, c.month, dayOfWeek(wall) + 1, c.year];
}

const ok = (set: Set<number> | null, v: number): boolean => set === null || set.has(v);

/** The first fire time strictly after `afterMs` (epoch ms), or null within the next 5 years. */
export function nextFireTime(cron: Cron, afterMs: number, timeZone: string): number | null {
  const [sec, min, hour, dom, month, dow, year] = cron.sets;
  // Whole seconds; minute steps where the seconds field cannot match, hour steps likewise.
  let t = Math.floor(afterMs / 1000) * 1000 + 1000;
  const end = afterMs + 5 * 366 * 86_400_000;
  while (t < end) {
    const [s, mi, h, d, mo, w, y] = partsIn(t, timeZone);
    if (!ok(year, y) || !ok(month, mo) || !ok(dom, d) || !ok(dow, w)) {
      t += (86_400 - (h * 3600 + mi * 60 + s)) * 1000;
      continue;
    }
    if (!ok(hour, h)) {
      t += (3600 - (mi * 60 + s)) * 1000;
      continue;
    }
    if (!ok(min, mi)) {
      t += (60 - s) * 1000;
      continue;
    }
    if (ok(sec, s)) return t;
    t += 1000;
  }
  return null;
}
