import { ApexBlob } from '../blob';
import { ApexError } from '../errors';

describe('ApexBlob', () => {
  it('holds the UTF-8 bytes of a string', () => {
    const b = ApexBlob.valueOf('héllo €');
    expect(b.size()).toBe(10);
    expect(b.asString()).toBe('héllo €');
    expect(b.toString()).toBe('Blob[10]');
  });

  it('converts to and from Base64 and hex', () => {
    const b = ApexBlob.valueOf('Man');
    expect(b.toBase64()).toBe('TWFu');
    expect(ApexBlob.valueOf('Ma').toBase64()).toBe('TWE=');
    expect(ApexBlob.fromBase64('TWE=').asString()).toBe('Ma');
    expect(b.toHex()).toBe('4d616e');
    expect(ApexBlob.fromHex('4D616E').asString()).toBe('Man');
    expect(() => ApexBlob.fromHex('abc')).toThrow(ApexError);
    expect(() => ApexBlob.fromBase64('not base64!')).toThrow(ApexError);
  });

  it('rejects bytes that are not UTF-8 when read as a String', () => {
    const bad = new ApexBlob(new Uint8Array([0xff, 0xfe]));
    expect(() => bad.asString()).toThrow('BLOB is not a valid UTF-8 string');
  });

  it('is equal by bytes', () => {
    expect(ApexBlob.valueOf('abc').apexEquals(ApexBlob.fromHex('616263'))).toBe(true);
    expect(ApexBlob.valueOf('abc').apexEquals(ApexBlob.valueOf('abd'))).toBe(false);
    expect(ApexBlob.valueOf('abc').apexEquals('abc')).toBe(false);
    expect(ApexBlob.valueOf('abc').apexHashKey()).toBe(ApexBlob.fromHex('616263').apexHashKey());
  });
});
