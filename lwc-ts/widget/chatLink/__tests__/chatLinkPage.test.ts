/**
 * The ChatLink Visualforce page and its Lightning Out app, checked offline: the page's boot script
 * (origin check, namespace, Lightning Out mount) runs here against fake windows.
 */
import { SDK_SCRIPT_URL } from 'c/agentSdk';

declare const require: (id: string) => unknown;
declare const __dirname: string;

const fs = require('fs') as { readFileSync(path: string, encoding: 'utf8'): string };
const path = require('path') as { join(...parts: string[]): string };

const WIDGET = path.join(__dirname, '..', '..', '..', '..', 'force-app', 'main', 'widget');
const PAGE = fs.readFileSync(path.join(WIDGET, 'pages', 'ChatLink.page'), 'utf8');
const APP = fs.readFileSync(path.join(WIDGET, 'aura', 'ChatLinkApp', 'ChatLinkApp.app'), 'utf8');

const BOOT = /<script id="chatlink-boot">([\s\S]*?)<\/script>/.exec(PAGE)?.[1] ?? '';
const BODY = /<body[^>]*>([\s\S]*?)<script id="chatlink-boot">/.exec(PAGE)?.[1] ?? '';

interface LightningCall {
  app?: string;
  component?: string;
  attributes?: { sdkProvider?: () => unknown; consoleProvider?: () => unknown };
  locator?: string;
}

interface FakeOptions {
  framed?: boolean;
  ancestors?: string[];
  referrer?: string;
  namespace?: string;
  /** What WidgetController writes in data-agent-origins (the account's agent workspace). */
  agentOrigins?: string;
  lightning?: boolean;
  lpTag?: unknown;
  sforce?: unknown;
}

function run(options: FakeOptions) {
  document.body.innerHTML = BODY.replace(
    '{!HTMLENCODE(lightningNamespace)}',
    options.namespace ?? 'c',
  ).replace('{!HTMLENCODE(agentWorkspaceOrigins)}', options.agentOrigins ?? 'https://z1.le.liveperson.net');
  const calls: LightningCall = {};
  const top = {};
  const win: Record<string, unknown> = {
    document: {
      getElementById: (id: string) => document.getElementById(id),
      referrer: options.referrer ?? '',
    },
    location: { ancestorOrigins: options.ancestors },
    lpTag: options.lpTag,
    sforce: options.sforce,
  };
  win.self = win;
  win.top = options.framed === false ? win : top;
  if (options.lightning !== false) {
    win.$Lightning = {
      use: (app: string, cb: () => void) => {
        calls.app = app;
        cb();
      },
      createComponent: (component: string, attributes: object, locator: string, cb: () => void) => {
        Object.assign(calls, { component, attributes, locator });
        cb();
      },
    };
  }
  // eslint-disable-next-line no-new-func -- runs the page's own inline boot script against a fake window
  new Function('window', BOOT)(win);
  const api = win.LiveEngageChatLink as {
    isTrustedOrigin(o: unknown, allowed?: string[]): boolean;
    allowedOrigins(doc: unknown): string[];
    hostOrigins(w: unknown): string[];
  };
  const blocked = document.getElementById('chatlink-blocked') as HTMLElement;
  return {
    calls,
    api,
    blockedText: blocked.hasAttribute('hidden')
      ? null
      : document.getElementById('chatlink-blocked-text')?.textContent,
    mounted: document.getElementById('chatlink-root')?.getAttribute('data-mounted') === 'true',
  };
}

