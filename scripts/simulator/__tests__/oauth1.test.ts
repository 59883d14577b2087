/**
 * OAuth 1.0a: the simulator's verifier against the public test vector and against requests signed
 * by an independent implementation written here (byte-wise RFC 3986 encoding, its own base string).
 */
import { createHmac } from 'node:crypto';
import { rawRequest } from '../http-client';
import { hmacSha1Signature, OAuth1Verifier, percentEncode, signatureBaseString } from '../oauth1';
import { startSimulator, type Simulator } from '../server';
import { parse, T0 } from './helpers';

// ---- independent signer (shares nothing with ../oauth1) ----
function enc(s: string): string {
  let out = '';
  for (const b of Buffer.from(s, 'utf8')) {
    const c = String.fromCharCode(b);
    out += /[A-Za-z0-9\-._~]/.test(c) ? c : '%' + b.toString(16).toUpperCase().padStart(2, '0');
  }
  return out;
}

interface SignInput {
  method: string;
  url: string;
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
  nonce: string;
  timestamp: number;
  formParams?: [string, string][];
  signatureMethod?: string;
  omit?: string;
}

function independentSign(i: SignInput): string {
  const u = new URL(i.url);
  const oauth: Record<string, string> = {
    oauth_consumer_key: i.consumerKey,
    oauth_nonce: i.nonce,
    oauth_signature_method: i.signatureMethod ?? 'HMAC-SHA1',
    oauth_timestamp: String(i.timestamp),
    oauth_token: i.token,
    oauth_version: '1.0',
  };
  if (i.omit) delete oauth[i.omit];
  const all: string[][] = [
    ...Object.entries(oauth),
    ...u.searchParams.entries(),
    ...(i.formParams ?? []),
  ].map(([k, v]) => [enc(k as string), enc(v as string)]);
  all.sort((a, b) => (a[0] === b[0] ? (a[1]! < b[1]! ? -1 : 1) : a[0]! < b[0]! ? -1 : 1));
  const paramString = all.map((p) => p.join('=')).join('&');
  const base = `${i.method}&${enc(`${u.protocol}//${u.host}${u.pathname}`)}&${enc(paramString)}`;
  const sig = createHmac('sha1', `${enc(i.consumerSecret)}&${enc(i.tokenSecret)}`)
    .update(base)
    .digest('base64');
  return (
    'OAuth ' +
    Object.entries({ ...oauth, oauth_signature: sig })
      .map(([k, v]) => `${k}="${enc(v)}"`)
      .join(', ')
  );
}

// Twitter's documented example ("Creating a signature").
const TWITTER = {
  method: 'POST',
  url: 'https://api.twitter.com/1.1/statuses/update.json?include_entities=true',
  consumerKey: 'xvz1evFS4wEEPTGEFPHBog',
  consumerSecret: 'kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw',
  token: '370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb',
  tokenSecret: 'LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE',
  nonce: 'kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg',
  timestamp: 1318622958,
  status: 'Hello Ladies + Gentlemen, a signed OAuth request!',
  expected: 'hCtSmYh+iHYCEqBWrE7C7hYmtUk=',
};

describe('OAuth 1.0a signature functions', () => {
  it('computes the public test vector (Twitter docs) with the verifier’s own functions', () => {
    const params: [string, string][] = [
      ['status', TWITTER.status],
      ['include_entities', 'true'],
      ['oauth_consumer_key', TWITTER.consumerKey],
      ['oauth_nonce', TWITTER.nonce],
      ['oauth_signature_method', 'HMAC-SHA1'],
      ['oauth_timestamp', String(TWITTER.timestamp)],
      ['oauth_token', TWITTER.token],
      ['oauth_version', '1.0'],
    ];
    const base = signatureBaseString('POST', 'https://api.twitter.com/1.1/statuses/update.json', params);
    expect(
      base.startsWith(
        'POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue',
      ),
    ).toBe(true);
    expect(hmacSha1Signature(base, TWITTER.consumerSecret, TWITTER.tokenSecret)).toBe(TWITTER.expected);
  });

  it('agrees with the independent signer on the vector, and verifies it (form body params are signed)', () => {
    const header = independentSign({ ...TWITTER, formParams: [['status', TWITTER.status]] });
    const twitterVerifier = () =>
      new OAuth1Verifier(
        () => ({
          consumerKey: TWITTER.consumerKey,
          consumerSecret: TWITTER.consumerSecret,
          accessToken: TWITTER.token,
          accessTokenSecret: TWITTER.tokenSecret,
        }),
        () => TWITTER.timestamp * 1000,
      );
    expect(header).toContain(`oauth_signature="${enc(TWITTER.expected)}"`);
    const verifier = twitterVerifier();
    const req = {
      method: 'POST',
      schemes: ['https'],
      host: 'api.twitter.com',
      path: '/1.1/statuses/update.json',
      query: [['include_entities', 'true']] as [string, string][],
      formParams: [['status', TWITTER.status]] as [string, string][],
      authorization: header,
    };
    expect(verifier.verify(req)).toEqual({ ok: true, consumerKey: TWITTER.consumerKey, scheme: 'https' });
    expect(verifier.verify(req)).toMatchObject({ ok: false, problem: 'nonce_used' });
    const fresh = twitterVerifier();
    expect(fresh.verify({ ...req, formParams: [['status', 'changed']] })).toMatchObject({
      problem: 'signature_invalid',
    });
  });

  it('percent-encodes per RFC 3986', () => {
    expect(percentEncode("a b+c*d~e!'()é")).toBe('a%20b%2Bc%2Ad~e%21%27%28%29%C3%A9');
    expect(percentEncode('x')).toBe(enc('x'));
  });
});

