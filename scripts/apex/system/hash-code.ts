/** `hashCode()` of primitives and collections, computed as Java does (Apex runs on the JVM's collections). */
import { NotSupportedError } from '../lang/errors';
import { ApexId } from '../lang/id';
import { hashCode } from '../lang/java-string';
import { ApexDouble, wrap32 } from '../lang/numbers';
import { ApexList, ApexMap, ApexSet, type ApexValue } from '../interp/values';

function longHashCode(v: bigint): number {
  const bits = BigInt.asUintN(64, v);
  return wrap32(Number(BigInt.asIntN(32, bits ^ (bits >> 32n))));
}

function doubleHashCode(v: number): number {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, Number.isNaN(v) ? NaN : v);
  return longHashCode(view.getBigInt64(0));
}

interface HasHashCode {
  hashCode(): number;
}

export function apexHashCode(v: ApexValue): number {
  if (v === null) return 0;
  switch (typeof v) {
    case 'boolean':
      return v ? 1231 : 1237;
    case 'number':
      return v;
    case 'bigint':
      return longHashCode(v);
    case 'string':
      return hashCode(v);
  }
  if (v instanceof ApexDouble) return doubleHashCode(v.value);
  if (v instanceof ApexId) return hashCode(v.value);
  if (v instanceof ApexList)
    return v.items.reduce<number>((h, x) => wrap32(Math.imul(h, 31) + apexHashCode(x)), 1);
  if (v instanceof ApexSet) return [...v.values()].reduce<number>((h, x) => wrap32(h + apexHashCode(x)), 0);
  if (v instanceof ApexMap) {
    return v.entries().reduce<number>((h, [k, x]) => wrap32(h + (apexHashCode(k) ^ apexHashCode(x))), 0);
  }
  if (typeof (v as unknown as HasHashCode).hashCode === 'function')
    return (v as unknown as HasHashCode).hashCode();
  throw new NotSupportedError('hashCode() of this kind of value');
}
