/**
 * Backfill planning (pure): the ≤ 30-day windows of a backfill, oldest first, within LivePerson's
 * retention (13 months), and what is left to do given the org's manual Sync Runs — so a backfill
 * stopped at any point resumes by running the same command again (the org is the state).
 */

export const DAY_MS = 86_400_000;
/** The longest manual window the package accepts (SyncJobService.MANUAL_MAX_DAYS). */
export const MAX_WINDOW_DAYS = 30;
/** LivePerson keeps conversation history this many months. */
export const RETENTION_MONTHS = 13;

export class BackfillError extends Error {}

export interface Window {
  start: number;
  end: number;
}

/** A manual Sync_Run__c as the backfill reads it. */
export interface RunRow {
  id: string;
  name?: string;
  status: string;
  start: number;
  end: number;
  synced?: number;
  lastError?: string | null;
}

export type WindowState = 'done' | 'active' | 'failed' | 'todo';

export interface WindowStatus {
  window: Window;
  state: WindowState;
  /** The run that decided the state (the newest one of the window). */
  run?: RunRow;
}

/** The oldest instant LivePerson still has at `now`: 13 calendar months back (UTC). */
export function retentionStart(now: number): number {
  const d = new Date(now);
  d.setUTCMonth(d.getUTCMonth() - RETENTION_MONTHS);
  return d.getTime();
}

const day = (ms: number): string => new Date(ms).toISOString().slice(0, 10);

/**
 * A date (`2026-01-31`, midnight UTC) or a date-time (ISO 8601 with a zone). A date as `--to` means the
 * end of that day, so `--from 2026-01-01 --to 2026-01-31` covers all of January.
 */
export function parseWhen(text: string, flag: string, endOfDay = false): number {
  const dateOnly = /^\d{4}-\d{2}-\d{2}$/.test(text);
  if (!dateOnly && !/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(text)) {
    throw new BackfillError(
      `${flag} must be a date (2026-01-31) or a date-time with a zone (2026-01-31T12:00:00Z), not "${text}".`,
    );
  }
  const ms = Date.parse(dateOnly ? `${text}T00:00:00Z` : text);
  if (Number.isNaN(ms)) throw new BackfillError(`${flag} is not a real date: "${text}".`);
  return dateOnly && endOfDay ? ms + DAY_MS : ms;
}

/**
 * `--to`: a date means the end of that day; today means its start (today is the scheduled jobs'
 * part), so the windows — and the resume — are the same whenever the command is run again.
 */
export function parseTo(text: string, now: number): number {
  const end = parseWhen(text, '--to', true);
  return /^\d{4}-\d{2}-\d{2}$/.test(text) && end > now && end - DAY_MS <= now ? end - DAY_MS : end;
}

/**
 * The windows covering [from, to), each at most 30 days, oldest first (the oldest data leaves
 * LivePerson's retention first). Refuses a range that runs backwards, ends in the future, or starts
 * before the retention (with the oldest date allowed).
 */
export function planWindows(from: number, to: number, now: number): Window[] {
  if (to <= from) throw new BackfillError(`--to (${new Date(to).toISOString()}) must be after --from.`);
  if (to > now) {
    throw new BackfillError(
      `--to (${new Date(to).toISOString()}) is in the future; the latest is now (${new Date(now).toISOString()}).`,
    );
  }
  const oldest = retentionStart(now);
  if (from < oldest) {
    throw new BackfillError(
      `--from ${day(from)} is older than LivePerson keeps conversations (${RETENTION_MONTHS} months): ` +
        `the oldest you can backfill today is ${new Date(oldest).toISOString()} (use --from ${day(oldest + DAY_MS - 1)}).`,
    );
  }
  const out: Window[] = [];
  for (let start = from; start < to; start += MAX_WINDOW_DAYS * DAY_MS) {
    out.push({ start, end: Math.min(to, start + MAX_WINDOW_DAYS * DAY_MS) });
  }
  return out;
}

/**
 * Where each window stands, from the manual runs over exactly that window (the backfill's own):
 * the newest one decides — Completed → done, Queued/Running → active, Failed → failed (queued
 * again), none → todo.
 */
export function windowStates(windows: Window[], runs: RunRow[]): WindowStatus[] {
  return windows.map((window) => {
    const own = runs.filter((r) => r.start === window.start && r.end === window.end);
    // Auto-numbered names (SR-000012) order runs by creation; numeric so SR-99 < SR-100 too.
    const run = own
      .sort((a, b) => (a.name ?? a.id).localeCompare(b.name ?? b.id, 'en', { numeric: true }))
      .pop();
    if (!run) return { window, state: 'todo' };
    const state: WindowState =
      run.status === 'Completed' ? 'done' : run.status === 'Failed' ? 'failed' : 'active';
    return { window, state, run };
  });
}

/** One line of progress: `3/13 windows done (1,234 conversations), 1 running, 0 failed`. */
export function progressLine(states: WindowStatus[]): string {
  const count = (s: WindowState) => states.filter((x) => x.state === s).length;
  const synced = states.filter((s) => s.state === 'done').reduce((sum, s) => sum + (s.run?.synced ?? 0), 0);
  return (
    `${count('done')}/${states.length} windows done (${synced.toLocaleString('en-US')} conversations), ` +
    `${count('active')} running, ${count('failed')} failed, ${count('todo')} to queue`
  );
}

export function describeWindow(w: Window): string {
  return `${new Date(w.start).toISOString()} .. ${new Date(w.end).toISOString()}`;
}
