import { apexErrorOf } from './apex-error';
import { ApexDate, ApexDatetime, ApexTime } from '../temporal';

const LA = 'America/Los_Angeles';

describe('ApexDate', () => {
  it('parses valueOf (yyyy-MM-dd only) and the en_US parse form', () => {
    expect(ApexDate.valueOf('2024-01-05').toString()).toBe('2024-01-05');
    expect(ApexDate.valueOf('2024-01-05 10:00:00').toString()).toBe('2024-01-05');
    expect(ApexDate.parse('10/11/1983').toString()).toBe('1983-10-11');
    expect(apexErrorOf(() => ApexDate.valueOf('01/05/2024'))).toBe(
      'System.TypeException: Invalid date: 01/05/2024',
    );
    expect(apexErrorOf(() => ApexDate.valueOf('2023-02-29'))).toBe(
      'System.TypeException: Invalid date: 2023-02-29',
    );
    expect(apexErrorOf(() => ApexDate.parse('2024-01-05'))).toBe(
      'System.TypeException: Invalid date: 2024-01-05',
    );
  });

  it('newInstance rolls over like a lenient calendar', () => {
    expect(ApexDate.newInstance(2021, 2, 30).toString()).toBe('2021-03-02');
    expect(ApexDate.newInstance(2021, 13, 1).toString()).toBe('2022-01-01');
  });

  it('knows leap years and month lengths', () => {
    expect(ApexDate.isLeapYear(2024)).toBe(true);
    expect(ApexDate.isLeapYear(1900)).toBe(false);
    expect(ApexDate.isLeapYear(2000)).toBe(true);
    expect(ApexDate.daysInMonth(2024, 2)).toBe(29);
    expect(ApexDate.daysInMonth(2023, 2)).toBe(28);
    expect(ApexDate.daysInMonth(2023, 4)).toBe(30);
  });

  it('adds days, months (clamped to month end) and years', () => {
    const d = ApexDate.newInstance(2024, 1, 31);
    expect(d.addDays(1).toString()).toBe('2024-02-01');
    expect(d.addDays(-31).toString()).toBe('2023-12-31');
    expect(d.addMonths(1).toString()).toBe('2024-02-29');
    expect(ApexDate.newInstance(2023, 1, 31).addMonths(1).toString()).toBe('2023-02-28');
    expect(d.addMonths(-2).toString()).toBe('2023-11-30');
    expect(ApexDate.newInstance(2024, 2, 29).addYears(1).toString()).toBe('2025-02-28');
    expect(ApexDate.newInstance(2024, 2, 29).addYears(4).toString()).toBe('2028-02-29');
  });

  it('computes daysBetween and monthsBetween (days ignored)', () => {
    const a = ApexDate.newInstance(2024, 1, 31);
    const b = ApexDate.newInstance(2024, 3, 1);
    expect(a.daysBetween(b)).toBe(30);
    expect(b.daysBetween(a)).toBe(-30);
    expect(a.monthsBetween(b)).toBe(2);
    expect(ApexDate.newInstance(2023, 12, 15).monthsBetween(ApexDate.newInstance(2024, 1, 1))).toBe(1);
  });

  it('goes to the start of the month and of the en_US week (Sunday)', () => {
    expect(ApexDate.newInstance(2024, 3, 6).toStartOfMonth().toString()).toBe('2024-03-01');
    expect(ApexDate.newInstance(2024, 3, 6).toStartOfWeek().toString()).toBe('2024-03-03');
    expect(ApexDate.newInstance(2024, 3, 3).toStartOfWeek().toString()).toBe('2024-03-03');
    expect(ApexDate.newInstance(2024, 1, 2).toStartOfWeek().toString()).toBe('2023-12-31');
  });

  it('reads fields and prints its forms', () => {
    const d = ApexDate.newInstance(2017, 2, 3);
    expect([d.year(), d.month(), d.day(), d.dayOfYear()]).toEqual([2017, 2, 3, 34]);
    expect(d.format()).toBe('2/3/2017');
    expect(d.toString()).toBe('2017-02-03');
    expect(d.toConcatString()).toBe('2017-02-03 00:00:00');
    expect(JSON.stringify({ d: ApexDate.valueOf('2015-02-13') })).toBe('{"d":"2015-02-13"}');
  });

  it('compares and hashes by day', () => {
    const a = ApexDate.newInstance(2024, 1, 1);
    expect(a.apexEquals(ApexDate.valueOf('2024-01-01'))).toBe(true);
    expect(a.apexHashKey()).toBe(ApexDate.valueOf('2024-01-01').apexHashKey());
    expect(a.compareTo(a.addDays(1))).toBe(-1);
    expect(a.apexEquals('2024-01-01')).toBe(false);
  });
});

