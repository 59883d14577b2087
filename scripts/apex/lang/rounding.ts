/** Java `RoundingMode` (as `System.RoundingMode`) applied to an integer quotient. */
import { ApexError } from './errors';

export const ROUNDING_MODES = [
  'CEILING',
  'DOWN',
  'FLOOR',
  'HALF_DOWN',
  'HALF_EVEN',
  'HALF_UP',
  'UNNECESSARY',
  'UP',
] as const;

export type RoundingMode = (typeof ROUNDING_MODES)[number];

/** `n / d` rounded to an integer with `mode` (d ≠ 0). UNNECESSARY with a remainder → `System.MathException: Rounding necessary`. */
export function roundDiv(n: bigint, d: bigint, mode: RoundingMode): bigint {
  if (d < 0n) {
    n = -n;
    d = -d;
  }
  const q = n / d; // truncates toward zero
  const r = n % d;
  if (r === 0n) return q;
  const negative = n < 0n;
  const away = negative ? q - 1n : q + 1n;
  const twiceRem = (r < 0n ? -r : r) * 2n;
  switch (mode) {
    case 'UP':
      return away;
    case 'DOWN':
      return q;
    case 'CEILING':
      return negative ? q : away;
    case 'FLOOR':
      return negative ? away : q;
    case 'HALF_UP':
      return twiceRem >= d ? away : q;
    case 'HALF_DOWN':
      return twiceRem > d ? away : q;
    case 'HALF_EVEN':
      if (twiceRem !== d) return twiceRem > d ? away : q;
      return q % 2n === 0n ? q : away;
    case 'UNNECESSARY':
      throw new ApexError('System.MathException', 'Rounding necessary');
  }
}

export function pow10(n: number): bigint {
  return 10n ** BigInt(n);
}

/** Number of decimal digits of |v| (0 has 1). */
export function digitCount(v: bigint): number {
  return (v < 0n ? -v : v).toString().length;
}
