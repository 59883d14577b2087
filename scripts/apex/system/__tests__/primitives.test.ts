import { Decimal } from '../../lang/decimal';
import { NotSupportedError } from '../../lang/errors';
import { ApexId } from '../../lang/id';
import { ApexDouble } from '../../lang/numbers';
import { ApexDate, ApexDatetime } from '../../lang/temporal';
import { ApexList, type ApexValue } from '../../interp/values';
import { BlobClass } from '../blob';
import { IdClass } from '../id';
import { MathClass } from '../math';
import { BooleanClass, DecimalClass, DoubleClass, IntegerClass, LongClass } from '../numbers';
import { StringClass } from '../string';
import { CLOCK_STATICS, DateClass, DatetimeClass } from '../temporal';
import { apexError } from '../../lang/__tests__/apex-error';
import { call, callStatic, fakeCtx } from './fake-ctx';

const d = (s: string) => Decimal.valueOf(s);
const str = (...items: ApexValue[]) => new ApexList({ name: 'Object' }, items);

describe('String statics', () => {
  it('isBlank / isEmpty follow StringUtils (whitespace-only is blank, not empty)', () => {
    expect(callStatic(StringClass, 'isblank', [null])).toBe(true);
    expect(callStatic(StringClass, 'isblank', [' \t\n'])).toBe(true);
    expect(callStatic(StringClass, 'isempty', [' '])).toBe(false);
    expect(callStatic(StringClass, 'isnotblank', ['x'])).toBe(true);
    expect(callStatic(StringClass, 'isnotempty', [''])).toBe(false);
  });

  it('valueOf: Date without time, Datetime in the user time zone, others like concatenation', () => {
    const ctx = fakeCtx({ services: { timeZone: () => 'America/Los_Angeles' } });
    expect(callStatic(StringClass, 'valueof', [ApexDate.newInstance(2024, 1, 5)], ctx)).toBe('2024-01-05');
    const dt = ApexDatetime.newInstanceGmt(2024, 1, 5, 10, 0, 0);
    expect(callStatic(StringClass, 'valueof', [dt], ctx)).toBe('2024-01-05 02:00:00');
    expect(callStatic(StringClass, 'valueofgmt', [dt], ctx)).toBe('2024-01-05 10:00:00');
    expect(callStatic(StringClass, 'valueof', [5], ctx)).toBe('5');
  });

  it('join renders each element with String.valueOf', () => {
    expect(callStatic(StringClass, 'join', [str('a', 1, null), ', '])).toBe('a, 1, null');
  });
});

describe('String methods', () => {
  const m = (self: string, name: string, ...args: ApexValue[]) => call(StringClass, name, self, args);

  it('substring with Apex errors', () => {
    expect(m('hello', 'substring', 1, 3)).toBe('el');
    expect(m('hello', 'substring', 2)).toBe('llo');
    const e = apexError(() => m('abc', 'substring', 0, 5));
    expect([e.apexType, e.message]).toEqual(['System.StringException', 'Ending position out of bounds: 5']);
  });

  it('abbreviate counts the dots and refuses widths below 4', () => {
    expect(m('abcdefgh', 'abbreviate', 5)).toBe('ab...');
    expect(m('abc', 'abbreviate', 5)).toBe('abc');
    expect(apexError(() => m('abcdef', 'abbreviate', 3)).message).toBe('Minimum abbreviation width is 4');
  });

  it('equals is case-sensitive, equalsIgnoreCase is not', () => {
    expect(m('teXt', 'equals', 'text')).toBe(false);
    expect(m('teXt', 'equalsignorecase', 'text')).toBe(true);
  });

  it('trim strips control characters like Java; left/right never throw', () => {
    expect(m('\u0001 a b \n', 'trim')).toBe('a b');
    expect(m('abc', 'left', 10)).toBe('abc');
    expect(m('abc', 'right', 2)).toBe('bc');
    expect(m('abc', 'right', -1)).toBe('');
  });

  it('substringBefore/After follow StringUtils separator rules', () => {
    expect(m('a.b.c', 'substringbefore', '.')).toBe('a');
    expect(m('a.b.c', 'substringbeforelast', '.')).toBe('a.b');
    expect(m('a.b.c', 'substringafter', '.')).toBe('b.c');
    expect(m('abc', 'substringafter', 'z')).toBe('');
    expect(m('abc', 'substringbefore', 'z')).toBe('abc');
    expect(m('abc', 'substringbefore', null)).toBe('abc');
  });

  it('replace is literal; contains(null) dereferences', () => {
    expect(m('a.b.c', 'replace', '.', '|')).toBe('a|b|c');
    expect(() => m('abc', 'contains', null)).toThrow('Attempt to de-reference a null object');
  });

  it('removeStart/removeEnd, leftPad, repeat, isNumeric, compareTo', () => {
    expect(m('prefix_x', 'removestart', 'prefix_')).toBe('x');
    expect(m('x.cls', 'removeend', '.cls')).toBe('x');
    expect(m('7', 'leftpad', 3, '0')).toBe('007');
    expect(m('ab', 'repeat', 3)).toBe('ababab');
    expect(m('ab', 'repeat', '-', 2)).toBe('ab-ab');
    expect(m('123', 'isnumeric')).toBe(true);
    expect(m('12.3', 'isnumeric')).toBe(false);
    expect(m('B', 'compareto', 'a')).toBe(-31);
  });

  it('hashCode is Java String.hashCode', () => {
    expect(m('hello', 'hashcode')).toBe(99162322);
  });

  it('escapes, splitByCharacterTypeCamelCase, substringBetween, containsWhitespace', () => {
    expect(m('<a href="x">', 'escapehtml4')).toBe('&lt;a href=&quot;x&quot;&gt;');
    expect(m("it's", 'escapesinglequotes')).toBe("it\\'s");
    expect((m('fooBarBaz', 'splitbycharactertypecamelcase') as ApexList).items).toEqual([
      'foo',
      'Bar',
      'Baz',
    ]);
    expect(m('a[b]c', 'substringbetween', '[', ']')).toBe('b');
    expect(m('a b', 'containswhitespace')).toBe(true);
    expect(m('ab', 'containswhitespace')).toBe(false);
  });
});

