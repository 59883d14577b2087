/**
 * Runs the package's Apex tests offline: every `@IsTest` class of `force-app`, each test method in
 * its own transaction over the seeded org, `@TestSetup` data recreated for each method (by rolling
 * back to the state after setup), everything rolled back after the class.
 */
import * as path from 'node:path';
import { NotSupportedError, ApexError } from '../lang/errors';
import { ApexRuntime, type ClassSummary, type RuntimeTransaction } from '../interp/runtime';
import { ApexThrow } from '../interp/exception-object';
import { ApexSObject, type ApexValue } from '../interp/values';
import { ApexId } from '../lang/id';
import { createLocalOrg, loadOrgMetadata, type LocalOrg } from '../org/org';
import { ApexDatetime } from '../lang/temporal';
import { insertStaticResources, loadStaticResources } from '../org/static-resources';
import { localOrgServices } from '../system/local-org-services';
import { attachServices } from '../system/services';
import { attachAsyncHost } from '../system/async';
import { attachEventHost } from '../system/eventbus';
import { attachTestControl } from '../system/test';
import { runTriggers } from '../system/triggers';
import { orgPlatform } from '../system/org-platform';
import { NATIVE_CLASSES } from '../system/index';
import { findPageNames, pageNamespace } from '../system/page';
import { TestHost } from './host';
import type { TestResult } from './report';

export const FORCE_APP = path.resolve(__dirname, '..', '..', '..', 'force-app');

export interface RunOptions {
  /** The package folder whose Apex and metadata run (default: this repository's `force-app`). */
  packageDir?: string;
  /** `Class` or `Class.method` names to run (default: all). */
  only?: string[];
  /** Absolute path of a class or trigger → source text run instead of the file's. */
  sourceOverrides?: ReadonlyMap<string, string>;
  /** Called after each test (progress output). */
  onResult?: (r: TestResult) => void;
}

const hasAnnotation = (a: { name: string }[], name: string) => a.some((x) => x.name.toLowerCase() === name);

export function loadPackageRuntime(
  packageDir = FORCE_APP,
  sourceOverrides?: ReadonlyMap<string, string>,
): {
  runtime: ApexRuntime;
  metadata: ReturnType<typeof loadOrgMetadata>;
} {
  const metadata = loadOrgMetadata(packageDir);
  const runtime = ApexRuntime.load({
    dirs: [packageDir],
    sourceOverrides,
    natives: [...NATIVE_CLASSES, pageNamespace(findPageNames([packageDir]))],
    platform: orgPlatform(metadata.schema),
  });
  return { runtime, metadata };
}

let requests = 0;

/** A test transaction: platform services, the test host (async jobs, events), `System.runAs`. */
export function openTestTransaction(runtime: ApexRuntime, org: LocalOrg): RuntimeTransaction {
  const tx = runtime.transaction({
    isTest: true,
    org: { id: org.seeded.orgId, name: 'Offline Apex test org', myDomain: 'offline-test' },
  });
  tx.requestId = `offline-${++requests}`;
  tx.quiddity = 'RUNTEST_SYNC';
  let currentUser = org.seeded.adminUserId;
  attachServices(
    tx,
    localOrgServices(org, () => currentUser, Date.now),
  );
  const host = new TestHost(
    org.store,
    async (ctx, objectName, events) => {
      await runTriggers(ctx.tx as RuntimeTransaction, objectName, 'after insert', events, null);
    },
    () => currentUser,
  );
  attachAsyncHost(tx, host);
  attachEventHost(tx, host);
  attachTestControl(tx, host);
  tx.runAs = async (user: ApexValue, body: () => Promise<void>) => {
    const id = user instanceof ApexSObject ? user.read('Id') : null;
    if (!(id instanceof ApexId)) {
      throw new ApexError(
        'System.DmlException',
        'System.runAs requires a User with an Id (insert the User first)',
      );
    }
    const previous = currentUser;
    currentUser = id.value;
    try {
      await body();
    } finally {
      currentUser = previous;
    }
  };
  return tx;
}

/** The outcome of one call: pass, fail (with the Apex exception and its stack), or unrunnable. */
export function outcomeOf(err: unknown): Pick<TestResult, 'outcome' | 'message'> {
  if (err instanceof NotSupportedError) return { outcome: 'unrunnable', message: err.message };
  if (err instanceof ApexThrow) {
    const ex = err.exception;
    return { outcome: 'fail', message: `${ex.info.name}: ${ex.message ?? ''}\n${ex.stackTrace}` };
  }
  if (err instanceof ApexError) return { outcome: 'fail', message: `${err.apexType}: ${err.message}` };
  const e = err as Error;
  return { outcome: 'fail', message: `runtime error: ${e?.stack ?? String(err)}` };
}

function selected(only: string[] | undefined, cls: string, method?: string): boolean {
  if (!only?.length) return true;
  return only.some((o) => {
    const [c, m] = o.toLowerCase().split('.');
    return c === cls.toLowerCase() && (m === undefined || method === undefined || m === method.toLowerCase());
  });
}

export function testClasses(runtime: ApexRuntime): ClassSummary[] {
  return runtime
    .classes()
    .filter((c) => hasAnnotation(c.annotations, 'istest') && !c.isInterface && !c.name.includes('.'))
    .filter((c) => c.methods.some((m) => m.isTestMethod));
}

export async function runApexTests(opts: RunOptions = {}): Promise<TestResult[]> {
  const packageDir = opts.packageDir ?? FORCE_APP;
  const { runtime, metadata } = loadPackageRuntime(packageDir, opts.sourceOverrides);
  const org = await createLocalOrg(metadata, ApexDatetime.fromInstant(Date.now()));
  await insertStaticResources(org.store, loadStaticResources(packageDir));
  const results: TestResult[] = [];
  const record = (r: TestResult) => {
    results.push(r);
    opts.onResult?.(r);
  };
  for (const cls of testClasses(runtime)) {
    if (!selected(opts.only, cls.name)) continue;
    const classStart = await org.store.savepoint();
    let setupFailure: Pick<TestResult, 'outcome' | 'message'> | null = null;
    for (const setup of cls.methods.filter((m) => hasAnnotation(m.annotations, 'testsetup'))) {
      try {
        await openTestTransaction(runtime, org).callStatic(cls.name, setup.name);
      } catch (e) {
        setupFailure = outcomeOf(e);
        break;
      }
    }
    const afterSetup = await org.store.savepoint();
    for (const m of cls.methods.filter((x) => x.isTestMethod)) {
      if (!selected(opts.only, cls.name, m.name)) continue;
      const name = `${cls.name}.${m.name}`;
      const t0 = performance.now();
      if (setupFailure) {
        record({ name, ...setupFailure, message: `@TestSetup failed: ${setupFailure.message ?? ''}`, ms: 0 });
        continue;
      }
      try {
        const tx = openTestTransaction(runtime, org);
        if (m.isStatic) await tx.callStatic(cls.name, m.name);
        else await tx.callMethod((await tx.newInstance(cls.name)) as never, m.name);
        record({ name, outcome: 'pass', ms: performance.now() - t0 });
      } catch (e) {
        record({ name, ...outcomeOf(e), ms: performance.now() - t0 });
      } finally {
        await org.store.rollback(afterSetup);
      }
    }
    await org.store.rollback(classStart);
  }
  return results;
}
