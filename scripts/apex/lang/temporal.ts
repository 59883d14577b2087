/**
 * Apex Date, Datetime and Time (apex-semantics §5.2–5.3). The running user's time zone is an explicit
 * IANA id argument wherever Apex uses it; an unknown id means GMT.
 */
import {
  addMonthsClamped,
  civilToMs,
  dayOfWeek,
  daysInMonth as civilDaysInMonth,
  floorDiv,
  isLeapYear as civilIsLeapYear,
  msToCivil,
  MS_PER_DAY,
  type CivilFields,
} from './civil';
import { formatPattern } from './date-format';
import { ApexError } from './errors';
import { offsetAt, wallToInstant } from './time-zone';

const pad2 = (n: number): string => String(n).padStart(2, '0');
const padYear = (y: number): string =>
  y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0');

/** A calendar date, held as days since 1970-01-01. */
export class ApexDate {
  private constructor(readonly epochDay: number) {}

  static fromEpochDay(epochDay: number): ApexDate {
    return new ApexDate(epochDay);
  }

  /** `Date.newInstance(y, m, d)`: lenient, out-of-range fields roll over (`2021, 2, 30` → 2021-03-02). */
  static newInstance(year: number, month: number, day: number): ApexDate {
    return new ApexDate(floorDiv(civilToMs(year, month, day), MS_PER_DAY));
  }

  /** `Date.valueOf(String)`: `yyyy-MM-dd` (a trailing ` HH:mm:ss` is ignored); else `System.TypeException: Invalid date: s`. */
  static valueOf(text: string): ApexDate {
    const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?: \d{1,2}:\d{1,2}:\d{1,2})?\s*$/.exec(text);
    if (!m) throw new ApexError('System.TypeException', `Invalid date: ${text}`);
    return ApexDate.checked(Number(m[1]), Number(m[2]), Number(m[3]), text);
  }

  /** `Date.parse(String)` in the en_US locale: `M/d/yyyy` (two-digit years are 20xx/19xx like Java's 80-year window). */
  static parse(text: string): ApexDate {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})\s*$/.exec(text);
    if (!m) throw new ApexError('System.TypeException', `Invalid date: ${text}`);
    let year = Number(m[3]);
    if (m[3].length === 2) year += year + 2000 > new Date().getUTCFullYear() + 20 ? 1900 : 2000;
    return ApexDate.checked(year, Number(m[1]), Number(m[2]), text);
  }

  /** JSON `"2015-02-13"`. */
  static parseIso(text: string): ApexDate {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    if (!m) throw new ApexError('System.TypeException', `Invalid date: ${text}`);
    return ApexDate.checked(Number(m[1]), Number(m[2]), Number(m[3]), text);
  }

  private static checked(year: number, month: number, day: number, text: string): ApexDate {
    if (month < 1 || month > 12 || day < 1 || day > civilDaysInMonth(year, month)) {
      throw new ApexError('System.TypeException', `Invalid date: ${text}`);
    }
    return ApexDate.newInstance(year, month, day);
  }

  /** The date of an instant as seen in `zone` (`Date.today()`, `dt.date()`). */
  static ofInstant(instant: number, zone: string): ApexDate {
    return new ApexDate(floorDiv(instant + offsetAt(instant, zone), MS_PER_DAY));
  }

  static isLeapYear(year: number): boolean {
    return civilIsLeapYear(year);
  }

  static daysInMonth(year: number, month: number): number {
    return civilDaysInMonth(year, month);
  }

  private get fields(): CivilFields {
    return msToCivil(this.epochDay * MS_PER_DAY);
  }
  year(): number {
    return this.fields.year;
  }
  month(): number {
    return this.fields.month;
  }
  day(): number {
    return this.fields.day;
  }
  dayOfYear(): number {
    return this.epochDay - ApexDate.newInstance(this.year(), 1, 1).epochDay + 1;
  }

  addDays(days: number): ApexDate {
    return new ApexDate(this.epochDay + days);
  }
  addMonths(months: number): ApexDate {
    const f = this.fields;
    const r = addMonthsClamped(f.year, f.month, f.day, months);
    return ApexDate.newInstance(r.year, r.month, r.day);
  }
  addYears(years: number): ApexDate {
    return this.addMonths(years * 12);
  }
  /** Days from this date to `other` (negative when `other` is earlier). */
  daysBetween(other: ApexDate): number {
    return other.epochDay - this.epochDay;
  }
  /** Months from this date to `other`, ignoring the days. */
  monthsBetween(other: ApexDate): number {
    return other.year() * 12 + other.month() - (this.year() * 12 + this.month());
  }
  isSameDay(other: ApexDate): boolean {
    return this.epochDay === other.epochDay;
  }
  toStartOfMonth(): ApexDate {
    return this.addDays(1 - this.day());
  }
  /** en_US weeks start on Sunday. */
  toStartOfWeek(): ApexDate {
    return this.addDays(-dayOfWeek(this.epochDay * MS_PER_DAY));
  }

  /** en_US `format()`: `2/3/2017`. */
  format(): string {
    const f = this.fields;
    return `${f.month}/${f.day}/${f.year}`;
  }
  /** `String.valueOf(date)` and JSON: `2015-02-13`. */
  toString(): string {
    const f = this.fields;
    return `${padYear(f.year)}-${pad2(f.month)}-${pad2(f.day)}`;
  }
  /** Implicit conversion in concatenation (`'' + date`): `2015-02-13 00:00:00`. */
  toConcatString(): string {
    return `${this.toString()} 00:00:00`;
  }
  toJSON(): string {
    return this.toString();
  }
  compareTo(other: ApexDate): number {
    return Math.sign(this.epochDay - other.epochDay);
  }
  apexEquals(other: unknown): boolean {
    return other instanceof ApexDate && other.epochDay === this.epochDay;
  }
  apexHashKey(): string {
    return `Dt${this.epochDay}`;
  }
}

