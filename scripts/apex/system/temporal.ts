/** `Date`, `Datetime`, `Time`: bindings of lang/temporal with the transaction clock and the user's time zone. */
import { ApexDate, ApexDatetime, ApexTime } from '../lang/temporal';
import type { Ctx, NativeClass, NativeFn } from '../interp/native';
import type { ApexValue } from '../interp/values';
import { arity, nullPointer, stringArg, unsupportedOverload } from './args';
import { nowMs, userTimeZone } from './clock';
import { OBJECT_METHODS } from './object-methods';

/** An Integer (or Long) argument as a JS number; null → NullPointerException. */
function whole(args: ApexValue[], i: number, method: string): number {
  const v = args[i];
  if (v === null || v === undefined) throw nullPointer();
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  throw unsupportedOverload(method, args);
}

function wholes(args: ApexValue[], method: string): number[] {
  return args.map((_, i) => whole(args, i, method));
}

function dateArg(args: ApexValue[], i: number, method: string): ApexDate {
  const v = args[i];
  if (v === null || v === undefined) throw nullPointer();
  if (!(v instanceof ApexDate)) throw unsupportedOverload(method, args);
  return v;
}

function datetimeArg(args: ApexValue[], i: number, method: string): ApexDatetime {
  const v = args[i];
  if (v === null || v === undefined) throw nullPointer();
  if (!(v instanceof ApexDatetime)) throw unsupportedOverload(method, args);
  return v;
}

export function today(ctx: Ctx): ApexDate {
  return ApexDate.ofInstant(nowMs(ctx), userTimeZone(ctx));
}

export function now(ctx: Ctx): ApexDatetime {
  return ApexDatetime.fromInstant(nowMs(ctx));
}

/** `System.now()`, `System.today()`, `System.currentTimeMillis()`: for whoever binds the `System` class. */
export const CLOCK_STATICS: Record<string, NativeFn<null>> = {
  now: (ctx) => now(ctx),
  today: (ctx) => today(ctx),
  currenttimemillis: (ctx) => BigInt(nowMs(ctx)),
};

type DateFn = NativeFn<ApexDate>;
const noArgs =
  <T>(method: string, f: (self: T) => ApexValue): NativeFn<T> =>
  (_ctx, self, args) => {
    arity(method, args, 0);
    return f(self);
  };
const oneWhole =
  <T>(method: string, f: (self: T, n: number, ctx: Ctx) => ApexValue): NativeFn<T> =>
  (ctx, self, args) => {
    arity(method, args, 1);
    return f(self, whole(args, 0, method), ctx);
  };

const dateMethods: Record<string, DateFn> = {
  adddays: oneWhole('Date.addDays', (d, n) => d.addDays(n)),
  addmonths: oneWhole('Date.addMonths', (d, n) => d.addMonths(n)),
  addyears: oneWhole('Date.addYears', (d, n) => d.addYears(n)),
  day: noArgs('Date.day', (d) => d.day()),
  dayofyear: noArgs('Date.dayOfYear', (d) => d.dayOfYear()),
  daysbetween: (_ctx, d, args) => {
    arity('Date.daysBetween', args, 1);
    return d.daysBetween(dateArg(args, 0, 'Date.daysBetween'));
  },
  format: noArgs('Date.format', (d) => d.format()),
  issameday: (_ctx, d, args) => {
    arity('Date.isSameDay', args, 1);
    return d.isSameDay(dateArg(args, 0, 'Date.isSameDay'));
  },
  month: noArgs('Date.month', (d) => d.month()),
  monthsbetween: (_ctx, d, args) => {
    arity('Date.monthsBetween', args, 1);
    return d.monthsBetween(dateArg(args, 0, 'Date.monthsBetween'));
  },
  tostartofmonth: noArgs('Date.toStartOfMonth', (d) => d.toStartOfMonth()),
  tostartofweek: noArgs('Date.toStartOfWeek', (d) => d.toStartOfWeek()),
  year: noArgs('Date.year', (d) => d.year()),
};