describe('ApexDatetime', () => {
  const dt = ApexDatetime.newInstance(LA, 2017, 2, 3, 13, 20, 0);

  it('builds local and GMT instances', () => {
    expect(dt.toString()).toBe('2017-02-03 21:20:00');
    expect(ApexDatetime.newInstanceGmt(2017, 2, 3, 13, 20, 0).toString()).toBe('2017-02-03 13:20:00');
    expect(ApexDatetime.newInstance(LA, 2024, 7, 1).toString()).toBe('2024-07-01 07:00:00');
    expect(ApexDatetime.fromInstant(0).toString()).toBe('1970-01-01 00:00:00');
    expect(dt.getTime()).toBe(1486156800000n);
  });

  it('has three string forms: GMT concatenation, local valueOf, en_US format()', () => {
    expect(dt.toString()).toBe('2017-02-03 21:20:00');
    expect(dt.toLocalString(LA)).toBe('2017-02-03 13:20:00');
    expect(dt.format(LA)).toBe('2/3/2017 1:20 PM');
    expect(dt.formatLong(LA)).toBe('2/3/2017 1:20:00 PM PST');
  });

  it('formats SimpleDateFormat patterns in a zone or GMT', () => {
    expect(dt.formatPattern("yyyy-MM-dd'T'HH:mm:ss.SSSXXX", LA)).toBe('2017-02-03T13:20:00.000-08:00');
    expect(dt.formatPattern('EEE, d MMM yyyy hh:mm a Z', LA)).toBe('Fri, 3 Feb 2017 01:20 PM -0800');
    expect(dt.formatPattern('EEEE MMMM yy D w u k K', LA)).toBe('Friday February 17 34 5 5 13 1');
    expect(dt.formatPattern("h 'o''clock' ''", LA)).toBe("1 o'clock '");
    expect(dt.formatGmt('yyyy-MM-dd HH:mm:ss X')).toBe('2017-02-03 21:20:00 Z');
    expect(dt.formatPattern('HH:mm z', 'Europe/Paris')).toMatch(/^22:20 /);
    expect(dt.formatPattern('HH:mm', 'Not/AZone')).toBe('21:20');
  });

  it('reads valueOf in the user zone and valueOfGmt in GMT', () => {
    expect(ApexDatetime.valueOf('2024-01-05 10:00:00', LA).toString()).toBe('2024-01-05 18:00:00');
    expect(ApexDatetime.valueOfGmt('2024-01-05 10:00:00').toString()).toBe('2024-01-05 10:00:00');
    expect(apexErrorOf(() => ApexDatetime.valueOf('2024-01-05T10:00', LA))).toBe(
      'System.TypeException: Invalid date/time: 2024-01-05T10:00',
    );
  });

  it('parses the en_US locale form in the user zone', () => {
    expect(ApexDatetime.parse('10/14/2011 11:46 AM', LA).toString()).toBe('2011-10-14 18:46:00');
    expect(ApexDatetime.parse('1/2/2024 12:05 AM', LA).toLocalString(LA)).toBe('2024-01-02 00:05:00');
    expect(ApexDatetime.parse('1/2/2024 12:05 PM', LA).toLocalString(LA)).toBe('2024-01-02 12:05:00');
    expect(apexErrorOf(() => ApexDatetime.parse('2024-01-02 10:00', LA))).toBe(
      'System.TypeException: Invalid date/time: 2024-01-02 10:00',
    );
    expect(apexErrorOf(() => ApexDatetime.parse('1/2/2024 13:00 PM', LA))).toBe(
      'System.TypeException: Invalid date/time: 1/2/2024 13:00 PM',
    );
  });

  it('reads and writes the JSON form', () => {
    const j = ApexDatetime.parseIso('2014-07-25T10:47:34.981Z');
    expect(j.toJSON()).toBe('2014-07-25T10:47:34.981Z');
    expect(ApexDatetime.parseIso('2014-07-25T12:47:34+02:00').toJSON()).toBe('2014-07-25T10:47:34.000Z');
    expect(ApexDatetime.parseIso('2014-07-25T05:47:34-0500').toJSON()).toBe('2014-07-25T10:47:34.000Z');
    expect(ApexDatetime.parseIso('2014-07-25T10:47:34').toJSON()).toBe('2014-07-25T10:47:34.000Z');
    expect(apexErrorOf(() => ApexDatetime.parseIso('yesterday'))).toBe(
      'System.TypeException: Invalid date/time: yesterday',
    );
  });

  it('gives local and GMT fields, dates and times', () => {
    const late = ApexDatetime.newInstanceGmt(2024, 1, 1, 3, 4, 5);
    const fields = ['year', 'month', 'day', 'hour', 'minute', 'second'] as const;
    expect(fields.map((f) => late.wallField(f, LA))).toEqual([2023, 12, 31, 19, 4, 5]);
    expect(fields.map((f) => late.gmtField(f))).toEqual([2024, 1, 1, 3, 4, 5]);
    expect(late.date(LA).toString()).toBe('2023-12-31');
    expect(late.dateGmt().toString()).toBe('2024-01-01');
    expect(late.time(LA).toString()).toBe('19:04:05.000Z');
    expect(late.timeGmt().toString()).toBe('03:04:05.000Z');
    expect(late.gmtField('millisecond')).toBe(0);
    expect(late.dayOfYear(LA)).toBe(365);
    expect(late.dayOfYearGmt()).toBe(1);
  });

  it('treats an implicit Date as midnight GMT, newInstance(date, time) as local', () => {
    const d = ApexDate.newInstance(2024, 1, 5);
    expect(ApexDatetime.fromDate(d).toString()).toBe('2024-01-05 00:00:00');
    expect(ApexDatetime.ofDateTime(d, ApexTime.newInstance(0, 0, 0, 0), LA).toString()).toBe(
      '2024-01-05 08:00:00',
    );
    expect(ApexDatetime.ofDateTimeGmt(d, ApexTime.newInstance(1, 2, 3, 4)).toJSON()).toBe(
      '2024-01-05T01:02:03.004Z',
    );
  });

  it('handles the DST boundaries of America/Los_Angeles like java.util.Calendar', () => {
    // Spring forward 2024-03-10 02:00 → 03:00: a wall time in the gap moves forward.
    expect(ApexDatetime.newInstance(LA, 2024, 3, 10, 2, 30, 0).toLocalString(LA)).toBe('2024-03-10 03:30:00');
    expect(ApexDatetime.newInstance(LA, 2024, 3, 10, 1, 59, 59).toString()).toBe('2024-03-10 09:59:59');
    expect(ApexDatetime.newInstance(LA, 2024, 3, 10, 3, 0, 0).toString()).toBe('2024-03-10 10:00:00');
    // Fall back 2024-11-03 02:00 → 01:00: the repeated hour is read as standard time.
    expect(ApexDatetime.newInstance(LA, 2024, 11, 3, 1, 30, 0).toString()).toBe('2024-11-03 09:30:00');
    expect(ApexDatetime.newInstanceGmt(2024, 11, 3, 8, 30, 0).formatPattern('HH:mm z', LA)).toBe('01:30 PDT');
    expect(ApexDatetime.newInstanceGmt(2024, 11, 3, 9, 30, 0).formatPattern('HH:mm z', LA)).toBe('01:30 PST');
  });

  it('adds days/months/years on the local calendar and hours/minutes/seconds as elapsed time', () => {
    const beforeDst = ApexDatetime.newInstance(LA, 2024, 3, 9, 12, 0, 0);
    expect(beforeDst.addDays(1, LA).toLocalString(LA)).toBe('2024-03-10 12:00:00');
    expect(beforeDst.addHours(24).toLocalString(LA)).toBe('2024-03-10 13:00:00');
    expect(beforeDst.addMinutes(90).toLocalString(LA)).toBe('2024-03-09 13:30:00');
    expect(beforeDst.addSeconds(-1).toLocalString(LA)).toBe('2024-03-09 11:59:59');
    expect(ApexDatetime.newInstance(LA, 2024, 1, 31, 8, 0, 0).addMonths(1, LA).toLocalString(LA)).toBe(
      '2024-02-29 08:00:00',
    );
    expect(ApexDatetime.newInstance(LA, 2024, 2, 29, 8, 0, 0).addYears(1, LA).toLocalString(LA)).toBe(
      '2025-02-28 08:00:00',
    );
    expect(beforeDst.addFractionalDays(1.5).toString()).toBe(beforeDst.addHours(36).toString());
  });

  it('compares by instant and tells same local days', () => {
    const a = ApexDatetime.newInstanceGmt(2024, 1, 1, 7, 0, 0);
    const b = ApexDatetime.newInstanceGmt(2024, 1, 1, 9, 0, 0);
    expect(a.compareTo(b)).toBe(-1);
    expect(a.isSameDay(b, LA)).toBe(false);
    expect(a.isSameDay(b, 'GMT')).toBe(true);
    expect(a.apexEquals(ApexDatetime.fromInstant(a.instant))).toBe(true);
    expect(a.apexHashKey()).not.toBe(b.apexHashKey());
  });
});

