/** `System.Set`: insertion-ordered, Apex equality (String elements case-sensitive). */
import { ApexError } from '../lang/errors';
import type { Ctx, NativeClass, NativeFn } from '../interp/native';
import { ApexMap, ApexSet, strictEquals, type ApexValue, type TypeRef } from '../interp/values';
import { arity, coerceTo, unsupportedOverload } from './args';
import { apexHashCode } from './hash-code';
import { itemsOf, iteratorOver } from './list';

const OBJECT: TypeRef = { name: 'Object' };

/**
 * `Map.keySet()`: a view backed by the map. Removing from it removes the entry from the map; adding
 * throws `System.FinalException: Collection is read-only`
 * (https://salesforce.stackexchange.com/questions/207388, https://blog.deadlypenguin.com/tag/map).
 */
export class MapKeySet extends ApexSet {
  constructor(private readonly backing: ApexMap) {
    super(backing.keyType);
  }
  override get size(): number {
    return this.backing.size;
  }
  override has(v: ApexValue): boolean {
    return this.backing.has(v);
  }
  override add(): boolean {
    throw new ApexError('System.FinalException', 'Collection is read-only');
  }
  override delete(v: ApexValue): boolean {
    const had = this.backing.has(v);
    this.backing.delete(v);
    return had;
  }
  override clear(): void {
    this.backing.clear();
  }
  override values(): IterableIterator<ApexValue> {
    return this.backing.keys()[Symbol.iterator]();
  }
}

type SetFn = NativeFn<ApexSet>;

function copyOf(self: ApexSet): ApexSet {
  const out = new ApexSet(self.elementType);
  for (const x of self.values()) out.add(x);
  return out;
}

/** `add`, `contains`, `remove`: one element, coerced to the element type. */
const oneElement =
  (method: string, fn: (self: ApexSet, x: ApexValue) => boolean): SetFn =>
  (ctx, self, args) => {
    arity(method, args, 1);
    return fn(self, coerceTo(ctx, args[0], self.elementType));
  };

/** `addAll`, `removeAll`: `fn` on each element of the argument; true when any changed the set. */
const eachElement =
  (method: string, fn: (self: ApexSet, x: ApexValue) => boolean): SetFn =>
  (ctx, self, args) => {
    arity(method, args, 1);
    let changed = false;
    for (const x of itemsOf(args[0], method))
      changed = fn(self, coerceTo(ctx, x, self.elementType)) || changed;
    return changed;
  };

const methods: Record<string, SetFn> = {
  add: oneElement('Set.add', (self, x) => self.add(x)),
  addall: eachElement('Set.addAll', (self, x) => self.add(x)),
  clear: (_ctx, self) => {
    self.clear();
    return null;
  },
  clone: (_ctx, self) => copyOf(self),
  contains: oneElement('Set.contains', (self, x) => self.has(x)),
  containsall: (ctx, self, args) => {
    arity('Set.containsAll', args, 1);
    return itemsOf(args[0], 'Set.containsAll').every((x) => self.has(coerceTo(ctx, x, self.elementType)));
  },
  equals: (_ctx, self, args) => {
    arity('Set.equals', args, 1);
    return strictEquals(self, args[0]);
  },
  hashcode: (_ctx, self) => apexHashCode(self),
  isempty: (_ctx, self) => self.size === 0,
  iterator: (_ctx, self) => iteratorOver(() => [...self.values()]),
  remove: oneElement('Set.remove', (self, x) => self.delete(x)),
  removeall: eachElement('Set.removeAll', (self, x) => self.delete(x)),
  retainall: (ctx, self, args) => {
    arity('Set.retainAll', args, 1);
    const keep = new ApexSet(self.elementType);
    for (const x of itemsOf(args[0], 'Set.retainAll')) keep.add(coerceTo(ctx, x, self.elementType));
    let changed = false;
    for (const x of [...self.values()]) {
      if (!keep.has(x)) changed = self.delete(x) || changed;
    }
    return changed;
  },
  size: (_ctx, self) => self.size,
  tostring: (ctx, self) => ctx.toApexString(self),
};

const construct: NativeFn<null> = (ctx: Ctx, _self, args, typeArgs) => {
  const out = new ApexSet(typeArgs?.[0] ?? OBJECT);
  if (args.length === 0) return out;
  if (args.length !== 1) throw unsupportedOverload('new Set', args);
  for (const x of itemsOf(args[0], 'new Set')) out.add(coerceTo(ctx, x, out.elementType));
  return out;
};

export const SetClass: NativeClass = {
  name: 'Set',
  namespace: 'System',
  interfaces: ['System.Iterable'],
  construct,
  methods: methods as Record<string, NativeFn>,
};
