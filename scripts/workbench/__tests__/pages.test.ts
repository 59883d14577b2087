/** Fast checks of the workbench's page emulation and command line (no browser, no database). */
import * as fs from 'node:fs';
import { renderVisualforcePage, findPage } from '../visualforce';
import { ASSETS, LIVEPERSON_SDK_URL } from '../pages';
import { parseArgs } from '../start';
import { planBundle } from '../bundle/plan';

const PAGE = `<!-- comment -->
<apex:page controller="WidgetController" showHeader="false" title="LiveEngage">
  <apex:includeLightning />
  <script src="${LIVEPERSON_SDK_URL}"></script>
  <body><div id="root" data-namespace="{!HTMLENCODE(lightningNamespace)}" data-x="{!other}"></div>
  <script>var TRUSTED_ORIGINS = [/^https:\\/\\/([a-z0-9-]+\\.)*liveperson\\.net$/i];</script></body>
</apex:page>`;

describe('Visualforce page emulation', () => {
  const html = renderVisualforcePage(PAGE, { bundleHash: 'abc', workspaceOrigin: 'http://127.0.0.1:4300' });

  test('keeps the page markup, swaps the platform parts', () => {
    expect(html).toMatch(/^<!DOCTYPE html>/);
    expect(html).toContain('<title>LiveEngage</title>');
    expect(html).not.toContain('apex:');
    expect(html).not.toContain('<!-- comment -->');
    expect(html).toContain(`<script src="${ASSETS.agentSdk}"></script>`);
    expect(html).not.toContain('lpcdn.lpsnmedia.net');
    expect(html).toContain(ASSETS.bundle('abc'));
    expect(html).toContain('window.$Lightning');
    expect(html).toContain('data-namespace="c"');
    expect(html).toContain('data-x=""');
  });

  test('trusts the workbench workspace origin in addition to the page own list', () => {
    expect(html).toContain('var TRUSTED_ORIGINS = [/^http:\\/\\/127\\.0\\.0\\.1:4300$/i, /^https:');
  });

  test('the real ChatLink page: SDK from the workbench, framing allowed for the workbench workspace only', () => {
    const file = findPage('ChatLink');
    if (!file) return; // the widget part has not written it yet
    const text = fs.readFileSync(file, 'utf8');
    expect(text).toContain(LIVEPERSON_SDK_URL);
    const page = renderVisualforcePage(text, { bundleHash: 'abc', workspaceOrigin: 'http://127.0.0.1:4300' });
    expect(page).toContain('data-agent-origins="http://127.0.0.1:4300"');
    const pattern = /var\s+LIVEPERSON_ORIGIN\s*=\s*(new RegExp\(.*\));/.exec(page)?.[1];
    expect(pattern).toBeDefined();
    const origin = new Function(`return ${pattern as string};`)() as RegExp;
    expect(origin.test('http://127.0.0.1:4300')).toBe(true);
    expect(origin.test('https://va.le.liveperson.net')).toBe(true);
    expect(origin.test('http://127.0.0.1:4301')).toBe(false);
    expect(origin.test('https://evil.example.com')).toBe(false);
  });
});

describe('npm start options', () => {
  test('defaults to PORT or 4300 and the persisted org', () => {
    expect(parseArgs([], {}).port).toBe(4300);
    expect(parseArgs([], { PORT: '5000' }).port).toBe(5000);
    expect(parseArgs([], {}).dataDir).toMatch(/\.workbench[/\\]org$/);
  });

  test('parses --reset, --org, --port, --data-dir, --no-build', () => {
    expect(
      parseArgs(['--reset', '--org', 'dev', '--port', '0', '--data-dir', 'memory://', '--no-build'], {}),
    ).toMatchObject({ reset: true, org: 'dev', port: 0, dataDir: 'memory://', build: false });
    expect(() => parseArgs(['--bogus'], {})).toThrow(/Unknown option/);
    expect(() => parseArgs(['--port', '-1'], {})).toThrow(/Bad port/);
  });

  test('parses the clock, scheduled-job and simulator fault flags, refusing bad values', () => {
    expect(parseArgs([], {})).toMatchObject({ clockSpeed: 1, scheduledJobs: 'auto', faults: [] });
    expect(
      parseArgs(
        ['--clock-speed', '60', '--scheduled-jobs', 'manual', '--fault', '503,count=2', '--fault', 'timeout'],
        {},
      ),
    ).toMatchObject({ clockSpeed: 60, scheduledJobs: 'manual', faults: ['503,count=2', 'timeout'] });
    expect(() => parseArgs(['--clock-speed', 'fast'], {})).toThrow(/--clock-speed must be a number/);
    expect(() => parseArgs(['--scheduled-jobs', 'never'], {})).toThrow(/auto or manual/);
    expect(() => parseArgs(['--fault', '418'], {})).toThrow(/unknown fault type "418"/);
  });
});

describe('bundle plan', () => {
  test('maps every generated LWC folder to c/<name> and hashes the inputs', () => {
    const plan = planBundle();
    for (const m of plan.modules) {
      expect(m.specifier).toMatch(/^c\/[a-z][A-Za-z0-9]*$/);
      expect(m.tag).toMatch(/^c-[a-z0-9-]+$/);
    }
    expect(plan.hash).toMatch(/^[0-9a-f]{16}$/);
    expect(planBundle().hash).toBe(plan.hash);
  });
});
