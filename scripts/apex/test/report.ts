/**
 * What an Apex test run reports, and how it is counted.
 *
 * Every `@IsTest` method ends in one outcome: `pass`, `fail` (an assertion or an Apex exception),
 * or `unrunnable` (the offline runtime lacks a feature: `NotSupportedError`, named). A test listed
 * in `gaps.json` with a reason is a known gap: its failure is reported, not counted, and the list
 * only shrinks — a listed test that passes, or one that no longer exists, fails the run until it
 * is taken off the list.
 */
export type Outcome = 'pass' | 'fail' | 'unrunnable';

export interface TestResult {
  /** `Class.method`. */
  name: string;
  outcome: Outcome;
  /** Failure message, Apex stack trace, or the missing feature. */
  message?: string;
  ms: number;
}

export interface ApexSummary {
  passed: number;
  failed: number;
  unrunnable: { name: string; feature: string }[];
  knownGaps: { name: string; reason: string; message: string }[];
  failures: string[];
}

/** Counts results against the known-gap list (`Class.method` → reason). */
export function summarize(results: TestResult[], gaps: Record<string, string>): ApexSummary {
  const summary: ApexSummary = { passed: 0, failed: 0, unrunnable: [], knownGaps: [], failures: [] };
  const seen = new Set<string>();
  for (const r of results) {
    seen.add(r.name);
    const gap = gaps[r.name];
    if (r.outcome === 'pass') {
      summary.passed++;
      if (gap !== undefined) {
        summary.failed++;
        summary.failures.push(`${r.name}: passes now — remove it from scripts/apex/test/gaps.json`);
      }
    } else if (gap !== undefined) {
      summary.knownGaps.push({ name: r.name, reason: gap, message: r.message ?? '' });
    } else if (r.outcome === 'unrunnable') {
      summary.unrunnable.push({ name: r.name, feature: r.message ?? 'unknown feature' });
    } else {
      summary.failed++;
      summary.failures.push(`${r.name}\n${r.message ?? ''}`);
    }
  }
  for (const name of Object.keys(gaps)) {
    if (!seen.has(name)) {
      summary.failed++;
      summary.failures.push(
        `${name}: listed in scripts/apex/test/gaps.json but no such test ran — remove it`,
      );
    }
  }
  return summary;
}

/** The one line `npm test` prints for Apex. */
export function summaryLine(s: ApexSummary): string {
  const extra = [
    s.unrunnable.length ? `${s.unrunnable.length} not runnable offline` : '',
    s.knownGaps.length ? `${s.knownGaps.length} known gaps` : '',
  ].filter(Boolean);
  return `Apex tests: ${s.passed} passed, ${s.failed} failed${extra.length ? ', ' + extra.join(', ') : ''}`;
}
