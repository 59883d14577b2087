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
  type WallTime,
} from './civil';
import { formatPattern } from './date-format';
import { ApexError } from './errors';
import { offsetAt, wallToInstant } from './time-zone';

const pad2 = (n: number): string => String(n).padStart(2, '0');
const padYear = (y: number): string =>
  y < 0 ? '-' + String(-y).padStart(4, '0') : String(y).padStart(4, '0');

/**
 * What Date, Time and Datetime share: each is one number on its own line (days since the epoch,
 * milliseconds of the day, milliseconds since the epoch) that orders, equates and hashes it.
 */
abstract class TemporalValue<T extends TemporalValue<T>> {
  protected abstract position(): number;
  /** Keeps a Date, a Time and a Datetime of the same number apart as Set and Map keys. */
  protected abstract hashPrefix(): string;
  toJSON(): string {
    return this.toString();
  }
  compareTo(other: T): number {
    return Math.sign(this.position() - other.position());
  }
  apexEquals(other: unknown): boolean {
    return other instanceof this.constructor && (other as T).position() === this.position();
  }
  apexHashKey(): string {
    return `${this.hashPrefix()}${this.position()}`;
  }
}

/** Time and Datetime: milliseconds on their line, moved by elapsed hours, minutes and seconds. */
abstract class MillisecondValue<T extends MillisecondValue<T>> extends TemporalValue<T> {
  protected abstract plusMs(ms: number): T;
  addHours(n: number): T {
    return this.plusMs(n * 3_600_000);
  }
  addMinutes(n: number): T {
    return this.plusMs(n * 60_000);
  }
  addSeconds(n: number): T {
    return this.plusMs(n * 1000);
  }
}

/** A calendar date, held as days since 1970-01-01. */
export class ApexDate extends TemporalValue<ApexDate> {
  private constructor(readonly epochDay: number) {
    super();
  }

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
  protected position(): number {
    return this.epochDay;
  }
  protected hashPrefix(): string {
    return 'Dt';
  }
}

/** A time of day, held as milliseconds since midnight (always in [0, 86 400 000)). */
export class ApexTime extends MillisecondValue<ApexTime> {
  readonly msOfDay: number;
  private constructor(ms: number) {
    super();
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
  addMilliseconds(n: number): ApexTime {
    return this.plusMs(n);
  }
  protected plusMs(ms: number): ApexTime {
    return new ApexTime(this.msOfDay + ms);
  }
  /** `10:15:30.000Z` (String.valueOf, concatenation and JSON). */
  toString(): string {
    return `${pad2(this.hour())}:${pad2(this.minute())}:${pad2(this.second())}.${String(this.millisecond()).padStart(3, '0')}Z`;
  }
  protected position(): number {
    return this.msOfDay;
  }
  protected hashPrefix(): string {
    return 'Tm';
  }
}

/** An instant, held as milliseconds since the epoch (GMT). */
export class ApexDatetime extends MillisecondValue<ApexDatetime> {
  private constructor(readonly instant: number) {
    super();
  }

  /** `Datetime.newInstance(Long ms)`. */
  static fromInstant(ms: number): ApexDatetime {
    return new ApexDatetime(ms);
  }

  /** `Datetime.newInstance(y, mo, d[, h, mi, s])`: wall time in the user's zone. */
  static newInstance(zone: string, ...wall: WallTime): ApexDatetime {
    return new ApexDatetime(wallToInstant(civilToMs(...wall), zone));
  }

  /** `Datetime.newInstanceGmt(y, mo, d[, h, mi, s])`. */
  static newInstanceGmt(...wall: WallTime): ApexDatetime {
    return new ApexDatetime(civilToMs(...wall));
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

  /** A wall-clock field in `zone`: `year(zone)`, `hour(zone)` … */
  wallField(field: keyof CivilFields, zone: string): number {
    return this.local(zone)[field];
  }
  /** A wall-clock field in GMT: `yearGmt()`, `hourGmt()` … */
  gmtField(field: keyof CivilFields): number {
    return this.gmt()[field];
  }
  dayOfYear(zone: string): number {
    return this.date(zone).dayOfYear();
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
  protected plusMs(ms: number): ApexDatetime {
    return new ApexDatetime(this.instant + ms);
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
  protected position(): number {
    return this.instant;
  }
  protected hashPrefix(): string {
    return 'DT';
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
