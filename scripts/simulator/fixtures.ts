/**
 * Captures real HTTP exchanges with the simulator as `HttpCalloutMock` response fixtures for the
 * Apex tests: `{ "<name>": { "status": n, "headers": {...}, "body": "<raw body>" } }`.
 * Deterministic: frozen clock, fixed seed, fixed Host header, counter-based OAuth nonces.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { rawRequest, type RawResponse } from './http-client';
import { hmacSha1Signature, normalizeBaseUrl, percentEncode, signatureBaseString } from './oauth1';
import { startSimulator, type Simulator } from './server';

export const FIXTURE_PATH = 'force-app/tests/liveperson/staticresources/LivePersonApiFixtures.json';
export const FIXTURE_META_PATH =
  'force-app/tests/liveperson/staticresources/LivePersonApiFixtures.resource-meta.xml';
export const FIXTURE_META = `<?xml version="1.0" encoding="UTF-8"?>
<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">
    <cacheControl>Private</cacheControl>
    <contentType>application/json</contentType>
    <description>LivePerson API responses captured from the local simulator (npm run lp:fixtures) for HttpCalloutMock queues</description>
</StaticResource>
`;

/** Frozen clock of the capture: 2026-01-15T12:00:00Z. */
export const FIXTURE_NOW = Date.parse('2026-01-15T12:00:00.000Z');
/** The host the fixtures' domain API hands out and their `_metadata` hrefs name. */
export const FIXTURE_HOST = '127.0.0.1:4301';
export const FIXTURE_SOURCE = 'SFPkg_Test';
export const FIXTURE_PAGE_LIMIT = 3;

export interface Fixture {
  status: number;
  headers: Record<string, string>;
  body: string;
}

const KEPT_HEADERS = [
  'content-type',
  'retry-after',
  'ac-revision',
  'etag',
  'www-authenticate',
  'cache-control',
  'pragma',
];

const DAY = 24 * 60 * 60_000;

function keep(r: RawResponse): Fixture {
  const headers: Record<string, string> = {};
  for (const h of KEPT_HEADERS) if (r.headers[h] !== undefined) headers[h] = r.headers[h] as string;
  return { status: r.status, headers, body: r.body };
}

/** Runs the capture against a fresh simulator and returns the fixtures (names sorted). */
export async function captureFixtures(): Promise<Record<string, Fixture>> {
  const sim = await startSimulator({
    port: 0,
    seed: 42,
    conversations: 120,
    days: 30,
    live: 3,
    now: FIXTURE_NOW,
    anchor: FIXTURE_NOW,
    publicHost: FIXTURE_HOST,
  });
  try {
    return await capture(sim);
  } finally {
    await sim.close();
  }
}

