/**
 * Performance marks (User Timing API) of the widget's first load, from the first SDK data to the
 * first People Search results. `npm run bench:widget` reads them to print where the time goes; in
 * an org they show in the browser's performance panel. Each phase is marked once per widget load.
 */

export const PHASES = ['sdk-data', 'sdk-bound', 'apex-sent', 'apex-answered', 'results-shown'] as const;

export type WidgetPhase = (typeof PHASES)[number];

export const MARK_PREFIX = 'liveengage:';

function timeline(): Performance | undefined {
  return typeof performance !== 'undefined' && typeof performance.mark === 'function'
    ? performance
    : undefined;
}

/** Marks `phase` unless it is already marked (later sessions of the same widget do not move it). */
export function markPhase(phase: WidgetPhase): void {
  const perf = timeline();
  if (!perf) return;
  const name = MARK_PREFIX + phase;
  if (perf.getEntriesByName(name, 'mark').length > 0) return;
  perf.mark(name);
}

/** Whether `phase` is marked. */
export function isMarked(phase: WidgetPhase): boolean {
  return (timeline()?.getEntriesByName(MARK_PREFIX + phase, 'mark').length ?? 0) > 0;
}

/** Clears the marks: a widget that (re)connects starts a new first load. */
export function resetPhases(): void {
  const perf = timeline();
  if (!perf || typeof perf.clearMarks !== 'function') return;
  for (const phase of PHASES) perf.clearMarks(MARK_PREFIX + phase);
}
