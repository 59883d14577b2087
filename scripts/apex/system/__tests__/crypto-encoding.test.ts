import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ApexBlob } from '../../lang/blob';
import { ApexError, NotSupportedError } from '../../lang/errors';
import type { ApexValue } from '../../interp/values';
import { CryptoClass } from '../crypto';
import { EncodingUtilClass } from '../encoding';
import { callStatic, fakeCtx, fakeServices } from './fake-ctx-services';

interface VectorCase {
  name: string;
  url: string;
  params: [string, string][];
  consumerSecret: string;
  tokenSecret: string;
  expected: { baseUrl: string; baseString: string; signingKey: string; signature: string };
}

const vectors = JSON.parse(
  readFileSync(join(__dirname, '../../../../config/vectors/oauth1-signatures.json'), 'utf8'),
) as { cases: VectorCase[] };

const ctx = fakeCtx();
const enc = (method: string, ...args: ApexValue[]) => callStatic(ctx, EncodingUtilClass, method, args);
const crypto = (method: string, ...args: ApexValue[]) => callStatic(ctx, CryptoClass, method, args);

/** The product's RFC 3986 fix-up over EncodingUtil.urlEncode (apex-semantics §12). */
const percentEncode = (s: string) =>
  (enc('urlEncode', s, 'UTF-8') as string).replace(/\+/g, '%20').replace(/\*/g, '%2A').replace(/%7E/g, '~');

describe('EncodingUtil.urlEncode / urlDecode (Java form encoding)', () => {
  it('encodes like java.net.URLEncoder', () => {
    expect(enc('urlEncode', 'a b*c~d-e.f_g+h/é', 'UTF-8')).toBe('a+b*c%7Ed-e.f_g%2Bh%2F%C3%A9');
    expect(enc('urlEncode', '', 'utf-8')).toBe('');
  });

  it('decodes + as space and UTF-8 escapes', () => {
    expect(enc('urlDecode', 'a+b%20c%C3%A9%7e', 'UTF-8')).toBe('a b cé~');
  });

  it('gives RFC 3986 after the fix-ups the product applies', () => {
    expect(percentEncode('Hello Ladies + Gentlemen, a signed OAuth request!')).toBe(
      'Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21',
    );
    expect(percentEncode('*~')).toBe('%2A~');
  });

  it('models only UTF-8 and well-formed escapes', () => {
    expect(() => enc('urlEncode', 'x', 'ISO-8859-1')).toThrow(NotSupportedError);
    expect(() => enc('urlDecode', '%zz', 'UTF-8')).toThrow(NotSupportedError);
  });
});

describe('EncodingUtil base64 and hex', () => {
  it('round-trips bytes', () => {
    const blob = ApexBlob.valueOf('{"exp":1}');
    const b64 = enc('base64Encode', blob) as string;
    expect(b64).toBe('eyJleHAiOjF9');
    expect((enc('base64Decode', b64) as ApexBlob).asString()).toBe('{"exp":1}');
    expect(enc('convertToHex', ApexBlob.valueOf('AZ'))).toBe('415a');
    expect((enc('convertFromHex', '415a') as ApexBlob).asString()).toBe('AZ');
  });

  it('null blob → NullPointerException', () => {
    expect(() => enc('base64Encode', null)).toThrow(ApexError);
  });
});

describe('Crypto.generateMac / generateDigest', () => {
  it.each(vectors.cases.map((c) => [c.name, c] as const))('OAuth 1.0a vector: %s', (_name, c) => {
    const signingKey = percentEncode(c.consumerSecret) + '&' + percentEncode(c.tokenSecret);
    expect(signingKey).toBe(c.expected.signingKey);
    expect(c.expected.baseString).toContain('&' + percentEncode(c.expected.baseUrl) + '&');
    const mac = crypto(
      'generateMac',
      'HmacSHA1',
      ApexBlob.valueOf(c.expected.baseString),
      ApexBlob.valueOf(signingKey),
    );
    expect(enc('base64Encode', mac as ApexBlob)).toBe(c.expected.signature);
  });

  it('matches algorithm names case-insensitively', () => {
    const a = crypto(
      'generateMac',
      'hmacSHA256',
      ApexBlob.valueOf('data'),
      ApexBlob.valueOf('key'),
    ) as ApexBlob;
    const b = crypto(
      'generateMac',
      'HmacSHA256',
      ApexBlob.valueOf('data'),
      ApexBlob.valueOf('key'),
    ) as ApexBlob;
    expect(enc('convertToHex', a)).toBe('5031fe3d989c6d1537a013fa6e739da23463fdaec3b70137d828e36ace221bd0');
    expect(a.apexEquals(b)).toBe(true);
  });

  it('digests', () => {
    expect(
      enc('convertToHex', crypto('generateDigest', 'SHA-256', ApexBlob.valueOf('abc')) as ApexBlob),
    ).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(enc('convertToHex', crypto('generateDigest', 'MD5', ApexBlob.valueOf('')) as ApexBlob)).toBe(
      'd41d8cd98f00b204e9800998ecf8427e',
    );
  });

  it('an algorithm it does not know is a loud gap', () => {
    expect(() => crypto('generateMac', 'hmacSHA3', ApexBlob.valueOf('a'), ApexBlob.valueOf('b'))).toThrow(
      NotSupportedError,
    );
  });
});

describe('Crypto random values', () => {
  it('come from the transaction source when it has one (deterministic), signed over the full range', () => {
    const values = [0xffffffff, 0x00000001, 0x80000000, 0x7fffffff];
    let i = 0;
    const seeded = fakeCtx([], { services: fakeServices(), random: () => values[i++ % values.length] });
    expect(callStatic(seeded, CryptoClass, 'getRandomInteger', [])).toBe(-1);
    expect(callStatic(seeded, CryptoClass, 'getRandomInteger', [])).toBe(1);
    expect(callStatic(seeded, CryptoClass, 'getRandomLong', [])).toBe(-0x7fffffff80000001n);
    const key = callStatic(seeded, CryptoClass, 'generateAesKey', [128]) as ApexBlob;
    expect(key.size()).toBe(16);
    expect(Buffer.from(key.bytes).toString('hex')).toBe('ffffffff0000000180000000' + '7fffffff');
  });

  it('use the OS generator otherwise', () => {
    const a = crypto('generateAesKey', 256) as ApexBlob;
    expect(a.size()).toBe(32);
    expect(typeof crypto('getRandomInteger')).toBe('number');
    expect(typeof crypto('getRandomLong')).toBe('bigint');
    expect(() => crypto('generateAesKey', 100)).toThrow(NotSupportedError);
  });
});
