/** Apex Id: always held in its 18-character form; `==` on Ids is case-sensitive. */
import { ApexError } from './errors';

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ012345';

/** The 3-character checksum that turns a 15-character Id into its 18-character form. */
export function idChecksum(id15: string): string {
  let out = '';
  for (let block = 0; block < 3; block++) {
    let flags = 0;
    for (let i = 0; i < 5; i++) {
      const c = id15.charAt(block * 5 + i);
      if (c >= 'A' && c <= 'Z') flags |= 1 << i;
    }
    out += ALPHABET.charAt(flags);
  }
  return out;
}

export class ApexId {
  readonly value: string;
  private constructor(value: string) {
    this.value = value;
  }
  /** `Id.valueOf(s)` / assignment of a String to an Id: `System.StringException: Invalid id: s` when malformed. */
  static of(text: string): ApexId {
    if (!ApexId.isValid(text)) throw new ApexError('System.StringException', `Invalid id: ${text}`);
    if (text.length === 15) return new ApexId(text + idChecksum(text));
    const id15 = text.slice(0, 15);
    if (idChecksum(id15).toLowerCase() !== text.slice(15).toLowerCase()) {
      throw new ApexError('System.StringException', `Invalid id: ${text}`);
    }
    return new ApexId(id15 + idChecksum(id15));
  }
  static isValid(text: string): boolean {
    return /^[a-zA-Z0-9]{15}([a-zA-Z0-9]{3})?$/.test(text);
  }
  get keyPrefix(): string {
    return this.value.slice(0, 3);
  }
  to15(): string {
    return this.value.slice(0, 15);
  }
  toString(): string {
    return this.value;
  }
}
