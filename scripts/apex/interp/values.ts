/**
 * The runtime's value model (see docs/apex-runtime.md, "Values at run time"): collections with Apex
 * equality and hashing, sObjects, instances of Apex classes and of built-in classes.
 */
import { ApexError } from '../lang/errors';
import { ApexId } from '../lang/id';
import { ApexDouble } from '../lang/numbers';

/** A type as written in Apex: `Map<String, List<Account>>` → `{ name: 'Map', args: [...] }`. Names keep their source spelling; compare lower-cased. */
export interface TypeRef {
  name: string;
  args?: TypeRef[];
}

/** Any Apex value. Library values (Decimal, ApexDate …) are `object`s that implement {@link ApexValueLike}. */
export type ApexValue =
  | null
  | boolean
  | number
  | bigint
  | string
  | ApexDouble
  | ApexId
  | ApexList
  | ApexSet
  | ApexMap
  | ApexSObject
  | ApexObject
  | NativeObject
  | ApexValueLike;

/** Implemented by library value classes (Decimal, ApexDate, ApexDatetime, ApexTime, ApexBlob …). */
export interface ApexValueLike {
  /** Apex `==` (for Decimal: numeric equality). */
  apexEquals(other: unknown): boolean;
  /** A string key such that equal values (for Set/Map keys) give equal keys. */
  apexHashKey(): string;
  /** `String.valueOf(x)`. */
  toString(): string;
}

function isValueLike(v: unknown): v is ApexValueLike {
  return typeof v === 'object' && v !== null && typeof (v as ApexValueLike).apexEquals === 'function';
}

/** Apex `==`: Strings case-insensitive, Ids case-sensitive, collections and sObjects by value, objects by `equals` or reference. */
export function apexEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a === 'string' && typeof b === 'string') return a.toLowerCase() === b.toLowerCase();
  if (a instanceof ApexId || b instanceof ApexId) {
    const as = a instanceof ApexId ? a.value : typeof a === 'string' ? tryId(a) : undefined;
    const bs = b instanceof ApexId ? b.value : typeof b === 'string' ? tryId(b) : undefined;
    return as !== undefined && as === bs;
  }
  return strictEquals(a, b);
}

function tryId(s: string): string | undefined {
  return ApexId.isValid(s) ? ApexId.of(s).value : undefined;
}

/** Equality used by Set/Map keys, `List.contains`, `equals()` and `System.assertEquals`: Strings case-SENSITIVE. */
export function strictEquals(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || a === undefined || b === undefined) return false;
  if (typeof a === 'number' || typeof a === 'bigint') {
    if (typeof b === 'number' || typeof b === 'bigint') return BigInt(a) === BigInt(b);
    if (isValueLike(b) || b instanceof ApexDouble) return numericEquals(a, b);
    return false;
  }
  if (a instanceof ApexDouble) {
    if (b instanceof ApexDouble) return a.value === b.value;
    return numericEquals(a, b);
  }
  if (a instanceof ApexId && b instanceof ApexId) return a.value === b.value;
  if (isValueLike(a)) return a.apexEquals(b);
  if (a instanceof ApexList && b instanceof ApexList) {
    return a.items.length === b.items.length && a.items.every((x, i) => strictEquals(x, b.items[i]));
  }
  if (a instanceof ApexSet && b instanceof ApexSet) {
    return a.size === b.size && [...a.values()].every((x) => b.has(x));
  }
  if (a instanceof ApexMap && b instanceof ApexMap) {
    return a.size === b.size && [...a.entries()].every(([k, v]) => b.has(k) && strictEquals(b.get(k), v));
  }
  if (a instanceof ApexSObject && b instanceof ApexSObject) {
    if (a.type.toLowerCase() !== b.type.toLowerCase()) return false;
    const ak = [...a.fields.keys()].filter((k) => a.fields.get(k) !== null);
    const bk = [...b.fields.keys()].filter((k) => b.fields.get(k) !== null);
    return ak.length === bk.length && ak.every((k) => strictEquals(a.fields.get(k), b.fields.get(k) ?? null));
  }
  if (a instanceof ApexObject && b instanceof ApexObject && a.equalsHook) return a.equalsHook(a, b);
  return false;
}

