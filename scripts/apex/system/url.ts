/**
 * `System.URL` with java.net.URL's parts: `getPath()` is `''` without a path, `getQuery()`/`getRef()`
 * are null when absent, `getPort()` is -1 unless given. `getOrgDomainUrl()` is the org's My Domain.
 */
import { NotSupportedError } from '../lang/errors';
import type { NativeClass } from '../interp/native';
import { NativeObject, type ApexValue } from '../interp/values';
import { arity, intArg, nullPointer, stringArg, unsupportedOverload } from './args';
import { orgHost, orgInfo } from './services-tx';

export interface UrlParts {
  protocol: string;
  userInfo: string | null;
  host: string;
  port: number;
  path: string;
  query: string | null;
  ref: string | null;
}

export const URL_CLASS = 'System.URL';

const DEFAULT_PORTS: Record<string, number> = { http: 80, https: 443, ftp: 21 };
const KNOWN_PROTOCOLS = new Set(['http', 'https', 'ftp', 'file', 'mailto', 'jar']);

const SPEC = /^([a-zA-Z][a-zA-Z0-9+.-]*):(?:\/\/([^/?#]*))?([^?#]*)(?:\?([^#]*))?(?:#(.*))?$/;

export function parseUrl(spec: string): UrlParts {
  const m = SPEC.exec(spec.trim());
  const protocol = m?.[1].toLowerCase();
  if (!m || !protocol || !KNOWN_PROTOCOLS.has(protocol)) {
    throw new NotSupportedError(`new URL('${spec}'): not a URL the runtime can parse`);
  }
  const authority = m[2] ?? '';
  const at = authority.lastIndexOf('@');
  const userInfo = at >= 0 ? authority.slice(0, at) : null;
  const hostPort = at >= 0 ? authority.slice(at + 1) : authority;
  const portMatch = /^(.*):(\d*)$/.exec(hostPort);
  return {
    protocol,
    userInfo,
    host: portMatch ? portMatch[1] : hostPort,
    port: portMatch && portMatch[2] !== '' ? Number(portMatch[2]) : -1,
    path: m[3],
    query: m[4] ?? null,
    ref: m[5] ?? null,
  };
}

export function authorityOf(u: UrlParts): string {
  return (u.userInfo !== null ? u.userInfo + '@' : '') + u.host + (u.port >= 0 ? ':' + u.port : '');
}

export function externalForm(u: UrlParts): string {
  const file = u.path + (u.query !== null ? '?' + u.query : '');
  return `${u.protocol}://${authorityOf(u)}${file}${u.ref !== null ? '#' + u.ref : ''}`;
}

export function urlValue(parts: UrlParts): NativeObject<UrlParts> {
  return new NativeObject<UrlParts>(URL_CLASS, parts);
}

function urlArg(args: ApexValue[], i: number): UrlParts {
  const v = args[i];
  if (v === null || v === undefined) throw nullPointer();
  if (!(v instanceof NativeObject) || v.className !== URL_CLASS) throw unsupportedOverload('new URL', args);
  return v.payload as UrlParts;
}

/** `new URL(context, spec)`: an absolute spec stands alone; otherwise resolved against the context (RFC 3986). */
function resolve(context: UrlParts, spec: string): UrlParts {
  if (/^[a-zA-Z][a-zA-Z0-9+.-]*:/.test(spec)) return parseUrl(spec);
  return parseUrl(new globalThis.URL(spec, externalForm(context)).href);
}

const parts = (self: unknown): UrlParts => self as UrlParts;

export const UrlClass: NativeClass = {
  name: 'URL',
  namespace: 'System',
  construct: (_ctx, _self, args) => {
    if (args.length === 1) return urlValue(parseUrl(stringArg(args, 0, 'new URL')));
    if (args.length === 2) return urlValue(resolve(urlArg(args, 0), stringArg(args, 1, 'new URL')));
    if (args.length === 3 || args.length === 4) {
      const protocol = stringArg(args, 0, 'new URL');
      const host = stringArg(args, 1, 'new URL');
      const port = args.length === 4 ? intArg(args, 2, 'new URL') : -1;
      const file = stringArg(args, args.length - 1, 'new URL');
      return urlValue(parseUrl(`${protocol}://${host}${port >= 0 ? ':' + port : ''}${file}`));
    }
    throw unsupportedOverload('new URL', args);
  },
  statics: {
    getorgdomainurl: (ctx, _self, args) => {
      arity('URL.getOrgDomainUrl', args, 0);
      return urlValue(parseUrl(`https://${orgHost(orgInfo(ctx))}`));
    },
    getsalesforcebaseurl: (ctx, _self, args) => {
      arity('URL.getSalesforceBaseUrl', args, 0);
      return urlValue(parseUrl(`https://${orgHost(orgInfo(ctx))}`));
    },
  },
  methods: {
    getprotocol: (_ctx, self) => parts(self).protocol,
    gethost: (_ctx, self) => parts(self).host,
    getport: (_ctx, self) => parts(self).port,
    getdefaultport: (_ctx, self) => DEFAULT_PORTS[parts(self).protocol] ?? -1,
    getpath: (_ctx, self) => parts(self).path,
    getquery: (_ctx, self) => parts(self).query,
    getref: (_ctx, self) => parts(self).ref,
    getuserinfo: (_ctx, self) => parts(self).userInfo,
    getauthority: (_ctx, self) => authorityOf(parts(self)),
    getfile: (_ctx, self) => parts(self).path + (parts(self).query !== null ? '?' + parts(self).query : ''),
    toexternalform: (_ctx, self) => externalForm(parts(self)),
    tostring: (_ctx, self) => externalForm(parts(self)),
    samefile: (_ctx, self, args) => {
      arity('URL.sameFile', args, 1);
      const a = parts(self);
      const b = urlArg(args, 0);
      return externalForm({ ...a, ref: null }) === externalForm({ ...b, ref: null });
    },
    equals: (_ctx, self, args) => {
      const other = args[0];
      return (
        other instanceof NativeObject &&
        other.className === URL_CLASS &&
        externalForm(parts(self)) === externalForm(other.payload as UrlParts)
      );
    },
  },
};
