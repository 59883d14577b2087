import { parseScreen, screenValue, type DefaultScreen } from 'c/defaultScreen';
import vectors from '../../../../config/vectors/default-screens.json';

type Case = { value: string | null } & DefaultScreen;
const cases = vectors.cases as Case[];

describe('default-screens contract vectors', () => {
  it('has People Search, Search and New cases', () => {
    expect(new Set(cases.map((c) => c.kind))).toEqual(new Set(['PeopleSearch', 'Search', 'New']));
  });

  it.each(cases.map((c) => [String(c.value), c] as const))('reads %s', (_name, c) => {
    expect(parseScreen(c.value)).toEqual({ kind: c.kind, objectApiName: c.objectApiName });
  });

  it('writes a Search or New screen as <Kind>:<Object> and People Search as PeopleSearch', () => {
    for (const c of cases.filter((x) => x.kind !== 'PeopleSearch')) expect(screenValue(c)).toBe(c.value);
    expect(screenValue({ kind: 'PeopleSearch', objectApiName: '' })).toBe('PeopleSearch');
  });
});