export const DateClass: NativeClass = {
  name: 'Date',
  namespace: 'System',
  statics: {
    today: (ctx, _self, args) => {
      arity('Date.today', args, 0);
      return today(ctx);
    },
    newinstance: (_ctx, _self, args) => {
      arity('Date.newInstance', args, 3);
      const [y, m, d] = wholes(args, 'Date.newInstance');
      return ApexDate.newInstance(y, m, d);
    },
    valueof: (_ctx, _self, args) => {
      arity('Date.valueOf', args, 1);
      const v = args[0];
      if (v === null) return null;
      if (typeof v === 'string') return ApexDate.valueOf(v);
      // Undocumented but relied on: the GMT date of a Datetime (apex-semantics §5.2).
      if (v instanceof ApexDatetime) return v.dateGmt();
      if (v instanceof ApexDate) return v;
      throw unsupportedOverload('Date.valueOf', args);
    },
    parse: (_ctx, _self, args) => {
      arity('Date.parse', args, 1);
      return ApexDate.parse(stringArg(args, 0, 'Date.parse'));
    },
    daysinmonth: (_ctx, _self, args) => {
      arity('Date.daysInMonth', args, 2);
      const [y, m] = wholes(args, 'Date.daysInMonth');
      return ApexDate.daysInMonth(y, m);
    },
    isleapyear: (_ctx, _self, args) => {
      arity('Date.isLeapYear', args, 1);
      return ApexDate.isLeapYear(whole(args, 0, 'Date.isLeapYear'));
    },
  },
  methods: { ...OBJECT_METHODS, ...(dateMethods as Record<string, NativeFn>) },
};

type DtFn = NativeFn<ApexDatetime>;
const local =
  (method: string, f: (dt: ApexDatetime, zone: string) => ApexValue): DtFn =>
  (ctx, dt, args) => {
    arity(method, args, 0);
    return f(dt, userTimeZone(ctx));
  };

const WALL_FIELDS = ['year', 'month', 'day', 'hour', 'minute', 'second', 'millisecond'] as const;

/** `year()` … `millisecond()` in the user's zone, and their `…Gmt()` twins. */
const wallFieldMethods: Record<string, DtFn> = Object.fromEntries(
  WALL_FIELDS.flatMap((field) => [
    [field, local(`Datetime.${field}`, (dt, z) => dt.wallField(field, z))],
    [`${field}gmt`, noArgs(`Datetime.${field}Gmt`, (dt: ApexDatetime) => dt.gmtField(field))],
  ]),
);

const datetimeMethods: Record<string, DtFn> = {
  ...wallFieldMethods,
  // Observed: `addDays(1)` across a DST change still adds exactly 24 hours, i.e. the calendar
  // arithmetic runs on GMT fields (https://salesforce.stackexchange.com/questions/238465);
  // addMonths/addYears are taken to share that implementation.
  adddays: oneWhole('Datetime.addDays', (dt, n) => dt.addDays(n, 'GMT')),
  addmonths: oneWhole('Datetime.addMonths', (dt, n) => dt.addMonths(n, 'GMT')),
  addyears: oneWhole('Datetime.addYears', (dt, n) => dt.addYears(n, 'GMT')),
  addhours: oneWhole('Datetime.addHours', (dt, n) => dt.addHours(n)),
  addminutes: oneWhole('Datetime.addMinutes', (dt, n) => dt.addMinutes(n)),
  addseconds: oneWhole('Datetime.addSeconds', (dt, n) => dt.addSeconds(n)),
  date: local('Datetime.date', (dt, z) => dt.date(z)),
  dategmt: noArgs('Datetime.dateGmt', (dt) => dt.dateGmt()),
  dayofyear: local('Datetime.dayOfYear', (dt, z) => dt.dayOfYear(z)),
  dayofyeargmt: noArgs('Datetime.dayOfYearGmt', (dt) => dt.dayOfYearGmt()),
  format: (ctx, dt, args) => {
    arity('Datetime.format', args, 0, 1, 2);
    if (args.length === 0) return dt.format(userTimeZone(ctx));
    const pattern = stringArg(args, 0, 'Datetime.format');
    const zone = args.length === 2 ? stringArg(args, 1, 'Datetime.format') : userTimeZone(ctx);
    return dt.formatPattern(pattern, zone);
  },
  formatgmt: (_ctx, dt, args) => {
    arity('Datetime.formatGmt', args, 1);
    return dt.formatGmt(stringArg(args, 0, 'Datetime.formatGmt'));
  },
  formatlong: local('Datetime.formatLong', (dt, z) => dt.formatLong(z)),
  gettime: noArgs('Datetime.getTime', (dt) => dt.getTime()),
  issameday: (ctx, dt, args) => {
    arity('Datetime.isSameDay', args, 1);
    return dt.isSameDay(datetimeArg(args, 0, 'Datetime.isSameDay'), userTimeZone(ctx));
  },
  time: local('Datetime.time', (dt, z) => dt.time(z)),
  timegmt: noArgs('Datetime.timeGmt', (dt) => dt.timeGmt()),
};

