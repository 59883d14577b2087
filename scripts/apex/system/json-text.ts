/**
 * JSON text ⇄ a neutral tree, the way Apex's JSON class reads and writes it (Jackson underneath):
 * numbers keep their source text (so `1.10` stays a Decimal of scale 2 and big integers stay exact),
 * errors read `Unexpected character ('x' (code 120)): … at [line:1, column:2]`, and pretty output uses
 * Jackson's default printer (`"key" : value`, arrays inline as `[ 1, 2 ]`).
 */
import { ApexError } from '../lang/errors';

export type JsonNode =
  | { kind: 'object'; entries: [string, JsonNode][] }
  | { kind: 'array'; items: JsonNode[] }
  | { kind: 'string'; value: string }
  | { kind: 'number'; text: string }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'null' };

const jsonError = (message: string): ApexError => new ApexError('System.JSONException', message);

const VALUE_EXPECTED = "expected a valid value (number, String, array, object, 'true', 'false' or 'null')";

class Reader {
  private pos = 0;
  constructor(private readonly text: string) {}

  private where(at = this.pos): string {
    let line = 1;
    let column = 1;
    for (let i = 0; i < at && i < this.text.length; i++) {
      if (this.text.charAt(i) === '\n') {
        line++;
        column = 1;
      } else column++;
    }
    return `at [line:${line}, column:${column}]`;
  }

  private unexpected(what: string): ApexError {
    const ch = this.text.charAt(this.pos);
    return jsonError(
      `Unexpected character ('${ch}' (code ${ch.charCodeAt(0)})): ${what} ${this.where(this.pos + 1)}`,
    );
  }

  private endOfInput(context: string): ApexError {
    return jsonError(`Unexpected end-of-input: ${context} ${this.where()}`);
  }

  skipSpace(): void {
    while (this.pos < this.text.length && ' \t\r\n'.includes(this.text.charAt(this.pos))) this.pos++;
  }

  atEnd(): boolean {
    this.skipSpace();
    return this.pos >= this.text.length;
  }

  value(): JsonNode {
    this.skipSpace();
    if (this.pos >= this.text.length) throw this.endOfInput('expected a value');
    const ch = this.text.charAt(this.pos);
    if (ch === '{') return this.object();
    if (ch === '[') return this.array();
    if (ch === '"') return { kind: 'string', value: this.string() };
    if (ch === '-' || (ch >= '0' && ch <= '9')) return { kind: 'number', text: this.number() };
    for (const [word, node] of [
      ['true', { kind: 'boolean', value: true }],
      ['false', { kind: 'boolean', value: false }],
      ['null', { kind: 'null' }],
    ] as [string, JsonNode][]) {
      if (this.text.startsWith(word, this.pos)) {
        this.pos += word.length;
        return node;
      }
    }
    throw this.unexpected(VALUE_EXPECTED);
  }

  /** Steps past the open marker; true, and past `close` as well, when the container is empty. */
  private empty(close: '}' | ']'): boolean {
    this.pos++;
    this.skipSpace();
    if (this.text.charAt(this.pos) !== close) return false;
    this.pos++;
    return true;
  }

  /** After an entry: true past `close`, false past a comma, else Jackson's error for `kind`. */
  private closed(close: '}' | ']', kind: 'OBJECT' | 'ARRAY'): boolean {
    this.skipSpace();
    if (this.pos >= this.text.length) throw this.endOfInput(`expected close marker for ${kind}`);
    const sep = this.text.charAt(this.pos);
    this.pos++;
    if (sep === close) return true;
    if (sep !== ',') {
      this.pos--;
      throw this.unexpected(`was expecting comma to separate ${kind} entries`);
    }
    return false;
  }

  private object(): JsonNode {
    const entries: [string, JsonNode][] = [];
    if (this.empty('}')) return { kind: 'object', entries };
    for (;;) {
      this.skipSpace();
      if (this.pos >= this.text.length) throw this.endOfInput('expected close marker for OBJECT');
      if (this.text.charAt(this.pos) !== '"') {
        throw this.unexpected('was expecting double-quote to start field name');
      }
      const key = this.string();
      this.skipSpace();
      if (this.pos >= this.text.length) throw this.endOfInput('expected close marker for OBJECT');
      if (this.text.charAt(this.pos) !== ':') {
        throw this.unexpected('was expecting a colon to separate field name and value');
      }
      this.pos++;
      entries.push([key, this.value()]);
      if (this.closed('}', 'OBJECT')) return { kind: 'object', entries };
    }
  }

