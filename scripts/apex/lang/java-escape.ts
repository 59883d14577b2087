/** The escaping functions of Apex's String class (Apache Commons StringEscapeUtils semantics). */
import { HTML4_ENTITIES, HTML4_NAMES_BY_CODE_POINT } from './html-entities';

const hex4 = (code: number): string => code.toString(16).toUpperCase().padStart(4, '0');

/** `escapeSingleQuotes`: a backslash before every `'`. */
export function escapeSingleQuotes(s: string): string {
  return s.replace(/'/g, "\\'");
}

/** `escapeHtml4`: `&`, `<`, `>`, `"` and every HTML 4.0 named character become entities. */
export function escapeHtml4(s: string): string {
  let out = '';
  for (const ch of s) {
    const name = HTML4_NAMES_BY_CODE_POINT.get(ch.codePointAt(0) ?? 0);
    out += name ? `&${name};` : ch;
  }
  return out;
}

/** `unescapeHtml4`: HTML 4.0 named entities and numeric `&#NNN;` / `&#xHH;` references; unknown ones stay. */
export function unescapeHtml4(s: string): string {
  return s.replace(/&(#[xX][0-9a-fA-F]+|#[0-9]+|[a-zA-Z][a-zA-Z0-9]*);/g, (whole, body: string) => {
    if (body.startsWith('#')) {
      const code =
        body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    const cp = HTML4_ENTITIES.get(body);
    return cp === undefined ? whole : String.fromCodePoint(cp);
  });
}

/** `escapeXml`: only the five XML entities; characters above 0x7F are kept. */
export function escapeXml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => XML_ENTITIES[c]);
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

export function unescapeXml(s: string): string {
  return s.replace(/&(amp|lt|gt|quot|apos|#[xX][0-9a-fA-F]+|#[0-9]+);/g, (whole, body: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (body in named) return named[body];
    const code =
      body[1] === 'x' || body[1] === 'X' ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
    return code <= 0x10ffff ? String.fromCodePoint(code) : whole;
  });
}

/** `escapeJava`: `"` and `\`, control characters as `\b \t \n \f \r` or `\u00XX`, non-ASCII as `\uXXXX`. */
export function escapeJava(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    const ch = s[i];
    if (ch === '"' || ch === '\\') out += '\\' + ch;
    else if (c > 0x7f) out += '\\u' + hex4(c);
    else if (c < 0x20) out += JAVA_CONTROL[ch] ?? '\\u' + hex4(c);
    else out += ch;
  }
  return out;
}

const JAVA_CONTROL: Record<string, string> = {
  '\b': '\\b',
  '\t': '\\t',
  '\n': '\\n',
  '\f': '\\f',
  '\r': '\\r',
};

/** `unescapeJava`: reverses {@link escapeJava} (also `\'`, octal escapes and `\uXXXX` with repeated `u`). */
export function unescapeJava(s: string): string {
  return s.replace(/\\(u+[0-9a-fA-F]{4}|[0-3]?[0-7]{1,2}|[btnfr"'\\])/g, (_whole, body: string) => {
    if (body[0] === 'u') return String.fromCharCode(parseInt(body.replace(/^u+/, ''), 16));
    if (/^[0-7]/.test(body)) return String.fromCharCode(parseInt(body, 8));
    return { b: '\b', t: '\t', n: '\n', f: '\f', r: '\r' }[body] ?? body;
  });
}

/** `escapeCsv`: wrap in double quotes (doubling inner quotes) when the value has `,` `"` CR or LF. */
export function escapeCsv(s: string): string {
  return /[,"\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function unescapeCsv(s: string): string {
  if (s.length < 2 || s[0] !== '"' || s[s.length - 1] !== '"') return s;
  const inner = s.slice(1, -1);
  return /[,"\r\n]/.test(inner) ? inner.replace(/""/g, '"') : s;
}

/** `escapeUnicode`: every UTF-16 unit above 0x7F as `\uXXXX`. */
export function escapeUnicode(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    out += c > 0x7f ? '\\u' + hex4(c) : s[i];
  }
  return out;
}

export function unescapeUnicode(s: string): string {
  return s.replace(/\\u+([0-9a-fA-F]{4})/g, (_w, h: string) => String.fromCharCode(parseInt(h, 16)));
}
