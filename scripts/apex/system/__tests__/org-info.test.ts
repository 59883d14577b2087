import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { NotSupportedError } from '../../lang/errors';
import { ApexId } from '../../lang/id';
import { ApexDatetime } from '../../lang/temporal';
import { ApexMap, NativeObject, type ApexValue } from '../../interp/values';
import { DomainCreatorClass } from '../domain';
import { findPageNames, pageNamespace, PageReferenceClass } from '../page';
import { RequestClass } from '../request';
import { TimeZoneClass, UserInfoClass } from '../userinfo';
import { UrlClass } from '../url';
import type { OrgInfo } from '../services-tx';
import {
  callMethod,
  callStatic,
  construct,
  fakeCtx,
  fakeServices,
  ORG_ID,
  USER_ID,
  type FakeCtx,
} from './fake-ctx-services';

const ORG: OrgInfo = { id: ORG_ID, name: 'Acme', myDomain: 'Acme-Dev' };

function ctxWith(org: OrgInfo = ORG, extra: Record<string, unknown> = {}): FakeCtx {
  const services = fakeServices({
    [USER_ID]: {
      Id: ApexId.of(USER_ID),
      FirstName: 'Ada',
      LastName: 'Lovelace',
      Username: 'ada@acme.test',
      Email: 'ada@acme.test',
      ProfileId: ApexId.of('00e000000000001AAA'),
      LanguageLocaleKey: 'en_US',
      UserType: 'Standard',
    },
  });
  return fakeCtx([], { services, org, ...extra });
}

describe('UserInfo', () => {
  const ctx = ctxWith();
  const info = (m: string) => callStatic(ctx, UserInfoClass, m, []);

  it('reads the running user and org from the transaction services and the User record', async () => {
    expect(await info('getUserId')).toEqual(ApexId.of(USER_ID));
    expect(await info('getOrganizationId')).toEqual(ApexId.of(ORG_ID));
    expect(await info('getName')).toBe('Ada Lovelace');
    expect(await info('getUserName')).toBe('ada@acme.test');
    expect(await info('getUserEmail')).toBe('ada@acme.test');
    expect(await info('getFirstName')).toBe('Ada');
    expect(await info('getProfileId')).toEqual(ApexId.of('00e000000000001AAA'));
    expect(await info('getLocale')).toBe('en_US');
    expect(await info('getLanguage')).toBe('en_US');
  });

  it('gives the user time zone as a System.TimeZone', async () => {
    const tz = (await info('getTimeZone')) as NativeObject;
    expect(await callMethod(ctx, TimeZoneClass, tz, 'getId')).toBe('America/Los_Angeles');
    const winter = ApexDatetime.parseIso('2026-01-15T12:00:00Z');
    expect(await callMethod(ctx, TimeZoneClass, tz, 'getOffset', [winter])).toBe(-8 * 3600 * 1000);
    const unknown = (await callStatic(ctx, TimeZoneClass, 'getTimeZone', ['Nowhere/Else'])) as NativeObject;
    expect(await callMethod(ctx, TimeZoneClass, unknown, 'getId')).toBe('GMT');
  });

  it('is a loud gap without a User record', async () => {
    const bare = fakeCtx([], { services: fakeServices() });
    await expect(Promise.resolve(callStatic(bare, UserInfoClass, 'getName', []))).rejects.toThrow(
      NotSupportedError,
    );
  });
});

describe('URL', () => {
  const ctx = ctxWith();
  const url = async (spec: string) => (await construct(ctx, UrlClass, [spec])) as NativeObject;
  const get = (u: NativeObject, m: string, args: ApexValue[] = []) => callMethod(ctx, UrlClass, u, m, args);

  it('getOrgDomainUrl is the My Domain host', async () => {
    const u = (await callStatic(ctx, UrlClass, 'getOrgDomainUrl', [])) as NativeObject;
    expect(await get(u, 'toExternalForm')).toBe('https://acme-dev.my.salesforce.com');
    expect(await get(u, 'getPath')).toBe('');
    const sandbox = ctxWith({ ...ORG, sandboxName: 'qa' });
    const s = (await callStatic(sandbox, UrlClass, 'getOrgDomainUrl', [])) as NativeObject;
    expect(await callMethod(sandbox, UrlClass, s, 'getHost')).toBe('acme-dev--qa.sandbox.my.salesforce.com');
    const local = ctxWith({ ...ORG, host: '127.0.0.1:4100' });
    const l = (await callStatic(local, UrlClass, 'getOrgDomainUrl', [])) as NativeObject;
    expect(await callMethod(local, UrlClass, l, 'getPort')).toBe(4100);
  });

  it('splits a URL like java.net.URL', async () => {
    const u = await url('https://user@Va.Example.net:8443/a/b.json?x=1&y=2#frag');
    expect(await get(u, 'getProtocol')).toBe('https');
    expect(await get(u, 'getHost')).toBe('Va.Example.net');
    expect(await get(u, 'getPort')).toBe(8443);
    expect(await get(u, 'getDefaultPort')).toBe(443);
    expect(await get(u, 'getPath')).toBe('/a/b.json');
    expect(await get(u, 'getQuery')).toBe('x=1&y=2');
    expect(await get(u, 'getRef')).toBe('frag');
    expect(await get(u, 'getUserInfo')).toBe('user');
    expect(await get(u, 'getAuthority')).toBe('user@Va.Example.net:8443');
    expect(await get(u, 'getFile')).toBe('/a/b.json?x=1&y=2');
    expect(await get(u, 'toExternalForm')).toBe('https://user@Va.Example.net:8443/a/b.json?x=1&y=2#frag');
    const plain = await url('http://host');
    expect(await get(plain, 'getPort')).toBe(-1);
    expect(await get(plain, 'getQuery')).toBeNull();
  });

  it('builds from parts and resolves against a context', async () => {
    const parts = (await construct(ctx, UrlClass, ['https', 'h.test', 444, '/p?q'])) as NativeObject;
    expect(await get(parts, 'toExternalForm')).toBe('https://h.test:444/p?q');
    const base = await url('https://h.test/a/b');
    const rel = (await construct(ctx, UrlClass, [base, '../c?d=1'])) as NativeObject;
    expect(await get(rel, 'toExternalForm')).toBe('https://h.test/c?d=1');
    expect(await get(base, 'equals', [await url('https://h.test/a/b')])).toBe(true);
  });

  it('a spec it cannot parse is a loud gap', async () => {
    await expect(Promise.resolve().then(() => url('not a url'))).rejects.toThrow(NotSupportedError);
  });
});