  private array(): JsonNode {
    const items: JsonNode[] = [];
    if (this.empty(']')) return { kind: 'array', items };
    for (;;) {
      if (this.atEnd()) throw this.endOfInput('expected close marker for ARRAY');
      items.push(this.value());
      if (this.closed(']', 'ARRAY')) return { kind: 'array', items };
    }
  }

  private string(): string {
    this.pos++;
    let out = '';
    for (;;) {
      if (this.pos >= this.text.length)
        throw this.endOfInput('was expecting closing quote for a string value');
      const ch = this.text.charAt(this.pos++);
      if (ch === '"') return out;
      if (ch === '\\') {
        if (this.pos >= this.text.length)
          throw this.endOfInput('was expecting closing quote for a string value');
        const esc = this.text.charAt(this.pos++);
        const simple: Record<string, string> = {
          '"': '"',
          '\\': '\\',
          '/': '/',
          b: '\b',
          f: '\f',
          n: '\n',
          r: '\r',
          t: '\t',
        };
        if (esc in simple) out += simple[esc];
        else if (esc === 'u') {
          const hex = this.text.slice(this.pos, this.pos + 4);
          if (!/^[0-9a-fA-F]{4}$/.test(hex)) {
            throw jsonError(`Unexpected character in Unicode escape: ${hex} ${this.where()}`);
          }
          out += String.fromCharCode(parseInt(hex, 16));
          this.pos += 4;
        } else {
          this.pos--;
          throw this.unexpected('Unrecognized character escape');
        }
      } else if (ch < ' ') {
        this.pos--;
        throw this.unexpected(
          'Illegal unquoted character: has to be escaped using backslash to be included in string value',
        );
      } else out += ch;
    }
  }

  private number(): string {
    const m = /^-?(0|[1-9][0-9]*)(\.[0-9]+)?([eE][+-]?[0-9]+)?/.exec(this.text.slice(this.pos));
    if (!m) {
      this.pos++;
      throw this.unexpected('expected digit (0-9) to follow minus sign, for valid numeric value');
    }
    this.pos += m[0].length;
    return m[0];
  }
}

/**
 * Parses JSON text. Empty input → `No content to map to Object due to end of input`. Text after the
 * first value is ignored, as Jackson's ObjectMapper does by default.
 */
export function parseJson(text: string): JsonNode {
  const r = new Reader(text);
  if (r.atEnd()) throw jsonError('No content to map to Object due to end of input');
  return r.value();
}

/** Jackson's string escaping: `"` `\\` and control characters; everything else as is. */
export function quoteJson(s: string): string {
  let out = '"';
  for (const ch of s) {
    const code = ch.charCodeAt(0);
    if (ch === '"') out += '\\"';
    else if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (ch === '\b') out += '\\b';
    else if (ch === '\f') out += '\\f';
    else if (code < 0x20) out += '\\u' + code.toString(16).toUpperCase().padStart(4, '0');
    else out += ch;
  }
  return out + '"';
}

/** Writes a tree: compact (`JSON.serialize`) or with Jackson's default pretty printer (`serializePretty`). */
export function writeJson(node: JsonNode, pretty = false): string {
  return pretty ? writePretty(node, 0) : writeCompact(node);
}

function writeCompact(node: JsonNode): string {
  switch (node.kind) {
    case 'object':
      return '{' + node.entries.map(([k, v]) => quoteJson(k) + ':' + writeCompact(v)).join(',') + '}';
    case 'array':
      return '[' + node.items.map(writeCompact).join(',') + ']';
    default:
      return scalar(node);
  }
}

function writePretty(node: JsonNode, depth: number): string {
  switch (node.kind) {
    case 'object': {
      if (node.entries.length === 0) return '{ }';
      const inner = '\n' + '  '.repeat(depth + 1);
      const parts = node.entries.map(([k, v]) => inner + quoteJson(k) + ' : ' + writePretty(v, depth + 1));
      return '{' + parts.join(',') + '\n' + '  '.repeat(depth) + '}';
    }
    case 'array':
      if (node.items.length === 0) return '[ ]';
      return '[ ' + node.items.map((v) => writePretty(v, depth)).join(', ') + ' ]';
    default:
      return scalar(node);
  }
}

function scalar(node: Exclude<JsonNode, { kind: 'object' | 'array' }>): string {
  switch (node.kind) {
    case 'string':
      return quoteJson(node.value);
    case 'number':
      return node.text;
    case 'boolean':
      return node.value ? 'true' : 'false';
    case 'null':
      return 'null';
  }
}
