/**
 * The simulator's own OAuth 1.0a (RFC 5849) HMAC-SHA1 verifier — deliberately independent of the
 * product's Apex signer (the simulator is the other side of the wire).
 *
 * Signed parameters: the `oauth_*` protocol parameters (minus `oauth_signature`, and `realm`), every
 * URL query parameter, and form-encoded body parameters (only when the body is
 * `application/x-www-form-urlencoded`; a JSON body is never signed). Base URL: scheme and host
 * lower-case, default ports dropped, path as sent, no query.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

/** RFC 3986 percent-encoding (unreserved characters kept: A-Z a-z 0-9 - . _ ~). */
export function percentEncode(value: string): string {
  return encodeURIComponent(value).replace(
    /[!'()*]/g,
    (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase(),
  );
}

/** Percent-decoding (strict: a malformed escape throws). */
export function percentDecode(value: string): string {
  return decodeURIComponent(value);
}

/** `scheme://host[:port]/path`, lower-case scheme and host, default port removed (RFC 5849 §3.4.1.2). */
export function normalizeBaseUrl(scheme: string, hostHeader: string, path: string): string {
  const sch = scheme.toLowerCase();
  let host = hostHeader.toLowerCase();
  if ((sch === 'http' && host.endsWith(':80')) || (sch === 'https' && host.endsWith(':443'))) {
    host = host.slice(0, host.lastIndexOf(':'));
  }
  return `${sch}://${host}${path}`;
}

/** Normalised parameter string (RFC 5849 §3.4.1.3.2): encode, sort by name then value, join. */
export function normalizeParameters(params: readonly (readonly [string, string])[]): string {
  return params
    .map(([k, v]) => [percentEncode(k), percentEncode(v)] as const)
    .sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : x[1] < y[1] ? -1 : x[1] > y[1] ? 1 : 0))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
}

/** Signature base string: `METHOD&enc(baseUrl)&enc(normalizedParams)`. */
export function signatureBaseString(
  method: string,
  baseUrl: string,
  params: readonly (readonly [string, string])[],
): string {
  return [method.toUpperCase(), percentEncode(baseUrl), percentEncode(normalizeParameters(params))].join('&');
}

/** HMAC-SHA1 over the base string with key `enc(consumerSecret)&enc(tokenSecret)`, base64. */
export function hmacSha1Signature(baseString: string, consumerSecret: string, tokenSecret: string): string {
  const key = `${percentEncode(consumerSecret)}&${percentEncode(tokenSecret)}`;
  return createHmac('sha1', key).update(baseString).digest('base64');
}

/** Parses `OAuth k="v", ...` into decoded parameters; null when the header is not OAuth. */
export function parseOAuthHeader(header: string): Map<string, string> | null {
  const m = /^\s*OAuth\s+(.*)$/is.exec(header);
  if (!m) return null;
  const out = new Map<string, string>();
  const re = /([A-Za-z0-9_\-.~%]+)\s*=\s*"([^"]*)"/g;
  let hit: RegExpExecArray | null;
  while ((hit = re.exec(m[1] as string)) !== null) {
    out.set(percentDecode(hit[1] as string), percentDecode(hit[2] as string));
  }
  return out;
}

export interface OAuth1Credentials {
  consumerKey: string;
  consumerSecret: string;
  accessToken: string;
  accessTokenSecret: string;
}

export interface OAuth1Request {
  method: string;
  /** Schemes the base URL may have been signed with (the request's own first). */
  schemes: readonly string[];
  host: string;
  path: string;
  query: readonly (readonly [string, string])[];
  formParams: readonly (readonly [string, string])[];
  authorization: string;
}

export type OAuth1Problem =
  | 'parameter_absent'
  | 'parameter_rejected'
  | 'version_rejected'
  | 'signature_method_rejected'
  | 'consumer_key_unknown'
  | 'token_rejected'
  | 'timestamp_refused'
  | 'nonce_used'
  | 'signature_invalid';

export type OAuth1Result =
  | { ok: true; consumerKey: string; scheme: string }
  | { ok: false; problem: OAuth1Problem; advice: string; absent?: string[] };

const REQUIRED = [
  'oauth_consumer_key',
  'oauth_token',
  'oauth_signature_method',
  'oauth_signature',
  'oauth_timestamp',
  'oauth_nonce',
];

