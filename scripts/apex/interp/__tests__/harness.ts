/** Builds a runtime from Apex source texts written in a test. */
import { parseApexSource } from '../../parse/load';
import { ApexRuntime, type RuntimeTransaction } from '../runtime';
import { NATIVE_CLASSES } from '../../system/index';
import type { Platform } from '../platform';

export function runtimeOf(sources: Record<string, string>, platform?: Platform): ApexRuntime {
  const units = Object.entries(sources).map(([file, text]) => parseApexSource(file, text));
  return ApexRuntime.load({ units, natives: NATIVE_CLASSES, platform: platform ?? null });
}

/** Runs `static Object run()` of a class `T` whose body is given. */
export async function run(body: string, extra: Record<string, string> = {}): Promise<unknown> {
  const rt = runtimeOf({ 'T.cls': `public class T { public static Object run() { ${body} } }`, ...extra });
  return rt.transaction({ isTest: true }).callStatic('T', 'run');
}

export function tx(sources: Record<string, string>): RuntimeTransaction {
  return runtimeOf(sources).transaction({ isTest: true });
}
