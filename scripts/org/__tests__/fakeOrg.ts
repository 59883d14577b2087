/**
 * A router for TestContext.fakeConnectionRequest: answers the REST and Tooling calls the org
 * scripts make, and records them.
 */
import type { AnyJson } from '@salesforce/ts-types';

export interface FakeCall {
  method: string;
  path: string;
  soql?: string;
  body?: unknown;
}

export type Handler = (call: FakeCall) => unknown;

/** `handlers` are tried in order; the first that returns something other than undefined answers. */
export function fakeOrgRequests(
  calls: FakeCall[],
  ...handlers: Handler[]
): (request: AnyJson) => Promise<AnyJson> {
  return (request: AnyJson) => {
    // jsforce passes a bare URL string for simple GETs (describeGlobal, describe).
    const r = (typeof request === 'string' ? { url: request } : request) as {
      method?: string;
      url?: string;
      body?: string;
    };
    const url = new URL(r.url ?? '', 'https://fake.my.salesforce.com');
    const call: FakeCall = {
      method: (r.method ?? 'GET').toUpperCase(),
      path: url.pathname.replace(/^\/services\/data\/v[\d.]+/, ''),
      soql: url.searchParams.get('q') ?? undefined,
      body: typeof r.body === 'string' && r.body ? JSON.parse(r.body) : r.body,
    };
    calls.push(call);
    for (const h of handlers) {
      const answer = h(call);
      if (answer !== undefined) return Promise.resolve(answer as AnyJson);
    }
    return Promise.reject(new Error(`unexpected request ${call.method} ${call.path} ${call.soql ?? ''}`));
  };
}

export const queryResult = (records: unknown[]) => ({ totalSize: records.length, done: true, records });
