/**
 * The URL encodings behind EncodingUtil, with Java's rules: `urlEncode` is
 * `java.net.URLEncoder` form encoding (space → `+`; `*` `-` `.` `_` kept; `~` → `%7E`),
 * `urlDecode` is `URLDecoder` (`+` → space). Base64 and hex live on ApexBlob (`lang/blob.ts`).
 */
import { NotSupportedError } from '../lang/errors';

const FORM_SAFE = /[A-Za-z0-9.\-*_]/;

/** Only UTF-8 is modelled; Apex code names it in any case. */
export function checkCharset(name: string): void {
  if (name.toUpperCase() !== 'UTF-8') throw new NotSupportedError(`character encoding ${name}`);
}

export function urlEncode(text: string): string {
  let out = '';
  for (const ch of text) {
    if (ch === ' ') out += '+';
    else if (FORM_SAFE.test(ch)) out += ch;
    else for (const b of Buffer.from(ch, 'utf8')) out += '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

export function urlDecode(text: string): string {
  const bytes: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text.charAt(i);
    if (ch === '+') bytes.push(0x20);
    else if (ch === '%') {
      const hex = text.slice(i + 1, i + 3);
      if (!/^[0-9a-fA-F]{2}$/.test(hex)) {
        throw new NotSupportedError(`EncodingUtil.urlDecode of a malformed escape: ${text.slice(i, i + 3)}`);
      }
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else bytes.push(...Buffer.from(ch, 'utf8'));
  }
  return Buffer.from(bytes).toString('utf8');
}