describe('numbers', () => {
  it('Integer.valueOf parses strictly and truncates numbers', () => {
    expect(callStatic(IntegerClass, 'valueof', ['42'])).toBe(42);
    expect(callStatic(IntegerClass, 'valueof', ['-7'])).toBe(-7);
    const e = apexError(() => callStatic(IntegerClass, 'valueof', ['abc']));
    expect([e.apexType, e.message]).toEqual(['System.TypeException', 'Invalid integer: abc']);
    expect(apexError(() => callStatic(IntegerClass, 'valueof', ['2147483648'])).message).toBe(
      'Invalid integer: 2147483648',
    );
    expect(callStatic(IntegerClass, 'valueof', [d('7.9')])).toBe(7);
    expect(callStatic(IntegerClass, 'valueof', [d('-7.9')])).toBe(-7);
    expect(callStatic(IntegerClass, 'valueof', [new ApexDouble(3.99)])).toBe(3);
    expect(callStatic(IntegerClass, 'valueof', [null])).toBeNull();
  });

  it('valueOf(Object) of another type fails as a cast, naming the runtime type', () => {
    const date = ApexDate.newInstance(2024, 1, 5);
    expect(apexError(() => callStatic(IntegerClass, 'valueof', [date])).message).toBe(
      'Invalid conversion from runtime type Date to Integer',
    );
    expect(apexError(() => callStatic(DecimalClass, 'valueof', [true])).message).toBe(
      'Invalid conversion from runtime type Boolean to Decimal',
    );
    expect(apexError(() => callStatic(BooleanClass, 'valueof', [5])).message).toBe(
      'Invalid conversion from runtime type Integer to Boolean',
    );
  });

  it('Long.valueOf and Long narrowing', () => {
    expect(callStatic(LongClass, 'valueof', ['9223372036854775807'])).toBe(9223372036854775807n);
    expect(apexError(() => callStatic(LongClass, 'valueof', ['x'])).message).toBe('Invalid long: x');
    expect(call(LongClass, 'intvalue', 4294967297n, [])).toBe(1);
  });

  it('Decimal.valueOf keeps the scale; Double goes through its Java string form', () => {
    expect(String(callStatic(DecimalClass, 'valueof', ['1.10']))).toBe('1.10');
    expect(String(callStatic(DecimalClass, 'valueof', [new ApexDouble(0.1)]))).toBe('0.1');
    expect(String(callStatic(DecimalClass, 'valueof', [5]))).toBe('5');
  });

  it('Decimal methods: setScale half-even, divide with a RoundingMode, format', () => {
    const ctx = fakeCtx();
    expect(String(call(DecimalClass, 'setscale', d('2.5'), [0], ctx))).toBe('2');
    expect(String(call(DecimalClass, 'divide', d('19'), [100, 3], ctx))).toBe('0.190');
    expect(String(call(DecimalClass, 'divide', d('12.4567'), [7, 2, 'UP'], ctx))).toBe('1.78');
    expect(call(DecimalClass, 'format', d('12345.6789'), [], ctx)).toBe('12,345.679');
    expect(call(DecimalClass, 'intvalue', d('7.9'), [], ctx)).toBe(7);
    expect(call(DecimalClass, 'scale', d('1.10'), [], ctx)).toBe(2);
  });

  it('Double.valueOf and Boolean.valueOf', () => {
    expect((callStatic(DoubleClass, 'valueof', ['1.5']) as ApexDouble).value).toBe(1.5);
    expect(apexError(() => callStatic(DoubleClass, 'valueof', ['x'])).message).toBe('Invalid double: x');
    expect(callStatic(BooleanClass, 'valueof', ['TRUE'])).toBe(true);
    expect(callStatic(BooleanClass, 'valueof', ['yes'])).toBe(false);
    expect(callStatic(BooleanClass, 'valueof', [null])).toBe(false);
  });

  it('Integer.format groups thousands', () => {
    expect(call(IntegerClass, 'format', -1234567, [])).toBe('-1,234,567');
  });
});

