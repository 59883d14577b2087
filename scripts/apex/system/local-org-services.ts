/** The platform services of a transaction against a local org (the Apex test runner, the workbench). */
import type { LocalOrg } from '../org/org';
import { DEFAULT_TIME_ZONE } from './clock';
import type { PlatformServices } from './services';

/** Run by `userId()` (read at each call, so `System.runAs` may swap it), en_US, in the default time zone. */
export function localOrgServices(org: LocalOrg, userId: () => string, now: () => number): PlatformServices {
  return {
    schema: org.metadata.schema,
    store: org.store,
    userId,
    access: () => org.accessFor(userId()),
    timeZone: () => DEFAULT_TIME_ZONE,
    locale: () => 'en_US',
    now,
    orgId: org.seeded.orgId,
  };
}
