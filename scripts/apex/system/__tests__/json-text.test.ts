import { ApexError } from '../../lang/errors';
import { parseJson, quoteJson, writeJson, type JsonNode } from '../json-text';

function jsonError(text: string): string {
  try {
    parseJson(text);
  } catch (e) {
    expect(e).toBeInstanceOf(ApexError);
    expect((e as ApexError).apexType).toBe('System.JSONException');
    return (e as ApexError).message;
  }
  throw new Error(`parsed: ${text}`);
}

describe('parseJson', () => {
  it('keeps number text exactly (scale, big integers, exponents)', () => {
    const node = parseJson('[1.10, 12345678901234567890, -0.5e-3, 0]');
    expect(node).toEqual({
      kind: 'array',
      items: [
        { kind: 'number', text: '1.10' },
        { kind: 'number', text: '12345678901234567890' },
        { kind: 'number', text: '-0.5e-3' },
        { kind: 'number', text: '0' },
      ],
    });
  });

  it('reads objects in key order, strings with escapes, literals', () => {
    const node = parseJson(' {"b": "x\\"y\\u00e9\\n", "a": [true, false, null], "c": {}} ');
    expect(node).toEqual({
      kind: 'object',
      entries: [
        ['b', { kind: 'string', value: 'x"yé\n' }],
        [
          'a',
          {
            kind: 'array',
            items: [{ kind: 'boolean', value: true }, { kind: 'boolean', value: false }, { kind: 'null' }],
          },
        ],
        ['c', { kind: 'object', entries: [] }],
      ],
    });
  });

  it('reports malformed input like Apex (Jackson) does', () => {
    expect(jsonError('<html>')).toBe(
      "Unexpected character ('<' (code 60)): expected a valid value (number, String, array, object, 'true', 'false' or 'null') at [line:1, column:2]",
    );
    expect(jsonError('{"a":1,}')).toBe(
      "Unexpected character ('}' (code 125)): was expecting double-quote to start field name at [line:1, column:9]",
    );
    expect(jsonError('{"a" 1}')).toMatch(/^Unexpected character \('1' \(code 49\)\): was expecting a colon/);
    expect(jsonError('[1 2]')).toMatch(
      /was expecting comma to separate ARRAY entries at \[line:1, column:5\]$/,
    );
    expect(jsonError('{"a":\n x}')).toMatch(/at \[line:2, column:3\]$/);
    expect(jsonError('{"a":1')).toMatch(/^Unexpected end-of-input: expected close marker for OBJECT/);
    expect(jsonError('"abc')).toMatch(/^Unexpected end-of-input/);
    expect(jsonError('')).toBe('No content to map to Object due to end of input');
    expect(jsonError('   ')).toBe('No content to map to Object due to end of input');
  });

  it('ignores text after the first value, as Jackson does', () => {
    expect(parseJson('{} trailing')).toEqual({ kind: 'object', entries: [] });
  });
});

describe('writeJson', () => {
  const tree: JsonNode = {
    kind: 'object',
    entries: [
      ['name', { kind: 'string', value: 'A "quoted"\ttab' }],
      [
        'list',
        {
          kind: 'array',
          items: [
            { kind: 'number', text: '1' },
            { kind: 'number', text: '2.50' },
          ],
        },
      ],
      ['empty', { kind: 'array', items: [] }],
      ['child', { kind: 'object', entries: [['ok', { kind: 'boolean', value: true }]] }],
      ['none', { kind: 'null' }],
    ],
  };

  it('writes compact JSON with Jackson escaping', () => {
    expect(writeJson(tree)).toBe(
      '{"name":"A \\"quoted\\"\\ttab","list":[1,2.50],"empty":[],"child":{"ok":true},"none":null}',
    );
    expect(quoteJson('\u0001/é')).toBe('"\\u0001/é"');
  });

  it('pretty-prints with Jackson default printer', () => {
    expect(writeJson(tree, true)).toBe(
      [
        '{',
        '  "name" : "A \\"quoted\\"\\ttab",',
        '  "list" : [ 1, 2.50 ],',
        '  "empty" : [ ],',
        '  "child" : {',
        '    "ok" : true',
        '  },',
        '  "none" : null',
        '}',
      ].join('\n'),
    );
    expect(writeJson({ kind: 'object', entries: [] }, true)).toBe('{ }');
  });
});
