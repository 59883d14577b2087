/** Apex Integer (32-bit, wraps), Long (64-bit bigint, wraps) and Double (boxed so it is told apart from Integer). */
import { ApexError } from './errors';

export const wrap32 = (n: number): number => n | 0;
export const wrap64 = (n: bigint): bigint => BigInt.asIntN(64, n);

/** Integer division: truncates toward zero; `x / 0` → `System.MathException: Divide by 0`. */
export function intDivide(a: number, b: number): number {
  if (b === 0) throw new ApexError('System.MathException', 'Divide by 0');
  return wrap32(Math.trunc(a / b));
}

export function longDivide(a: bigint, b: bigint): bigint {
  if (b === 0n) throw new ApexError('System.MathException', 'Divide by 0');
  return wrap64(a / b);
}

/** An Apex Double. Boxed: a bare JS number is always an Integer. */
export class ApexDouble {
  constructor(readonly value: number) {}
  toString(): string {
    return formatDouble(this.value);
  }
}

/** Java's `Double.toString`: `1.0`, `0.1`, `1.0E10`, `NaN`, `Infinity`. */
export function formatDouble(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (!Number.isFinite(v)) return v > 0 ? 'Infinity' : '-Infinity';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(v);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(v);
    return s.includes('.') ? s : s + '.0';
  }
  const [mant, exp] = v.toExponential().split('e');
  const m = mant.includes('.') ? mant : mant + '.0';
  return `${m}E${Number(exp)}`;
}
