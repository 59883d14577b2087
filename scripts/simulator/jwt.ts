/**
 * Sentinel-like app JWTs (OAuth 2.0 client credentials). HS256 with a simulator-only key; the
 * product must treat the token as opaque (it only caches it and refreshes it on 401).
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

function b64url(data: string | Buffer): string {
  return Buffer.from(data).toString('base64url');
}

export interface TokenClaims {
  iss: string;
  sub: string;
  aud: string;
  accountId: string;
  scope: string;
  iat: number;
  exp: number;
  jti: string;
  [key: string]: unknown;
}

export function signJwt(claims: TokenClaims, key: string): string {
  const header = b64url(JSON.stringify({ alg: 'HS256', typ: 'JWT', kid: 'lp-sim-sentinel-1' }));
  const payload = b64url(JSON.stringify(claims));
  const sig = createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url');
  return `${header}.${payload}.${sig}`;
}

export type JwtCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; reason: 'malformed' | 'signature' | 'expired' | 'account'; claims?: TokenClaims };

export function verifyJwt(token: string, key: string, nowMs: number, accountId: string): JwtCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'malformed' };
  const [header, payload, sig] = parts as [string, string, string];
  const expected = Buffer.from(createHmac('sha256', key).update(`${header}.${payload}`).digest('base64url'));
  const given = Buffer.from(sig);
  if (expected.length !== given.length || !timingSafeEqual(expected, given))
    return { ok: false, reason: 'signature' };
  let claims: TokenClaims;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as TokenClaims;
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (typeof claims.exp !== 'number' || claims.exp * 1000 <= nowMs)
    return { ok: false, reason: 'expired', claims };
  if (claims.accountId !== accountId) return { ok: false, reason: 'account', claims };
  return { ok: true, claims };
}