describe('Math', () => {
  it('mod follows the dividend sign and rejects 0', () => {
    expect(callStatic(MathClass, 'mod', [-7, 3])).toBe(-1);
    expect(callStatic(MathClass, 'mod', [7n, 3])).toBe(1n);
    expect(apexError(() => callStatic(MathClass, 'mod', [1, 0])).message).toBe('Divide by 0');
  });

  it('max/min widen to the wider kind', () => {
    expect(callStatic(MathClass, 'max', [3, 5])).toBe(5);
    expect(callStatic(MathClass, 'min', [3, 5n])).toBe(3n);
    expect(String(callStatic(MathClass, 'max', [1, d('1.5')]))).toBe('1.5');
    expect((callStatic(MathClass, 'max', [1, new ApexDouble(0.5)]) as ApexDouble).value).toBe(1);
  });

  it('abs wraps like Java, ceil keeps the kind, round is half-up for Double and half-even for Decimal', () => {
    expect(callStatic(MathClass, 'abs', [-2147483648])).toBe(-2147483648);
    expect((callStatic(MathClass, 'ceil', [new ApexDouble(1.2)]) as ApexDouble).value).toBe(2);
    expect(String(callStatic(MathClass, 'ceil', [d('1.2')]))).toBe('2');
    expect(callStatic(MathClass, 'round', [new ApexDouble(-2.5)])).toBe(-2);
    expect(callStatic(MathClass, 'round', [d('2.5')])).toBe(2);
    expect(callStatic(MathClass, 'roundtolong', [new ApexDouble(2.5)])).toBe(3n);
    expect(() => callStatic(MathClass, 'round', [new ApexDouble(1e12)])).toThrow(NotSupportedError);
  });
});

describe('Id', () => {
  it('valueOf widens to 18 characters and rejects malformed ids', () => {
    const id = callStatic(IdClass, 'valueof', ['001000000000001']) as ApexId;
    expect(id.value).toHaveLength(18);
    expect(call(IdClass, 'to15', id, [])).toBe('001000000000001');
    const e = apexError(() => callStatic(IdClass, 'valueof', ['john doe']));
    expect([e.apexType, e.message]).toEqual(['System.StringException', 'Invalid id: john doe']);
  });
});

describe('Date and Datetime', () => {
  const pinned = Date.UTC(2024, 0, 5, 3, 30, 0); // 2024-01-04 19:30 in Los Angeles
  const ctx = fakeCtx({ services: { now: () => pinned, timeZone: () => 'America/Los_Angeles' } });

  it('now/today/currentTimeMillis read the transaction clock; today is the user-zone date', () => {
    expect((callStatic(DatetimeClass, 'now', [], ctx) as ApexDatetime).getTime()).toBe(BigInt(pinned));
    expect(String(callStatic(DateClass, 'today', [], ctx))).toBe('2024-01-04');
    expect(CLOCK_STATICS.currenttimemillis(ctx, null, [])).toBe(BigInt(pinned));
  });

  it('newInstance is local wall time, newInstanceGmt is GMT', () => {
    const local = callStatic(DatetimeClass, 'newinstance', [2024, 1, 5, 8, 0, 0], ctx) as ApexDatetime;
    expect(call(DatetimeClass, 'hourgmt', local, [], ctx)).toBe(16);
    const gmt = callStatic(DatetimeClass, 'newinstancegmt', [2024, 1, 5, 8, 0, 0], ctx) as ApexDatetime;
    expect(call(DatetimeClass, 'formatgmt', gmt, ['yyyy-MM-dd HH:mm'], ctx)).toBe('2024-01-05 08:00');
    expect(call(DatetimeClass, 'hour', gmt, [], ctx)).toBe(0);
  });

  it('addHours and date() in the user zone; Date.valueOf and daysInMonth', () => {
    const gmt = ApexDatetime.newInstanceGmt(2024, 1, 5, 6, 0, 0);
    const later = call(DatetimeClass, 'addhours', gmt, [2], ctx) as ApexDatetime;
    expect(later.getTime() - gmt.getTime()).toBe(7200000n);
    expect(String(call(DatetimeClass, 'date', gmt, [], ctx))).toBe('2024-01-04');
    expect(String(callStatic(DateClass, 'valueof', ['2024-02-29'], ctx))).toBe('2024-02-29');
    expect(callStatic(DateClass, 'daysinmonth', [2024, 2], ctx)).toBe(29);
  });
});