describe('OAuth 1.0a over HTTP', () => {
  let sim: Simulator;
  const ts = Math.floor(T0 / 1000);
  let n = 0;
  const sign = (method: string, pathAndQuery: string, over: Partial<SignInput> = {}): string =>
    independentSign({
      method,
      url: sim.url + pathAndQuery,
      consumerKey: sim.account.consumerKey,
      consumerSecret: sim.account.consumerSecret,
      token: sim.account.accessToken,
      tokenSecret: sim.account.accessTokenSecret,
      nonce: `nonce-${++n}`,
      timestamp: ts,
      ...over,
    });
  const eh = (): string =>
    `/interaction_history/api/account/${sim.account.accountId}/interactions/search?offset=0&limit=3&sort=start:desc&source=My%20App+Test`;
  const body = JSON.stringify({ start: { from: T0 - 7 * 86400000, to: T0 } });
  const send = (p: string, auth: string, b = body) =>
    rawRequest(sim.url + p, {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: b,
    });

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, seed: 7, conversations: 40, now: T0 });
  });
  afterAll(() => sim.close());

  it('accepts a GET signed by the independent client (query params with commas and $)', async () => {
    const p = `/api/account/${sim.account.accountId}/configuration/le-users/skills?v=2.0&select=id,name,$all`;
    const r = await rawRequest(sim.url + p, { headers: { authorization: sign('GET', p) } });
    expect(r.status).toBe(200);
  });

  it('accepts a signed POST; the JSON body is not signed', async () => {
    expect((await send(eh(), sign('POST', eh()))).status).toBe(200);
    const other = JSON.stringify({ start: { from: T0 - 86400000, to: T0 } });
    expect((await send(eh(), sign('POST', eh()), other)).status).toBe(200);
    expect(sim.requests().at(-1)).toMatchObject({ auth: 'oauth1', authResult: 'ok', source: 'My App Test' });
  });

  it('rejects a changed query parameter with 401 signature_invalid (LivePerson form body)', async () => {
    const r = await send(eh().replace('limit=3', 'limit=4'), sign('POST', eh()));
    expect(r.status).toBe(401);
    expect(r.body).toBe(
      'oauth_problem=signature_invalid&oauth_problem_advice=the oauth_signature is invalid',
    );
    expect(r.headers['www-authenticate']).toContain('signature_invalid');
  });

  it('rejects a wrong consumer secret or token secret', async () => {
    for (const over of [{ consumerSecret: 'nope' }, { tokenSecret: 'nope' }]) {
      const r = await send(eh(), sign('POST', eh(), over));
      expect(r.status).toBe(401);
      expect(r.body).toContain('oauth_problem=signature_invalid');
    }
  });

  it('rejects stale and future timestamps beyond ±300 s, accepts within', async () => {
    for (const delta of [-301, 301]) {
      const r = await send(eh(), sign('POST', eh(), { timestamp: ts + delta }));
      expect(r.status).toBe(401);
      expect(r.body).toContain('oauth_problem=timestamp_refused');
    }
    expect((await send(eh(), sign('POST', eh(), { timestamp: ts - 299 }))).status).toBe(200);
  });

  it('rejects a reused nonce', async () => {
    const auth = sign('POST', eh(), { nonce: 'once-only' });
    expect((await send(eh(), auth)).status).toBe(200);
    const again = await send(eh(), auth);
    expect(again.status).toBe(401);
    expect(again.body).toContain('oauth_problem=nonce_used');
  });

  it('rejects unknown keys, missing parameters and other signature methods', async () => {
    const cases: [Partial<SignInput>, string][] = [
      [{ consumerKey: 'someone-else' }, 'consumer_key_unknown'],
      [{ token: 'other-token' }, 'token_rejected'],
      [{ omit: 'oauth_nonce' }, 'parameter_absent'],
      [{ signatureMethod: 'PLAINTEXT' }, 'signature_method_rejected'],
    ];
    for (const [over, problem] of cases) {
      const r = await send(eh(), sign('POST', eh(), over));
      expect(r.status).toBe(401);
      expect(
        parse({ ...r, body: JSON.stringify(Object.fromEntries(new URLSearchParams(r.body))) }).oauth_problem,
      ).toBe(problem);
    }
  });

  it('accepts a base URL signed with https:// (clients that assume https), unless --strict-scheme', async () => {
    /** The search signed by `target`'s keys over its base URL written with https://. */
    const signedOverHttps = (target: Simulator) =>
      independentSign({
        method: 'POST',
        url: target.url.replace('http://', 'https://') + eh(),
        consumerKey: target.account.consumerKey,
        consumerSecret: target.account.consumerSecret,
        token: target.account.accessToken,
        tokenSecret: target.account.accessTokenSecret,
        nonce: 'https-nonce',
        timestamp: ts,
      });
    expect((await send(eh(), signedOverHttps(sim))).status).toBe(200);
    const strict = await startSimulator({
      port: 0,
      seed: 7,
      conversations: 40,
      now: T0,
      acceptHttpsBaseUrl: false,
    });
    try {
      const r = await rawRequest(strict.url + eh(), {
        method: 'POST',
        headers: { authorization: signedOverHttps(strict), 'content-type': 'application/json' },
        body,
      });
      expect(r.status).toBe(401);
    } finally {
      await strict.close();
    }
  });
});
