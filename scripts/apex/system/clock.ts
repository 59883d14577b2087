/** The transaction clock and the running user's time zone, read the same way by every binding. */
import { NotSupportedError } from '../lang/errors';
import type { Ctx } from '../interp/native';
import { services, type PlatformServices } from './services';

export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

interface ClockAware {
  now?: () => number;
  userTimeZone?: () => string;
}

/** The platform services when the transaction carries them (a bare interpreter transaction may not). */
function platform(ctx: Ctx): PlatformServices | undefined {
  try {
    return services(ctx);
  } catch (e) {
    if (e instanceof NotSupportedError) return undefined;
    throw e;
  }
}

/** Milliseconds since the epoch on the transaction's clock (tests pin it); the machine clock otherwise. */
export function nowMs(ctx: Ctx): number {
  const tx = ctx.tx as ClockAware | null | undefined;
  return tx?.now?.() ?? platform(ctx)?.now() ?? Date.now();
}

/** The running user's IANA time zone (`TimeZoneSidKey`). */
export function userTimeZone(ctx: Ctx): string {
  const tx = ctx.tx as ClockAware | null | undefined;
  return tx?.userTimeZone?.() ?? platform(ctx)?.timeZone() ?? DEFAULT_TIME_ZONE;
}