async function capture(sim: Simulator): Promise<Record<string, Fixture>> {
  const acc = sim.account.accountId;
  const out: Record<string, Fixture> = {};
  let nonce = 0;

  const call = async (
    name: string,
    method: string,
    pathAndQuery: string,
    opts: {
      auth?: 'bearer' | 'oauth1' | 'none' | string;
      body?: unknown;
      form?: string;
      token?: string;
    } = {},
  ): Promise<Fixture> => {
    const headers: Record<string, string> = { host: FIXTURE_HOST, accept: 'application/json' };
    let body: string | undefined;
    if (opts.form !== undefined) {
      headers['content-type'] = 'application/x-www-form-urlencoded';
      body = opts.form;
    } else if (opts.body !== undefined) {
      headers['content-type'] = 'application/json';
      body = JSON.stringify(opts.body);
    }
    const auth = opts.auth ?? 'bearer';
    if (auth === 'bearer') headers.authorization = `Bearer ${opts.token ?? bearer}`;
    else if (auth === 'oauth1')
      headers.authorization = oauth1Header(sim, method, pathAndQuery, `fixture-nonce-${++nonce}`);
    else if (auth !== 'none') headers.authorization = auth;
    const res = await rawRequest(sim.url + pathAndQuery, {
      method,
      headers,
      ...(body === undefined ? {} : { body }),
    });
    const f = keep(res);
    out[name] = f;
    return f;
  };

  const tokenPath = `/sentinel/api/account/${acc}/app/token?v=1.0`;
  const creds = `client_id=${sim.account.clientId}&client_secret=${sim.account.clientSecret}`;
  const tokenRes = await call('sentinel.token', 'POST', tokenPath, {
    auth: 'none',
    form: `${creds}&grant_type=client_credentials`,
  });
  const bearer = (JSON.parse(tokenRes.body) as { access_token: string }).access_token;
  await call('sentinel.token.invalidClient', 'POST', tokenPath, {
    auth: 'none',
    form: `client_id=${sim.account.clientId}&client_secret=wrong&grant_type=client_credentials`,
  });
  await call('sentinel.token.unsupportedGrant', 'POST', tokenPath, {
    auth: 'none',
    form: `${creds}&grant_type=password`,
  });

  // Domain API
  await call('csds.all', 'GET', `/api/account/${acc}/service/baseURI.json?version=1.0`, { auth: 'none' });
  for (const svc of ['engHistDomain', 'msgHist', 'accountConfigReadOnly', 'sentinel']) {
    await call(`csds.${svc}`, 'GET', `/api/account/${acc}/service/${svc}/baseURI.json?version=1.0`, {
      auth: 'none',
    });
  }
  await call('csds.unknownAccount', 'GET', `/api/account/00000000/service/msgHist/baseURI.json?version=1.0`, {
    auth: 'none',
  });
  await call(
    'csds.unknownService',
    'GET',
    `/api/account/${acc}/service/noSuchService/baseURI.json?version=1.0`,
    {
      auth: 'none',
    },
  );

  // Skills
  const skillsPath = `/api/account/${acc}/configuration/le-users/skills`;
  await call('skills.list', 'GET', `${skillsPath}?v=2.0`);
  await call('skills.list.all', 'GET', `${skillsPath}?v=2.0&select=$all&include_deleted=true`);
  await call('skills.byId.notFound', 'GET', `${skillsPath}/1?v=2.0`);

  // Engagement History
  const ehPath = `/interaction_history/api/account/${acc}/interactions/search`;
  const eh = (offset: number, limit = FIXTURE_PAGE_LIMIT, source = FIXTURE_SOURCE): string =>
    `${ehPath}?offset=${offset}&limit=${limit}&sort=start:asc&source=${source}`;
  const chatWindow = { start: { from: FIXTURE_NOW - 30 * DAY, to: FIXTURE_NOW } };
  await call('engHist.search.page1', 'POST', eh(0), { body: chatWindow });
  await call('engHist.search.page2', 'POST', eh(FIXTURE_PAGE_LIMIT), { body: chatWindow });
  const lastOffset =
    Math.floor((sim.options.chatConversations - sim.options.live - 1) / FIXTURE_PAGE_LIMIT) *
    FIXTURE_PAGE_LIMIT;
  await call('engHist.search.lastPage', 'POST', eh(lastOffset), { body: chatWindow });
  await call('engHist.search.empty', 'POST', eh(0), {
    body: { start: { from: FIXTURE_NOW - 60 * DAY, to: FIXTURE_NOW - 40 * DAY } },
  });
  const firstChat = sim.data.chatHeader(0).engagementId;
  await call('engHist.search.byEngagementId', 'POST', eh(0), {
    body: { ...chatWindow, engagementId: firstChat },
  });
  await call('engHist.search.limitTooHigh', 'POST', eh(0, 101), { body: chatWindow });
  await call('engHist.search.windowTooWide', 'POST', eh(0), {
    body: { start: { from: FIXTURE_NOW - 40 * DAY, to: FIXTURE_NOW } },
  });
  await call('engHist.search.missingSource', 'POST', `${ehPath}?offset=0&limit=${FIXTURE_PAGE_LIMIT}`, {
    body: chatWindow,
  });

  // Messaging Interactions
  const miPath = `/messaging_history/api/account/${acc}/conversations/search`;
  const mi = (offset: number, limit = FIXTURE_PAGE_LIMIT): string =>
    `${miPath}?offset=${offset}&limit=${limit}&sort=start:desc&v=2&source=${FIXTURE_SOURCE}`;
  const msgWindow = { start: { from: FIXTURE_NOW - 30 * DAY, to: FIXTURE_NOW } };
  await call('msgHist.search.page1', 'POST', mi(0), { body: msgWindow });
  await call('msgHist.search.page2', 'POST', mi(FIXTURE_PAGE_LIMIT), { body: msgWindow });
  await call('msgHist.search.closed', 'POST', mi(0), { body: { ...msgWindow, status: ['CLOSE'] } });
  await call('msgHist.search.empty', 'POST', mi(0), {
    body: { start: { from: FIXTURE_NOW - 60 * DAY, to: FIXTURE_NOW - 40 * DAY } },
  });
  await call('msgHist.search.windowTooWide', 'POST', mi(0), {
    body: { start: { from: FIXTURE_NOW - 100 * DAY, to: FIXTURE_NOW } },
  });
  await call('msgHist.search.limitTooHigh', 'POST', mi(0, 101), { body: msgWindow });
  const byIdPath = `/messaging_history/api/account/${acc}/conversations/conversation/search?v=2&source=${FIXTURE_SOURCE}`;
  const convA = sim.data.msgHeader(0).conversationId;
  const convB = sim.data.msgHeader(1).conversationId;
  const content = [
    'messageRecords',
    'agentParticipants',
    'consumerParticipants',
    'transfers',
    'interactions',
    'dialogs',
    'conversationSurveys',
    'campaign',
    'monitoring',
    'summary',
    'sdes',
    'unAuthSdes',
  ];
  await call('msgHist.conversation.byId', 'POST', byIdPath, {
    body: { conversationId: convA, contentToRetrieve: content },
  });
  await call('msgHist.conversation.byIds', 'POST', byIdPath, {
    body: { conversationIds: [convA, convB], contentToRetrieve: content },
  });
  await call('msgHist.conversation.notFound', 'POST', byIdPath, {
    body: { conversationId: '00000000-0000-4000-8000-000000000000' },
  });

  // Authentication failures
  await call('auth.missing', 'POST', eh(0), { auth: 'none', body: chatWindow });
  await call('auth.bearer.invalid', 'POST', eh(0), { token: bearer.slice(0, -4) + 'AAAA', body: chatWindow });
  sim.clock.advance((sim.options.tokenTtlSec + 1) * 1000);
  await call('auth.bearer.expired', 'POST', eh(0), { body: chatWindow });
  sim.clock.set(FIXTURE_NOW);
  await call('auth.oauth1.ok', 'POST', eh(0), { auth: 'oauth1', body: chatWindow });
  const good = oauth1Header(sim, 'POST', eh(0), 'fixture-nonce-replayed');
  await call('auth.oauth1.nonceReplayFirst', 'POST', eh(0), { auth: good, body: chatWindow });
  await call('auth.oauth1.nonceUsed', 'POST', eh(0), { auth: good, body: chatWindow });
  await call('auth.oauth1.signatureInvalid', 'POST', eh(0), {
    auth: oauth1Header(sim, 'POST', eh(1), 'fixture-nonce-tampered'),
    body: chatWindow,
  });
  await call('auth.oauth1.timestampRefused', 'POST', eh(0), {
    auth: oauth1Header(sim, 'POST', eh(0), 'fixture-nonce-stale', FIXTURE_NOW - 3_600_000),
    body: chatWindow,
  });
  await call('auth.oauth1.consumerKeyUnknown', 'POST', eh(0), {
    auth: oauth1Header(sim, 'POST', eh(0), 'fixture-nonce-unknown', FIXTURE_NOW, 'no-such-key'),
    body: chatWindow,
  });
  delete out['auth.oauth1.nonceReplayFirst'];

  // Injected faults (on Messaging Interactions search unless named otherwise)
  for (const type of ['401', '403', '429', '500', '503', 'malformed', 'truncated'] as const) {
    sim.faults.add({ type, route: 'msgHist.search', count: 1 });
    await call(`fault.${type}`, 'POST', mi(0), { body: msgWindow });
  }
  sim.faults.add({ type: '401', route: 'engHist.search', count: 1 });
  await call('fault.401.oauth1', 'POST', eh(0), { auth: 'oauth1', body: chatWindow });
  sim.faults.add({ type: 'changed', route: 'msgHist.search', count: 1 });
  await call('fault.changed.page2', 'POST', mi(FIXTURE_PAGE_LIMIT), { body: msgWindow });

  const sorted: Record<string, Fixture> = {};
  for (const k of Object.keys(out).sort()) sorted[k] = out[k] as Fixture;
  return sorted;
}

