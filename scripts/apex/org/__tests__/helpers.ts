/** Test fixtures: a seeded local org and DML shortcuts. */
import type { ApexId } from '../../lang/id';
import { ApexSObject, type ApexValue } from '../../interp/values';
import { runDml, type DmlContext, type DmlOptions, type TriggerRunner } from '../dml';
import type { DmlOperation, DmlRowResult } from '../dml-results';
import { createLocalOrg, loadOrgMetadata, type LocalOrg } from '../org';

export const NOW = 'tx-now';

export function newOrg(): Promise<LocalOrg> {
  return createLocalOrg(loadOrgMetadata(), NOW);
}

export function sobject(type: string, fields: Record<string, ApexValue>): ApexSObject {
  const s = new ApexSObject(type);
  for (const [k, v] of Object.entries(fields)) s.write(k, v);
  return s;
}

/** The Id DML gave a record (18 characters). */
export function recordId(record: ApexSObject): string {
  return (record.read('Id') as ApexId).value;
}

export function context(
  org: LocalOrg,
  userId = org.seeded.adminUserId,
  triggers?: TriggerRunner,
): DmlContext {
  return {
    store: org.store,
    userId,
    orgId: org.seeded.orgId,
    now: NOW,
    access: org.accessFor(userId),
    triggers,
  };
}

export function dml(
  ctx: DmlContext,
  op: DmlOperation,
  records: ApexSObject[],
  opts: Partial<DmlOptions> = {},
): Promise<DmlRowResult[]> {
  return runDml(ctx, op, records, { allOrNone: true, userMode: false, withSharing: false, ...opts });
}

/** The error an allOrNone call throws. */
export async function dmlFailure(
  promise: Promise<unknown>,
): Promise<{ apexType: string; message: string; details?: Record<string, unknown> }> {
  try {
    await promise;
  } catch (e) {
    return e as { apexType: string; message: string; details?: Record<string, unknown> };
  }
  throw new Error('expected the DML to fail');
}
