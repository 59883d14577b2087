import { coerceValue, isTooLong, toEpochMs, roundHalfUp, FieldSpec } from 'c/valueCoercion';
import vectors from '../../../../config/vectors/value-coercion.json';

type Case = { name: string; value: unknown; field: FieldSpec; expected: unknown };
const cases = vectors.cases as unknown as Case[];

describe('value-coercion contract vectors', () => {
  it('covers every field type', () => {
    const types = new Set(cases.map((c) => c.field.type));
    for (const t of [
      'DATETIME',
      'DATE',
      'DOUBLE',
      'CURRENCY',
      'INTEGER',
      'STRING',
      'EMAIL',
      'BOOLEAN',
      'PICKLIST',
    ]) {
      expect(types.has(t as FieldSpec['type'])).toBe(true);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))('coerces: %s', (_name, c) => {
    expect(coerceValue(c.value, c.field)).toEqual(c.expected);
  });
});

describe('valueCoercion helpers', () => {
  it('reads epoch ms', () => {
    expect(toEpochMs(1714654867120)).toBe(1714654867120);
    expect(toEpochMs(-1)).toBeNull();
    expect(toEpochMs('2024-05-02 13:01:07.120+0000')).toBe(1714654867120);
  });

  it('rounds half away from zero', () => {
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(-0.5, 0)).toBe(-1);
    expect(roundHalfUp(-0.4, 0)).toBe(0);
  });

  it('returns null for an unknown type', () => {
    expect(coerceValue('x', { type: 'BLOB' as FieldSpec['type'] })).toBeNull();
  });
});

describe('isTooLong', () => {
  it('tells a text longer than its field from one that fits or does not fit the type at all', () => {
    const email = `dana@mail.${'x'.repeat(80)}.example.net`; // cut to 80 it still looks like an address
    expect(isTooLong(email, { type: 'EMAIL' })).toBe(true);
    expect(coerceValue(email, { type: 'EMAIL' })).toHaveLength(80); // what the coercion alone would store
    expect(isTooLong('a@b.co', { type: 'EMAIL' })).toBe(false);
    expect(isTooLong(`not an address ${'x'.repeat(90)}`, { type: 'EMAIL' })).toBe(false);
    expect(isTooLong('x'.repeat(256), { type: 'STRING' })).toBe(true);
    expect(isTooLong('x'.repeat(255), { type: 'STRING' })).toBe(false);
    expect(isTooLong(['abc', 'def'], { type: 'STRING', length: 7 })).toBe(true);
    expect(
      isTooLong('Gold', { type: 'PICKLIST', restricted: true, picklistValues: [{ value: 'Gold' }] }),
    ).toBe(false);
    expect(isTooLong('x'.repeat(300), { type: 'PICKLIST' })).toBe(true);
    expect(isTooLong(12345678901234, { type: 'DOUBLE' })).toBe(false);
    expect(isTooLong('   ', { type: 'STRING', length: 1 })).toBe(false);
  });
});
