/** Restoring saved records: their Ids' counters, and new Ids counting on past them. */
import { formatId, idCounter, MemoryRecordStore } from '../memory-store';
import { loadSchema } from '../schema';

test('idCounter reads back the counter of formatId', () => {
  for (const n of [1, 61, 62, 3843, 1_000_000]) expect(idCounter(formatId('a00', n))).toBe(n);
});

test('after advanceIdCounter, new Ids never collide with restored ones', () => {
  const store = new MemoryRecordStore(loadSchema());
  const restored = formatId('001', 500);
  store.advanceIdCounter(idCounter(restored));
  expect(idCounter(store.newId('Account'))).toBe(501);
  store.advanceIdCounter(10);
  expect(idCounter(store.newId('Account'))).toBe(502);
});
