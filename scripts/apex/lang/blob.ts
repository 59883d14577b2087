/** Apex Blob: an immutable byte sequence. */
import { ApexError } from './errors';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

export class ApexBlob {
  constructor(readonly bytes: Uint8Array) {}

  /** `Blob.valueOf(String)`: the string's UTF-8 bytes (a lone surrogate becomes `?`, as Java's encoder does). */
  static valueOf(text: string): ApexBlob {
    return new ApexBlob(new TextEncoder().encode(text.replace(/\p{Cs}/gu, '?')));
  }

  /** Standard Base64 with padding (RFC 4648 §4). */
  static fromBase64(text: string): ApexBlob {
    const clean = text.replace(/[\r\n]/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(clean)) {
      throw new ApexError('System.StringException', 'Unable to convert Base64 string to Blob');
    }
    return new ApexBlob(new Uint8Array(Buffer.from(clean, 'base64')));
  }

  /** `EncodingUtil.convertFromHex`: an even number of hex digits, else `System.InvalidParameterValueException`. */
  static fromHex(text: string): ApexBlob {
    if (text.length % 2 !== 0 || !/^[0-9a-fA-F]*$/.test(text)) {
      throw new ApexError('System.InvalidParameterValueException', `Invalid hex string: ${text}`);
    }
    return new ApexBlob(new Uint8Array(Buffer.from(text, 'hex')));
  }

  size(): number {
    return this.bytes.length;
  }

  /** The Apex method `blob.toString()`: the bytes read as UTF-8; invalid UTF-8 → `System.StringException`. */
  asString(): string {
    try {
      return strictUtf8.decode(this.bytes);
    } catch {
      throw new ApexError('System.StringException', 'BLOB is not a valid UTF-8 string');
    }
  }

  toBase64(): string {
    return Buffer.from(this.bytes).toString('base64');
  }

  /** Lower-case hex, two digits per byte (`EncodingUtil.convertToHex`). */
  toHex(): string {
    return Buffer.from(this.bytes).toString('hex');
  }

  /** `String.valueOf(blob)`, concatenation and `System.debug`: `Blob[12]`. */
  toString(): string {
    return `Blob[${this.bytes.length}]`;
  }

  apexEquals(other: unknown): boolean {
    if (!(other instanceof ApexBlob) || other.bytes.length !== this.bytes.length) return false;
    return this.bytes.every((b, i) => b === other.bytes[i]);
  }

  apexHashKey(): string {
    return 'B' + this.toHex();
  }
}
