import { Decimal, toDecimal } from '../decimal';
import { apexErrorOf } from './apex-error';
import { ApexDouble } from '../numbers';
import { ROUNDING_MODES, type RoundingMode } from '../rounding';

const d = (s: string): Decimal => Decimal.valueOf(s);

describe('Decimal parsing and conversion', () => {
  it('keeps the scale of the string', () => {
    expect(d('1.10').scale).toBe(2);
    expect(d('1.10').toString()).toBe('1.10');
    expect(d('-0.5').toString()).toBe('-0.5');
    expect(d('+7').toString()).toBe('7');
    expect(d('.5').toString()).toBe('0.5');
    expect(d('1.5E3').toString()).toBe('1.5E+3');
  });

  it('rejects what is not a decimal', () => {
    expect(apexErrorOf(() => d('abc'))).toBe('System.TypeException: Invalid decimal: abc');
    expect(apexErrorOf(() => d(''))).toBe('System.TypeException: Invalid decimal: ');
    expect(apexErrorOf(() => d('1.2.3'))).toBe('System.TypeException: Invalid decimal: 1.2.3');
  });

  it('converts Integer, Long and Double (via the Java string form)', () => {
    expect(Decimal.fromNumber(42).toString()).toBe('42');
    expect(Decimal.fromNumber(9007199254740993n).toString()).toBe('9007199254740993');
    expect(Decimal.fromNumber(new ApexDouble(0.1)).toString()).toBe('0.1');
    expect(Decimal.fromNumber(new ApexDouble(3)).toString()).toBe('3.0');
    expect(Decimal.fromNumber(new ApexDouble(1e10)).toPlainString()).toBe('10000000000');
    expect(apexErrorOf(() => Decimal.fromDouble(NaN))).toBe('System.TypeException: Invalid decimal: NaN');
    expect(toDecimal('1')).toBeUndefined();
    expect(toDecimal(2)?.toString()).toBe('2');
  });
});

describe('Decimal arithmetic', () => {
  it('adds and subtracts at the larger scale', () => {
    expect(d('1.1').add(d('1.25')).toString()).toBe('2.35');
    expect(d('1.10').add(d('1')).toString()).toBe('2.10');
    expect(d('1').subtract(d('0.001')).toString()).toBe('0.999');
    let sum = Decimal.ZERO;
    for (let i = 0; i < 10; i++) sum = sum.add(d('0.01'));
    expect(sum.toString()).toBe('0.10');
  });

  it('multiplies with the sum of the scales', () => {
    expect(d('1.10').multiply(d('2.5')).toString()).toBe('2.750');
    expect(d('-3').multiply(d('0.5')).toString()).toBe('-1.5');
  });

  it('divides exactly when the quotient terminates, else to 33 digits', () => {
    expect(d('1.0').divide(d('3.0')).toString()).toBe('0.333333333333333333333333333333333');
    expect(d('2.0').divide(d('3.0')).toString()).toBe('0.666666666666666666666666666666667');
    expect(d('-2').divide(d('3')).toString()).toBe('-0.666666666666666666666666666666667');
    expect(d('10').divide(d('4')).toString()).toBe('2.5');
    expect(d('6.0').divide(d('2.0')).toString()).toBe('3');
    expect(d('1.00').divide(d('4')).toString()).toBe('0.25');
    expect(d('0.00').divide(d('5')).toString()).toBe('0.00');
  });

  it('divides to a given scale and rounding mode', () => {
    expect(d('19').divide(d('100'), 3).toString()).toBe('0.190');
    expect(d('12.4567').divide(d('7'), 2, 'UP').toString()).toBe('1.78');
    expect(d('1').divide(d('3'), 30).toString()).toBe('0.' + '3'.repeat(30));
    expect(d('2').divide(d('3'), 2).toString()).toBe('0.67');
  });

  it('throws on division by zero', () => {
    expect(apexErrorOf(() => d('1').divide(d('0')))).toBe('System.MathException: Divide by 0');
    expect(apexErrorOf(() => d('1').divide(d('0.0'), 2))).toBe('System.MathException: Divide by 0');
  });

  it('negates, takes absolute values and powers', () => {
    expect(d('1.5').negate().toString()).toBe('-1.5');
    expect(d('-1.50').abs().toString()).toBe('1.50');
    expect(d('1.1').pow(2).toString()).toBe('1.21');
    expect(d('5').pow(0).toString()).toBe('1');
    expect(apexErrorOf(() => d('2').pow(-1))).toBe('System.MathException: Invalid operation');
  });
});

