/**
 * The LivePerson simulator's HTTP server: one 127.0.0.1 host serving every LivePerson service
 * (the domain API hands this host out for all of them), with authentication, fault injection, a
 * request log and `/__sim/*` control routes.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  csds,
  engHistSearch,
  json,
  lpError,
  msgHistById,
  msgHistSearch,
  skills,
  users,
  type ApiContext,
  type SimResponse,
} from './api';
import { SimClock } from './clock';
import {
  FaultError,
  FaultSet,
  normalizeFaultSpec,
  parseFaultSpec,
  type ActiveFault,
  type FaultSpec,
} from './faults';
import { SimData, type JsonObject, type LiveConversation, type Visitor } from './generator';
import { signJwt, verifyJwt } from './jwt';
import { OAuth1Verifier, oauthProblemBody } from './oauth1';
import { resolveOptions, type ResolvedOptions, type SimulatorOptions } from './options';
import { chatWidgetModel, messagingWidgetModel } from './widget-model';

export type SimAccount = Pick<
  ResolvedOptions,
  | 'accountId'
  | 'consumerKey'
  | 'consumerSecret'
  | 'accessToken'
  | 'accessTokenSecret'
  | 'clientId'
  | 'clientSecret'
>;

export interface RequestLogEntry {
  seq: number;
  timeL: number;
  method: string;
  path: string;
  route: string;
  query: Record<string, string>;
  source: string | null;
  auth: 'bearer' | 'oauth1' | 'none' | 'other';
  /** `ok`, or why authentication failed (e.g. `signature_invalid`, `expired`). */
  authResult: string | null;
  status: number;
  fault: string | null;
  bytes: number;
}

export interface Simulator {
  /** `http://127.0.0.1:<port>` */
  url: string;
  port: number;
  /** What the domain API returns as every service's baseURI (`127.0.0.1:<port>`). */
  baseUri: string;
  account: SimAccount;
  options: ResolvedOptions;
  clock: SimClock;
  data: SimData;
  faults: {
    add(spec: FaultSpec | string): ActiveFault;
    clear(): void;
    list(): ActiveFault[];
  };
  requests(): RequestLogEntry[];
  clearRequests(): void;
  /** An OAuth 2.0 access token as the sentinel endpoint would issue it now. */
  issueToken(): string;
  liveConversations(): LiveConversation[];
  /** Agent Workspace Widget SDK public model of a conversation (chat: engagementId or chat id). */
  widgetModel(channel: 'chat' | 'messaging', id: string): JsonObject | null;
  sampleVisitors(count?: number): Visitor[];
  close(): Promise<void>;
}

interface Route {
  name: string;
  method: string;
  re: RegExp;
  auth: boolean;
}

/** LivePerson routes (paths as the real services). */
const ROUTES: Route[] = [
  {
    name: 'csds',
    method: 'GET',
    re: /^\/api\/account\/([^/]+)\/service\/([^/]+)\/baseURI\.json$/,
    auth: false,
  },
  { name: 'csds', method: 'GET', re: /^\/api\/account\/([^/]+)\/service\/baseURI\.json$/, auth: false },
  { name: 'sentinel', method: 'POST', re: /^\/sentinel\/api\/account\/([^/]+)\/app\/token$/, auth: false },
  {
    name: 'sentinel',
    method: 'POST',
    re: /^\/sentinel\/api\/v2\/account\/([^/]+)\/app\/token$/,
    auth: false,
  },
  {
    name: 'skills',
    method: 'GET',
    re: /^\/api\/account\/([^/]+)\/configuration\/le-users\/skills(?:\/([^/]+))?$/,
    auth: true,
  },
  {
    name: 'users',
    method: 'GET',
    re: /^\/api\/account\/([^/]+)\/configuration\/le-users\/users$/,
    auth: true,
  },
  {
    name: 'engHist.search',
    method: 'POST',
    re: /^\/interaction_history\/api\/account\/([^/]+)\/interactions\/search$/,
    auth: true,
  },
  {
    name: 'msgHist.search',
    method: 'POST',
    re: /^\/messaging_history\/api\/account\/([^/]+)\/conversations\/search$/,
    auth: true,
  },
  {
    name: 'msgHist.conversation',
    method: 'POST',
    re: /^\/messaging_history\/api\/account\/([^/]+)\/conversations\/conversation\/search$/,
    auth: true,
  },
  {
    name: 'msgHist.consumer',
    method: 'POST',
    re: /^\/messaging_history\/api\/account\/([^/]+)\/conversations\/consumer\/search$/,
    auth: true,
  },
];

