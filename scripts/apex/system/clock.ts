/** The transaction clock and the running user's time zone, read the same way by every binding. */
import type { Ctx } from '../interp/native';

export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

interface ClockAware {
  now?: () => number;
  userTimeZone?: () => string;
}

/** Milliseconds since the epoch on the transaction's clock (tests pin it); the machine clock otherwise. */
export function nowMs(ctx: Ctx): number {
  const tx = ctx.tx as ClockAware | null | undefined;
  return tx?.now?.() ?? Date.now();
}

/** The running user's IANA time zone (`TimeZoneSidKey`). */
export function userTimeZone(ctx: Ctx): string {
  const tx = ctx.tx as ClockAware | null | undefined;
  return tx?.userTimeZone?.() ?? DEFAULT_TIME_ZONE;
}
