/** Test helpers: JSON calls against a running simulator. */
import { rawRequest, type RawResponse } from '../http-client';
import type { Simulator } from '../server';

export const DAY = 24 * 60 * 60_000;
/** Frozen clock used by the tests: 2026-03-01T00:00:00Z. */
export const T0 = Date.parse('2026-03-01T00:00:00.000Z');

export async function token(sim: Simulator): Promise<string> {
  const r = await rawRequest(`${sim.url}/sentinel/api/account/${sim.account.accountId}/app/token?v=1.0`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: `client_id=${sim.account.clientId}&client_secret=${sim.account.clientSecret}&grant_type=client_credentials`,
  });
  if (r.status !== 200) throw new Error(`token: ${r.status} ${r.body}`);
  return (JSON.parse(r.body) as { access_token: string }).access_token;
}

export function post(
  sim: Simulator,
  pathAndQuery: string,
  body: unknown,
  auth: string,
): Promise<RawResponse> {
  return rawRequest(sim.url + pathAndQuery, {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/json' },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

export function get(sim: Simulator, pathAndQuery: string, auth?: string): Promise<RawResponse> {
  return rawRequest(sim.url + pathAndQuery, { headers: auth ? { authorization: auth } : {} });
}

export const ehPath = (sim: Simulator, q: string): string =>
  `/interaction_history/api/account/${sim.account.accountId}/interactions/search?${q}`;
export const miPath = (sim: Simulator, q: string): string =>
  `/messaging_history/api/account/${sim.account.accountId}/conversations/search?${q}`;
export const byIdPath = (sim: Simulator, q: string): string =>
  `/messaging_history/api/account/${sim.account.accountId}/conversations/conversation/search?${q}`;

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Any = any;

export function parse(r: RawResponse): Any {
  return JSON.parse(r.body);
}