/** Verifies OAuth 1.0a requests; remembers nonces for twice the timestamp window. */
export class OAuth1Verifier {
  private readonly nonces = new Map<string, number>();

  constructor(
    private readonly creds: () => OAuth1Credentials,
    private readonly nowMs: () => number,
    private readonly windowSec = 300,
  ) {}

  verify(req: OAuth1Request): OAuth1Result {
    const oauth = parseOAuthHeaderSafe(req.authorization);
    if (!oauth)
      return { ok: false, problem: 'parameter_rejected', advice: 'the Authorization header is malformed' };
    const absent = REQUIRED.filter((k) => !oauth.has(k));
    if (absent.length > 0) {
      return { ok: false, problem: 'parameter_absent', advice: `missing ${absent.join(',')}`, absent };
    }
    const version = oauth.get('oauth_version');
    if (version !== undefined && version !== '1.0') {
      return { ok: false, problem: 'version_rejected', advice: 'oauth_version must be 1.0' };
    }
    if (oauth.get('oauth_signature_method') !== 'HMAC-SHA1') {
      return { ok: false, problem: 'signature_method_rejected', advice: 'only HMAC-SHA1 is supported' };
    }
    const creds = this.creds();
    const consumerKey = oauth.get('oauth_consumer_key') as string;
    if (consumerKey !== creds.consumerKey) {
      return { ok: false, problem: 'consumer_key_unknown', advice: 'the oauth_consumer_key is unknown' };
    }
    if (oauth.get('oauth_token') !== creds.accessToken) {
      return { ok: false, problem: 'token_rejected', advice: 'the oauth_token is invalid' };
    }
    const tsText = oauth.get('oauth_timestamp') as string;
    const ts = /^\d{1,12}$/.test(tsText) ? Number(tsText) : NaN;
    const nowSec = Math.floor(this.nowMs() / 1000);
    if (!Number.isFinite(ts) || Math.abs(nowSec - ts) > this.windowSec) {
      return {
        ok: false,
        problem: 'timestamp_refused',
        advice: `the oauth_timestamp is more than ${this.windowSec} seconds away from the server time`,
      };
    }
    const params: [string, string][] = [];
    for (const [k, v] of oauth) if (k !== 'oauth_signature' && k !== 'realm') params.push([k, v]);
    params.push(...req.query.map(([k, v]) => [k, v] as [string, string]));
    params.push(...req.formParams.map(([k, v]) => [k, v] as [string, string]));
    const given = Buffer.from(oauth.get('oauth_signature') as string);
    let matched: string | null = null;
    for (const scheme of req.schemes) {
      const base = signatureBaseString(req.method, normalizeBaseUrl(scheme, req.host, req.path), params);
      const expected = Buffer.from(hmacSha1Signature(base, creds.consumerSecret, creds.accessTokenSecret));
      if (expected.length === given.length && timingSafeEqual(expected, given)) {
        matched = scheme;
        break;
      }
    }
    if (matched === null)
      return { ok: false, problem: 'signature_invalid', advice: 'the oauth_signature is invalid' };
    this.prune(nowSec);
    const nonceKey = `${consumerKey}|${tsText}|${oauth.get('oauth_nonce')}`;
    if (this.nonces.has(nonceKey)) {
      return { ok: false, problem: 'nonce_used', advice: 'the oauth_nonce has already been used' };
    }
    this.nonces.set(nonceKey, ts);
    return { ok: true, consumerKey, scheme: matched };
  }

  private prune(nowSec: number): void {
    if (this.nonces.size < 1000) return;
    for (const [k, ts] of this.nonces) if (ts < nowSec - 2 * this.windowSec) this.nonces.delete(k);
  }
}

function parseOAuthHeaderSafe(header: string): Map<string, string> | null {
  try {
    return parseOAuthHeader(header);
  } catch {
    return null;
  }
}

/** The form-encoded problem body LivePerson's OAuth1 endpoints answer with (liveperson-apis.md S10). */
export function oauthProblemBody(result: Extract<OAuth1Result, { ok: false }>): string {
  let body = `oauth_problem=${result.problem}&oauth_problem_advice=${result.advice}`;
  if (result.absent) body += `&oauth_parameters_absent=${percentEncode(result.absent.join('&'))}`;
  return body;
}
