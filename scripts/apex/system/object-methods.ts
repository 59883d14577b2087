/** `equals`, `hashCode`, `toString`: the methods every Apex value answers (`System.Object`). */
import type { NativeClass, NativeFn } from '../interp/native';
import { strictEquals, type ApexValue } from '../interp/values';
import { arity } from './args';
import { apexHashCode } from './hash-code';

export const OBJECT_METHODS: Record<string, NativeFn> = {
  equals: (_ctx, self, args) => {
    arity('equals', args, 1);
    return strictEquals(self, args[0]);
  },
  hashcode: (_ctx, self) => apexHashCode(self as ApexValue),
  tostring: (ctx, self) => ctx.toApexString(self as ApexValue),
};

export const ObjectClass: NativeClass = {
  name: 'Object',
  namespace: 'System',
  methods: OBJECT_METHODS,
};