function numericEquals(a: unknown, b: unknown): boolean {
  const na = toJsNumber(a);
  const nb = toJsNumber(b);
  return na !== undefined && na === nb;
}

function toJsNumber(v: unknown): number | undefined {
  if (typeof v === 'number') return v;
  if (typeof v === 'bigint') return Number(v);
  if (v instanceof ApexDouble) return v.value;
  if (isValueLike(v) && typeof (v as unknown as { toNumber?: () => number }).toNumber === 'function') {
    return (v as unknown as { toNumber: () => number }).toNumber();
  }
  return undefined;
}

/** The hash key behind Set/Map: equal under {@link strictEquals} ⇒ equal keys. */
export function hashKey(v: unknown): string {
  if (v === null || v === undefined) return 'n';
  switch (typeof v) {
    case 'boolean':
      return v ? 'T' : 'F';
    case 'number':
    case 'bigint':
      return 'i' + String(v);
    case 'string':
      return 's' + v;
  }
  if (v instanceof ApexDouble)
    return Number.isInteger(v.value) ? 'i' + String(v.value) : 'd' + String(v.value);
  if (v instanceof ApexId) return 'I' + v.value;
  if (isValueLike(v)) return v.apexHashKey();
  if (v instanceof ApexList) return 'L[' + v.items.map(hashKey).join(',') + ']';
  if (v instanceof ApexSet) return 'S{' + [...v.values()].map(hashKey).sort().join(',') + '}';
  if (v instanceof ApexMap) {
    return (
      'M{' +
      [...v.entries()]
        .map(([k, x]) => hashKey(k) + ':' + hashKey(x))
        .sort()
        .join(',') +
      '}'
    );
  }
  if (v instanceof ApexSObject) {
    const parts = [...v.fields.entries()].filter(([, x]) => x !== null).map(([k, x]) => k + '=' + hashKey(x));
    return 'O' + v.type.toLowerCase() + '{' + parts.sort().join(',') + '}';
  }
  if (v instanceof ApexObject && v.hashHook) return 'H' + v.hashHook(v);
  return 'R' + identityOf(v as object);
}

const identities = new WeakMap<object, number>();
let nextIdentity = 1;
function identityOf(o: object): number {
  let id = identities.get(o);
  if (id === undefined) {
    id = nextIdentity++;
    identities.set(o, id);
  }
  return id;
}

/** `List<T>` and `T[]`. */
export class ApexList {
  constructor(
    readonly elementType: TypeRef,
    public items: ApexValue[] = [],
  ) {}
  get size(): number {
    return this.items.length;
  }
  /** Index read with Apex's error: `System.ListException: List index out of bounds: 3`. */
  at(i: number): ApexValue {
    if (i < 0 || i >= this.items.length)
      throw new ApexError('System.ListException', `List index out of bounds: ${i}`);
    return this.items[i];
  }
  setAt(i: number, v: ApexValue): void {
    if (i < 0 || i >= this.items.length)
      throw new ApexError('System.ListException', `List index out of bounds: ${i}`);
    this.items[i] = v;
  }
}

/** `Set<T>`: insertion order, Apex equality. */
export class ApexSet {
  private readonly map = new Map<string, ApexValue>();
  constructor(readonly elementType: TypeRef) {}
  get size(): number {
    return this.map.size;
  }
  has(v: ApexValue): boolean {
    return this.map.has(hashKey(v));
  }
  /** Returns true when added (Apex `Set.add`). */
  add(v: ApexValue): boolean {
    const k = hashKey(v);
    if (this.map.has(k)) return false;
    this.map.set(k, v);
    return true;
  }
  delete(v: ApexValue): boolean {
    return this.map.delete(hashKey(v));
  }
  clear(): void {
    this.map.clear();
  }
  values(): IterableIterator<ApexValue> {
    return this.map.values();
  }
}

