/**
 * `System.Crypto`: generateMac, generateDigest, getRandomInteger/getRandomLong, generateAesKey.
 * Algorithm names match case-insensitively (real code writes both `hmacSHA1` and `HmacSHA256`).
 * Randomness comes from the transaction's `random()` when it has one (seeded tests), else from the OS.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { ApexBlob } from '../lang/blob';
import { NotSupportedError } from '../lang/errors';
import { wrap32, wrap64 } from '../lang/numbers';
import type { Ctx, NativeClass } from '../interp/native';
import { arity, blobArg, intArg, stringArg } from './args';
import { txMembers } from './services-tx';

const MAC_ALGORITHMS: Record<string, string> = {
  hmacmd5: 'md5',
  hmacsha1: 'sha1',
  hmacsha256: 'sha256',
  hmacsha512: 'sha512',
};

const DIGEST_ALGORITHMS: Record<string, string> = {
  md5: 'md5',
  sha1: 'sha1',
  'sha-256': 'sha256',
  'sha-512': 'sha512',
  'sha3-256': 'sha3-256',
  'sha3-384': 'sha3-384',
  'sha3-512': 'sha3-512',
};

const AES_KEY_SIZES = new Set([128, 192, 256]);

function algorithm(table: Record<string, string>, name: string, method: string): string {
  const alg = table[name.toLowerCase()];
  if (!alg) throw new NotSupportedError(`${method} with algorithm ${name}`);
  return alg;
}

/** 32 random bits as an unsigned number. */
function random32(ctx: Ctx): number {
  const source = txMembers(ctx).random;
  return source ? source() >>> 0 : randomBytes(4).readUInt32BE(0);
}

export function randomBytesFor(ctx: Ctx, count: number): Uint8Array {
  const out = new Uint8Array(count);
  for (let i = 0; i < count; i += 4) {
    const r = random32(ctx);
    for (let b = 0; b < 4 && i + b < count; b++) out[i + b] = (r >>> (24 - 8 * b)) & 0xff;
  }
  return out;
}

export const CryptoClass: NativeClass = {
  name: 'Crypto',
  namespace: 'System',
  statics: {
    generatemac: (_ctx, _self, args) => {
      arity('Crypto.generateMac', args, 3);
      const alg = algorithm(MAC_ALGORITHMS, stringArg(args, 0, 'Crypto.generateMac'), 'Crypto.generateMac');
      const data = blobArg(args, 1, 'Crypto.generateMac').bytes;
      const key = blobArg(args, 2, 'Crypto.generateMac').bytes;
      return new ApexBlob(new Uint8Array(createHmac(alg, key).update(data).digest()));
    },
    generatedigest: (_ctx, _self, args) => {
      arity('Crypto.generateDigest', args, 2);
      const alg = algorithm(
        DIGEST_ALGORITHMS,
        stringArg(args, 0, 'Crypto.generateDigest'),
        'Crypto.generateDigest',
      );
      return new ApexBlob(
        new Uint8Array(
          createHash(alg)
            .update(blobArg(args, 1, 'Crypto.generateDigest').bytes)
            .digest(),
        ),
      );
    },
    getrandominteger: (ctx, _self, args) => {
      arity('Crypto.getRandomInteger', args, 0);
      return wrap32(random32(ctx));
    },
    getrandomlong: (ctx, _self, args) => {
      arity('Crypto.getRandomLong', args, 0);
      return wrap64((BigInt(random32(ctx)) << 32n) | BigInt(random32(ctx)));
    },
    generateaeskey: (ctx, _self, args) => {
      arity('Crypto.generateAesKey', args, 1);
      const size = intArg(args, 0, 'Crypto.generateAesKey');
      if (!AES_KEY_SIZES.has(size)) throw new NotSupportedError(`Crypto.generateAesKey(${size})`);
      return new ApexBlob(randomBytesFor(ctx, size / 8));
    },
  },
};
