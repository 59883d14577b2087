import { performance as nodePerformance } from 'node:perf_hooks';
import { MARK_PREFIX, PHASES, isMarked, markPhase, resetPhases } from 'c/widgetTiming';

// jsdom's performance has no User Timing API; browsers (and Node) have it.
const jsdomPerformance = globalThis.performance;
function useTimeline(perf: unknown): void {
  Object.defineProperty(globalThis, 'performance', { value: perf, configurable: true, writable: true });
}

function marks(): string[] {
  return performance
    .getEntriesByType('mark')
    .map((m) => m.name)
    .filter((n) => n.startsWith(MARK_PREFIX));
}

describe('c/widgetTiming', () => {
  beforeEach(() => {
    useTimeline(nodePerformance);
    resetPhases();
  });
  afterEach(() => useTimeline(jsdomPerformance));

  it('does nothing where the browser has no User Timing API', () => {
    useTimeline({ now: () => 0 });
    expect(() => markPhase('sdk-data')).not.toThrow();
    expect(isMarked('sdk-data')).toBe(false);
    expect(() => resetPhases()).not.toThrow();
  });

  it('marks each phase once, keeping the first time', () => {
    markPhase('sdk-data');
    const first = performance.getEntriesByName(`${MARK_PREFIX}sdk-data`, 'mark')[0].startTime;
    markPhase('sdk-data');
    expect(marks()).toEqual([`${MARK_PREFIX}sdk-data`]);
    expect(performance.getEntriesByName(`${MARK_PREFIX}sdk-data`, 'mark')[0].startTime).toBe(first);
    expect(isMarked('sdk-data')).toBe(true);
    expect(isMarked('apex-sent')).toBe(false);
  });

  it('reset clears every phase and nothing else', () => {
    performance.mark('someone-else');
    for (const phase of PHASES) markPhase(phase);
    expect(marks()).toHaveLength(PHASES.length);
    resetPhases();
    expect(marks()).toEqual([]);
    expect(performance.getEntriesByName('someone-else', 'mark')).toHaveLength(1);
    performance.clearMarks('someone-else');
  });
});
