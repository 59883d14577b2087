/** `System.List` (also `T[]`): positional access with Apex's index errors, Apex equality in contains/indexOf. */
import { ApexError, NotSupportedError } from '../lang/errors';
import type { Ctx, NativeClass, NativeFn } from '../interp/native';
import {
  ApexList,
  ApexSObject,
  ApexSet,
  NativeObject,
  strictEquals,
  type ApexValue,
  type TypeRef,
} from '../interp/values';
import { arity, coerceTo, intArg, nullPointer, unsupportedOverload } from './args';
import { apexHashCode } from './hash-code';
import { comparatorCompare, naturalCompare, stableSort, trySortSync } from './natural-order';
import { schemaOf, sObjectTypeToken } from './schema-tokens';
import { cloneInOrg, deepCloneFlags } from './sobject-copy';

const OBJECT: TypeRef = { name: 'Object' };

/** `getSObjectType()` of a List (element type) or Map (value type): the token, or null for plain `SObject`. */
export function sObjectTypeOf(ctx: Ctx, type: TypeRef, collection: string): ApexValue {
  if (type.name.toLowerCase() === 'sobject') return null;
  const schema = schemaOf(ctx);
  if (!schema.object(type.name)) throw new NotSupportedError(`${collection}<${type.name}>.getSObjectType()`);
  return sObjectTypeToken(schema, type.name);
}

/** The items of a List or Set argument (`addAll`, `new List<T>(set)`); null → NullPointerException. */
export function itemsOf(v: ApexValue, method: string): ApexValue[] {
  if (v === null) throw nullPointer();
  if (v instanceof ApexList) return v.items;
  if (v instanceof ApexSet) return [...v.values()];
  throw new NotSupportedError(`${method} with an argument that is not a List or Set`);
}

function outOfBounds(i: number): ApexError {
  return new ApexError('System.ListException', `List index out of bounds: ${i}`);
}

type ListFn = NativeFn<ApexList>;

const add: ListFn = (ctx, self, args) => {
  arity('List.add', args, 1, 2);
  if (args.length === 1) {
    self.items.push(coerceTo(ctx, args[0], self.elementType));
    return null;
  }
  const i = intArg(args, 0, 'List.add');
  if (i < 0 || i > self.items.length) throw outOfBounds(i);
  self.items.splice(i, 0, coerceTo(ctx, args[1], self.elementType));
  return null;
};

const sort: ListFn = async (ctx, self, args) => {
  arity('List.sort', args, 0, 1);
  if (args.length === 1) {
    if (args[0] === null) throw nullPointer();
    self.items = await stableSort(self.items, comparatorCompare(ctx, args[0]));
    return null;
  }
  self.items = trySortSync(self.items) ?? (await stableSort(self.items, naturalCompare(ctx)));
  return null;
};

const deepClone: ListFn = (ctx, self, args) => {
  arity('List.deepClone', args, 0, 1, 2, 3);
  const flags = deepCloneFlags(args, 'List.deepClone');
  const items = self.items.map((x) => {
    if (x === null) return null;
    if (!(x instanceof ApexSObject))
      throw new NotSupportedError('List.deepClone of a list that is not of sObjects');
    return cloneInOrg(ctx, x, flags);
  });
  return new ApexList(self.elementType, items);
};

/** `list.iterator()`: a `System.Iterator` over a snapshot-free view of the list. */
export interface ListIteratorState {
  items: () => ApexValue[];
  next: number;
}

export const ListIterator: NativeClass = {
  name: 'ListIterator',
  namespace: 'System',
  interfaces: ['System.Iterator'],
  methods: {
    hasnext: (_ctx, self) => {
      const s = self as ListIteratorState;
      return s.next < s.items().length;
    },
    next: (_ctx, self) => {
      const s = self as ListIteratorState;
      const items = s.items();
      if (s.next >= items.length)
        throw new ApexError('System.NoSuchElementException', 'Iterator has no more elements.');
      return items[s.next++];
    },
  },
};

export function iteratorOver(items: () => ApexValue[]): NativeObject<ListIteratorState> {
  return new NativeObject<ListIteratorState>('System.ListIterator', { items, next: 0 });
}

const methods: Record<string, ListFn> = {
  add,
  addall: (ctx, self, args) => {
    arity('List.addAll', args, 1);
    for (const x of itemsOf(args[0], 'List.addAll')) self.items.push(coerceTo(ctx, x, self.elementType));
    return null;
  },
  clear: (_ctx, self) => {
    self.items = [];
    return null;
  },
  clone: (_ctx, self) => new ApexList(self.elementType, self.items.slice()),
  contains: (_ctx, self, args) => {
    arity('List.contains', args, 1);
    return self.items.some((x) => strictEquals(x, args[0]));
  },
  deepclone: deepClone,
  equals: (_ctx, self, args) => {
    arity('List.equals', args, 1);
    return strictEquals(self, args[0]);
  },
  get: (_ctx, self, args) => {
    arity('List.get', args, 1);
    return self.at(intArg(args, 0, 'List.get'));
  },
  /** The element type's token for a list of one sObject type; null for `List<SObject>` (ARef List.getSObjectType). */
  getsobjecttype: (ctx, self, args) => {
    arity('List.getSObjectType', args, 0);
    return sObjectTypeOf(ctx, self.elementType, 'List');
  },
  hashcode: (_ctx, self) => apexHashCode(self),
  indexof: (_ctx, self, args) => {
    arity('List.indexOf', args, 1);
    return self.items.findIndex((x) => strictEquals(x, args[0]));
  },
  isempty: (_ctx, self) => self.items.length === 0,
  iterator: (_ctx, self) => iteratorOver(() => self.items),
  remove: (_ctx, self, args) => {
    arity('List.remove', args, 1);
    const i = intArg(args, 0, 'List.remove');
    const v = self.at(i);
    self.items.splice(i, 1);
    return v;
  },
  set: (ctx, self, args) => {
    arity('List.set', args, 2);
    self.setAt(intArg(args, 0, 'List.set'), coerceTo(ctx, args[1], self.elementType));
    return null;
  },
  size: (_ctx, self) => self.items.length,
  sort,
  tostring: (ctx, self) => ctx.toApexString(self),
};

const construct: NativeFn<null> = (ctx: Ctx, _self, args, typeArgs) => {
  const elementType = typeArgs?.[0] ?? OBJECT;
  if (args.length === 0) return new ApexList(elementType, []);
  if (args.length !== 1) throw unsupportedOverload('new List', args);
  return new ApexList(
    elementType,
    itemsOf(args[0], 'new List').map((x) => coerceTo(ctx, x, elementType)),
  );
};

export const ListClass: NativeClass = {
  name: 'List',
  namespace: 'System',
  interfaces: ['System.Iterable'],
  construct,
  methods: methods as Record<string, NativeFn>,
};
