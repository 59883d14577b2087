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

const days = (today: ApexDate, from: number, to: number): DayRange => ({
  from: today.addDays(from),
  to: today.addDays(to),
});

function months(today: ApexDate, from: number, to: number): DayRange {
  const first = today.toStartOfMonth();
  return { from: first.addMonths(from), to: first.addMonths(to) };
}

function quarters(today: ApexDate, from: number, to: number): DayRange {
  const first = ApexDate.newInstance(today.year(), Math.floor((today.month() - 1) / 3) * 3 + 1, 1);
  return { from: first.addMonths(3 * from), to: first.addMonths(3 * to) };
}

function years(today: ApexDate, from: number, to: number): DayRange {
  const first = ApexDate.newInstance(today.year(), 1, 1);
  return { from: first.addYears(from), to: first.addYears(to) };
}

function weeks(today: ApexDate, from: number, to: number): DayRange {
  const first = today.toStartOfWeek();
  return { from: first.addDays(7 * from), to: first.addDays(7 * to) };
}

/** The days a literal covers; `n` is the number of the `_N_` forms. */
export function dateLiteralRange(name: string, n: number | null, today: ApexDate): DayRange {
  const k = n ?? 0;
  switch (name) {
    case 'YESTERDAY':
      return days(today, -1, 0);
    case 'TODAY':
      return days(today, 0, 1);
    case 'TOMORROW':
      return days(today, 1, 2);
    case 'LAST_WEEK':
      return weeks(today, -1, 0);
    case 'THIS_WEEK':
      return weeks(today, 0, 1);
    case 'NEXT_WEEK':
      return weeks(today, 1, 2);
    case 'LAST_MONTH':
      return months(today, -1, 0);
    case 'THIS_MONTH':
      return months(today, 0, 1);
    case 'NEXT_MONTH':
      return months(today, 1, 2);
    case 'LAST_90_DAYS':
      return days(today, -90, 1);
    case 'NEXT_90_DAYS':
      return days(today, 1, 91);
    // "starts with the current day and continues for the past n days": today is included.
    case 'LAST_N_DAYS':
      return days(today, -k, 1);
    case 'NEXT_N_DAYS':
      return days(today, 1, k + 1);
    case 'N_DAYS_AGO':
      return days(today, -k, -k + 1);
    case 'LAST_N_WEEKS':
      return weeks(today, -k, 0);
    case 'NEXT_N_WEEKS':
      return weeks(today, 1, k + 1);
    case 'N_WEEKS_AGO':
      return weeks(today, -k, -k + 1);
    case 'LAST_N_MONTHS':
      return months(today, -k, 0);
    case 'NEXT_N_MONTHS':
      return months(today, 1, k + 1);
    case 'N_MONTHS_AGO':
      return months(today, -k, -k + 1);
    case 'THIS_QUARTER':
      return quarters(today, 0, 1);
    case 'LAST_QUARTER':
      return quarters(today, -1, 0);
    case 'NEXT_QUARTER':
      return quarters(today, 1, 2);
    case 'LAST_N_QUARTERS':
      return quarters(today, -k, 0);
    case 'NEXT_N_QUARTERS':
      return quarters(today, 1, k + 1);
    case 'N_QUARTERS_AGO':
      return quarters(today, -k, -k + 1);
    case 'THIS_YEAR':
      return years(today, 0, 1);
    case 'LAST_YEAR':
      return years(today, -1, 0);
    case 'NEXT_YEAR':
      return years(today, 1, 2);
    case 'LAST_N_YEARS':
      return years(today, -k, 0);
    case 'NEXT_N_YEARS':
      return years(today, 1, k + 1);
    case 'N_YEARS_AGO':
      return years(today, -k, -k + 1);
  }
  throw new NotSupportedError(`SOQL date literal ${name} (fiscal year settings are not modelled)`);
}
