/**
 * OAuth 1.0a HMAC-SHA1 (RFC 5849) for the workbench's LivePerson calls: the TS twin of the Apex
 * `OAuth1Signer`, held to the same contract vectors (config/vectors/oauth1-signatures.json).
 * Node-only (node:crypto): no component ever signs, so it does not live in lwc-ts.
 */
import crypto from 'node:crypto';

export interface OAuth1Keys {
  consumerKey: string;
  consumerSecret: string;
  token: string;
  tokenSecret: string;
}

export interface OAuth1Signing {
  baseUrl: string;
  baseString: string;
  signingKey: string;
  signature: string;
  authorizationHeader: string;
}

export interface OAuth1Options {
  /** Form parameters that are signed besides the URL's query (a JSON body never is). */
  params?: [string, string][];
  nonce?: string;
  timestamp?: string;
}

/** RFC 3986 percent-encoding: everything but A-Z a-z 0-9 - . _ ~ */
export function percentEncode(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

const byNameThenValue = ([a, av]: [string, string], [b, bv]: [string, string]): number =>
  a === b ? (av < bv ? -1 : av > bv ? 1 : 0) : a < b ? -1 : 1;

export function signOAuth1(
  method: string,
  url: string,
  keys: OAuth1Keys,
  options: OAuth1Options = {},
): OAuth1Signing {
  const u = new URL(url); // lower-cases scheme and host, drops a default port
  const oauth: [string, string][] = [
    ['oauth_consumer_key', keys.consumerKey],
    ['oauth_nonce', options.nonce ?? crypto.randomBytes(16).toString('hex')],
    ['oauth_signature_method', 'HMAC-SHA1'],
    ['oauth_timestamp', options.timestamp ?? String(Math.floor(Date.now() / 1000))],
    ['oauth_token', keys.token],
    ['oauth_version', '1.0'],
  ];
  const baseUrl = `${u.protocol}//${u.host}${u.pathname}`;
  const normalized = [...oauth, ...u.searchParams.entries(), ...(options.params ?? [])]
    .map(([k, v]): [string, string] => [percentEncode(k), percentEncode(v)])
    .sort(byNameThenValue)
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const baseString = [method.toUpperCase(), percentEncode(baseUrl), percentEncode(normalized)].join('&');
  const signingKey = `${percentEncode(keys.consumerSecret)}&${percentEncode(keys.tokenSecret)}`;
  const signature = crypto.createHmac('sha1', signingKey).update(baseString).digest('base64');
  const authorizationHeader =
    'OAuth ' +
    [...oauth, ['oauth_signature', signature] as [string, string]]
      .sort(byNameThenValue)
      .map(([k, v]) => `${k}="${percentEncode(v)}"`)
      .join(', ');
  return { baseUrl, baseString, signingKey, signature, authorizationHeader };
}
