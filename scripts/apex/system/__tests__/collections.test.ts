import { Decimal } from '../../lang/decimal';
import { ApexId } from '../../lang/id';
import {
  ApexEnumValue,
  ApexList,
  ApexMap,
  ApexObject,
  ApexSObject,
  ApexSet,
  type ApexValue,
} from '../../interp/values';
import { ListClass, ListIterator } from '../list';
import { MapClass } from '../map';
import { SetClass } from '../set';
import { apexErrorAsync } from '../../lang/__tests__/apex-error';
import { call, construct, fakeCtx, fakeObject, type FakeClass } from './fake-ctx';

const STR = { name: 'String' };
const list = (...items: ApexValue[]) => new ApexList(STR, items);
const ID1 = '001000000000001AAA';
const ID2 = '001000000000002AAA';

function set(...items: ApexValue[]): ApexSet {
  const s = new ApexSet(STR);
  items.forEach((x) => s.add(x));
  return s;
}

describe('List', () => {
  it('adds at the end and at an index; index errors name the index', async () => {
    const l = list('a');
    await call(ListClass, 'add', l, ['c']);
    await call(ListClass, 'add', l, [1, 'b']);
    expect(l.items).toEqual(['a', 'b', 'c']);
    await call(ListClass, 'add', l, [3, 'd']);
    expect(l.items).toEqual(['a', 'b', 'c', 'd']);
    const e = await apexErrorAsync(() => call(ListClass, 'add', l, [9, 'x']));
    expect([e.apexType, e.message]).toEqual(['System.ListException', 'List index out of bounds: 9']);
    const g = await apexErrorAsync(() => call(ListClass, 'get', l, [4]));
    expect(g.message).toBe('List index out of bounds: 4');
  });

  it('remove(index) returns the element; set replaces', async () => {
    const l = list('a', 'b', 'c');
    expect(await call(ListClass, 'remove', l, [1])).toBe('b');
    await call(ListClass, 'set', l, [0, 'z']);
    expect(l.items).toEqual(['z', 'c']);
    expect((await apexErrorAsync(() => call(ListClass, 'remove', l, [-1]))).message).toBe(
      'List index out of bounds: -1',
    );
  });

  it('contains and indexOf are case-sensitive', async () => {
    const l = list('Apple', 'b');
    expect(await call(ListClass, 'contains', l, ['apple'])).toBe(false);
    expect(await call(ListClass, 'contains', l, ['Apple'])).toBe(true);
    expect(await call(ListClass, 'indexof', l, ['B'])).toBe(-1);
    expect(await call(ListClass, 'indexof', l, ['b'])).toBe(1);
  });

  it('clone is shallow and independent in its slots', async () => {
    const inner = list('x');
    const l = new ApexList({ name: 'List' }, [inner]);
    const c = (await call(ListClass, 'clone', l, [])) as ApexList;
    c.items.push(null);
    expect(l.items).toHaveLength(1);
    expect(c.items[0]).toBe(inner);
  });

  it('coerces added elements to the element type (List<Decimal>.add(5))', async () => {
    const l = new ApexList({ name: 'Decimal' }, []);
    await call(ListClass, 'add', l, [5]);
    expect(l.items[0]).toBeInstanceOf(Decimal);
  });

  it('constructs from a List or a Set and adds all of another', async () => {
    const fromSet = (await construct(ListClass, [set('a', 'b')], [STR])) as ApexList;
    expect(fromSet.items).toEqual(['a', 'b']);
    expect(fromSet.elementType).toEqual(STR);
    await call(ListClass, 'addall', fromSet, [list('c')]);
    expect(fromSet.items).toEqual(['a', 'b', 'c']);
    expect(() => call(ListClass, 'addall', fromSet, [null])).toThrow('Attempt to de-reference a null object');
  });

  it('sorts Strings case-sensitively by UTF-16 code unit, nulls first', async () => {
    const l = list('b', 'a', null, 'B', 'A', '_');
    await call(ListClass, 'sort', l, []);
    expect(l.items).toEqual([null, 'A', 'B', '_', 'a', 'b']);
  });

  it('sorts numbers of mixed kinds by value and Ids by value', async () => {
    const n = new ApexList({ name: 'Decimal' }, [
      Decimal.valueOf('2.5'),
      Decimal.valueOf('-1'),
      Decimal.valueOf('2.10'),
    ]);
    await call(ListClass, 'sort', n, []);
    expect(n.items.map(String)).toEqual(['-1', '2.10', '2.5']);
    const ids = new ApexList({ name: 'Id' }, [ApexId.of(ID2), ApexId.of(ID1)]);
    await call(ListClass, 'sort', ids, []);
    expect(ids.items.map(String)).toEqual([ID1, ID2]);
  });

  it('sorts Comparable objects through compareTo, stably', async () => {
    const cls: FakeClass = {
      name: 'Param',
      comparable: true,
      compareTo: (a, b) => (a.fields.get('k') as number) - ((b as ApexObject).fields.get('k') as number),
    };
    const objs = [3, 1, 2, 1].map((k, i) => fakeObject(cls, { k, tag: i }));
    const l = new ApexList({ name: 'Param' }, objs);
    const ctx = fakeCtx();
    await call(ListClass, 'sort', l, [], ctx);
    expect(l.items.map((o) => (o as ApexObject).fields.get('tag'))).toEqual([1, 3, 2, 0]);
    expect(ctx.calls.every((c) => c === 'compareTo')).toBe(true);
  });

  it('refuses to sort objects that are not Comparable', async () => {
    const cls: FakeClass = { name: 'Plain', comparable: false };
    const l = new ApexList({ name: 'Plain' }, [fakeObject(cls, {}), fakeObject(cls, {})]);
    const e = await apexErrorAsync(() => call(ListClass, 'sort', l, []));
    expect(e.message).toBe('One or more of the items in this list is not Comparable');
  });

  it('sorts with a Comparator (compare(a, b))', async () => {
    const byLength = fakeObject(
      { name: 'ByLength', comparable: false },
      {
        fn: ((a: string, b: string) => a.length - b.length) as unknown as ApexValue,
      },
    );
    const l = list('ccc', 'a', 'bb', 'd');
    await call(ListClass, 'sort', l, [byLength]);
    expect(l.items).toEqual(['a', 'd', 'bb', 'ccc']);
  });

  it('iterates with iterator() and fails past the end', async () => {
    const it = await call(ListClass, 'iterator', list('a'), []);
    expect(await call(ListIterator, 'hasnext', (it as { payload: unknown }).payload, [])).toBe(true);
    expect(await call(ListIterator, 'next', (it as { payload: unknown }).payload, [])).toBe('a');
    const e = await apexErrorAsync(() =>
      call(ListIterator, 'next', (it as { payload: unknown }).payload, []),
    );
    expect(e.apexType).toBe('System.NoSuchElementException');
  });

  it('equals is deep and case-sensitive; hashCode follows Java', async () => {
    expect(await call(ListClass, 'equals', list('a', 'b'), [list('a', 'b')])).toBe(true);
    expect(await call(ListClass, 'equals', list('a'), [list('A')])).toBe(false);
    // Java: Arrays.asList("a", "b").hashCode() == 4066
    expect(await call(ListClass, 'hashcode', list('a', 'b'), [])).toBe(4066);
  });
});