describe('Decimal rounding', () => {
  const table: Record<RoundingMode, (string | null)[]> = {
    // inputs: 5.5, 2.5, 1.6, 1.1, 1.0, -1.0, -1.1, -1.6, -2.5, -5.5 (Java RoundingMode table)
    UP: ['6', '3', '2', '2', '1', '-1', '-2', '-2', '-3', '-6'],
    DOWN: ['5', '2', '1', '1', '1', '-1', '-1', '-1', '-2', '-5'],
    CEILING: ['6', '3', '2', '2', '1', '-1', '-1', '-1', '-2', '-5'],
    FLOOR: ['5', '2', '1', '1', '1', '-1', '-2', '-2', '-3', '-6'],
    HALF_UP: ['6', '3', '2', '1', '1', '-1', '-1', '-2', '-3', '-6'],
    HALF_DOWN: ['5', '2', '2', '1', '1', '-1', '-1', '-2', '-2', '-5'],
    HALF_EVEN: ['6', '2', '2', '1', '1', '-1', '-1', '-2', '-2', '-6'],
    UNNECESSARY: [null, null, null, null, '1', '-1', null, null, null, null],
  };
  const inputs = ['5.5', '2.5', '1.6', '1.1', '1.0', '-1.0', '-1.1', '-1.6', '-2.5', '-5.5'];

  it.each(ROUNDING_MODES)('setScale(0, %s) follows the Java table', (mode) => {
    inputs.forEach((input, i) => {
      const expected = table[mode][i];
      if (expected === null) {
        expect(apexErrorOf(() => d(input).setScale(0, mode))).toBe(
          'System.MathException: Rounding necessary',
        );
      } else {
        expect(d(input).setScale(0, mode).toString()).toBe(expected);
      }
    });
  });

  it('setScale defaults to HALF_EVEN and can widen', () => {
    expect(d('2.5').setScale(0).toString()).toBe('2');
    expect(d('3.5').setScale(0).toString()).toBe('4');
    expect(d('1.005').setScale(2).toString()).toBe('1.00');
    expect(d('1.5').setScale(3).toString()).toBe('1.500');
  });

  it('round() returns a Long, HALF_EVEN by default', () => {
    expect(d('2.5').round()).toBe(2n);
    expect(d('-2.5').round('HALF_UP')).toBe(-3n);
    expect(d('-1.1').round('DOWN')).toBe(-1n);
    expect(d('5.5').round('CEILING')).toBe(6n);
    expect(d('1.5E3').round()).toBe(1500n);
  });
});

describe('Decimal comparison and keys', () => {
  it('compares numerically and == ignores scale', () => {
    expect(d('1.1').compareTo(d('1.10'))).toBe(0);
    expect(d('-2').compareTo(d('1'))).toBe(-1);
    expect(d('1.1').apexEquals(d('1.10'))).toBe(true);
    expect(d('2.0').apexEquals(2)).toBe(true);
    expect(d('2.0').apexEquals(2n)).toBe(true);
    expect(d('0.5').apexEquals(new ApexDouble(0.5))).toBe(true);
    expect(d('2').apexEquals('2')).toBe(false);
  });

  it('hash keys keep the scale (1.1 and 1.10 are different Set keys)', () => {
    expect(d('1.1').apexHashKey()).not.toBe(d('1.10').apexHashKey());
    expect(d('1.10').apexHashKey()).toBe(d('1.10').apexHashKey());
  });
});

describe('Decimal inspection and output', () => {
  it('reports precision and scale', () => {
    expect(d('123.45').precision()).toBe(5);
    expect(d('123.123').precision()).toBe(6);
    expect(d('0').precision()).toBe(1);
    expect(d('123.45').scale).toBe(2);
  });

  it('strips trailing zeros', () => {
    expect(d('1.500').stripTrailingZeros().toString()).toBe('1.5');
    expect(d('100').stripTrailingZeros().toString()).toBe('1E+2');
    expect(d('0.000').stripTrailingZeros().toString()).toBe('0');
  });

  it('narrows like Java: intValue wraps to 32 bits, truncating', () => {
    expect(d('3.99').intValue()).toBe(3);
    expect(d('-3.99').intValue()).toBe(-3);
    expect(d('2147483648').intValue()).toBe(-2147483648);
    expect(d('9223372036854775808').longValue()).toBe(-9223372036854775808n);
    expect(d('1.25').doubleValue()).toBe(1.25);
    expect(d('1.25').toNumber()).toBe(1.25);
  });

  it('prints like BigDecimal.toString / toPlainString', () => {
    expect(d('0').setScale(32).toString()).toBe('0E-32');
    expect(d('0').setScale(32).toPlainString()).toBe('0.' + '0'.repeat(32));
    expect(d('0.000001').toString()).toBe('0.000001');
    expect(d('0.0000001').toString()).toBe('1E-7');
    expect(d('-1.23E-10').toString()).toBe('-1.23E-10');
    expect(d('1.5E3').toPlainString()).toBe('1500');
  });

  it('formats in en_US', () => {
    expect(d('12345.6789').format()).toBe('12,345.679');
    expect(d('-1234567.5').format()).toBe('-1,234,567.5');
    expect(d('1.10').format()).toBe('1.1');
    expect(d('0.0005').format()).toBe('0');
    expect(d('999').format()).toBe('999');
    expect(d('1.5E6').format()).toBe('1,500,000');
  });
});
