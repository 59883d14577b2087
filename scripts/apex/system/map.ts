/** `System.Map`: insertion-ordered, Apex equality on keys (String keys case-sensitive). */
import { ApexError, NotSupportedError } from '../lang/errors';
import type { Ctx, NativeClass, NativeFn } from '../interp/native';
import { ApexList, ApexMap, ApexSObject, strictEquals, type ApexValue, type TypeRef } from '../interp/values';
import { arity, coerceTo, nullPointer, unsupportedOverload } from './args';
import { apexHashCode } from './hash-code';
import { sObjectTypeOf } from './list';
import { MapKeySet } from './set';
import { cloneInOrg, deepCloneFlags } from './sobject-copy';

const OBJECT: TypeRef = { name: 'Object' };

/** `new Map<Id, SObject>(records)` / `putAll(records)`: each record keyed by its Id. */
function putRecords(ctx: Ctx, target: ApexMap, records: ApexList): void {
  records.items.forEach((rec, i) => {
    if (!(rec instanceof ApexSObject))
      throw new NotSupportedError('Map.putAll of a List that is not of sObjects');
    const id = rec.read('Id');
    if (id === null) throw new ApexError('System.ListException', `Row with null Id at index: ${i}`);
    const key = coerceTo(ctx, id, target.keyType);
    if (target.has(key)) throw new ApexError('System.ListException', `Row with duplicate Id at index: ${i}`);
    target.set(key, rec);
  });
}

function putAll(ctx: Ctx, target: ApexMap, source: ApexValue, method: string): void {
  if (source === null) throw nullPointer();
  if (source instanceof ApexMap) {
    for (const [k, v] of source.entries()) {
      target.set(coerceTo(ctx, k, target.keyType), coerceTo(ctx, v, target.valueType));
    }
    return;
  }
  if (source instanceof ApexList) {
    putRecords(ctx, target, source);
    return;
  }
  throw new NotSupportedError(`${method} with an argument that is not a Map or a List of sObjects`);
}

type MapFn = NativeFn<ApexMap>;

function copyOf(self: ApexMap, value: (v: ApexValue) => ApexValue): ApexMap {
  const out = new ApexMap(self.keyType, self.valueType);
  for (const [k, v] of self.entries()) out.set(k, value(v));
  return out;
}

const deepClone: MapFn = (ctx, self, args) => {
  arity('Map.deepClone', args, 0, 1, 2, 3);
  const flags = deepCloneFlags(args, 'Map.deepClone');
  return copyOf(self, (v) => {
    if (v === null) return null;
    if (!(v instanceof ApexSObject))
      throw new NotSupportedError('Map.deepClone of a map whose values are not sObjects');
    return cloneInOrg(ctx, v, flags);
  });
};

const methods: Record<string, MapFn> = {
  clear: (_ctx, self) => {
    self.clear();
    return null;
  },
  clone: (_ctx, self) => copyOf(self, (v) => v),
  containskey: (ctx, self, args) => {
    arity('Map.containsKey', args, 1);
    return self.has(coerceTo(ctx, args[0], self.keyType));
  },
  deepclone: deepClone,
  equals: (_ctx, self, args) => {
    arity('Map.equals', args, 1);
    return strictEquals(self, args[0]);
  },
  get: (ctx, self, args) => {
    arity('Map.get', args, 1);
    return self.get(coerceTo(ctx, args[0], self.keyType));
  },
  getsobjecttype: (ctx, self, args) => {
    arity('Map.getSObjectType', args, 0);
    return sObjectTypeOf(ctx, self.valueType, 'Map');
  },
  hashcode: (_ctx, self) => apexHashCode(self),
  isempty: (_ctx, self) => self.size === 0,
  keyset: (_ctx, self) => new MapKeySet(self),
  put: (ctx, self, args) => {
    arity('Map.put', args, 2);
    return self.set(coerceTo(ctx, args[0], self.keyType), coerceTo(ctx, args[1], self.valueType));
  },
  putall: (ctx, self, args) => {
    arity('Map.putAll', args, 1);
    putAll(ctx, self, args[0], 'Map.putAll');
    return null;
  },
  remove: (ctx, self, args) => {
    arity('Map.remove', args, 1);
    return self.delete(coerceTo(ctx, args[0], self.keyType));
  },
  size: (_ctx, self) => self.size,
  tostring: (ctx, self) => ctx.toApexString(self),
  values: (_ctx, self) => new ApexList(self.valueType, self.values()),
};

const construct: NativeFn<null> = (ctx, _self, args, typeArgs) => {
  const out = new ApexMap(typeArgs?.[0] ?? OBJECT, typeArgs?.[1] ?? OBJECT);
  if (args.length === 0) return out;
  if (args.length !== 1) throw unsupportedOverload('new Map', args);
  putAll(ctx, out, args[0], 'new Map');
  return out;
};

export const MapClass: NativeClass = {
  name: 'Map',
  namespace: 'System',
  construct,
  methods: methods as Record<string, NativeFn>,
};
