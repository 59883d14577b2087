/**
 * The natural order `List.sort()` uses, and a stable sort that can await an Apex `compareTo`.
 *
 * Primitives sort ascending (ADG "List Sorting"); Strings compare as `String.compareTo` does: "based on
 * the Unicode value of each character" (ARef "String Class", compareTo), i.e. case-SENSITIVE UTF-16 order,
 * so `'B'` sorts before `'a'`. Elements implementing `Comparable` are ordered by their `compareTo`.
 */
import { ApexError, NotSupportedError } from '../lang/errors';
import { ApexId } from '../lang/id';
import { ApexDouble } from '../lang/numbers';
import type { Ctx } from '../interp/native';
import { ApexEnumValue, ApexObject, ApexSObject, NativeObject, type ApexValue } from '../interp/values';
import { nullPointer } from './args';

type Compare = (a: ApexValue, b: ApexValue) => number | Promise<number>;

export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Comparing {
  compareTo(other: unknown): number;
}
function hasCompareTo(v: unknown): v is Comparing {
  return typeof v === 'object' && v !== null && typeof (v as Comparing).compareTo === 'function';
}

function numberOf(v: ApexValue): number | bigint | undefined {
  if (typeof v === 'number' || typeof v === 'bigint') return v;
  if (v instanceof ApexDouble) return v.value;
  return undefined;
}

/** Natural order of two non-null values the runtime can compare without calling Apex; undefined otherwise. */
export function comparePrimitives(a: ApexValue, b: ApexValue): number | undefined {
  if (typeof a === 'string' && typeof b === 'string') return compareStrings(a, b);
  if (a instanceof ApexId && b instanceof ApexId) return compareStrings(a.value, b.value);
  if (typeof a === 'boolean' && typeof b === 'boolean') return a === b ? 0 : a ? 1 : -1;
  const na = numberOf(a);
  const nb = numberOf(b);
  if (na !== undefined && nb !== undefined) {
    if (typeof na === 'bigint' && typeof nb === 'bigint') return na < nb ? -1 : na > nb ? 1 : 0;
    const x = Number(na);
    const y = Number(nb);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  // Enum constants order by ordinal, as java.lang.Enum.compareTo does.
  if (
    a instanceof ApexEnumValue &&
    b instanceof ApexEnumValue &&
    a.type.toLowerCase() === b.type.toLowerCase()
  ) {
    return Math.sign(a.ordinal - b.ordinal);
  }
  // Decimal, Date, Datetime, Time: library values that order themselves.
  if (hasCompareTo(a) && !(a instanceof NativeObject)) return Math.sign(a.compareTo(b));
  return undefined;
}

const COMPARABLE = { name: 'System.Comparable' };

/** The comparator behind `List.sort()`: nulls first, primitives natural, `Comparable` via its `compareTo`. */
export function naturalCompare(ctx: Ctx): Compare {
  return (a, b) => {
    if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
    const p = comparePrimitives(a, b);
    if (p !== undefined) return p;
    if (a instanceof ApexSObject) throw new NotSupportedError('List<SObject>.sort() default sObject order');
    if ((a instanceof ApexObject || a instanceof NativeObject) && ctx.isInstance(a, COMPARABLE)) {
      return ctx.callMethod(a, 'compareTo', [b]).then(toOrder);
    }
    throw new ApexError('System.ListException', 'One or more of the items in this list is not Comparable');
  };
}

/** `List.sort(comparator)` (API 60+): `System.Comparator<T>.compare(a, b)`. */
export function comparatorCompare(ctx: Ctx, comparator: ApexValue): Compare {
  return (a, b) => ctx.callMethod(comparator, 'compare', [a, b]).then(toOrder);
}

function toOrder(v: ApexValue): number {
  if (v === null) throw nullPointer();
  if (typeof v !== 'number') throw new ApexError('System.TypeException', 'compare must return an Integer');
  return v;
}

/** A stable sort whose comparator may be asynchronous (an Apex `compareTo`). Returns a new array. */
export async function stableSort(items: ApexValue[], compare: Compare): Promise<ApexValue[]> {
  if (items.length < 2) return items.slice();
  const mid = items.length >> 1;
  const left = await stableSort(items.slice(0, mid), compare);
  const right = await stableSort(items.slice(mid), compare);
  const out: ApexValue[] = [];
  let i = 0;
  let j = 0;
  while (i < left.length && j < right.length) {
    if ((await compare(right[j], left[i])) < 0) out.push(right[j++]);
    else out.push(left[i++]);
  }
  while (i < left.length) out.push(left[i++]);
  while (j < right.length) out.push(right[j++]);
  return out;
}

/** The synchronous fast path: every element is a primitive or library value (no Apex call needed). */
export function trySortSync(items: ApexValue[]): ApexValue[] | undefined {
  const nonNull = items.filter((x) => x !== null);
  for (let i = 1; i < nonNull.length; i++) {
    if (comparePrimitives(nonNull[0], nonNull[i]) === undefined) return undefined;
  }
  if (nonNull.length === 1 && comparePrimitives(nonNull[0], nonNull[0]) === undefined) return undefined;
  const nulls = items.length - nonNull.length;
  const sorted = nonNull.slice().sort((a, b) => comparePrimitives(a, b) ?? 0);
  return [...(new Array(nulls).fill(null) as ApexValue[]), ...sorted];
}
