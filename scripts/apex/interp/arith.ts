/**
 * Apex arithmetic, comparison and bitwise operators on numeric values: Integer (number, 32-bit),
 * Long (bigint, 64-bit), Double (ApexDouble), Decimal. Operands widen Integer → Long → Double →
 * Decimal; null operands throw NullPointerException (comparisons with null are false).
 */
import { ApexError } from '../lang/errors';
import { Decimal } from '../lang/decimal';
import { ApexDouble, intDivide, longDivide, wrap32, wrap64 } from '../lang/numbers';
import type { ApexValue } from './values';

export function nullPointer(): ApexError {
  return new ApexError('System.NullPointerException', 'Attempt to de-reference a null object');
}

/** 0 Integer, 1 Long, 2 Double, 3 Decimal; -1 not a number. */
export function numericRank(v: unknown): number {
  if (typeof v === 'number') return 0;
  if (typeof v === 'bigint') return 1;
  if (v instanceof ApexDouble) return 2;
  if (v instanceof Decimal) return 3;
  return -1;
}

export function isNumeric(v: unknown): boolean {
  return numericRank(v) >= 0;
}

function asLong(v: unknown): bigint {
  return typeof v === 'bigint' ? v : BigInt(v as number);
}

function asDouble(v: unknown): number {
  if (v instanceof ApexDouble) return v.value;
  if (v instanceof Decimal) return v.toNumber();
  return Number(v as number | bigint);
}

function asDecimal(v: unknown): Decimal {
  return v instanceof Decimal ? v : Decimal.fromNumber(v as number | bigint | ApexDouble);
}

/** Widens a numeric value to the given rank (declared-type coercion). */
export function widen(v: ApexValue, rank: number): ApexValue {
  switch (rank) {
    case 1:
      return asLong(v);
    case 2:
      return new ApexDouble(asDouble(v));
    case 3:
      return asDecimal(v);
    default:
      return v;
  }
}

export type ArithOp = '+' | '-' | '*' | '/';

export function arithmetic(op: ArithOp, a: ApexValue, b: ApexValue): ApexValue {
  if (a === null || b === null) throw nullPointer();
  const rank = Math.max(numericRank(a), numericRank(b));
  switch (rank) {
    case 0: {
      const x = a as number;
      const y = b as number;
      if (op === '+') return wrap32(x + y);
      if (op === '-') return wrap32(x - y);
      if (op === '*') return Number(BigInt.asIntN(32, BigInt(x) * BigInt(y)));
      return intDivide(x, y);
    }
    case 1: {
      const x = asLong(a);
      const y = asLong(b);
      if (op === '+') return wrap64(x + y);
      if (op === '-') return wrap64(x - y);
      if (op === '*') return wrap64(x * y);
      return longDivide(x, y);
    }
    case 2: {
      const x = asDouble(a);
      const y = asDouble(b);
      if (op === '+') return new ApexDouble(x + y);
      if (op === '-') return new ApexDouble(x - y);
      if (op === '*') return new ApexDouble(x * y);
      if (y === 0) throw new ApexError('System.MathException', 'Divide by 0');
      return new ApexDouble(x / y);
    }
    case 3: {
      const x = asDecimal(a);
      const y = asDecimal(b);
      if (op === '+') return x.add(y);
      if (op === '-') return x.subtract(y);
      if (op === '*') return x.multiply(y);
      if (y.signum() === 0) throw new ApexError('System.MathException', 'Divide by 0');
      return x.divide(y);
    }
  }
  throw new ApexError('System.TypeException', `Arithmetic expression requires numeric operands`);
}

export function negate(v: ApexValue): ApexValue {
  if (v === null) throw nullPointer();
  if (typeof v === 'number') return wrap32(-v);
  if (typeof v === 'bigint') return wrap64(-v);
  if (v instanceof ApexDouble) return new ApexDouble(-v.value);
  if (v instanceof Decimal) return v.negate();
  throw new ApexError('System.TypeException', 'Unary minus requires a numeric operand');
}

/** Numeric ordering (-1/0/1) or undefined when the operands are not both numeric. */
export function compareNumbers(a: ApexValue, b: ApexValue): number | undefined {
  const ra = numericRank(a);
  const rb = numericRank(b);
  if (ra < 0 || rb < 0) return undefined;
  const rank = Math.max(ra, rb);
  if (rank <= 1) {
    const x = asLong(a);
    const y = asLong(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (rank === 2) {
    const x = asDouble(a);
    const y = asDouble(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return asDecimal(a).compareTo(asDecimal(b));
}

export type BitOp = '&' | '|' | '^' | '<<' | '>>' | '>>>';

export function bitwise(op: BitOp, a: ApexValue, b: ApexValue): ApexValue {
  if (a === null || b === null) throw nullPointer();
  if (typeof a === 'boolean' && typeof b === 'boolean') {
    if (op === '&') return a && b;
    if (op === '|') return a || b;
    if (op === '^') return a !== b;
  }
  if (typeof a === 'number' && typeof b === 'number' && op !== '<<' && op !== '>>' && op !== '>>>') {
    if (op === '&') return a & b;
    if (op === '|') return a | b;
    return a ^ b;
  }
  if (typeof a === 'number') {
    const n = asLong(b);
    const s = Number(n & 31n);
    if (op === '<<') return a << s;
    if (op === '>>') return a >> s;
    if (op === '>>>') return wrap32(a >>> s);
  }
  if (typeof a === 'bigint' || typeof b === 'bigint') {
    const x = asLong(a);
    const y = asLong(b);
    switch (op) {
      case '&':
        return wrap64(x & y);
      case '|':
        return wrap64(x | y);
      case '^':
        return wrap64(x ^ y);
      case '<<':
        return wrap64(x << (y & 63n));
      case '>>':
        return wrap64(x >> (y & 63n));
      case '>>>':
        return wrap64(BigInt.asUintN(64, x) >> (y & 63n));
    }
  }
  throw new ApexError('System.TypeException', `Operator ${op} requires Integer, Long or Boolean operands`);
}
