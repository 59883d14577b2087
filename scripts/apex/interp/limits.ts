/**
 * Governor limits of one transaction (apex-semantics §8.1), enforced at the real values: the
 * operation that goes past a limit throws `System.LimitException` (uncatchable).
 */
import { ApexLimitError } from '../lang/errors';

export type LimitName =
  | 'queries'
  | 'queryRows'
  | 'soslQueries'
  | 'dmlStatements'
  | 'dmlRows'
  | 'callouts'
  | 'calloutTimeMs'
  | 'queueableJobs'
  | 'futureCalls'
  | 'emailInvocations'
  | 'cpuTimeMs'
  | 'heapSize'
  | 'publishImmediateDml';

const SYNC: Record<LimitName, number> = {
  queries: 100,
  queryRows: 50_000,
  soslQueries: 20,
  dmlStatements: 150,
  dmlRows: 10_000,
  callouts: 100,
  calloutTimeMs: 120_000,
  queueableJobs: 50,
  futureCalls: 50,
  emailInvocations: 10,
  cpuTimeMs: 10_000,
  heapSize: 6_000_000,
  publishImmediateDml: 150,
};

const ASYNC_OVERRIDES: Partial<Record<LimitName, number>> = {
  queries: 200,
  queueableJobs: 1,
  cpuTimeMs: 60_000,
  heapSize: 12_000_000,
};

const MESSAGES: Record<LimitName, (n: number) => string> = {
  queries: (n) => `Too many SOQL queries: ${n}`,
  queryRows: (n) => `Too many query rows: ${n}`,
  soslQueries: (n) => `Too many SOSL queries: ${n}`,
  dmlStatements: (n) => `Too many DML statements: ${n}`,
  dmlRows: (n) => `Too many DML rows: ${n}`,
  callouts: (n) => `Too many callouts: ${n}`,
  calloutTimeMs: () => 'Exceeded maximum time allotted for callout (120000 ms)',
  queueableJobs: (n) => `Too many queueable jobs added to the queue: ${n}`,
  futureCalls: (n) => `Too many future calls: ${n}`,
  emailInvocations: (n) => `Too many Email Invocations: ${n}`,
  cpuTimeMs: () => 'Apex CPU time limit exceeded',
  heapSize: (n) => `Apex heap size too large: ${n}`,
  publishImmediateDml: (n) => `Too many immediate DML publish calls: ${n}`,
};

/** Counters and maxima; `Limits.getQueries()` reads `used('queries')`, `getLimitQueries()` reads `limit('queries')`. */
export class Limits {
  private counts = new Map<LimitName, number>();
  private peaks = new Map<LimitName, number>();
  private readonly max: Record<LimitName, number>;
  constructor(readonly async: boolean) {
    this.max = { ...SYNC, ...(async ? ASYNC_OVERRIDES : {}) };
  }
  used(name: LimitName): number {
    return this.counts.get(name) ?? 0;
  }
  limit(name: LimitName): number {
    return this.max[name];
  }
  /** Adds `amount`; throws `ApexLimitError` when the new total passes the limit. */
  count(name: LimitName, amount = 1): void {
    const next = this.used(name) + amount;
    if (next > this.max[name]) throw new ApexLimitError(MESSAGES[name](next));
    this.counts.set(name, next);
  }
  /** Sets a measured value (CPU time, heap) and enforces its limit. */
  measure(name: LimitName, value: number): void {
    if (value > (this.peaks.get(name) ?? 0)) this.peaks.set(name, value);
    if (value > this.max[name]) throw new ApexLimitError(MESSAGES[name](value));
    this.counts.set(name, value);
  }
  /** The highest value `measure` saw (the heap's high-water mark, for benchmarks). */
  peak(name: LimitName): number {
    return this.peaks.get(name) ?? this.used(name);
  }
  /** The counters as they are, to restore after `Test.stopTest()`. */
  snapshot(): Map<LimitName, number> {
    return new Map(this.counts);
  }
  restore(snapshot: Map<LimitName, number>): void {
    this.counts = new Map(snapshot);
  }
  reset(): void {
    this.counts = new Map();
    this.peaks = new Map();
  }
}
