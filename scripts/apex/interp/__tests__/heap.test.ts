/** Heap approximated (interp/heap.ts) and enforced at 6 MB sync / 12 MB async with the platform's message. */
import { ApexLimitError } from '../../lang/errors';
import type { ApexList } from '../values';
import { runtimeOf } from './harness';

const BUILDER = `public class H {
  public static Integer fill(Integer strings, Integer length) {
    String item = 'x'.repeat(length);
    List<String> kept = new List<String>();
    for (Integer i = 0; i < strings; i++) {
      kept.add(item);
    }
    return Limits.getHeapSize();
  }
  public static List<Integer> released() {
    List<String> kept = new List<String>();
    for (Integer i = 0; i < 1000; i++) {
      kept.add('y'.repeat(1000));
    }
    Integer full = Limits.getHeapSize();
    kept = null;
    return new List<Integer>{ full, Limits.getHeapSize() };
  }
  public static Integer parsedTwice(Integer items) {
    List<String> parts = new List<String>();
    for (Integer i = 0; i < items; i++) {
      parts.add('"' + 'z'.repeat(1000) + '"');
    }
    String text = '[' + String.join(parts, ',') + ']';
    parts = null;
    List<Object> keep = new List<Object>();
    keep.add(JSON.deserializeUntyped(text));
    keep.add(JSON.deserializeUntyped(text));
    return keep.size();
  }
}`;

const runtime = runtimeOf({ 'H.cls': BUILDER });

async function limitMessage(call: Promise<unknown>): Promise<string> {
  try {
    await call;
  } catch (e) {
    if (e instanceof ApexLimitError) return e.message;
    throw e;
  }
  throw new Error('no LimitException');
}

const HEAP_TOO_LARGE = /^Apex heap size too large: (\d+)$/;

test('a list of strings over 12 MB in an async transaction throws the heap LimitException', async () => {
  const tx = runtime.transaction({ async: true });
  const message = await limitMessage(tx.callStatic('H', 'fill', [2000, 10_000]));
  expect(message).toMatch(HEAP_TOO_LARGE);
  expect(Number(HEAP_TOO_LARGE.exec(message)?.[1])).toBeGreaterThan(12_000_000);
});

test('a small list passes and its size is measured (one byte per character, 8 per slot)', async () => {
  const heap = (await runtime.transaction({ async: true }).callStatic('H', 'fill', [1000, 100])) as number;
  expect(heap).toBeGreaterThanOrEqual(1000 * (100 + 8));
  expect(heap).toBeLessThan(150_000);
});

test('7 MB passes in an async transaction and fails at the 6 MB synchronous limit', async () => {
  const asyncHeap = await runtime.transaction({ async: true }).callStatic('H', 'fill', [700, 10_000]);
  expect(asyncHeap).toBeGreaterThan(7_000_000);
  expect(await limitMessage(runtime.transaction({}).callStatic('H', 'fill', [700, 10_000]))).toMatch(
    HEAP_TOO_LARGE,
  );
});

test('a value no longer reachable is no longer counted', async () => {
  const sizes = (await runtime.transaction({}).callStatic('H', 'released')) as ApexList;
  const [full, after] = sizes.items as number[];
  expect(full).toBeGreaterThan(1_000_000);
  expect(after).toBeLessThan(50_000);
});

test('JSON.deserializeUntyped is a safe point: the parse that passes the limit throws', async () => {
  expect(await runtime.transaction({}).callStatic('H', 'parsedTwice', [1000])).toBe(2);
  expect(await limitMessage(runtime.transaction({}).callStatic('H', 'parsedTwice', [2200]))).toMatch(
    HEAP_TOO_LARGE,
  );
});
