/**
 * The platform services a transaction carries, as the built-in classes reach them: one accessor
 * so no binding digs into the transaction's shape. Whoever opens a transaction (the Apex test
 * runner, the workbench) attaches them with `attachServices(tx, services)`.
 */
import { NotSupportedError } from '../lang/errors';
import type { Ctx } from '../interp/native';
import type { Access, RecordStore, Schema } from '../org/model';

export interface PlatformServices {
  schema: Schema;
  store: RecordStore;
  /** The running user's Id (18 characters); `System.runAs` swaps it. */
  userId(): string;
  /** Access of the running user (profile + permission sets + sharing). */
  access(): Access;
  /** The running user's time zone (IANA id) and locale. */
  timeZone(): string;
  locale(): string;
  /** The transaction clock in epoch ms (tests may pin it). */
  now(): number;
  /** The org's Id (18 characters). */
  orgId: string;
}

const KEY = 'platform';

interface ServiceBag {
  services: Map<string, unknown>;
}

export function attachServices(tx: ServiceBag, platform: PlatformServices): void {
  tx.services.set(KEY, platform);
}

/** A service map holding only (part of) the platform services: the `tx.services` of test fakes. */
export function serviceMap(platform: Partial<PlatformServices>): Map<string, unknown> {
  return new Map([[KEY, platform]]);
}

export function services(ctx: Ctx): PlatformServices {
  const s = (ctx.tx as ServiceBag | null)?.services?.get(KEY) as PlatformServices | undefined;
  if (!s)
    throw new NotSupportedError(
      'platform services (schema, records, user) outside a transaction that carries them',
    );
  return s;
}