describe('Set', () => {
  it('is case-sensitive and reports whether add/remove changed it', async () => {
    const s = set('a');
    expect(await call(SetClass, 'contains', s, ['A'])).toBe(false);
    expect(await call(SetClass, 'add', s, ['A'])).toBe(true);
    expect(await call(SetClass, 'add', s, ['a'])).toBe(false);
    expect(await call(SetClass, 'remove', s, ['b'])).toBe(false);
    expect(s.size).toBe(2);
  });

  it('retainAll, removeAll, containsAll, addAll', async () => {
    const s = set('a', 'b', 'c');
    expect(await call(SetClass, 'retainall', s, [list('a', 'c', 'z')])).toBe(true);
    expect([...s.values()]).toEqual(['a', 'c']);
    expect(await call(SetClass, 'containsall', s, [set('a', 'c')])).toBe(true);
    expect(await call(SetClass, 'containsall', s, [list('a', 'b')])).toBe(false);
    expect(await call(SetClass, 'removeall', s, [list('a')])).toBe(true);
    expect(await call(SetClass, 'removeall', s, [list('a')])).toBe(false);
    expect(await call(SetClass, 'addall', s, [list('c', 'd')])).toBe(true);
    expect([...s.values()]).toEqual(['c', 'd']);
  });

  it('Set<Id>.contains converts a String argument to an Id', async () => {
    const s = new ApexSet({ name: 'Id' });
    s.add(ApexId.of(ID1));
    expect(await call(SetClass, 'contains', s, [ID1.slice(0, 15)])).toBe(true);
  });

  it('keeps 1.1 and 1.10 apart (scale-sensitive keys)', async () => {
    const s = (await construct(SetClass, [], [{ name: 'Decimal' }])) as ApexSet;
    await call(SetClass, 'add', s, [Decimal.valueOf('1.1')]);
    await call(SetClass, 'add', s, [Decimal.valueOf('1.10')]);
    expect(s.size).toBe(2);
  });

  it('clone is a new set', async () => {
    const s = set('a');
    const c = (await call(SetClass, 'clone', s, [])) as ApexSet;
    c.add('b');
    expect(s.size).toBe(1);
  });
});