/** A time of day, held as milliseconds since midnight (always in [0, 86 400 000)). */
export class ApexTime {
  readonly msOfDay: number;
  private constructor(ms: number) {
    this.msOfDay = ((ms % MS_PER_DAY) + MS_PER_DAY) % MS_PER_DAY;
  }
  static fromMsOfDay(ms: number): ApexTime {
    return new ApexTime(ms);
  }
  /** `Time.newInstance(h, m, s, ms)`: out-of-range fields roll over within the day. */
  static newInstance(hour: number, minute: number, second: number, millisecond: number): ApexTime {
    return new ApexTime(((hour * 60 + minute) * 60 + second) * 1000 + millisecond);
  }
  /** JSON / `String.valueOf` form `HH:mm:ss.SSSZ` (also accepts it without `Z` or milliseconds). */
  static parseIso(text: string): ApexTime {
    const m = /^(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?Z?$/.exec(text);
    if (!m || Number(m[1]) > 23 || Number(m[2]) > 59 || Number(m[3] ?? 0) > 59) {
      throw new ApexError('System.TypeException', `Invalid time: ${text}`);
    }
    return ApexTime.newInstance(
      Number(m[1]),
      Number(m[2]),
      Number(m[3] ?? 0),
      Number((m[4] ?? '0').padEnd(3, '0')),
    );
  }
  hour(): number {
    return Math.floor(this.msOfDay / 3_600_000);
  }
  minute(): number {
    return Math.floor(this.msOfDay / 60_000) % 60;
  }
  second(): number {
    return Math.floor(this.msOfDay / 1000) % 60;
  }
  millisecond(): number {
    return this.msOfDay % 1000;
  }
  addHours(n: number): ApexTime {
    return new ApexTime(this.msOfDay + n * 3_600_000);
  }
  addMinutes(n: number): ApexTime {
    return new ApexTime(this.msOfDay + n * 60_000);
  }
  addSeconds(n: number): ApexTime {
    return new ApexTime(this.msOfDay + n * 1000);
  }
  addMilliseconds(n: number): ApexTime {
    return new ApexTime(this.msOfDay + n);
  }
  /** `10:15:30.000Z` (String.valueOf, concatenation and JSON). */
  toString(): string {
    return `${pad2(this.hour())}:${pad2(this.minute())}:${pad2(this.second())}.${String(this.millisecond()).padStart(3, '0')}Z`;
  }
  toJSON(): string {
    return this.toString();
  }
  compareTo(other: ApexTime): number {
    return Math.sign(this.msOfDay - other.msOfDay);
  }
  apexEquals(other: unknown): boolean {
    return other instanceof ApexTime && other.msOfDay === this.msOfDay;
  }
  apexHashKey(): string {
    return `Tm${this.msOfDay}`;
  }
}

/** An instant, held as milliseconds since the epoch (GMT). */
export class ApexDatetime {
  private constructor(readonly instant: number) {}

  /** `Datetime.newInstance(Long ms)`. */
  static fromInstant(ms: number): ApexDatetime {
    return new ApexDatetime(ms);
  }

  /** `Datetime.newInstance(y, mo, d[, h, mi, s])`: wall time in the user's zone. */
  static newInstance(
    zone: string,
    year: number,
    month: number,
    day: number,
    hour = 0,
    minute = 0,
    second = 0,
  ): ApexDatetime {
    return new ApexDatetime(wallToInstant(civilToMs(year, month, day, hour, minute, second), zone));
  }