describe('ApexTime', () => {
  it('builds, wraps around midnight and prints HH:mm:ss.SSSZ', () => {
    const t = ApexTime.newInstance(23, 30, 15, 5);
    expect(t.toString()).toBe('23:30:15.005Z');
    expect(t.addHours(1).toString()).toBe('00:30:15.005Z');
    expect(t.addMinutes(-31).toString()).toBe('22:59:15.005Z');
    expect(t.addSeconds(45).toString()).toBe('23:31:00.005Z');
    expect(t.addMilliseconds(-6).toString()).toBe('23:30:14.999Z');
    expect([t.hour(), t.minute(), t.second(), t.millisecond()]).toEqual([23, 30, 15, 5]);
  });

  it('parses the JSON form and compares', () => {
    expect(ApexTime.parseIso('10:00:00.000Z').toString()).toBe('10:00:00.000Z');
    expect(ApexTime.parseIso('10:00:00.5').millisecond()).toBe(500);
    expect(apexErrorOf(() => ApexTime.parseIso('25:00'))).toBe('System.TypeException: Invalid time: 25:00');
    expect(ApexTime.newInstance(1, 0, 0, 0).compareTo(ApexTime.newInstance(2, 0, 0, 0))).toBe(-1);
    expect(ApexTime.newInstance(1, 0, 0, 0).apexEquals(ApexTime.parseIso('01:00:00.000Z'))).toBe(true);
  });
});
