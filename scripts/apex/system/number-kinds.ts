/** The four Apex numeric kinds as the runtime holds them, and Apex's implicit widening between them. */
import { Decimal, toDecimal } from '../lang/decimal';
import { ApexDouble } from '../lang/numbers';
import type { Ctx } from '../interp/native';
import type { ApexValue } from '../interp/values';
import { nullPointer, unsupportedOverload } from './args';
import { ROUNDING_MODES, type RoundingMode } from '../lang/rounding';

/** Widening order: Integer → Long → Double → Decimal. */
export const NumKind = { Integer: 0, Long: 1, Double: 2, Decimal: 3 } as const;
export type NumKind = (typeof NumKind)[keyof typeof NumKind];

export function numKind(v: ApexValue): NumKind | undefined {
  if (typeof v === 'number') return NumKind.Integer;
  if (typeof v === 'bigint') return NumKind.Long;
  if (v instanceof ApexDouble) return NumKind.Double;
  if (v instanceof Decimal) return NumKind.Decimal;
  return undefined;
}

/** A numeric argument (null → NullPointerException, non-number → unsupported overload). */
export function numArg(args: ApexValue[], i: number, method: string): { kind: NumKind; v: ApexValue } {
  const v = args[i];
  if (v === null || v === undefined) throw nullPointer();
  const kind = numKind(v);
  if (kind === undefined) throw unsupportedOverload(method, args);
  return { kind, v };
}

export function asNumber(v: ApexValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof ApexDouble) return v.value;
  if (v instanceof Decimal) return v.doubleValue();
  throw new TypeError('not a number');
}

export function asLong(v: ApexValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(v);
  throw new TypeError('not an Integer or Long');
}

export function asDecimal(v: ApexValue): Decimal {
  const d = toDecimal(v);
  if (d === undefined) throw new TypeError('not a number');
  return d;
}

/** Java's narrowing of a double to int/long: truncates toward zero, saturates, NaN → 0. */
export function doubleToInt(v: number): number {
  if (Number.isNaN(v)) return 0;
  return Math.max(-2147483648, Math.min(2147483647, Math.trunc(v)));
}
export function doubleToLong(v: number): bigint {
  if (Number.isNaN(v)) return 0n;
  if (v >= 9223372036854775807) return 9223372036854775807n;
  if (v <= -9223372036854775808) return -9223372036854775808n;
  return BigInt(Math.trunc(v));
}

/** A `System.RoundingMode` argument: the enum constant's name, read through its string form. */
export function roundingModeArg(ctx: Ctx, v: ApexValue): RoundingMode {
  if (v === null) throw nullPointer();
  const name = (typeof v === 'string' ? v : ctx.toApexString(v)).toUpperCase();
  const mode = ROUNDING_MODES.find((m) => m === name);
  if (!mode) throw new TypeError(`not a RoundingMode: ${name}`);
  return mode;
}

/** en_US grouping of an integer string: `1234567` → `1,234,567`. */
export function groupThousands(digits: string): string {
  const neg = digits.startsWith('-');
  const body = neg ? digits.slice(1) : digits;
  return (neg ? '-' : '') + body.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}
