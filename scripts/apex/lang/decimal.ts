/**
 * Apex Decimal: an immutable java.math.BigDecimal (unscaled bigint × 10^-scale), apex-semantics §2.2.
 */
import { ApexError } from './errors';
import { ApexDouble, formatDouble, wrap32, wrap64 } from './numbers';
import { digitCount, pow10, roundDiv, type RoundingMode } from './rounding';

/** Significant digits of `/` when the quotient does not terminate (observed `1.0/3.0` → 33 threes). */
export const DIVISION_PRECISION = 33;

const DECIMAL_SYNTAX = /^([+-]?)(\d*)(?:\.(\d*))?(?:[eE]([+-]?\d+))?$/;

export class Decimal {
  private constructor(
    readonly unscaled: bigint,
    readonly scale: number,
  ) {}

  static of(unscaled: bigint, scale = 0): Decimal {
    return new Decimal(unscaled, scale);
  }

  static readonly ZERO = new Decimal(0n, 0);
  static readonly ONE = new Decimal(1n, 0);

  /** `Decimal.valueOf(String)`: BigDecimal's string syntax; anything else → `System.TypeException: Invalid decimal: s`. */
  static valueOf(text: string): Decimal {
    const m = DECIMAL_SYNTAX.exec(text);
    const intPart = m?.[2] ?? '';
    const fracPart = m?.[3] ?? '';
    if (!m || intPart.length + fracPart.length === 0) {
      throw new ApexError('System.TypeException', `Invalid decimal: ${text}`);
    }
    const digits = BigInt(intPart + fracPart || '0');
    const exponent = m[4] === undefined ? 0 : Number(m[4]);
    return new Decimal(m[1] === '-' ? -digits : digits, fracPart.length - exponent);
  }

  /** From an Integer (`number`), a Long (`bigint`) or a Double (`ApexDouble`, via Java's `Double.toString`). */
  static fromNumber(v: number | bigint | ApexDouble): Decimal {
    if (v instanceof ApexDouble) return Decimal.fromDouble(v.value);
    if (typeof v === 'bigint') return new Decimal(v, 0);
    if (!Number.isInteger(v)) return Decimal.fromDouble(v);
    return new Decimal(BigInt(v), 0);
  }

  static fromDouble(v: number): Decimal {
    if (!Number.isFinite(v))
      throw new ApexError('System.TypeException', `Invalid decimal: ${formatDouble(v)}`);
    return Decimal.valueOf(formatDouble(v));
  }

  private static aligned(a: Decimal, b: Decimal): [bigint, bigint, number] {
    const scale = Math.max(a.scale, b.scale);
    return [a.unscaled * pow10(scale - a.scale), b.unscaled * pow10(scale - b.scale), scale];
  }

  add(other: Decimal): Decimal {
    const [x, y, scale] = Decimal.aligned(this, other);
    return new Decimal(x + y, scale);
  }

  subtract(other: Decimal): Decimal {
    const [x, y, scale] = Decimal.aligned(this, other);
    return new Decimal(x - y, scale);
  }

  multiply(other: Decimal): Decimal {
    return new Decimal(this.unscaled * other.unscaled, this.scale + other.scale);
  }

  /**
   * `a / b` with no scale: the exact quotient when it has at most {@link DIVISION_PRECISION} digits
   * (trailing zeros removed down to the preferred scale `a.scale - b.scale`), else rounded HALF_EVEN
   * to that many significant digits.
   */
  divide(divisor: Decimal): Decimal;
  /** `divide(divisor, scale[, mode])`: the quotient at `scale`, rounded with `mode` (default HALF_UP). */
  divide(divisor: Decimal, scale: number, mode?: RoundingMode): Decimal;
  divide(divisor: Decimal, scale?: number, mode: RoundingMode = 'HALF_UP'): Decimal {
    if (divisor.unscaled === 0n) throw new ApexError('System.MathException', 'Divide by 0');
    if (scale !== undefined) return this.quotientAt(divisor, scale, mode);
    const preferred = this.scale - divisor.scale;
    if (this.unscaled === 0n) return new Decimal(0n, preferred);
    let s = preferred + DIVISION_PRECISION + digitCount(divisor.unscaled) - digitCount(this.unscaled);
    let q = this.quotientAt(divisor, s, 'DOWN');
    while (digitCount(q.unscaled) > DIVISION_PRECISION) q = this.quotientAt(divisor, --s, 'DOWN');
    while (digitCount(q.unscaled) < DIVISION_PRECISION) q = this.quotientAt(divisor, ++s, 'DOWN');
    let result = this.quotientAt(divisor, s, 'HALF_EVEN');
    if (digitCount(result.unscaled) > DIVISION_PRECISION) result = new Decimal(result.unscaled / 10n, s - 1);
    const exact = result.multiply(divisor).compareTo(this) === 0;
    return exact ? result.stripZerosDownTo(preferred) : result;
  }

  private quotientAt(divisor: Decimal, scale: number, mode: RoundingMode): Decimal {
    const shift = scale - this.scale + divisor.scale;
    const n = shift >= 0 ? this.unscaled * pow10(shift) : this.unscaled;
    const d = shift >= 0 ? divisor.unscaled : divisor.unscaled * pow10(-shift);
    return new Decimal(roundDiv(n, d, mode), scale);
  }

