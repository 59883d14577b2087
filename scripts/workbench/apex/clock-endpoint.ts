/**
 * `/__clock`: the workbench clock for tests and for an admin who wants to see a scheduled job fire.
 * `GET` → `{ now, speed }`. `POST { "advanceMs": n }` or `{ "to": "<ISO>" }` moves the clock forward,
 * fires the scheduled jobs now due (as their owners), and with `"wait": true` answers only when their
 * Queueables (and the delayed ones the clock reaches) have run: `{ now, fired }`.
 */
import { HttpError } from '../router';
import type { ApexHost } from './apex-host';
import type { WorkbenchClock } from './clock';

export interface ClockAnswer {
  now: string;
  speed: number;
  fired?: number;
}

export function clockState(clock: WorkbenchClock): ClockAnswer {
  return { now: new Date(clock.now()).toISOString(), speed: clock.speed };
}

export async function moveClock(clock: WorkbenchClock, apex: ApexHost, body: unknown): Promise<ClockAnswer> {
  const o = (body ?? {}) as { advanceMs?: unknown; to?: unknown; wait?: unknown };
  if (o.advanceMs !== undefined) {
    if (typeof o.advanceMs !== 'number' || !Number.isFinite(o.advanceMs) || o.advanceMs < 0) {
      throw new HttpError(
        400,
        'advanceMs must be a number of milliseconds ≥ 0 (the clock only moves forward)',
      );
    }
    clock.advanceBy(o.advanceMs);
  } else if (o.to !== undefined) {
    const to = typeof o.to === 'string' ? Date.parse(o.to) : NaN;
    if (Number.isNaN(to))
      throw new HttpError(400, `to must be an ISO date-time, not ${JSON.stringify(o.to)}`);
    if (to < clock.now()) {
      throw new HttpError(
        400,
        `the clock only moves forward: it is already ${new Date(clock.now()).toISOString()}`,
      );
    }
    clock.advanceTo(to);
  }
  const fired = await apex.fireDue();
  if (o.wait === true) await apex.idle();
  return { ...clockState(clock), fired };
}