describe('regex String methods and Blob', () => {
  const m = (self: string, name: string, ...args: ApexValue[]) => call(StringClass, name, self, args);

  it('split takes a Java regex and drops trailing empty strings unless limit is -1', () => {
    expect((m('a,b,,', 'split', ',') as ApexList).items).toEqual(['a', 'b']);
    expect((m('a,b,,', 'split', ',', -1) as ApexList).items).toEqual(['a', 'b', '', '']);
    expect((m('a|b', 'split', '\\|') as ApexList).items).toEqual(['a', 'b']);
  });

  it('matches is whole-input; replaceAll uses Java replacement syntax', () => {
    expect(m('abc123', 'matches', '[a-z]+\\d+')).toBe(true);
    expect(m('abc123x', 'matches', '[a-z]+\\d+')).toBe(false);
    expect(m('a1b2', 'replaceall', '(\\d)', '<$1>')).toBe('a<1>b<2>');
    expect(m('a1b2', 'replacefirst', '\\d', '#')).toBe('a#b2');
  });

  it('Blob.valueOf is UTF-8; toString decodes; size counts bytes', () => {
    const b = callStatic(BlobClass, 'valueof', ['é']);
    expect(call(BlobClass, 'size', b, [])).toBe(2);
    expect(call(BlobClass, 'tostring', b, [])).toBe('é');
  });
});

describe('clock and Id from the platform services', () => {
  it('reads now() and timeZone() from the attached services when the transaction has no clock', () => {
    const ctx = fakeCtx({
      services: { now: () => Date.UTC(2024, 5, 1, 12), timeZone: () => 'Europe/Paris' },
    });
    expect(String(callStatic(DateClass, 'today', [], ctx))).toBe('2024-06-01');
    const dt = callStatic(DatetimeClass, 'now', [], ctx) as ApexDatetime;
    expect(call(DatetimeClass, 'hour', dt, [], ctx)).toBe(14);
  });

  it('Id.getSObjectType() finds the object by key prefix', () => {
    const account = { name: 'Account', keyPrefix: '001' };
    const schema = {
      byKeyPrefix: (p: string) => (p === '001' ? account : undefined),
      object: (n: string) => (n.toLowerCase() === 'account' ? account : undefined),
    };
    const ctx = fakeCtx({ services: { schema } });
    const token = call(IdClass, 'getsobjecttype', ApexId.of('001000000000001'), [], ctx) as {
      payload: unknown;
    };
    expect(token.payload).toEqual({ object: 'Account' });
    expect(() => call(IdClass, 'getsobjecttype', ApexId.of('a00000000000001'), [], ctx)).toThrow(
      NotSupportedError,
    );
  });
});

describe('Datetime.addDays across a DST change', () => {
  it('adds exactly 24 hours per day (observed in orgs), whatever the user time zone', () => {
    const ctx = fakeCtx({ services: { timeZone: () => 'America/Chicago' } });
    const start = callStatic(DatetimeClass, 'newinstance', [2018, 11, 4], ctx) as ApexDatetime;
    const next = call(DatetimeClass, 'adddays', start, [1], ctx) as ApexDatetime;
    expect(next.getTime() - start.getTime()).toBe(86400000n);
    expect(call(DatetimeClass, 'format', next, ['yyyy-MM-dd HH:mm:ss'], ctx)).toBe('2018-11-04 23:00:00');
  });
});

describe('String.format', () => {
  it('follows MessageFormat quoting and formats numbers', () => {
    expect(callStatic(StringClass, 'format', ['{0} of {1}', str('a', 'b')])).toBe('a of b');
    expect(callStatic(StringClass, 'format', ["Don't {0}", str('x')])).toBe('Dont {0}');
    expect(callStatic(StringClass, 'format', ["Don''t {0}", str('x')])).toBe("Don't x");
    expect(callStatic(StringClass, 'format', ['{0}', str(1234)])).toBe('1,234');
  });
});
