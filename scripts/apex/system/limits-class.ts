/** `System.Limits`: the transaction's counters and maxima (enforced by `interp/limits.ts`). */
import type { Ctx, NativeClass, NativeFn } from '../interp/native';
import type { LimitName } from '../interp/limits';
import type { Transaction } from '../interp/transaction';

const limits = (ctx: Ctx) => (ctx.tx as Transaction).limits;

const PAIRS: [string, LimitName][] = [
  ['Queries', 'queries'],
  ['QueryRows', 'queryRows'],
  ['SoslQueries', 'soslQueries'],
  ['DmlStatements', 'dmlStatements'],
  ['DmlRows', 'dmlRows'],
  ['Callouts', 'callouts'],
  ['QueueableJobs', 'queueableJobs'],
  ['FutureCalls', 'futureCalls'],
  ['EmailInvocations', 'emailInvocations'],
  ['CpuTime', 'cpuTimeMs'],
  ['HeapSize', 'heapSize'],
  ['PublishImmediateDML', 'publishImmediateDml'],
];

const statics: Record<string, NativeFn<null>> = {};
for (const [apexName, name] of PAIRS) {
  statics[`get${apexName.toLowerCase()}`] = (ctx) => limits(ctx).used(name);
  statics[`getlimit${apexName.toLowerCase()}`] = (ctx) => limits(ctx).limit(name);
}
// A safe point: the heap is measured when asked (interp/heap.ts).
statics.getheapsize = (ctx) => (ctx.checkHeap ? ctx.checkHeap() : limits(ctx).used('heapSize'));

export const LIMITS_CLASS: NativeClass = { name: 'Limits', namespace: 'System', statics };