/** A signed OAuth 1.0a header for a simulator request (capture client side). */
function oauth1Header(
  sim: Simulator,
  method: string,
  pathAndQuery: string,
  nonce: string,
  atMs = sim.clock.now(),
  consumerKey = sim.account.consumerKey,
): string {
  const [p, q = ''] = pathAndQuery.split('?') as [string, string?];
  const oauth: [string, string][] = [
    ['oauth_consumer_key', consumerKey],
    ['oauth_nonce', nonce],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', String(Math.floor(atMs / 1000))],
    ['oauth_token', sim.account.accessToken],
    ['oauth_version', '1.0'],
  ];
  const params = [...oauth, ...new URLSearchParams(q).entries()];
  const base = signatureBaseString(method, normalizeBaseUrl('http', FIXTURE_HOST, p), params);
  const sig = hmacSha1Signature(base, sim.account.consumerSecret, sim.account.accessTokenSecret);
  return (
    'OAuth ' + [...oauth, ['oauth_signature', sig]].map(([k, v]) => `${k}="${percentEncode(v)}"`).join(', ')
  );
}

export function fixturesToJson(fixtures: Record<string, Fixture>): string {
  return JSON.stringify(fixtures, null, 2) + '\n';
}

export function readCommittedFixtures(root: string): string | null {
  try {
    return readFileSync(path.join(root, FIXTURE_PATH), 'utf8');
  } catch {
    return null;
  }
}