describe('ChatLink.page', () => {
  it('is a bare Visualforce page that loads LivePerson’s SDK and Lightning Out', () => {
    expect(PAGE).toMatch(/<apex:page[^>]*\bshowHeader="false"/);
    expect(PAGE).toMatch(/<apex:page[^>]*\bsidebar="false"/);
    expect(PAGE).toMatch(/<apex:page[^>]*\bstandardStylesheets="false"/);
    expect(PAGE).toMatch(/<apex:page[^>]*\bcontroller="WidgetController"/);
    expect(PAGE).toContain('<apex:includeLightning />');
    expect(PAGE).toContain(`<script src="${SDK_SCRIPT_URL}"></script>`);
    // The one external script is a declared exception, with its reason, right above it.
    expect(PAGE).toMatch(
      new RegExp(
        `<!-- validate-allow PMD\\.LoadJavaScriptHtmlScript: \\S.*-->\\s*<script src="${SDK_SCRIPT_URL}">`,
      ),
    );
    expect(SDK_SCRIPT_URL).toBe('https://lpcdn.lpsnmedia.net/webagent/client-SDK.min.js');
    expect(PAGE).not.toMatch(/LiveEngage__|LiveEngage:/);
    expect(BOOT.length).toBeGreaterThan(100);
  });

  it('has a Lightning Out app extending ltng:outApp with GLOBAL access that depends on c:chatLink', () => {
    expect(APP).toMatch(/<aura:application[^>]*\baccess="GLOBAL"/);
    expect(APP).toMatch(/<aura:application[^>]*\bextends="ltng:outApp"/);
    expect(APP).toContain('<aura:dependency resource="c:chatLink" />');
  });

  it('mounts c:chatLink when framed by the LivePerson agent workspace', () => {
    const sdk = { init() {} };
    const r = run({ ancestors: ['https://z1.le.liveperson.net'], lpTag: { agentSDK: sdk } });
    expect(r.blockedText).toBeNull();
    expect(r.calls.app).toBe('c:ChatLinkApp');
    expect(r.calls.component).toBe('c:chatLink');
    expect(r.calls.locator).toBe('chatlink-root');
    expect(r.calls.attributes?.sdkProvider?.()).toBe(sdk);
    expect(r.calls.attributes?.consoleProvider?.()).toBeNull();
    expect(r.mounted).toBe(true);
  });

  it('hands over the Console Integration Toolkit it loads from the org', () => {
    expect(PAGE).toMatch(/<script src="\/support\/console\/\d+\.0\/integration\.js"><\/script>/);
    const toolkit = { isInConsole: () => false };
    const r = run({ ancestors: ['https://z1.le.liveperson.net'], sforce: { console: toolkit } });
    expect(r.calls.attributes?.consoleProvider?.()).toBe(toolkit);
  });

  it('uses the namespace the controller derived', () => {
    const r = run({
      ancestors: ['https://lo.le1.liveperson.net'],
      agentOrigins: 'https://lo.le1.liveperson.net',
      namespace: 'LiveEngage',
    });
    expect(r.calls.app).toBe('LiveEngage:ChatLinkApp');
    expect(r.calls.component).toBe('LiveEngage:chatLink');
    expect(r.calls.attributes?.sdkProvider?.()).toBeNull();
  });

  it('falls back to the referrer where ancestorOrigins is missing', () => {
    const r = run({
      referrer: 'https://z3.le.liveperson.net/a/90233546/#/',
      agentOrigins: 'https://z3.le.liveperson.net',
    });
    expect(
      r.api.hostOrigins({ self: 1, top: 2, document: { referrer: 'https://z3.le.liveperson.net/a/1' } }),
    ).toEqual(['https://z3.le.liveperson.net']);
    expect(r.mounted).toBe(true);
  });

  it.each([
    ['https://evil.example.com'],
    ['https://liveperson.net.evil.example.com'],
    ['https://z1.le.liveperson.net.evil.example.com'],
    ['http://z1.le.liveperson.net'],
    ['https://z1.le.liveperson.network'],
    ['https://z2.le.liveperson.net'],
    ['https://evil.liveperson.net'],
  ])('refuses to mount when framed by %s', (origin) => {
    const r = run({ ancestors: [origin] });
    expect(r.blockedText).toContain(`framed by ${origin}`);
    expect(r.calls.app).toBeUndefined();
    expect(r.mounted).toBe(false);
  });

  it('checks every ancestor, not only the direct parent', () => {
    const r = run({ ancestors: ['https://z1.le.liveperson.net', 'https://evil.example.com'] });
    expect(r.blockedText).toContain('framed by https://evil.example.com');
    expect(r.calls.app).toBeUndefined();
  });

  it('refuses an unknown framing origin (no ancestorOrigins, no referrer)', () => {
    const r = run({});
    expect(r.blockedText).toContain('framed by unknown');
  });

  it('explains itself when opened outside a frame', () => {
    const r = run({ framed: false });
    expect(r.blockedText).toContain('runs as a widget of the LivePerson agent workspace');
    expect(document.getElementById('chatlink-blocked')?.getAttribute('role')).toBe('alert');
    expect(r.calls.app).toBeUndefined();
  });

  it('says so when Lightning Out did not load', () => {
    const r = run({ ancestors: ['https://z1.le.liveperson.net'], lightning: false });
    expect(r.blockedText).toContain('Lightning Out did not load');
  });

  it('trusts only the account’s agent workspace, and only https LivePerson origins', () => {
    const { api } = run({ framed: false });
    const allowed = ['https://z1.le.liveperson.net'];
    expect(api.isTrustedOrigin('https://z1.le.liveperson.net', allowed)).toBe(true);
    expect(api.isTrustedOrigin('https://Z1.LE.liveperson.net', allowed)).toBe(true);
    expect(api.isTrustedOrigin('https://z2.le.liveperson.net', allowed)).toBe(false);
    expect(api.isTrustedOrigin('https://z1.le.liveperson.net', [])).toBe(false);
    expect(api.isTrustedOrigin('', allowed)).toBe(false);
    expect(api.isTrustedOrigin(undefined, allowed)).toBe(false);
    expect(api.isTrustedOrigin('https://evil.example.com', ['https://evil.example.com'])).toBe(false);
  });

  it('reads only LivePerson origins from what the controller wrote', () => {
    const { api } = run({
      framed: false,
      agentOrigins: ' https://Z1.le.liveperson.net , https://evil.example.com,',
    });
    expect(api.allowedOrigins(document)).toEqual(['https://z1.le.liveperson.net']);
  });

  it('refuses, and says why, while the account’s agent workspace is unknown (not activated)', () => {
    const r = run({ ancestors: ['https://z1.le.liveperson.net'], agentOrigins: '' });
    expect(r.blockedText).toContain('does not know the agent workspace of your LivePerson account');
    expect(r.calls.app).toBeUndefined();
  });
});
