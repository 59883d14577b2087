/**
 * The backfill loop over a target (an org or the workbench, see backfill-targets.ts): reads which
 * windows already have a manual run, queues the next ones (`parallel` at a time), prints progress,
 * queues a failed window again (a few times per invocation), and — unless told not to wait — polls
 * until every window is done. Stopped at any point, the same command carries on from the org's runs.
 */
import type { Output } from './cli';
import {
  BackfillError,
  describeWindow,
  progressLine,
  windowStates,
  type RunRow,
  type Window,
  type WindowStatus,
} from './backfill-plan';

export interface BackfillTarget {
  /** For messages: `org dev`, `workbench http://127.0.0.1:4300`. */
  label: string;
  /** The target's clock (the workbench's may run ahead of real time). */
  now(): Promise<number>;
  /** The manual runs whose window lies within [from, to]. */
  manualRuns(from: number, to: number): Promise<RunRow[]>;
  /** Queues a manual run of the window (the package's SyncJobsController.runManual). */
  startManual(window: Window): Promise<void>;
}

export interface BackfillOptions {
  out: Output;
  /** Windows running at once (default 1: LivePerson's rate limits are per account). */
  parallel?: number;
  /** Poll until every window is done (default true); false queues and returns. */
  wait?: boolean;
  pollMs?: number;
  /** Times a failed window is queued again in one invocation (default 2). */
  maxRequeues?: number;
  sleep?: (ms: number) => Promise<void>;
}

const key = (w: Window): string => `${w.start}-${w.end}`;

export async function runBackfill(
  target: BackfillTarget,
  windows: Window[],
  options: BackfillOptions,
): Promise<WindowStatus[]> {
  const { out } = options;
  const parallel = options.parallel ?? 1;
  const maxRequeues = options.maxRequeues ?? 2;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const requeued = new Map<string, number>();
  const from = windows[0].start;
  const to = windows[windows.length - 1].end;
  out.info(
    `Backfill on ${target.label}: ${windows.length} window(s) from ${describeWindow({ start: from, end: to })}`,
  );
  let lastLine = '';
  for (;;) {
    const states = windowStates(windows, await target.manualRuns(from, to));
    const line = progressLine(states);
    if (line !== lastLine) out.info(line);
    lastLine = line;
    if (states.every((s) => s.state === 'done')) return states;
    const gaveUp = states.filter(
      (s) => s.state === 'failed' && (requeued.get(key(s.window)) ?? 0) >= maxRequeues,
    );
    let slots = parallel - states.filter((s) => s.state === 'active').length;
    for (const s of states) {
      if (slots <= 0) break;
      if (s.state === 'todo' || (s.state === 'failed' && !gaveUp.includes(s))) {
        await target.startManual(s.window);
        slots--;
        if (s.state === 'failed') requeued.set(key(s.window), (requeued.get(key(s.window)) ?? 0) + 1);
        out.info(
          `queued ${describeWindow(s.window)}` +
            (s.state === 'failed' ? ` again (it failed: ${s.run?.lastError ?? 'no reason given'})` : ''),
        );
      }
    }
    const stuck = states.every((s) => s.state === 'done' || gaveUp.includes(s));
    if (stuck) {
      throw new BackfillError(
        `${gaveUp.length} window(s) failed ${maxRequeues + 1} times: ` +
          gaveUp.map((s) => `${describeWindow(s.window)} (${s.run?.lastError ?? 'no reason'})`).join('; ') +
          '. See the Event Log; run the same command again to retry them.',
      );
    }
    if (options.wait === false) {
      out.info('Queued. Run the same command again to see the progress and queue the next windows.');
      return windowStates(windows, await target.manualRuns(from, to));
    }
    await sleep(options.pollMs ?? 15_000);
  }
}