/** `newInstance(ms)`, `(date, time)`, `(y, m, d)`, `(y, m, d, h, mi, s)`; `gmt` picks the Gmt twin. */
function newDatetime(ctx: Ctx, args: ApexValue[], gmt: boolean): ApexDatetime {
  const method = gmt ? 'Datetime.newInstanceGmt' : 'Datetime.newInstance';
  if (args.length === 1 && !gmt) return ApexDatetime.fromInstant(whole(args, 0, method));
  if (args.length === 2) {
    const d = dateArg(args, 0, method);
    const t = args[1];
    if (t === null) throw nullPointer();
    if (!(t instanceof ApexTime)) throw unsupportedOverload(method, args);
    return gmt ? ApexDatetime.ofDateTimeGmt(d, t) : ApexDatetime.ofDateTime(d, t, userTimeZone(ctx));
  }
  if (args.length !== 3 && args.length !== 6) throw unsupportedOverload(method, args);
  const [y, m, d, h, mi, s] = wholes(args, method);
  return gmt
    ? ApexDatetime.newInstanceGmt(y, m, d, h, mi, s)
    : ApexDatetime.newInstance(userTimeZone(ctx), y, m, d, h, mi, s);
}

export const DatetimeClass: NativeClass = {
  name: 'Datetime',
  namespace: 'System',
  statics: {
    now: (ctx, _self, args) => {
      arity('Datetime.now', args, 0);
      return now(ctx);
    },
    newinstance: (ctx, _self, args) => newDatetime(ctx, args, false),
    newinstancegmt: (ctx, _self, args) => newDatetime(ctx, args, true),
    valueof: (ctx, _self, args) => {
      arity('Datetime.valueOf', args, 1);
      const v = args[0];
      if (v === null) return null;
      if (v instanceof ApexDatetime) return v;
      return ApexDatetime.valueOf(stringArg(args, 0, 'Datetime.valueOf'), userTimeZone(ctx));
    },
    valueofgmt: (_ctx, _self, args) => {
      arity('Datetime.valueOfGmt', args, 1);
      return ApexDatetime.valueOfGmt(stringArg(args, 0, 'Datetime.valueOfGmt'));
    },
  },
  methods: { ...OBJECT_METHODS, ...(datetimeMethods as Record<string, NativeFn>) },
};

type TimeFn = NativeFn<ApexTime>;
const timeMethods: Record<string, TimeFn> = {
  addhours: oneWhole('Time.addHours', (t, n) => t.addHours(n)),
  addminutes: oneWhole('Time.addMinutes', (t, n) => t.addMinutes(n)),
  addseconds: oneWhole('Time.addSeconds', (t, n) => t.addSeconds(n)),
  addmilliseconds: oneWhole('Time.addMilliseconds', (t, n) => t.addMilliseconds(n)),
  hour: noArgs('Time.hour', (t) => t.hour()),
  minute: noArgs('Time.minute', (t) => t.minute()),
  second: noArgs('Time.second', (t) => t.second()),
  millisecond: noArgs('Time.millisecond', (t) => t.millisecond()),
};

export const TimeClass: NativeClass = {
  name: 'Time',
  namespace: 'System',
  statics: {
    newinstance: (_ctx, _self, args) => {
      arity('Time.newInstance', args, 4);
      const [h, m, s, ms] = wholes(args, 'Time.newInstance');
      return ApexTime.newInstance(h, m, s, ms);
    },
  },
  methods: { ...OBJECT_METHODS, ...(timeMethods as Record<string, NativeFn>) },
};
