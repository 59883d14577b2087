/**
 * Runs a few lines of Apex written in a jest test against the org built from `force-app`:
 * `runSnippet(body)` executes `public static Object run() { body }` of a class `T`, in a fresh
 * Apex test transaction over a freshly seeded org.
 */
import { ApexDatetime } from '../lang/temporal';
import { parseApexSource } from '../parse/load';
import { ApexRuntime } from '../interp/runtime';
import type { ApexValue } from '../interp/values';
import { createLocalOrg, loadOrgMetadata } from '../org/org';
import { NATIVE_CLASSES } from '../system/index';
import { orgPlatform } from '../system/org-platform';
import { openTestTransaction } from './runner';

export async function runSnippet(body: string): Promise<ApexValue> {
  const metadata = loadOrgMetadata();
  const runtime = ApexRuntime.load({
    units: [parseApexSource('T.cls', `public class T { public static Object run() { ${body} } }`)],
    natives: NATIVE_CLASSES,
    platform: orgPlatform(metadata.schema),
  });
  const org = await createLocalOrg(metadata, ApexDatetime.fromInstant(0));
  return openTestTransaction(runtime, org).callStatic('T', 'run');
}
