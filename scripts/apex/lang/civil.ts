/** Proleptic Gregorian calendar arithmetic on wall-clock fields, independent of any time zone. */

export const MS_PER_DAY = 86_400_000;

export interface CivilFields {
  year: number;
  month: number; // 1-12
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

/** Year, month (1-12), day, then optionally hour, minute, second and millisecond (0 when left out). */
export type WallTime = [
  year: number,
  month: number,
  day: number,
  hour?: number,
  minute?: number,
  second?: number,
  millisecond?: number,
];

/** Wall-clock fields → milliseconds on a UTC time line (lenient: out-of-range fields roll over). */
export function civilToMs(
  ...[year, month, day, hour = 0, minute = 0, second = 0, millisecond = 0]: WallTime
): number {
  const d = new Date(0);
  d.setUTCFullYear(year, month - 1, day);
  d.setUTCHours(hour, minute, second, millisecond);
  return d.getTime();
}

export function msToCivil(ms: number): CivilFields {
  const d = new Date(ms);
  return {
    year: d.getUTCFullYear(),
    month: d.getUTCMonth() + 1,
    day: d.getUTCDate(),
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    second: d.getUTCSeconds(),
    millisecond: d.getUTCMilliseconds(),
  };
}

export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

export function daysInMonth(year: number, month: number): number {
  return [31, isLeapYear(year) ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1];
}

/** Adds months to a date, clamping the day to the target month's length (Jan 31 + 1 month → Feb 28/29). */
export function addMonthsClamped(
  year: number,
  month: number,
  day: number,
  months: number,
): { year: number; month: number; day: number } {
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return { year: y, month: m, day: Math.min(day, daysInMonth(y, m)) };
}

/** 0 = Sunday … 6 = Saturday. */
export function dayOfWeek(ms: number): number {
  return new Date(ms).getUTCDay();
}

export function floorDiv(a: number, b: number): number {
  return Math.floor(a / b);
}
