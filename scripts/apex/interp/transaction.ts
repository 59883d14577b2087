/**
 * One Apex transaction (a test method, an async job, a workbench call): static state of classes,
 * the stack of executing classes with their sharing, governor limits, the trigger contexts and the
 * services other modules attach. Native code reaches it as `ctx.tx`.
 */
import type { ClassInfo } from './classes';
import { Limits } from './limits';
import type { SharingMode } from './platform';
import type { ApexList, ApexMap, ApexValue } from './values';
import type { CalloutTransport, OrgInfo, RunningUser } from '../system/services-tx';
import type { TriggerEvent } from '../parse/ast';

export interface StaticState {
  fields: Map<string, ApexValue>;
}

export interface TriggerContext {
  sobject: string;
  event: TriggerEvent;
  new: ApexList | null;
  old: ApexList | null;
  newMap: ApexMap | null;
  oldMap: ApexMap | null;
}

export interface TransactionOptions {
  /** Async limits (200 SOQL, 60 s CPU, 12 MB heap, 1 queueable). */
  async?: boolean;
  isTest?: boolean;
  user?: RunningUser;
  org?: OrgInfo;
  /** Print `System.debug` output (to `debugLog` and the console). */
  debug?: boolean;
}

export class Transaction {
  readonly limits: Limits;
  readonly statics = new Map<ClassInfo, StaticState>();
  /** Classes executing now, innermost last, with the sharing they run with. */
  readonly classStack: { cls: ClassInfo; sharing: SharingMode }[] = [];
  readonly triggerStack: TriggerContext[] = [];
  /** Services other modules attach (record store, clock, test context …), by name. */
  readonly services = new Map<string, unknown>();
  readonly debugLog: string[] = [];
  readonly debug: boolean;
  /** ServicesTx (system/services-tx.ts). */
  user?: RunningUser;
  org?: OrgInfo;
  isTest: boolean;
  hasUncommittedWork = false;
  calloutMock?: ApexValue;
  calloutTransport?: CalloutTransport;
  random?: () => number;
  requestId?: string;
  quiddity?: string;
  /** `System.runAs(user) { … }`: installed by the test runner (absent → not supported). */
  runAs?: (user: ApexValue, body: () => Promise<void>) => Promise<void>;

  constructor(opts: TransactionOptions = {}) {
    this.limits = new Limits(opts.async ?? false);
    this.isTest = opts.isTest ?? false;
    this.user = opts.user;
    this.org = opts.org;
    this.debug = opts.debug ?? false;
  }

  /**
   * Counts one callout against the limits (ServicesTx.countCallout). Callout time is not counted
   * here: the 120 s per transaction are measured by system/callout.ts from the time callouts take,
   * so a mocked callout costs none (counting each request's timeout stopped the 13th mocked call).
   */
  countCallout(): void {
    this.limits.count('callouts');
  }

  /**
   * CPU time, approximated from the work done rather than the clock (so a busy machine or a slow
   * callout never changes a result): 1 ms per 1,000 executed statements — an org's Apex runs in the
   * order of a million simple statements per CPU second. Called once per 1,000 statements.
   */
  countCpu(): void {
    this.limits.count('cpuTimeMs');
  }

  service<T>(name: string): T | undefined {
    return this.services.get(name) as T | undefined;
  }

  get currentTrigger(): TriggerContext | undefined {
    return this.triggerStack[this.triggerStack.length - 1];
  }
}
