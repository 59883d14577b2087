/**
 * Browser tests of the workbench (the designated slow suite): a workbench started by the test
 * (`npm start` code path, any free port, in-memory org, test fixture component), driven by Debian's
 * Chromium through playwright-core. Screenshots go to artifacts/screenshots/.
 */
import type { Frame, Page } from 'playwright-core';
import type { LaunchedBrowser } from '../browser';
import { ADMIN_TABS } from '../pages';
import { shot, START_TIMEOUT_MS, watchErrors, WorkbenchProcess } from './helpers/workbench-process';
import { activate } from './helpers/agent-setup';
import { expectAccessible } from './helpers/accessibility';

const workbench = new WorkbenchProcess(['--fixtures'], (output) => output.includes('Press Ctrl-C to stop.'));
let baseUrl = '';
let browser: LaunchedBrowser;

interface Conversation {
  id: string;
  channel: 'chat' | 'messaging';
  visitorName: string;
}

beforeAll(async () => {
  ({ baseUrl, browser } = await workbench.startWithBrowser());
}, START_TIMEOUT_MS + 30_000);

afterAll(() => workbench.stop());

async function conversations(): Promise<Conversation[]> {
  const res = await fetch(`${baseUrl}/__agent/conversations`);
  return ((await res.json()) as { conversations: Conversation[] }).conversations;
}

async function widgetFrame(page: Page, id: string): Promise<Frame> {
  const handle = await page.waitForSelector(`iframe.widget-frame[data-conversation-id="${id}"]`, {
    state: 'visible',
  });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('widget iframe has no frame');
  return frame;
}

