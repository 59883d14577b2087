/** `Integer`, `Long`, `Double`, `Decimal`: conversions (`valueOf`), narrowing and `format()`. */
import { Decimal } from '../lang/decimal';
import { ApexError } from '../lang/errors';
import { ApexDouble, formatDouble, wrap32 } from '../lang/numbers';
import type { NativeClass, NativeFn } from '../interp/native';
import { typeNameOf } from '../interp/typing';
import type { ApexValue } from '../interp/values';
import { arity, intArg } from './args';
import {
  asDecimal,
  asNumber,
  doubleToInt,
  doubleToLong,
  groupThousands,
  numArg,
  numKind,
  roundingModeArg,
} from './number-kinds';
import { OBJECT_METHODS } from './object-methods';

const INT_SYNTAX = /^[+-]?\d+$/;

/** `Integer.valueOf(String)` (Java `parseInt`): `System.TypeException: Invalid integer: abc`. */
export function parseInteger(text: string): number {
  const n = INT_SYNTAX.test(text) ? BigInt(text) : undefined;
  if (n === undefined || n < -2147483648n || n > 2147483647n) {
    throw new ApexError('System.TypeException', `Invalid integer: ${text}`);
  }
  return Number(n);
}

/** `Long.valueOf(String)` (Java `parseLong`): `System.TypeException: Invalid long: abc`. */
export function parseLong(text: string): bigint {
  const n = INT_SYNTAX.test(text) ? BigInt(text) : undefined;
  if (n === undefined || n !== BigInt.asIntN(64, n)) {
    throw new ApexError('System.TypeException', `Invalid long: ${text}`);
  }
  return n;
}

const DOUBLE_SYNTAX = /^[+-]?(NaN|Infinity|((\d+\.?\d*|\.\d+)([eE][+-]?\d+)?)[fFdD]?)$/;

/** `Double.valueOf(String)` (Java `Double.valueOf`, which trims): `System.TypeException: Invalid double: abc`. */
export function parseDouble(text: string): number {
  const t = text.trim();
  if (!DOUBLE_SYNTAX.test(t)) throw new ApexError('System.TypeException', `Invalid double: ${text}`);
  return Number(t.replace(/[fFdD]$/, ''));
}

/** `valueOf(Object)` where Apex casts: a value of another runtime type fails like a cast does. */
function invalidConversion(from: string, to: string): ApexError {
  return new ApexError('System.TypeException', `Invalid conversion from runtime type ${from} to ${to}`);
}

/** Narrowing of any numeric value to Integer the way `intValue()` does it. */
export function toInteger(v: ApexValue): number {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return wrap32(Number(BigInt.asIntN(32, v)));
  if (v instanceof ApexDouble) return doubleToInt(v.value);
  if (v instanceof Decimal) return v.intValue();
  throw new TypeError('not a number');
}

export function toLong(v: ApexValue): bigint {
  if (typeof v === 'bigint') return v;
  if (typeof v === 'number') return BigInt(v);
  if (v instanceof ApexDouble) return doubleToLong(v.value);
  if (v instanceof Decimal) return v.longValue();
  throw new TypeError('not a number');
}

/** `T.valueOf(Object)`: null stays null, a String is parsed, a number converted, any other value fails as a cast. */
const valueOf =
  (type: string, parse: (text: string) => ApexValue, convert: (n: ApexValue) => ApexValue): NativeFn<null> =>
  (_ctx, _self, args) => {
    arity(`${type}.valueOf`, args, 1);
    const v = args[0];
    if (v === null) return null;
    if (typeof v === 'string') return parse(v);
    if (numKind(v) !== undefined) return convert(v);
    throw invalidConversion(typeNameOf(v), type);
  };

/** Narrowing/format methods every numeric kind has. */
const numericMethods: Record<string, NativeFn> = {
  intvalue: (_ctx, self) => toInteger(self as ApexValue),
  longvalue: (_ctx, self) => toLong(self as ApexValue),
  doublevalue: (_ctx, self) => new ApexDouble(asNumber(self as ApexValue)),
};