  /** `Datetime.newInstanceGmt(y, mo, d[, h, mi, s])`. */
  static newInstanceGmt(
    year: number,
    month: number,
    day: number,
    hour = 0,
    minute = 0,
    second = 0,
  ): ApexDatetime {
    return new ApexDatetime(civilToMs(year, month, day, hour, minute, second));
  }

  /** `Datetime.newInstance(date, time)`: local wall time. */
  static ofDateTime(date: ApexDate, time: ApexTime, zone: string): ApexDatetime {
    return new ApexDatetime(wallToInstant(date.epochDay * MS_PER_DAY + time.msOfDay, zone));
  }

  /** `Datetime.newInstanceGmt(date, time)`. */
  static ofDateTimeGmt(date: ApexDate, time: ApexTime): ApexDatetime {
    return new ApexDatetime(date.epochDay * MS_PER_DAY + time.msOfDay);
  }

  /** Implicit Date → Datetime: midnight GMT. */
  static fromDate(date: ApexDate): ApexDatetime {
    return new ApexDatetime(date.epochDay * MS_PER_DAY);
  }

  /** `Datetime.valueOf('yyyy-MM-dd HH:mm:ss')`, read in the user's zone. */
  static valueOf(text: string, zone: string): ApexDatetime {
    return new ApexDatetime(wallToInstant(parseWall(text), zone));
  }

  /** `Datetime.valueOfGmt('yyyy-MM-dd HH:mm:ss')`. */
  static valueOfGmt(text: string): ApexDatetime {
    return new ApexDatetime(parseWall(text));
  }