describe('DomainCreator', () => {
  it('gives My Domain, Lightning and Visualforce hostnames', async () => {
    const ctx = ctxWith();
    const call = (m: string, args: ApexValue[] = []) => callStatic(ctx, DomainCreatorClass, m, args);
    expect(await call('getOrgMyDomainHostname')).toBe('acme-dev.my.salesforce.com');
    expect(await call('getLightningHostname')).toBe('acme-dev.lightning.force.com');
    expect(await call('getVisualforceHostname', [null])).toBe('acme-dev--c.vf.force.com');
    expect(await call('getVisualforceHostname', ['LiveEngage'])).toBe('acme-dev--liveengage.vf.force.com');
    const sandbox = ctxWith({ ...ORG, sandboxName: 'qa' });
    expect(await callStatic(sandbox, DomainCreatorClass, 'getVisualforceHostname', [null])).toBe(
      'acme-dev--qa--c.sandbox.vf.force.com',
    );
  });

  it('is a loud gap without org information', () => {
    expect(() =>
      callStatic(fakeCtx([], { services: fakeServices() }), DomainCreatorClass, 'getOrgMyDomainHostname', []),
    ).toThrow(NotSupportedError);
  });
});

describe('Request', () => {
  it('getCurrent().getRequestId() is the transaction Id, or one made once per transaction', async () => {
    const ctx = ctxWith(ORG, { requestId: 'TID-1' });
    const r = (await callStatic(ctx, RequestClass, 'getCurrent', [])) as NativeObject;
    expect(await callMethod(ctx, RequestClass, r, 'getRequestId')).toBe('TID-1');
    const made = ctxWith(ORG, { random: () => 0x01020304 });
    const a = (await callStatic(made, RequestClass, 'getCurrent', [])) as NativeObject;
    const b = (await callStatic(made, RequestClass, 'getCurrent', [])) as NativeObject;
    const id = await callMethod(made, RequestClass, a, 'getRequestId');
    expect(id).toBe('AQIDBAECAwQBAgMEAQIDBA');
    expect(await callMethod(made, RequestClass, b, 'getRequestId')).toBe(id);
    const other = ctxWith(ORG, { random: () => 0xffffffff });
    const c = (await callStatic(other, RequestClass, 'getCurrent', [])) as NativeObject;
    expect(await callMethod(other, RequestClass, c, 'getRequestId')).not.toBe(id);
  });
});

describe('PageReference and Page', () => {
  it('finds the pages of the source directories and gives a new reference per read', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'pages-'));
    mkdirSync(join(dir, 'main', 'pages'), { recursive: true });
    writeFileSync(join(dir, 'main', 'pages', 'ChatLink.page'), '<apex:page/>');
    writeFileSync(join(dir, 'main', 'pages', 'ChatLink.page-meta.xml'), '<ApexPage/>');
    expect(findPageNames([dir])).toEqual(['ChatLink']);
    const page = pageNamespace(['ChatLink']);
    const read = page.staticProps?.chatlink;
    expect(read).toBeDefined();
    const ctx = ctxWith();
    const a = (await read!(ctx)) as NativeObject;
    expect(await callMethod(ctx, PageReferenceClass, a, 'getUrl')).toBe('/apex/ChatLink');
    expect(await read!(ctx)).not.toBe(a);
  });

  it('keeps parameters in a live map and writes them into the URL', async () => {
    const ctx = ctxWith();
    const p = (await construct(ctx, PageReferenceClass, ['/apex/X?a=1&b=two+words'])) as NativeObject;
    const params = (await callMethod(ctx, PageReferenceClass, p, 'getParameters')) as ApexMap;
    expect(params.get('b')).toBe('two words');
    params.set('c', 'é');
    expect(await callMethod(ctx, PageReferenceClass, p, 'getUrl')).toBe('/apex/X?a=1&b=two+words&c=%C3%A9');
  });
});