/** A numeric class: `valueOf`, the narrowing methods every kind has, and its own `methods`. */
function numberClass(
  name: string,
  parse: (text: string) => ApexValue,
  convert: (n: ApexValue) => ApexValue,
  methods: Record<string, NativeFn>,
): NativeClass {
  return {
    name,
    namespace: 'System',
    statics: { valueof: valueOf(name, parse, convert) },
    methods: { ...OBJECT_METHODS, ...numericMethods, ...methods },
  };
}

export const IntegerClass = numberClass('Integer', parseInteger, toInteger, {
  format: (_ctx, self) => groupThousands(String(self as number)),
});

export const LongClass = numberClass('Long', parseLong, toLong, {
  format: (_ctx, self) => groupThousands(String(self as bigint)),
});

/** Java `Math.round(double)`: floor(x + 0.5), saturating to Long. */
export function roundHalfUpToLong(v: number): bigint {
  return doubleToLong(Math.floor(v + 0.5));
}

export const DoubleClass = numberClass(
  'Double',
  (t) => new ApexDouble(parseDouble(t)),
  (n) => new ApexDouble(asNumber(n)),
  {
    round: (_ctx, self) => roundHalfUpToLong((self as ApexDouble).value),
    format: (_ctx, self) => {
      const v = (self as ApexDouble).value;
      if (!Number.isFinite(v)) return formatDouble(v);
      return Decimal.fromDouble(v).format();
    },
  },
);

const dec = (self: unknown): Decimal => self as Decimal;

function decimalDivide(ctx: Parameters<NativeFn>[0], self: unknown, args: ApexValue[]): Decimal {
  arity('Decimal.divide', args, 2, 3);
  const divisor = asDecimal(numArg(args, 0, 'Decimal.divide').v);
  const scale = intArg(args, 1, 'Decimal.divide');
  if (args.length === 3) return dec(self).divide(divisor, scale, roundingModeArg(ctx, args[2]));
  return dec(self).divide(divisor, scale);
}

export const DecimalClass = numberClass('Decimal', (t) => Decimal.valueOf(t), asDecimal, {
  abs: (_ctx, self) => dec(self).abs(),
  divide: decimalDivide,
  format: (_ctx, self) => dec(self).format(),
  pow: (_ctx, self, args) => {
    arity('Decimal.pow', args, 1);
    return dec(self).pow(intArg(args, 0, 'Decimal.pow'));
  },
  precision: (_ctx, self) => dec(self).precision(),
  round: (ctx, self, args) => {
    arity('Decimal.round', args, 0, 1);
    return args.length === 0 ? dec(self).round() : dec(self).round(roundingModeArg(ctx, args[0]));
  },
  scale: (_ctx, self) => dec(self).scale,
  setscale: (ctx, self, args) => {
    arity('Decimal.setScale', args, 1, 2);
    const scale = intArg(args, 0, 'Decimal.setScale');
    return args.length === 1
      ? dec(self).setScale(scale)
      : dec(self).setScale(scale, roundingModeArg(ctx, args[1]));
  },
  striptrailingzeros: (_ctx, self) => dec(self).stripTrailingZeros(),
  toplainstring: (_ctx, self) => dec(self).toPlainString(),
});

/** `Boolean.valueOf(String)`: `'true'` in any case → true, anything else (null included) → false (Java parseBoolean). */
export const BooleanClass: NativeClass = {
  name: 'Boolean',
  namespace: 'System',
  statics: {
    valueof: (_ctx, _self, args) => {
      arity('Boolean.valueOf', args, 1);
      const v = args[0];
      if (typeof v === 'boolean') return v;
      if (v === null || typeof v === 'string') return v !== null && v.toLowerCase() === 'true';
      throw invalidConversion(typeNameOf(v), 'Boolean');
    },
  },
  methods: { ...OBJECT_METHODS },
};