describe('Map', () => {
  function map(...pairs: [ApexValue, ApexValue][]): ApexMap {
    const m = new ApexMap(STR, { name: 'Integer' });
    pairs.forEach(([k, v]) => m.set(k, v));
    return m;
  }

  it('String keys are case-sensitive; put returns the previous value; remove returns the value', async () => {
    const m = map(['a', 1]);
    expect(await call(MapClass, 'get', m, ['A'])).toBeNull();
    expect(await call(MapClass, 'containskey', m, ['a'])).toBe(true);
    expect(await call(MapClass, 'put', m, ['a', 2])).toBe(1);
    expect(await call(MapClass, 'put', m, ['b', 3])).toBeNull();
    expect(await call(MapClass, 'remove', m, ['a'])).toBe(2);
    expect(await call(MapClass, 'remove', m, ['zz'])).toBeNull();
    expect(m.keys()).toEqual(['b']);
  });

  it('values() is a new List in insertion order; putAll copies', async () => {
    const m = map(['x', 1], ['y', 2]);
    const values = (await call(MapClass, 'values', m, [])) as ApexList;
    expect(values.items).toEqual([1, 2]);
    values.items.push(3);
    expect(m.size).toBe(2);
    const other = map();
    await call(MapClass, 'putall', other, [m]);
    expect(other.entries()).toEqual([
      ['x', 1],
      ['y', 2],
    ]);
  });

  it('keySet() is backed by the map: remove writes through, add is refused', async () => {
    const m = map(['x', 1], ['y', 2]);
    const keys = (await call(MapClass, 'keyset', m, [])) as ApexSet;
    expect([...keys.values()]).toEqual(['x', 'y']);
    expect(await call(SetClass, 'remove', keys, ['x'])).toBe(true);
    expect(m.has('x')).toBe(false);
    const e = await apexErrorAsync(() => call(SetClass, 'add', keys, ['z']));
    expect([e.apexType, e.message]).toEqual(['System.FinalException', 'Collection is read-only']);
    m.set('w', 3);
    expect(await call(SetClass, 'contains', keys, ['w'])).toBe(true);
    const copy = (await construct(ListClass, [keys], [STR])) as ApexList;
    expect(copy.items).toEqual(['y', 'w']);
  });

  it('new Map<Id, SObject>(records) keys by Id; null or duplicate Ids fail', async () => {
    const a = new ApexSObject('Account');
    a.write('Id', ApexId.of(ID1));
    const b = new ApexSObject('Account');
    b.write('Id', ApexId.of(ID2));
    const recs = new ApexList({ name: 'Account' }, [a, b]);
    const m = (await construct(MapClass, [recs], [{ name: 'Id' }, { name: 'Account' }])) as ApexMap;
    expect(await call(MapClass, 'get', m, [ID2])).toBe(b);
    const noId = new ApexList({ name: 'Account' }, [a, new ApexSObject('Account')]);
    const e1 = await apexErrorAsync(() => construct(MapClass, [noId], [{ name: 'Id' }, { name: 'Account' }]));
    expect(e1.message).toBe('Row with null Id at index: 1');
    const dup = new ApexList({ name: 'Account' }, [a, a]);
    const e2 = await apexErrorAsync(() => construct(MapClass, [dup], [{ name: 'Id' }, { name: 'Account' }]));
    expect(e2.message).toBe('Row with duplicate Id at index: 1');
  });

  it('equals compares entries with case-sensitive keys', async () => {
    expect(await call(MapClass, 'equals', map(['a', 1]), [map(['a', 1])])).toBe(true);
    expect(await call(MapClass, 'equals', map(['a', 1]), [map(['A', 1])])).toBe(false);
  });
});

describe('List of enums and of sObjects', () => {
  it('sorts enum constants by ordinal', async () => {
    const [low, mid, high] = ['LOW', 'MID', 'HIGH'].map((n, i) => new ApexEnumValue('Level', n, i));
    const l = new ApexList({ name: 'Level' }, [high, low, mid]);
    await call(ListClass, 'sort', l, []);
    expect(l.items).toEqual([low, mid, high]);
  });

  it('getSObjectType is the element type token; null for List<SObject>', async () => {
    const account = { name: 'Account', keyPrefix: '001' };
    const schema = { object: (n: string) => (n.toLowerCase() === 'account' ? account : undefined) };
    const ctx = fakeCtx({ services: { schema } });
    const token = (await call(
      ListClass,
      'getsobjecttype',
      new ApexList({ name: 'Account' }, []),
      [],
      ctx,
    )) as {
      payload: unknown;
    };
    expect(token.payload).toEqual({ object: 'Account' });
    expect(
      await call(ListClass, 'getsobjecttype', new ApexList({ name: 'SObject' }, []), [], ctx),
    ).toBeNull();
  });
});

describe('Map.getSObjectType', () => {
  it('is the value type token', async () => {
    const account = { name: 'Account', keyPrefix: '001' };
    const ctx = fakeCtx({
      services: { schema: { object: (n: string) => (n === 'Account' ? account : undefined) } },
    });
    const m = new ApexMap({ name: 'Id' }, { name: 'Account' });
    const token = (await call(MapClass, 'getsobjecttype', m, [], ctx)) as { payload: unknown };
    expect(token.payload).toEqual({ object: 'Account' });
  });
});
