/**
 * What the service classes (URL, DomainCreator, Http, Crypto, Request, JSON) read from the
 * transaction object itself (`ctx.tx.<member>`), next to the platform services of `tx.services`
 * (`./services.ts`: schema, records, running user, clock). Every member is optional: a binding that
 * needs an absent one fails loudly instead of inventing a value.
 */
import { NotSupportedError } from '../lang/errors';
import type { Ctx } from '../interp/native';
import type { ApexValue } from '../interp/values';

/**
 * The running user as a transaction is opened with (the interpreter's TransactionOptions). UserInfo
 * itself reads the live user through `tx.services` (./services.ts), which `System.runAs` swaps.
 */
export interface RunningUser {
  id: string;
  name: string;
  username: string;
  email: string;
  profileId: string;
  /** IANA id (`TimeZoneSidKey`). */
  timeZone: string;
  /** `en_US`. */
  locale: string;
}

/** The org the transaction runs in: its Id and My Domain (URL.getOrgDomainUrl, DomainCreator). */
export interface OrgInfo {
  /** 18-character Id. */
  id: string;
  name: string;
  /** My Domain name: `acme` → `acme.my.salesforce.com`. */
  myDomain: string;
  /** Sandbox names add `--<sandbox>.sandbox`; none for production and scratch orgs. */
  sandboxName?: string | null;
  /** The host that serves the org, when it is not `<myDomain>.my.salesforce.com` (the workbench's local host). */
  host?: string;
}

/** A request as handed to a transport (`HttpRequest` state, headers in the order set). */
export interface CalloutRequest {
  method: string;
  endpoint: string;
  headers: [string, string][];
  body: string | null;
  bodyBytes: Uint8Array | null;
  timeoutMs: number;
}

/** What a transport answers. Throwing an `ApexError('System.CalloutException', …)` models a network failure. */
export interface CalloutResponse {
  statusCode: number;
  status: string;
  headers: [string, string][];
  body: Uint8Array;
}

export type CalloutTransport = (request: CalloutRequest) => Promise<CalloutResponse>;

/**
 * The members of the interpreter's Transaction that these bindings use:
 * - `org`: the org's My Domain (URL.getOrgDomainUrl, DomainCreator).
 * - `isTest`: the transaction runs an Apex test method (callouts need a mock).
 * - `hasUncommittedWork`: set by DML, `System.enqueueJob`, `@future`, batch start and sendEmail since
 *   the last commit; a callout then throws `CalloutException` (apex-semantics §8.3). In tests the
 *   interpreter clears it where the platform does (async queued inside startTest/stopTest).
 * - `calloutMock`: the `HttpCalloutMock` instance from `Test.setMock` (null/absent when none).
 * - `calloutTransport`: the real network (the workbench's transport to the simulator).
 * - `countCallout(timeoutMs)`: counts one callout against `Limits.getCallouts()` (100 per transaction),
 *   throwing `ApexLimitError('Too many callouts: 101')` past it. The 120 s of callout time per transaction
 *   is enforced by `callout.ts` from the time callouts actually take, not from their timeouts.
 * - `random()`: a seedable source of 32 random bits for Crypto (tests pin it); absent → crypto RNG.
 * - `requestId`: `System.Request.getCurrent()`.
 * - `classStack`: the executing classes, innermost last; the innermost one's `apiVersion` (66) gives the
 *   `/services/data/v66.0/…` of an sObject's `attributes.url` in JSON.
 */
export interface ServicesTx {
  org?: OrgInfo;
  isTest?: boolean;
  hasUncommittedWork?: boolean;
  calloutMock?: ApexValue;
  calloutTransport?: CalloutTransport;
  countCallout?: (timeoutMs: number) => void;
  random?: () => number;
  requestId?: string;
  classStack?: readonly { cls: { apiVersion: number } }[];
}

export function txMembers(ctx: Ctx): ServicesTx {
  return (ctx.tx ?? {}) as ServicesTx;
}

/** The API version of the innermost executing class, as `66.0`; undefined outside Apex code. */
export function executingApiVersion(ctx: Ctx): string | undefined {
  const stack = txMembers(ctx).classStack;
  const top = stack?.[stack.length - 1];
  return top ? top.cls.apiVersion.toFixed(1) : undefined;
}

export function orgInfo(ctx: Ctx): OrgInfo {
  const org = txMembers(ctx).org;
  if (!org) throw new NotSupportedError("a transaction without the org's My Domain");
  return org;
}

/** The org's My Domain host: `acme.my.salesforce.com`, `acme--dev.sandbox.my.salesforce.com`. */
export function orgHost(org: OrgInfo): string {
  if (org.host) return org.host;
  const sandbox = org.sandboxName ? `--${org.sandboxName}.sandbox` : '';
  return `${org.myDomain}${sandbox}.my.salesforce.com`.toLowerCase();
}