/** `Map<K, V>`: insertion order, Apex equality on keys (String keys case-sensitive). */
export class ApexMap {
  private readonly map = new Map<string, [ApexValue, ApexValue]>();
  constructor(
    readonly keyType: TypeRef,
    readonly valueType: TypeRef,
  ) {}
  get size(): number {
    return this.map.size;
  }
  has(k: ApexValue): boolean {
    return this.map.has(hashKey(k));
  }
  get(k: ApexValue): ApexValue {
    return this.map.get(hashKey(k))?.[1] ?? null;
  }
  /** Returns the previous value (Apex `Map.put`). */
  set(k: ApexValue, v: ApexValue): ApexValue {
    const key = hashKey(k);
    const prev = this.map.get(key);
    this.map.set(key, [prev ? prev[0] : k, v]);
    return prev ? prev[1] : null;
  }
  delete(k: ApexValue): ApexValue {
    const key = hashKey(k);
    const prev = this.map.get(key);
    this.map.delete(key);
    return prev ? prev[1] : null;
  }
  clear(): void {
    this.map.clear();
  }
  keys(): ApexValue[] {
    return [...this.map.values()].map((e) => e[0]);
  }
  values(): ApexValue[] {
    return [...this.map.values()].map((e) => e[1]);
  }
  entries(): [ApexValue, ApexValue][] {
    return [...this.map.values()];
  }
}

/**
 * An sObject. `fields` is keyed by lower-case API name (relationship fields hold an ApexSObject,
 * child relationships an ApexList); `names` keeps the declared spelling for output. `queried` is
 * the set of lower-case names a SOQL query selected (null for a record built in Apex): reading a
 * field that is neither queried nor set throws `System.SObjectException`.
 */
export class ApexSObject {
  readonly fields = new Map<string, ApexValue>();
  readonly names = new Map<string, string>();
  queried: Set<string> | null = null;
  constructor(
    /** The object's API name as declared (`Chat_Transcript__c`). */
    public type: string,
  ) {}
  has(field: string): boolean {
    return this.fields.has(field.toLowerCase());
  }
  read(field: string): ApexValue {
    return this.fields.get(field.toLowerCase()) ?? null;
  }
  write(field: string, value: ApexValue): void {
    const k = field.toLowerCase();
    if (!this.names.has(k)) this.names.set(k, field);
    this.fields.set(k, value);
  }
}

/** An instance of an Apex class (including user-defined exceptions). `cls` is the interpreter's class record. */
export class ApexObject {
  readonly fields = new Map<string, ApexValue>();
  /** Set by the interpreter when the class declares `equals(Object)` / `hashCode()`. */
  equalsHook?: (a: ApexObject, b: unknown) => boolean;
  hashHook?: (a: ApexObject) => string;
  constructor(readonly cls: { name: string }) {}
}

/** An instance of a built-in class (HttpRequest, Savepoint, DescribeSObjectResult …): the native class name + its JS state. */
export class NativeObject<T = unknown> {
  constructor(
    /** Qualified name, e.g. `System.HttpRequest`. */
    readonly className: string,
    public payload: T,
  ) {}
}

/** A constant of an enum (an Apex enum or a built-in one such as `System.RoundingMode`): equal by type and name. */
export class ApexEnumValue implements ApexValueLike {
  constructor(
    /** Qualified type name as declared (`Outer.Color`, `System.RoundingMode`). */
    readonly type: string,
    readonly name: string,
    readonly ordinal: number,
  ) {}
  apexEquals(other: unknown): boolean {
    return (
      other instanceof ApexEnumValue &&
      other.type.toLowerCase() === this.type.toLowerCase() &&
      other.name.toLowerCase() === this.name.toLowerCase()
    );
  }
  apexHashKey(): string {
    return 'E' + this.type.toLowerCase() + '.' + this.name.toLowerCase();
  }
  toString(): string {
    return this.name;
  }
}

/** `Map<String,List<Integer>>` as Apex prints a type name. */
export function typeRefToString(t: TypeRef): string {
  return t.args && t.args.length ? `${t.name}<${t.args.map(typeRefToString).join(',')}>` : t.name;
}