  private stripZerosDownTo(minScale: number): Decimal {
    let u = this.unscaled;
    let s = this.scale;
    while (s > minScale && u !== 0n && u % 10n === 0n) {
      u /= 10n;
      s--;
    }
    return new Decimal(u, s);
  }

  /** `setScale(n[, mode])`, default HALF_EVEN; UNNECESSARY that would lose digits → `System.MathException: Rounding necessary`. */
  setScale(scale: number, mode: RoundingMode = 'HALF_EVEN'): Decimal {
    if (scale >= this.scale) return new Decimal(this.unscaled * pow10(scale - this.scale), scale);
    return new Decimal(roundDiv(this.unscaled, pow10(this.scale - scale), mode), scale);
  }

  /** `round([mode])` → Long (default HALF_EVEN). */
  round(mode: RoundingMode = 'HALF_EVEN'): bigint {
    return wrap64(this.setScale(0, mode).unscaled);
  }

  compareTo(other: Decimal): number {
    const [x, y] = Decimal.aligned(this, other);
    return x < y ? -1 : x > y ? 1 : 0;
  }

  negate(): Decimal {
    return new Decimal(-this.unscaled, this.scale);
  }

  abs(): Decimal {
    return this.unscaled < 0n ? this.negate() : this;
  }

  signum(): number {
    return this.unscaled < 0n ? -1 : this.unscaled > 0n ? 1 : 0;
  }

  /** `pow(n)`: exact, scale × n; a negative exponent → `System.MathException: Invalid operation`. */
  pow(n: number): Decimal {
    if (!Number.isInteger(n) || n < 0) throw new ApexError('System.MathException', 'Invalid operation');
    return new Decimal(this.unscaled ** BigInt(n), this.scale * n);
  }

  precision(): number {
    return digitCount(this.unscaled);
  }

  stripTrailingZeros(): Decimal {
    if (this.unscaled === 0n) return Decimal.ZERO;
    return this.stripZerosDownTo(Number.MIN_SAFE_INTEGER);
  }

  private integerPart(): bigint {
    if (this.scale <= 0) return this.unscaled * pow10(-this.scale);
    return this.unscaled / pow10(this.scale);
  }

  /** Truncates, then keeps the low 32 bits (Java `intValue`). */
  intValue(): number {
    return wrap32(Number(BigInt.asIntN(32, this.integerPart())));
  }

  longValue(): bigint {
    return wrap64(this.integerPart());
  }

  doubleValue(): number {
    return Number(this.toString());
  }

  toNumber(): number {
    return this.doubleValue();
  }

  /** Java `BigDecimal.toString`: plain unless the scale is negative or the adjusted exponent < -6 (`0E-32`, `1.2E+3`). */
  toString(): string {
    const digits = (this.unscaled < 0n ? -this.unscaled : this.unscaled).toString();
    const sign = this.unscaled < 0n ? '-' : '';
    const adjusted = -this.scale + (digits.length - 1);
    if (this.scale >= 0 && adjusted >= -6) return sign + plainDigits(digits, this.scale);
    const mantissa = digits.length > 1 ? `${digits[0]}.${digits.slice(1)}` : digits;
    return `${sign}${mantissa}E${adjusted >= 0 ? '+' : ''}${adjusted}`;
  }

  toPlainString(): string {
    const digits = (this.unscaled < 0n ? -this.unscaled : this.unscaled).toString();
    const sign = this.unscaled < 0n ? '-' : '';
    if (this.scale <= 0) return sign + digits + (this.unscaled === 0n ? '' : '0'.repeat(-this.scale));
    return sign + plainDigits(digits, this.scale);
  }

  /** `format()` in en_US: grouping, at most 3 fraction digits (HALF_EVEN), no trailing zeros: `12,345.679`. */
  format(): string {
    const rounded = this.setScale(Math.min(Math.max(this.scale, 0), 3)).stripTrailingZeros();
    const plain = rounded.abs().toPlainString();
    const [intPart, frac] = plain.split('.');
    const grouped = intPart.replace(/\B(?=(\d{3})+$)/g, ',');
    return (rounded.signum() < 0 ? '-' : '') + grouped + (frac ? '.' + frac : '');
  }

  /** Apex `==`: numeric equality with any numeric value (`1.1 == 1.10`). */
  apexEquals(other: unknown): boolean {
    const d = toDecimal(other);
    return d !== undefined && this.compareTo(d) === 0;
  }

  /** Scale-sensitive, like BigDecimal.hashCode: `1.1` and `1.10` are different Set/Map keys. */
  apexHashKey(): string {
    return `D${this.unscaled}e${this.scale}`;
  }
}

function plainDigits(digits: string, scale: number): string {
  if (scale === 0) return digits;
  const padded = digits.padStart(scale + 1, '0');
  return `${padded.slice(0, padded.length - scale)}.${padded.slice(padded.length - scale)}`;
}

/** Any Apex numeric value as a Decimal (Integer, Long, Double, Decimal); undefined for anything else. */
export function toDecimal(v: unknown): Decimal | undefined {
  if (v instanceof Decimal) return v;
  if (typeof v === 'number' || typeof v === 'bigint' || v instanceof ApexDouble) {
    if (v instanceof ApexDouble && !Number.isFinite(v.value)) return undefined;
    return Decimal.fromNumber(v);
  }
  return undefined;
}
