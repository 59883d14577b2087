import { Decimal } from '../decimal';
import { ApexError } from '../errors';
import { ApexId } from '../id';
import { ApexDouble, formatDouble, intDivide, longDivide, wrap32, wrap64 } from '../numbers';

describe('Integer, Long and Double (apex-semantics §2.1)', () => {
  it('wraps Integer and Long overflow silently', () => {
    expect(wrap32(2147483647 + 1)).toBe(-2147483648);
    expect(wrap32(365 * 24 * 60 * 60 * 1000)).toBe(1471228928);
    expect(wrap64(9223372036854775807n + 1n)).toBe(-9223372036854775808n);
  });

  it('truncates integer division and throws on zero', () => {
    expect(intDivide(7, 2)).toBe(3);
    expect(intDivide(-7, 2)).toBe(-3);
    expect(longDivide(-7n, 2n)).toBe(-3n);
    expect(() => intDivide(1, 0)).toThrow(new ApexError('System.MathException', 'Divide by 0'));
    expect(() => longDivide(1n, 0n)).toThrow('Divide by 0');
  });

  it('adds 0.01 ten times: Double drifts, Decimal does not', () => {
    let dbl = 0;
    let dec = Decimal.ZERO;
    for (let i = 0; i < 10; i++) {
      dbl += 0.01;
      dec = dec.add(Decimal.valueOf('0.01'));
    }
    expect(new ApexDouble(dbl).toString()).toBe('0.09999999999999999');
    expect(dec.toString()).toBe('0.10');
  });

  it('prints Doubles like Java', () => {
    expect(formatDouble(1)).toBe('1.0');
    expect(formatDouble(1e10)).toBe('1.0E10');
    expect(formatDouble(1.5e-5)).toBe('1.5E-5');
    expect(formatDouble(NaN)).toBe('NaN');
  });
});

describe('Id (apex-semantics §2.4)', () => {
  it('holds the 18-character form', () => {
    const id = ApexId.of('001000000000001');
    expect(id.value).toHaveLength(18);
    expect(ApexId.of(id.value).value).toBe(id.value);
    expect(id.to15()).toBe('001000000000001');
    expect(id.keyPrefix).toBe('001');
  });

  it('rejects malformed text', () => {
    expect(() => ApexId.of('john doe')).toThrow(
      new ApexError('System.StringException', 'Invalid id: john doe'),
    );
    expect(ApexId.isValid('001000000000001AAA')).toBe(true);
    expect(ApexId.isValid('0010000')).toBe(false);
  });
});
