/** `System.Blob`: `Blob.valueOf(String)` (UTF-8), `toString()` (UTF-8 decode), `size()`. */
import { ApexBlob } from '../lang/blob';
import type { NativeClass } from '../interp/native';
import { arity, stringArg } from './args';
import { OBJECT_METHODS } from './object-methods';

export const BlobClass: NativeClass = {
  name: 'Blob',
  namespace: 'System',
  statics: {
    valueof: (_ctx, _self, args) => {
      arity('Blob.valueOf', args, 1);
      return ApexBlob.valueOf(stringArg(args, 0, 'Blob.valueOf'));
    },
  },
  methods: {
    ...OBJECT_METHODS,
    size: (_ctx, self) => (self as ApexBlob).size(),
    tostring: (_ctx, self) => (self as ApexBlob).asString(),
  },
};