  /** `Datetime.parse(String)` in the en_US locale, read in the user's zone: `10/14/2011 11:46 AM`. */
  static parse(text: string, zone: string): ApexDatetime {
    const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4}),? (\d{1,2}):(\d{2})(?::(\d{2}))? ?([AaPp][Mm])\s*$/.exec(
      text,
    );
    const hour = Number(m?.[4]);
    if (!m || hour < 1 || hour > 12 || Number(m[5]) > 59 || Number(m[6] ?? 0) > 59) {
      throw new ApexError('System.TypeException', `Invalid date/time: ${text}`);
    }
    const date = ApexDate.parse(`${m[1]}/${m[2]}/${m[3]}`);
    const hour24 = (hour % 12) + (m[7].toUpperCase() === 'PM' ? 12 : 0);
    const time = ApexTime.newInstance(hour24, Number(m[5]), Number(m[6] ?? 0), 0);
    return ApexDatetime.ofDateTime(date, time, zone);
  }

  /** ISO-8601 as JSON carries it: `2014-07-25T10:47:34.981Z`, `…+02:00`, `…+0200`; no zone → GMT. */
  static parseIso(text: string): ApexDatetime {
    const m =
      /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}(?::?\d{2})?)?$/.exec(
        text,
      );
    if (!m) throw new ApexError('System.TypeException', `Invalid date/time: ${text}`);
    const wall = civilToMs(
      Number(m[1]),
      Number(m[2]),
      Number(m[3]),
      Number(m[4]),
      Number(m[5]),
      Number(m[6] ?? 0),
      Number((m[7] ?? '0').slice(0, 3).padEnd(3, '0')),
    );
    const zoneText = m[8] ?? 'Z';
    if (zoneText === 'Z') return new ApexDatetime(wall);
    const digits = zoneText.replace(':', '');
    const minutes = Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5) || 0);
    return new ApexDatetime(wall - (zoneText[0] === '-' ? -minutes : minutes) * 60_000);
  }

  private local(zone: string): CivilFields {
    return msToCivil(this.instant + offsetAt(this.instant, zone));
  }
  private gmt(): CivilFields {
    return msToCivil(this.instant);
  }

  /** `getTime()`: ms since the epoch, a Long. */
  getTime(): bigint {
    return BigInt(this.instant);
  }

  year(zone: string): number {
    return this.local(zone).year;
  }
  month(zone: string): number {
    return this.local(zone).month;
  }
  day(zone: string): number {
    return this.local(zone).day;
  }
  hour(zone: string): number {
    return this.local(zone).hour;
  }
  minute(zone: string): number {
    return this.local(zone).minute;
  }
  second(zone: string): number {
    return this.local(zone).second;
  }
  millisecond(zone: string): number {
    return this.local(zone).millisecond;
  }
  dayOfYear(zone: string): number {
    return this.date(zone).dayOfYear();
  }
  yearGmt(): number {
    return this.gmt().year;
  }
  monthGmt(): number {
    return this.gmt().month;
  }
  dayGmt(): number {
    return this.gmt().day;
  }
  hourGmt(): number {
    return this.gmt().hour;
  }
  minuteGmt(): number {
    return this.gmt().minute;
  }
  secondGmt(): number {
    return this.gmt().second;
  }
  millisecondGmt(): number {
    return this.gmt().millisecond;
  }
  dayOfYearGmt(): number {
    return this.dateGmt().dayOfYear();
  }

  date(zone: string): ApexDate {
    return ApexDate.ofInstant(this.instant, zone);
  }
  dateGmt(): ApexDate {
    return ApexDate.ofInstant(this.instant, 'GMT');
  }
  time(zone: string): ApexTime {
    return ApexTime.fromMsOfDay(this.instant + offsetAt(this.instant, zone));
  }
  timeGmt(): ApexTime {
    return ApexTime.fromMsOfDay(this.instant);
  }

  /** Calendar arithmetic in the user's zone: the wall time is kept across a DST change. */
  addDays(days: number, zone: string): ApexDatetime {
    return this.shiftWall(zone, (f) =>
      civilToMs(f.year, f.month, f.day + days, f.hour, f.minute, f.second, f.millisecond),
    );
  }
  addMonths(months: number, zone: string): ApexDatetime {
    return this.shiftWall(zone, (f) => {
      const r = addMonthsClamped(f.year, f.month, f.day, months);
      return civilToMs(r.year, r.month, r.day, f.hour, f.minute, f.second, f.millisecond);
    });
  }
  addYears(years: number, zone: string): ApexDatetime {
    return this.addMonths(years * 12, zone);
  }
  private shiftWall(zone: string, shift: (f: CivilFields) => number): ApexDatetime {
    return new ApexDatetime(wallToInstant(shift(this.local(zone)), zone));
  }
  addHours(n: number): ApexDatetime {
    return new ApexDatetime(this.instant + n * 3_600_000);
  }
  addMinutes(n: number): ApexDatetime {
    return new ApexDatetime(this.instant + n * 60_000);
  }
  addSeconds(n: number): ApexDatetime {
    return new ApexDatetime(this.instant + n * 1000);
  }
  /** `dt + 1.5`: fractional days as elapsed time (+36 h). */
  addFractionalDays(days: number): ApexDatetime {
    return new ApexDatetime(this.instant + Math.round(days * MS_PER_DAY));
  }
  isSameDay(other: ApexDatetime, zone: string): boolean {
    return this.date(zone).isSameDay(other.date(zone));
  }

  /** en_US `format()` in the user's zone: `2/3/2017 1:20 PM`. */
  format(zone: string): string {
    return formatPattern(this.instant, 'M/d/yyyy h:mm a', zone);
  }
  /** `format(pattern)` (user zone) and `format(pattern, tzId)` (unknown id → GMT). */
  formatPattern(pattern: string, zone: string): string {
    return formatPattern(this.instant, pattern, zone);
  }
  formatGmt(pattern: string): string {
    return formatPattern(this.instant, pattern, 'GMT');
  }
  /** en_US `formatLong()`: `2/3/2017 1:20:00 PM PST`. */
  formatLong(zone: string): string {
    return formatPattern(this.instant, 'M/d/yyyy h:mm:ss a z', zone);
  }
  /** `String.valueOf(dt)`: `yyyy-MM-dd HH:mm:ss` in the user's zone. */
  toLocalString(zone: string): string {
    return formatPattern(this.instant, 'yyyy-MM-dd HH:mm:ss', zone);
  }
  /** Concatenation, `System.debug`, `String.valueOfGmt`: `yyyy-MM-dd HH:mm:ss` in GMT. */
  toString(): string {
    return formatPattern(this.instant, 'yyyy-MM-dd HH:mm:ss', 'GMT');
  }
  /** JSON: `2014-07-25T10:47:34.981Z`. */
  toJSON(): string {
    return formatPattern(this.instant, "yyyy-MM-dd'T'HH:mm:ss.SSS'Z'", 'GMT');
  }
  compareTo(other: ApexDatetime): number {
    return Math.sign(this.instant - other.instant);
  }
  apexEquals(other: unknown): boolean {
    return other instanceof ApexDatetime && other.instant === this.instant;
  }
  apexHashKey(): string {
    return `DT${this.instant}`;
  }
}

function parseWall(text: string): number {
  const m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?: (\d{1,2}):(\d{1,2})(?::(\d{1,2}))?)?\s*$/.exec(text);
  if (!m) throw new ApexError('System.TypeException', `Invalid date/time: ${text}`);
  return civilToMs(
    Number(m[1]),
    Number(m[2]),
    Number(m[3]),
    Number(m[4] ?? 0),
    Number(m[5] ?? 0),
    Number(m[6] ?? 0),
  );
}
