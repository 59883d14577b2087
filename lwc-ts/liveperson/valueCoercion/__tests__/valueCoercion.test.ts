import { coerceValue, toEpochMs, roundHalfUp, FieldSpec } from 'c/valueCoercion';
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
