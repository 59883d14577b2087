/**
 * SOQL date literals (SOQL and SOSL Reference: Date Formats and Date Literals) as half-open ranges
 * of days `[from, to)` counted from the running user's today. Weeks start on Sunday (en_US locale);
 * fiscal literals need the org's fiscal year settings, which are not modelled.
 */
import { NotSupportedError } from '../lang/errors';
import { ApexDate } from '../lang/temporal';

export interface DayRange {
  from: ApexDate;
  to: ApexDate;
}

/** A calendar unit: its first day that holds `today`, and a day moved by `n` units. */
interface Unit {
  start(today: ApexDate): ApexDate;
  add(day: ApexDate, n: number): ApexDate;
}

const UNITS: Record<string, Unit> = {
  DAY: { start: (t) => t, add: (d, n) => d.addDays(n) },
  WEEK: { start: (t) => t.toStartOfWeek(), add: (d, n) => d.addDays(7 * n) },
  MONTH: { start: (t) => t.toStartOfMonth(), add: (d, n) => d.addMonths(n) },
  QUARTER: {
    start: (t) => ApexDate.newInstance(t.year(), Math.floor((t.month() - 1) / 3) * 3 + 1, 1),
    add: (d, n) => d.addMonths(3 * n),
  },
  YEAR: { start: (t) => ApexDate.newInstance(t.year(), 1, 1), add: (d, n) => d.addYears(n) },
};

/** A literal's span `[from, to)` in units counted from the unit holding today; `k` is the n of `_N_`. */
type Span = (k: number) => [unit: string, from: number, to: number];

const SPANS: Record<string, Span> = {
  YESTERDAY: () => ['DAY', -1, 0],
  TODAY: () => ['DAY', 0, 1],
  TOMORROW: () => ['DAY', 1, 2],
  LAST_90_DAYS: () => ['DAY', -90, 1],
  NEXT_90_DAYS: () => ['DAY', 1, 91],
};
for (const unit of Object.keys(UNITS)) {
  if (unit !== 'DAY') {
    SPANS[`LAST_${unit}`] = () => [unit, -1, 0];
    SPANS[`THIS_${unit}`] = () => [unit, 0, 1];
    SPANS[`NEXT_${unit}`] = () => [unit, 1, 2];
  }
  // "starts with the current day and continues for the past n days": LAST_N_DAYS counts today in.
  SPANS[`LAST_N_${unit}S`] = (k) => [unit, -k, unit === 'DAY' ? 1 : 0];
  SPANS[`NEXT_N_${unit}S`] = (k) => [unit, 1, k + 1];
  SPANS[`N_${unit}S_AGO`] = (k) => [unit, -k, -k + 1];
}

/** The days a literal covers; `n` is the number of the `_N_` forms. */
export function dateLiteralRange(name: string, n: number | null, today: ApexDate): DayRange {
  const span = SPANS[name];
  if (!span) throw new NotSupportedError(`SOQL date literal ${name} (fiscal year settings are not modelled)`);
  const [unitName, from, to] = span(n ?? 0);
  const unit = UNITS[unitName];
  const first = unit.start(today);
  return { from: unit.add(first, from), to: unit.add(first, to) };
}
