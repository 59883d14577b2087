/** `System.EncodingUtil`: base64Encode/Decode, urlEncode/urlDecode (Java form encoding), convertToHex/FromHex. */
import { ApexBlob } from '../lang/blob';
import type { NativeClass } from '../interp/native';
import { arity, blobArg, stringArg } from './args';
import { checkCharset, urlDecode, urlEncode } from './encoding-core';

export const EncodingUtilClass: NativeClass = {
  name: 'EncodingUtil',
  namespace: 'System',
  statics: {
    base64encode: (_ctx, _self, args) => {
      arity('EncodingUtil.base64Encode', args, 1);
      return blobArg(args, 0, 'EncodingUtil.base64Encode').toBase64();
    },
    base64decode: (_ctx, _self, args) => {
      arity('EncodingUtil.base64Decode', args, 1);
      return ApexBlob.fromBase64(stringArg(args, 0, 'EncodingUtil.base64Decode'));
    },
    urlencode: (_ctx, _self, args) => {
      arity('EncodingUtil.urlEncode', args, 2);
      checkCharset(stringArg(args, 1, 'EncodingUtil.urlEncode'));
      return urlEncode(stringArg(args, 0, 'EncodingUtil.urlEncode'));
    },
    urldecode: (_ctx, _self, args) => {
      arity('EncodingUtil.urlDecode', args, 2);
      checkCharset(stringArg(args, 1, 'EncodingUtil.urlDecode'));
      return urlDecode(stringArg(args, 0, 'EncodingUtil.urlDecode'));
    },
    converttohex: (_ctx, _self, args) => {
      arity('EncodingUtil.convertToHex', args, 1);
      return blobArg(args, 0, 'EncodingUtil.convertToHex').toHex();
    },
    convertfromhex: (_ctx, _self, args) => {
      arity('EncodingUtil.convertFromHex', args, 1);
      return ApexBlob.fromHex(stringArg(args, 0, 'EncodingUtil.convertFromHex'));
    },
  },
};