describe('workbench in a browser', () => {
  test('the start command prints the simulator account and keys', () => {
    for (const label of [
      'Account ID',
      'Client ID',
      'Client Secret',
      'Consumer Key',
      'Consumer Secret',
      'Access Token',
      'Access Token Secret',
    ]) {
      expect(workbench.output).toMatch(new RegExp(`^${label}: \\S+$`, 'm'));
    }
  });

  test('/agent lists live chat and messaging conversations with zero console errors', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/agent`);
    await page.waitForSelector('.conversation');
    const channels = await page.$$eval('.conversation', (els) =>
      els.map((e) => e.getAttribute('data-channel')),
    );
    expect(channels).toContain('chat');
    expect(channels).toContain('messaging');
    await shot(page, 'agent');
    await expectAccessible(page, 'agent page');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test.each(['chat', 'messaging'] as const)(
    'focusing a %s conversation feeds the ChatLink widget through the emulated SDK',
    async (channel) => {
      const convo = (await conversations()).find((c) => c.channel === channel);
      expect(convo).toBeDefined();
      const { id, visitorName } = convo as Conversation;
      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      if (channel === 'chat') {
        // Before activation the widget shows nothing but the guide's message (the first test to get here).
        await page.goto(`${baseUrl}/agent`);
        await page.click(`.conversation[data-conversation-id="${id}"]`);
        await (
          await widgetFrame(page, id)
        )
          .getByText('LiveEngage is not activated in this Salesforce org', { exact: false })
          .waitFor({ state: 'visible', timeout: 30_000 });
        await activate(baseUrl);
      }
      await page.goto(`${baseUrl}/agent`);
      await page.click(`.conversation[data-conversation-id="${id}"]`);
      const frame = await widgetFrame(page, id);
      // The widget shows data that only the SDK could have given it (the visitor of this conversation).
      await frame
        .getByText(visitorName, { exact: false })
        .first()
        .waitFor({ state: 'visible', timeout: 30_000 });
      const log = await page.textContent('#sdk-log');
      expect(log).toContain('init');
      expect(log).toMatch(/bind |get /);
      await shot(page, `agent-${channel}-focused`);
      await expectAccessible(frame, `widget of a ${channel} conversation`);
      expect(errors).toEqual([]);
      await page.close();
    },
    90_000,
  );

  test('SDK semantics: chatTranscript.lines binds deliver only new lines; Write ChatLine reaches the agent input', async () => {
    const convo = (await conversations()).find((c) => c.channel === 'chat') as Conversation;
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/agent`);
    await page.click(`.conversation[data-conversation-id="${convo.id}"]`);
    const frame = await widgetFrame(page, convo.id);
    await frame.waitForFunction(() => !!(window as { lpTag?: { agentSDK?: unknown } }).lpTag?.agentSDK);
    await page.waitForFunction(() =>
      (document.querySelector('#sdk-log')?.textContent ?? '').includes('init'),
    );
    type Sdk = {
      init(c: object): void;
      bind(k: string, cb: (d: { key: string; newValue: unknown[] }) => void): void;
      command(n: string, d: object, done: (e: unknown) => void): void;
    };
    const received = frame.evaluate(
      () =>
        new Promise<number[]>((resolve) => {
          const sdk = (window as unknown as { lpTag: { agentSDK: Sdk } }).lpTag.agentSDK;
          const sizes: number[] = [];
          sdk.init({});
          sdk.bind('chatTranscript.lines', (d) => {
            sizes.push(d.newValue.length);
            if (sizes.length === 2) resolve(sizes);
          });
        }),
    );
    await page.waitForFunction(() =>
      (document.querySelector('#sdk-log')?.textContent ?? '').includes('bind chatTranscript.lines'),
    );
    await page.fill('#visitor-line', 'A new line from the visitor');
    await page.click('#visitor-line-form button[type="submit"]');
    const [initial, update] = await received;
    expect(initial).toBeGreaterThan(1);
    expect(update).toBe(1);
    const done = await frame.evaluate(
      () =>
        new Promise<unknown>((resolve) => {
          const sdk = (window as unknown as { lpTag: { agentSDK: Sdk } }).lpTag.agentSDK;
          sdk.command('Write ChatLine', { text: 'Hello from the widget' }, resolve);
        }),
    );
    expect(done).toBeNull();
    expect(await page.inputValue('#composer')).toBe('Hello from the widget');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('the emulated SDK completes the handshake only with the origin named by lpHost', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/agent`);
    const result = await page.evaluate(async () => {
      // The trusted attempt waits for its answer (the test's timeout bounds it, so a busy machine cannot
      // fail it); only the untrusted one, which must stay silent, is given a window.
      function attempt(lpHost: string, silenceMs?: number): Promise<string> {
        return new Promise((resolve) => {
          const iframe = document.createElement('iframe');
          iframe.src = `/apex/ChatLink?lpHost=${encodeURIComponent(lpHost)}`;
          iframe.style.display = 'none';
          iframe.addEventListener('load', () => {
            const channel = new MessageChannel();
            const token = Math.random().toString(36).slice(2);
            channel.port1.onmessage = (e) => resolve(e.data === `HNDSK${token}` ? 'handshake' : 'bad answer');
            iframe.contentWindow?.postMessage(`LPTKN${token}`, window.location.origin, [channel.port2]);
            if (silenceMs !== undefined) setTimeout(() => resolve('no answer'), silenceMs);
          });
          document.body.appendChild(iframe);
        });
      }
      return {
        trusted: await attempt(window.location.origin),
        untrusted: await attempt('https://evil.example', 1500),
      };
    });
    expect(result).toEqual({ trusted: 'handshake', untrusted: 'no answer' });
    await page.close();
  }, 60_000);

  test.each(ADMIN_TABS.map((t) => [t.id, t.tag, t.label] as const))(
    '/admin/%s renders <%s> with zero console errors',
    async (tabId, tag, label) => {
      const page = await browser.context.newPage();
      const errors = watchErrors(page);
      await page.goto(`${baseUrl}/admin/${tabId}`);
      // The component rendered its own title (a card), not the "not built" placeholder.
      await page
        .locator(`#tab-root ${tag}`)
        .getByText(label)
        .first()
        .waitFor({ state: 'visible', timeout: 30_000 });
      if (tag === 'wb-record-list') {
        // Seeded records of the local org in a real lightning-datatable.
        await page.waitForSelector('lightning-datatable tbody tr', { timeout: 30_000 });
        expect((await page.$$('lightning-datatable tbody tr')).length).toBeGreaterThan(0);
      }
      // 'load', not 'networkidle': the content waits above already prove the tab rendered, and a
      // loaded CI machine can take longer than Playwright's idle window for the last SLDS asset.
      await page.waitForLoadState('load');
      await shot(page, `admin-tab-${tabId}`);
      await expectAccessible(page, `admin tab ${label}`);
      expect(errors).toEqual([]);
      await page.close();
    },
    60_000,
  );

  test('the component pipeline: Apex wire and imperative calls, schema imports, toasts; the accessibility check', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/__workbench/mount/c-fixture-card?greeting=Hi`);
    await page.getByText('echo: Hi').waitFor();
    expect(await page.textContent('c-fixture-card .field')).toBe('Account.Name');
    await page.getByRole('button', { name: 'Echo' }).click();
    await page.getByText('echo: clicked').first().waitFor();
    await page.waitForSelector('[data-workbench-toasts] .slds-notify[data-variant="success"]');
    await shot(page, 'fixture-component');
    // The accessibility check sees inside a component's shadow tree: a planted image without alt text fails it.
    await expectAccessible(page, 'fixture component');
    await page.locator('c-fixture-card .field').evaluate((field) => {
      const img = document.createElement('img');
      img.src = '/assets/images/logo-noname.svg';
      field.appendChild(img);
    });
    await expect(expectAccessible(page, 'fixture component with a planted image')).rejects.toThrow(
      /image-alt \(critical\)/,
    );
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});
