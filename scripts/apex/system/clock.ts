/** The transaction clock and the running user's time zone, read the same way by every binding. */
import { NotSupportedError } from '../lang/errors';
import type { Ctx } from '../interp/native';
import { services, type PlatformServices } from './services';

export const DEFAULT_TIME_ZONE = 'America/Los_Angeles';

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
  return platform(ctx)?.now() ?? Date.now();
}

/** The running user's IANA time zone (`TimeZoneSidKey`). */
export function userTimeZone(ctx: Ctx): string {
  return platform(ctx)?.timeZone() ?? DEFAULT_TIME_ZONE;
}