const MAX_BODY = 1024 * 1024;

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) {
        reject(new Error('body too large'));
        req.destroy();
        return;
      }
      chunks.push(c);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/** The XSSI-guard prefix a misbehaving gateway might put in front of JSON (our "malformed" fault). */
export const MALFORMED_PREFIX = ")]}',\n";

export async function startSimulator(options: SimulatorOptions = {}): Promise<Simulator> {
  const opts = resolveOptions(options);
  const clock = new SimClock(opts.now ?? undefined);
  const anchorMs = opts.anchor ?? Math.floor(clock.now() / 60_000) * 60_000;
  const account: SimAccount = {
    accountId: opts.accountId,
    consumerKey: opts.consumerKey,
    consumerSecret: opts.consumerSecret,
    accessToken: opts.accessToken,
    accessTokenSecret: opts.accessTokenSecret,
    clientId: opts.clientId,
    clientSecret: opts.clientSecret,
  };
  const data = new SimData({
    seed: opts.seed,
    accountId: opts.accountId,
    chatCount: opts.chatConversations,
    messagingCount: opts.messagingConversations,
    anchorMs,
    spanMs: opts.days * 24 * 60 * 60_000,
    liveCount: opts.live,
  });
  const faults = new FaultSet();
  for (const f of opts.faults) faults.add(f);
  const verifier = new OAuth1Verifier(
    () => account,
    () => clock.now(),
    opts.oauthWindowSec,
  );
  const jwtKey = `lp-sim-sentinel:${String(opts.seed)}:${opts.clientSecret}`;
  let tokenSeq = 0;
  const log: RequestLogEntry[] = [];
  let logSeq = 0;
  const timers = new Set<NodeJS.Timeout>();
  /** Waits `ms` on a timer close() clears; with `res`, no longer than `res` stays open. */
  const hold = (ms: number, res?: ServerResponse): Promise<void> =>
    new Promise<void>((resolve) => {
      const t = setTimeout(() => {
        timers.delete(t);
        resolve();
      }, ms);
      timers.add(t);
      res?.once('close', () => {
        clearTimeout(t);
        timers.delete(t);
        resolve();
      });
    });
  let baseUri = '';
  let closed = false;

  const issueToken = (): string => {
    const iat = Math.floor(clock.now() / 1000);
    tokenSeq++;
    return signJwt(
      {
        iss: 'https://sentinel.liveperson.net',
        sub: opts.clientId,
        aud: opts.clientId,
        accountId: opts.accountId,
        scope: 'data.services.enghist data.services.msghist account.config.read',
        iat,
        exp: iat + opts.tokenTtlSec,
        jti: `sim-${String(opts.seed)}-${tokenSeq}`,
        'lp.site': opts.accountId,
        client_name: 'LiveEngage for Salesforce (simulated installation)',
        grant_type: 'client_credentials',
        'lp.ext': { env: 'simulator', dc: 'va', farm: 'z1', app_install_id: `sim-install-${opts.accountId}` },
      },
      jwtKey,
    );
  };

  const record = (e: Omit<RequestLogEntry, 'seq' | 'timeL'>): void => {
    log.push({ seq: ++logSeq, timeL: clock.now(), ...e });
    if (log.length > opts.requestLogSize) log.splice(0, log.length - opts.requestLogSize);
  };

  const send = (res: ServerResponse, r: SimResponse, cut?: number): number => {
    const buf = Buffer.from(r.body, 'utf8');
    const out = cut === undefined ? buf : buf.subarray(0, cut);
    res.writeHead(r.status, { ...r.headers, 'content-length': String(out.length) });
    res.end(out);
    return out.length;
  };

  // ---------------------------------------------------------------- auth

  type AuthOutcome = { kind: RequestLogEntry['auth']; result: string | null; fail: SimResponse | null };

  const authenticate = (
    req: IncomingMessage,
    rawPath: string,
    query: [string, string][],
    formParams: [string, string][],
  ): AuthOutcome => {
    const header = req.headers.authorization ?? '';
    const now = clock.now();
    if (header === '') {
      return {
        kind: 'none',
        result: 'missing',
        fail: lpError(now, 401, 'Authorization header is missing', 10),
      };
    }
    if (/^Bearer\s+/i.test(header)) {
      const check = verifyJwt(header.replace(/^Bearer\s+/i, '').trim(), jwtKey, now, opts.accountId);
      if (check.ok) return { kind: 'bearer', result: 'ok', fail: null };
      const message =
        check.reason === 'expired'
          ? 'Token is expired'
          : check.reason === 'account'
            ? 'Unauthorized account access'
            : 'Invalid token';
      return { kind: 'bearer', result: check.reason, fail: lpError(now, 401, message, 10) };
    }
    if (/^OAuth\s+/i.test(header)) {
      const result = verifier.verify({
        method: req.method ?? 'GET',
        schemes: opts.acceptHttpsBaseUrl ? ['http', 'https'] : ['http'],
        host: req.headers.host ?? '',
        path: rawPath,
        query,
        formParams,
        authorization: header,
      });
      if (result.ok) return { kind: 'oauth1', result: 'ok', fail: null };
      return {
        kind: 'oauth1',
        result: result.problem,
        fail: {
          status: 401,
          headers: {
            'content-type': 'application/x-www-form-urlencoded',
            'www-authenticate': `OAuth oauth_problem="${result.problem}"`,
          },
          body: oauthProblemBody(result),
        },
      };
    }
    return {
      kind: 'other',
      result: 'unsupported',
      fail: lpError(now, 401, 'Unsupported authorization scheme', 10),
    };
  };

  // ---------------------------------------------------------------- faults

  const faultResponse = (f: ActiveFault, req: IncomingMessage): SimResponse | null => {
    const now = clock.now();
    switch (f.type) {
      case '401':
        if (/^OAuth\s/i.test(req.headers.authorization ?? '')) {
          return {
            status: 401,
            headers: {
              'content-type': 'application/x-www-form-urlencoded',
              'www-authenticate': 'OAuth oauth_problem="token_rejected"',
            },
            body: 'oauth_problem=token_rejected&oauth_problem_advice=the access token has been revoked',
          };
        }
        return lpError(now, 401, 'Token is expired', 10);
      case '403':
        return lpError(now, 403, 'Forbidden: the app key lacks the permission for this API', 12);
      case '429':
        return lpError(now, 429, 'Too many requests', 13, { 'retry-after': String(f.retryAfter) });
      case '500':
        return lpError(now, 500, 'Internal server error', 99);
      case '503':
        return {
          status: 503,
          headers: { 'content-type': 'text/html; charset=utf-8', 'retry-after': String(f.retryAfter) },
          body: '<html><head><title>503 Service Unavailable</title></head><body><h1>Service Unavailable</h1></body></html>',
        };
      default:
        return null;
    }
  };

  // ---------------------------------------------------------------- control routes (/__sim)

  const control = async (
    req: IncomingMessage,
    path: string,
    url: URL,
    body: string,
  ): Promise<SimResponse> => {
    const method = req.method ?? 'GET';
    const parseJson = (): unknown => (body.trim() === '' ? {} : JSON.parse(body));
    try {
      if (path === '/__sim/info' && method === 'GET') {
        return json(200, {
          account,
          baseUri,
          seed: opts.seed,
          chatConversations: opts.chatConversations,
          messagingConversations: opts.messagingConversations,
          days: opts.days,
          live: opts.live,
          anchorL: anchorMs,
          nowL: clock.now(),
          tokenTtlSec: opts.tokenTtlSec,
        });
      }
      if (path === '/__sim/faults') {
        if (method === 'GET') return json(200, faults.list());
        if (method === 'DELETE') {
          faults.clear();
          return json(200, []);
        }
        if (method === 'POST') {
          const input = parseJson();
          const specs = (Array.isArray(input) ? input : [input]).map((x) =>
            typeof x === 'string' ? parseFaultSpec(x) : normalizeFaultSpec(x),
          );
          return json(
            201,
            specs.map((s) => faults.add(s)),
          );
        }
      }
      if (path === '/__sim/requests') {
        if (method === 'GET') return json(200, log);
        if (method === 'DELETE') {
          log.length = 0;
          return json(200, []);
        }
      }
      if (path === '/__sim/live' && method === 'GET')
        return json(200, { conversations: data.liveConversations() });
      if (path === '/__sim/visitors' && method === 'GET') {
        const n = Number(url.searchParams.get('count') ?? '20');
        return json(200, data.sampleVisitors(Number.isInteger(n) && n > 0 ? Math.min(n, 1000) : 20));
      }
      const w = /^\/__sim\/widget\/(chat|messaging)\/([^/]+)$/.exec(path);
      if (w && method === 'GET') {
        const model = widgetModel(w[1] as 'chat' | 'messaging', decodeURIComponent(w[2] as string));
        return model ? json(200, model) : json(404, { message: 'conversation not found' });
      }
      if (path === '/__sim/clock' && method === 'POST') {
        const b = parseJson() as { advanceMs?: number; setMs?: number };
        if (typeof b.advanceMs === 'number') clock.advance(b.advanceMs);
        if (typeof b.setMs === 'number') clock.set(b.setMs);
        return json(200, { nowL: clock.now() });
      }
      if (path === '/__sim/token' && method === 'POST') {
        return json(200, { access_token: issueToken(), token_type: 'Bearer' });
      }
      return json(404, { message: `no control route ${method} ${path}` });
    } catch (e) {
      return json(400, {
        message: e instanceof FaultError || e instanceof SyntaxError ? e.message : String(e),
      });
    }
  };

  const widgetModel = (channel: 'chat' | 'messaging', id: string): JsonObject | null => {
    if (channel === 'chat') {
      let i = data.chatIndexFromEngagementId(id);
      if (i < 0) i = data.chatIndexFromEngagementId(opts.accountId + id);
      return i >= 0 ? chatWidgetModel(data, i) : null;
    }
    const j = data.msgIndexFromConversationId(id);
    return j >= 0 ? messagingWidgetModel(data, j, clock.now()) : null;
  };

  // ---------------------------------------------------------------- token endpoint (sentinel)

  const token = (req: IncomingMessage, accountInPath: string, form: URLSearchParams): SimResponse => {
    const oauthError = (status: number, error: string, description: string): SimResponse =>
      json(status, { error, error_description: description }, { 'cache-control': 'no-store' });
    const ct = (req.headers['content-type'] ?? '').toLowerCase();
    if (!ct.startsWith('application/x-www-form-urlencoded')) {
      return oauthError(400, 'invalid_request', 'Content-Type must be application/x-www-form-urlencoded');
    }
    let clientId = form.get('client_id');
    let clientSecret = form.get('client_secret');
    const basic = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
    if (basic) {
      const [id, secret] = Buffer.from(basic[1] as string, 'base64')
        .toString('utf8')
        .split(':');
      clientId = decodeURIComponent(id ?? '');
      clientSecret = decodeURIComponent(secret ?? '');
    }
    const grant = form.get('grant_type');
    if (!grant) return oauthError(400, 'invalid_request', 'grant_type is required');
    if (grant !== 'client_credentials')
      return oauthError(400, 'unsupported_grant_type', `grant_type ${grant} is not supported`);
    if (!clientId || !clientSecret)
      return oauthError(400, 'invalid_request', 'client_id and client_secret are required');
    if (
      accountInPath !== opts.accountId ||
      clientId !== opts.clientId ||
      clientSecret !== opts.clientSecret
    ) {
      return oauthError(401, 'invalid_client', 'Client authentication failed');
    }
    return json(
      200,
      { access_token: issueToken(), token_type: 'Bearer' },
      { 'cache-control': 'no-store', pragma: 'no-cache' },
    );
  };

  // ---------------------------------------------------------------- main handler

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const rawUrl = req.url ?? '/';
    const qIndex = rawUrl.indexOf('?');
    const rawPath = qIndex < 0 ? rawUrl : rawUrl.slice(0, qIndex);
    const rawQuery = qIndex < 0 ? '' : rawUrl.slice(qIndex + 1);
    const url = new URL(rawUrl, 'http://127.0.0.1');
    let path: string;
    try {
      path = decodeURIComponent(rawPath);
    } catch {
      path = rawPath;
    }
    const bodyBuf = await readBody(req);
    const body = bodyBuf.toString('utf8');
    const method = req.method ?? 'GET';

    if (path.startsWith('/__sim/')) {
      const cors = { 'access-control-allow-origin': '*', 'access-control-allow-headers': 'content-type' };
      if (method === 'OPTIONS') {
        send(res, {
          status: 204,
          headers: { ...cors, 'access-control-allow-methods': 'GET,POST,DELETE' },
          body: '',
        });
        return;
      }
      const r = await control(req, path, url, body);
      send(res, { ...r, headers: { ...r.headers, ...cors } });
      return;
    }

    const query = new URLSearchParams(rawQuery);
    const queryPairs = [...query.entries()];
    const queryObj = Object.fromEntries(queryPairs);
    let route: Route | undefined;
    let m: RegExpExecArray | null = null;
    for (const r of ROUTES) {
      m = r.re.exec(rawPath);
      if (m) {
        route = r;
        break;
      }
    }
    const base = {
      method,
      path: rawPath,
      query: queryObj,
      source: query.get('source'),
    };
    if (!route || !m) {
      const bytes = send(res, lpError(clock.now(), 404, `No resource at ${method} ${rawPath}`, 404));
      record({ ...base, route: 'unknown', auth: 'none', authResult: null, status: 404, fault: null, bytes });
      return;
    }
    if (route.method !== method) {
      const bytes = send(res, lpError(clock.now(), 405, `Method ${method} is not allowed`, 405));
      record({ ...base, route: route.name, auth: 'none', authResult: null, status: 405, fault: null, bytes });
      return;
    }

    const fault = faults.take(route.name);
    const isForm = (req.headers['content-type'] ?? '')
      .toLowerCase()
      .startsWith('application/x-www-form-urlencoded');
    const form = new URLSearchParams(isForm ? body : '');
    const accountInPath = decodeURIComponent(m[1] as string);

    if (fault) {
      const fr = faultResponse(fault, req);
      if (fr) {
        const bytes = send(res, fr);
        const authKind = /^Bearer/i.test(req.headers.authorization ?? '')
          ? 'bearer'
          : /^OAuth/i.test(req.headers.authorization ?? '')
            ? 'oauth1'
            : 'none';
        record({
          ...base,
          route: route.name,
          auth: authKind,
          authResult: null,
          status: fr.status,
          fault: fault.type,
          bytes,
        });
        return;
      }
      if (fault.type === 'timeout') {
        // No answer: the client's own timeout ends the call; the connection is dropped after delayMs.
        await hold(fault.delayMs, res);
        record({
          ...base,
          route: route.name,
          auth: 'none',
          authResult: null,
          status: 0,
          fault: 'timeout',
          bytes: 0,
        });
        res.destroy();
        return;
      }
      if (fault.type === 'delay') {
        await hold(fault.delayMs);
        if (closed || res.destroyed) return;
      }
    }

    let auth: AuthOutcome = { kind: 'none', result: null, fail: null };
    if (route.auth) {
      auth = authenticate(req, rawPath, queryPairs, [...form.entries()]);
    } else if (
      req.headers.authorization &&
      route.name === 'csds' &&
      /^OAuth\s/i.test(req.headers.authorization)
    ) {
      auth = { kind: 'oauth1', result: 'ignored', fail: null }; // CSDS tolerates (ignores) auth headers
    }
    let r: SimResponse;
    if (auth.fail) {
      r = auth.fail;
    } else if (route.auth && accountInPath !== opts.accountId) {
      r = lpError(clock.now(), 401, 'Unauthorized account access', 10);
    } else {
      const ctx: ApiContext = {
        data,
        nowMs: clock.now(),
        origin: `http://${req.headers.host ?? baseUri}`,
        baseUri,
        path: rawPath,
        query,
        body,
        changed: fault?.type === 'changed',
      };
      switch (route.name) {
        case 'csds':
          r = csds(ctx, accountInPath, m[2] === undefined ? null : decodeURIComponent(m[2]));
          break;
        case 'sentinel':
          r = token(req, accountInPath, form);
          break;
        case 'skills':
          r = skills(ctx, m[2] === undefined ? null : decodeURIComponent(m[2]));
          break;
        case 'users':
          r = users(ctx);
          break;
        case 'engHist.search':
          r = engHistSearch(ctx);
          break;
        case 'msgHist.search':
          r = msgHistSearch(ctx, false);
          break;
        case 'msgHist.consumer':
          r = msgHistSearch(ctx, true);
          break;
        default:
          r = msgHistById(ctx);
      }
    }
    let cut: number | undefined;
    if (fault && r.status === 200) {
      if (fault.type === 'malformed') r = { ...r, body: MALFORMED_PREFIX + r.body };
      if (fault.type === 'truncated') cut = Math.floor(Buffer.byteLength(r.body) / 2);
    }
    const bytes = send(res, r, cut);
    record({
      ...base,
      route: route.name,
      auth: auth.kind,
      authResult: auth.result,
      status: r.status,
      fault: fault ? fault.type : null,
      bytes,
    });
  };

  const server = createServer((req, res) => {
    handle(req, res).catch((e: unknown) => {
      if (!res.headersSent) send(res, lpError(clock.now(), 500, `simulator error: ${String(e)}`, 99));
      else res.destroy();
    });
  });
  server.keepAliveTimeout = 1000;
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(opts.port, opts.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  baseUri = opts.publicHost ?? `${opts.host}:${port}`;

  return {
    url: `http://${opts.host}:${port}`,
    port,
    baseUri,
    account,
    options: opts,
    clock,
    data,
    faults: {
      add: (spec) => faults.add(typeof spec === 'string' ? parseFaultSpec(spec) : normalizeFaultSpec(spec)),
      clear: () => faults.clear(),
      list: () => faults.list(),
    },
    requests: () => log.slice(),
    clearRequests: () => {
      log.length = 0;
    },
    issueToken,
    liveConversations: () => data.liveConversations(),
    widgetModel,
    sampleVisitors: (n = 20) => data.sampleVisitors(n),
    close: () =>
      new Promise<void>((resolve) => {
        closed = true;
        for (const t of timers) clearTimeout(t);
        timers.clear();
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
