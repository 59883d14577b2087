import { Decimal } from '../decimal';
import { formatDecimalPattern } from '../decimal-format';
import { NotSupportedError } from '../errors';
import { messageFormat } from '../message-format';

const d = (s: string): Decimal => Decimal.valueOf(s);

describe('messageFormat quoting', () => {
  it('substitutes arguments', () => {
    expect(messageFormat('Hello {0}, you are {1}', ['Ann', 'late'])).toBe('Hello Ann, you are late');
    expect(messageFormat('{1}{0}{1}', ['a', 'b'])).toBe('bab');
    expect(messageFormat('{ 0 }', ['x'])).toBe('x');
  });

  it('treats a single quote as the start of a quoted region', () => {
    expect(messageFormat("Don't {0} {1}", ['a', 'b'])).toBe('Dont {0} {1}');
    expect(messageFormat("Don''t {0} {1}", ['a', 'b'])).toBe("Don't a b");
    expect(messageFormat("'{0}' is {0}", ['x'])).toBe('{0} is x');
    expect(messageFormat("it''s '''quoted'''", [])).toBe("it's 'quoted'");
  });

  it('keeps {n} for a missing argument and prints null', () => {
    expect(messageFormat('{0} and {2}', ['a'])).toBe('a and {2}');
    expect(messageFormat('[{0}]', [null])).toBe('[null]');
  });

  it('refuses what it does not model', () => {
    expect(() => messageFormat('{0', ['a'])).toThrow(NotSupportedError);
    expect(() => messageFormat('{x}', ['a'])).toThrow(NotSupportedError);
    expect(() => messageFormat('{0,date,short}', ['a'])).toThrow(NotSupportedError);
    expect(() => messageFormat('{0,choice,0#none|1#one}', [d('1')])).toThrow(NotSupportedError);
    expect(() => messageFormat('{0,number}', ['12'])).toThrow(NotSupportedError);
    expect(() => messageFormat('{0,number,currency}', [d('1')])).toThrow(NotSupportedError);
  });
});

describe('messageFormat numbers', () => {
  it('formats plain number arguments with en_US grouping and 3 fraction digits', () => {
    expect(messageFormat('{0}', [d('1234567')])).toBe('1,234,567');
    expect(messageFormat('{0}', [d('12345.6789')])).toBe('12,345.679');
    expect(messageFormat('{0,number}', [d('-0.5')])).toBe('-0.5');
  });

  it('applies the integer and percent styles and DecimalFormat patterns', () => {
    expect(messageFormat('{0,number,integer}', [d('2.5')])).toBe('2');
    expect(messageFormat('{0,number,integer}', [d('1234.5')])).toBe('1,234');
    expect(messageFormat('{0,number,percent}', [d('0.256')])).toBe('26%');
    expect(messageFormat('{0,number,#,###.00}', [d('1234.5')])).toBe('1,234.50');
    expect(messageFormat('{0,number,0.0}', [d('0.05')])).toBe('0.0');
    expect(messageFormat("{0,number,'#'0}", [d('7')])).toBe('#7');
  });
});

describe('formatDecimalPattern', () => {
  it('follows DecimalFormat digits, grouping and HALF_EVEN rounding', () => {
    expect(formatDecimalPattern(d('1234567.891'), '#,##0.00')).toBe('1,234,567.89');
    expect(formatDecimalPattern(d('0.125'), '0.00')).toBe('0.12');
    expect(formatDecimalPattern(d('0.135'), '0.00')).toBe('0.14');
    expect(formatDecimalPattern(d('0.5'), '#.##')).toBe('.5');
    expect(formatDecimalPattern(d('0'), '#.##')).toBe('0');
    expect(formatDecimalPattern(d('5'), '000')).toBe('005');
    expect(formatDecimalPattern(d('-0.4'), '0')).toBe('-0');
    expect(formatDecimalPattern(d('12345678'), '#,####')).toBe('1234,5678');
    expect(formatDecimalPattern(d('0.5'), '0.0‰')).toBe('500.0‰');
    expect(formatDecimalPattern(d('5'), "'#'# 'o''clock' ''")).toBe("#5 o'clock '");
  });

  it('refuses scientific and negative subpatterns', () => {
    expect(() => formatDecimalPattern(d('1'), '0.0E0')).toThrow(NotSupportedError);
    expect(() => formatDecimalPattern(d('1'), '0;(0)')).toThrow(NotSupportedError);
  });
});
