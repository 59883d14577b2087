/**
 * `System.PageReference` and the `Page` namespace (`Page.ChatLink` → a reference to `/apex/ChatLink`).
 * The page names come from the `.page` files of the loaded source directories.
 */
import { basename } from 'node:path';
import type { NativeClass } from '../interp/native';
import { packageFiles } from '../org/package-files';
import { ApexMap, NativeObject } from '../interp/values';
import { arity, boolArg, stringArg } from './args';
import { urlEncode } from './encoding-core';
import { STRING_TYPE } from './type-names';

export interface PageReferencePayload {
  /** The URL without the parameters held in `parameters`. */
  base: string;
  parameters: ApexMap;
  redirect: boolean;
  anchor: string | null;
}

export const PAGE_REFERENCE = 'System.PageReference';

/** A PageReference for a URL; its query string moves into the (mutable) parameter map. */
export function pageReference(url: string): NativeObject<PageReferencePayload> {
  const hash = url.indexOf('#');
  const anchor = hash >= 0 ? url.slice(hash + 1) : null;
  const withoutAnchor = hash >= 0 ? url.slice(0, hash) : url;
  const q = withoutAnchor.indexOf('?');
  const parameters = new ApexMap(STRING_TYPE, STRING_TYPE);
  if (q >= 0) {
    for (const part of withoutAnchor.slice(q + 1).split('&')) {
      if (part === '') continue;
      const eq = part.indexOf('=');
      const decode = (s: string): string => decodeURIComponent(s.replace(/\+/g, ' '));
      parameters.set(decode(eq >= 0 ? part.slice(0, eq) : part), eq >= 0 ? decode(part.slice(eq + 1)) : '');
    }
  }
  return new NativeObject<PageReferencePayload>(PAGE_REFERENCE, {
    base: q >= 0 ? withoutAnchor.slice(0, q) : withoutAnchor,
    parameters,
    redirect: false,
    anchor,
  });
}

export function pageUrl(p: PageReferencePayload): string {
  const query = p.parameters
    .entries()
    .filter(([, v]) => v !== null)
    .map(([k, v]) => `${urlEncode(String(k))}=${urlEncode(String(v))}`)
    .join('&');
  return p.base + (query ? '?' + query : '') + (p.anchor !== null ? '#' + p.anchor : '');
}

const page = (self: unknown): PageReferencePayload => self as PageReferencePayload;

export const PageReferenceClass: NativeClass = {
  name: 'PageReference',
  namespace: 'System',
  construct: (_ctx, _self, args) => {
    arity('new PageReference', args, 1);
    return pageReference(stringArg(args, 0, 'new PageReference'));
  },
  methods: {
    geturl: (_ctx, self) => pageUrl(page(self)),
    getparameters: (_ctx, self) => page(self).parameters,
    getanchor: (_ctx, self) => page(self).anchor,
    setanchor: (_ctx, self, args) => {
      arity('PageReference.setAnchor', args, 1);
      page(self).anchor = args[0] === null ? null : stringArg(args, 0, 'PageReference.setAnchor');
      return null;
    },
    getredirect: (_ctx, self) => page(self).redirect,
    setredirect: (_ctx, self, args) => {
      arity('PageReference.setRedirect', args, 1);
      page(self).redirect = boolArg(args, 0, 'PageReference.setRedirect');
      return null;
    },
  },
};

/** Names of the Visualforce pages (`*.page`) under the given source directories. */
export function findPageNames(dirs: string[]): string[] {
  return dirs
    .flatMap((dir) => packageFiles(dir, '.page'))
    .map((f) => basename(f, '.page'))
    .sort();
}

/** The `Page` namespace of an org with these pages: `Page.<Name>` is a new PageReference each time. */
export function pageNamespace(pageNames: string[]): NativeClass {
  const staticProps: NonNullable<NativeClass['staticProps']> = {};
  for (const name of pageNames) staticProps[name.toLowerCase()] = () => pageReference(`/apex/${name}`);
  return { name: 'Page', namespace: 'System', staticProps };
}
