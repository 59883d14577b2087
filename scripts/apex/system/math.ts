/** `System.Math`: overloads follow the argument kinds (Integer, Long, Double, Decimal) like Apex's. */
import { Decimal } from '../lang/decimal';
import { ApexError, NotSupportedError } from '../lang/errors';
import { ApexDouble, wrap32, wrap64 } from '../lang/numbers';
import type { NativeClass, NativeFn } from '../interp/native';
import type { ApexValue } from '../interp/values';
import { arity } from './args';
import { asDecimal, asLong, asNumber, numArg, NumKind } from './number-kinds';
import { roundHalfUpToLong } from './numbers';

type Fn = NativeFn<null>;

/** A Double function; a Decimal argument gets a Decimal back (ARef: `sqrt(Decimal)`, `exp(Decimal)` …). */
function real(name: string, f: (x: number) => number): Fn {
  return (_ctx, _self, args) => {
    arity(`Math.${name}`, args, 1);
    const { kind, v } = numArg(args, 0, `Math.${name}`);
    const r = f(asNumber(v));
    return kind === NumKind.Decimal ? Decimal.fromDouble(r) : new ApexDouble(r);
  };
}

function real2(name: string, f: (x: number, y: number) => number): Fn {
  return (_ctx, _self, args) => {
    arity(`Math.${name}`, args, 2);
    return new ApexDouble(f(asNumber(numArg(args, 0, name).v), asNumber(numArg(args, 1, name).v)));
  };
}

/** max/min: the result takes the wider kind of the two arguments. */
function extreme(name: string, pickFirst: (c: number) => boolean): Fn {
  return (_ctx, _self, args) => {
    arity(`Math.${name}`, args, 2);
    const a = numArg(args, 0, name);
    const b = numArg(args, 1, name);
    const kind = Math.max(a.kind, b.kind) as NumKind;
    switch (kind) {
      case NumKind.Integer:
        return pickFirst((a.v as number) - (b.v as number)) ? a.v : b.v;
      case NumKind.Long: {
        const x = asLong(a.v);
        const y = asLong(b.v);
        return pickFirst(x < y ? -1 : x > y ? 1 : 0) ? x : y;
      }
      case NumKind.Double: {
        const x = asNumber(a.v);
        const y = asNumber(b.v);
        return new ApexDouble(pickFirst(x - y) ? x : y);
      }
      default: {
        const x = asDecimal(a.v);
        const y = asDecimal(b.v);
        return pickFirst(x.compareTo(y)) ? x : y;
      }
    }
  };
}

const abs: Fn = (_ctx, _self, args) => {
  arity('Math.abs', args, 1);
  const { kind, v } = numArg(args, 0, 'Math.abs');
  switch (kind) {
    case NumKind.Integer:
      return wrap32(Math.abs(v as number));
    case NumKind.Long:
      return wrap64((v as bigint) < 0n ? -(v as bigint) : (v as bigint));
    case NumKind.Double:
      return new ApexDouble(Math.abs(asNumber(v)));
    default:
      return (v as Decimal).abs();
  }
};

/** `Math.mod(a, b)`: Java `%` (the sign follows the dividend); Integer or Long. */
const mod: Fn = (_ctx, _self, args) => {
  arity('Math.mod', args, 2);
  const a = numArg(args, 0, 'Math.mod');
  const b = numArg(args, 1, 'Math.mod');
  if (a.kind > NumKind.Long || b.kind > NumKind.Long)
    throw new ApexError('System.TypeException', 'Math.mod takes Integer or Long arguments');
  if (a.kind === NumKind.Integer && b.kind === NumKind.Integer) {
    if (b.v === 0) throw new ApexError('System.MathException', 'Divide by 0');
    return wrap32((a.v as number) % (b.v as number));
  }
  const y = asLong(b.v);
  if (y === 0n) throw new ApexError('System.MathException', 'Divide by 0');
  return wrap64(asLong(a.v) % y);
};

/** ceil/floor/rint keep the kind: Double → Double, Decimal → Decimal. */
function toIntegral(name: string, f: (x: number) => number, mode: 'CEILING' | 'FLOOR' | 'HALF_EVEN'): Fn {
  return (_ctx, _self, args) => {
    arity(`Math.${name}`, args, 1);
    const { kind, v } = numArg(args, 0, `Math.${name}`);
    if (kind === NumKind.Decimal) return (v as Decimal).setScale(0, mode);
    return new ApexDouble(f(asNumber(v)));
  };
}

function roundTo(v: ApexValue, kind: NumKind): bigint {
  if (kind === NumKind.Decimal) return (v as Decimal).round('HALF_EVEN');
  return roundHalfUpToLong(asNumber(v));
}

const statics: Record<string, Fn> = {
  abs,
  acos: real('acos', Math.acos),
  asin: real('asin', Math.asin),
  atan: real('atan', Math.atan),
  atan2: real2('atan2', Math.atan2),
  cbrt: real('cbrt', Math.cbrt),
  ceil: toIntegral('ceil', Math.ceil, 'CEILING'),
  cos: real('cos', Math.cos),
  cosh: real('cosh', Math.cosh),
  exp: real('exp', Math.exp),
  floor: toIntegral('floor', Math.floor, 'FLOOR'),
  log: real('log', Math.log),
  log10: real('log10', Math.log10),
  max: extreme('max', (c) => c >= 0),
  min: extreme('min', (c) => c <= 0),
  mod,
  pow: real2('pow', Math.pow),
  random: (_ctx, _self, args) => {
    arity('Math.random', args, 0);
    return new ApexDouble(Math.random());
  },
  rint: toIntegral(
    'rint',
    (x) => {
      const r = Math.round(x);
      return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
    },
    'HALF_EVEN',
  ),
  /** Integer result; Double rounds half up (Java Math.round), Decimal half-even (ARef Math.round(Decimal)). */
  round: (_ctx, _self, args) => {
    arity('Math.round', args, 1);
    const { kind, v } = numArg(args, 0, 'Math.round');
    const r = roundTo(v, kind);
    if (r < -2147483648n || r > 2147483647n)
      throw new NotSupportedError('Math.round of a value outside the Integer range');
    return Number(r);
  },
  roundtolong: (_ctx, _self, args) => {
    arity('Math.roundToLong', args, 1);
    const { kind, v } = numArg(args, 0, 'Math.roundToLong');
    return roundTo(v, kind);
  },
  signum: real('signum', Math.sign),
  sin: real('sin', Math.sin),
  sinh: real('sinh', Math.sinh),
  sqrt: real('sqrt', Math.sqrt),
  tan: real('tan', Math.tan),
  tanh: real('tanh', Math.tanh),
};

export const MathClass: NativeClass = { name: 'Math', namespace: 'System', statics };
