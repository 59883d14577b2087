/**
 * Browser tests of the agent widget on `/agent`: the real compiled components in Chromium,
 * the widget's real Apex through the offline Apex runtime, the seeded widget configuration
 * (`org/seed-widget.ts`) and the simulator's live conversations. Labels are the guide's (People
 * Search, Actions, New <Object>, Save & Link, Link Chat, Unlink Chat, Quick Links).
 */
import type { Frame, Page } from 'playwright-core';
import type { LaunchedBrowser } from '../browser';
import { shot, START_TIMEOUT_MS, watchErrors, WorkbenchProcess } from './helpers/workbench-process';
import { expectAccessible } from './helpers/accessibility';
import {
  activate,
  apex,
  conversationRequest,
  liveConversations,
  pickConversations,
  type Picked,
} from './helpers/agent-setup';

const workbench = new WorkbenchProcess([], (output) => output.includes('Press Ctrl-C to stop.'));
let baseUrl = '';
let browser: LaunchedBrowser;
let picked: Picked;
/** The seeded skill with Use Service Console (org/seed-widget.ts). */
const CONSOLE_SKILL = 'Retention';

beforeAll(async () => {
  ({ baseUrl, browser } = await workbench.startWithBrowser());
  await activate(baseUrl);
  picked = await pickConversations(baseUrl);
}, START_TIMEOUT_MS + 60_000);

afterAll(() => workbench.stop());

/** Opens `/agent` focused on a conversation and returns the page and the widget's frame once People Search shows. */
async function focus(id: string): Promise<{ page: Page; frame: Frame; errors: string[] }> {
  const page = await browser.context.newPage();
  const errors = watchErrors(page);
  await page.goto(`${baseUrl}/agent?focus=${encodeURIComponent(id)}`);
  const handle = await page.waitForSelector(`iframe.widget-frame[data-conversation-id="${id}"]`, {
    state: 'visible',
  });
  const frame = await handle.contentFrame();
  if (!frame) throw new Error('widget iframe has no frame');
  return { page, frame, errors };
}

async function chooseAction(frame: Frame, scope: string, item: string): Promise<void> {
  await frame.locator(`${scope} lightning-button-menu[data-id="actions"] button`).first().click();
  await frame.getByRole('menuitem', { name: item, exact: true }).click();
}

/** Opens Quick Links (if closed) and waits for a row with `text`. */
async function waitQuickLink(frame: Frame, text: string | RegExp): Promise<void> {
  const list = frame.locator('[data-id="quick-links-list"]');
  if (!(await list.isVisible())) await frame.locator('[data-id="quick-links-button"]').click();
  await list.locator('li', { hasText: text }).first().waitFor({ timeout: 20_000 });
}

async function quickLinkNames(frame: Frame): Promise<string[]> {
  const list = frame.locator('[data-id="quick-links-list"]');
  if (!(await list.isVisible())) await frame.locator('[data-id="quick-links-button"]').click();
  await list.waitFor();
  return list.locator('li').allTextContents();
}

describe('agent widget on /agent', () => {
  test('focus → auto-search finds the seeded Contact → info bubble → Link Chat → Quick Links → Unlink Chat', async () => {
    const { page, frame, errors } = await focus(picked.withContact.conversationId);
    const contactId = picked.withContact.contactId;
    const row = frame.locator(`[data-record="${contactId}"]`);
    await row.waitFor();
    expect(await row.textContent()).toContain(picked.withContact.contactName);

    await row.locator(`lightning-button-icon[data-id="${contactId}"] button`).click();
    const bubble = frame.locator(`[data-info="${contactId}"] [data-id="record-info"]`);
    await bubble.getByText(picked.withContact.email).first().waitFor();
    await shot(page, 'agent-info-bubble');
    await expectAccessible(frame, 'widget: record info bubble');

    await bubble.locator('[data-id="link-record"] button').click();
    await frame.locator(`[data-linked="${contactId}"]`).first().waitFor();
    const links = await quickLinkNames(frame);
    expect(links.join('\n')).toContain(picked.withContact.contactName);
    await shot(page, 'agent-quick-links');
    await expectAccessible(frame, 'widget: Quick Links');

    await frame
      .locator(`[data-id="quick-links-list"] lightning-button[data-id="${contactId}"] button`)
      .click();
    await frame
      .locator(`[data-id="quick-links-list"] [data-name="${contactId}"]`)
      .waitFor({ state: 'detached' });
    await frame.locator(`lightning-button[data-id="${contactId}"]`).first().waitFor();
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  test('Link Chat on the Contact, then Actions → New Case → Save & Link links the transcript to the Case, its Account and Contact', async () => {
    const { page, frame, errors } = await focus(picked.withContact.conversationId);
    const { contactId, accountId } = picked.withContact;
    // Link Chat on the visitor's Contact links its Account too: the new Case's lookups are filled from them.
    await frame
      .locator(`[data-record="${contactId}"] lightning-button[data-id="${contactId}"] button`)
      .click();
    await frame.locator(`[data-linked="${contactId}"]`).first().waitFor();
    await frame.locator(`[data-linked="${accountId}"]`).first().waitFor();
    await chooseAction(frame, '[data-id="people-search"]', 'New Case');
    const form = frame.locator('[data-id="create-form"]');
    await form.locator('[data-field="Subject"] input').fill('Refund for order 1042');
    await shot(page, 'agent-new-case');
    await expectAccessible(frame, 'widget: New Case form');
    await form.locator('[data-id="save-and-link"] button').click();

    await waitQuickLink(frame, /Case/);
    const text = (await quickLinkNames(frame)).join('\n');
    expect(text).toContain(picked.withContact.contactName);
    expect(text).toContain(picked.withContact.accountName);
    await shot(page, 'agent-case-linked');

    const links = await linkedObjects();
    expect(links).toEqual(['Account', 'Case', 'Contact']);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  test('a missing required field shows an inline error and saves nothing', async () => {
    const { page, frame, errors } = await focus(picked.withContact.conversationId);
    await frame.locator('[data-id="people-search"]').waitFor();
    const before = await linkedObjects();
    await chooseAction(frame, '[data-id="people-search"]', 'New Case');
    const form = frame.locator('[data-id="create-form"]');
    await form.locator('[data-field="Subject"]').waitFor();
    await form.locator('[data-id="save-and-link"] button').click();
    await frame.locator('[data-error="Subject"]').waitFor();
    await shot(page, 'agent-required-error');
    await expectAccessible(frame, 'widget: required-field error');
    expect(await form.isVisible()).toBe(true);
    expect(await linkedObjects()).toEqual(before);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  test('New Lead is pre-filled from the pre-chat survey', async () => {
    const { page, frame, errors } = await focus(picked.withoutLead.conversationId);
    await frame.locator('[data-id="result-message"]').waitFor();
    await chooseAction(frame, '[data-id="people-search"]', 'New Lead');
    const email = frame.locator('[data-id="create-form"] [data-field="Email"] input');
    await email.waitFor();
    expect(await email.inputValue()).toBe(picked.withoutLead.email);
    await shot(page, 'agent-new-lead');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  test('a duplicate match is offered before saving, and Link Chat links the existing Lead', async () => {
    const { page, frame, errors } = await focus(picked.withLead.conversationId);
    await frame.locator(`[data-record="${picked.withLead.leadId}"]`).waitFor();
    await chooseAction(frame, '[data-id="people-search"]', 'New Lead');
    const form = frame.locator('[data-id="create-form"]');
    await form.locator('[data-field="Email"] input').waitFor();
    for (const field of ['LastName', 'Company']) {
      const input = form.locator(`[data-field="${field}"] input`);
      if (!(await input.inputValue())) await input.fill(field === 'Company' ? 'Self' : 'Visitor');
    }
    await form.locator('[data-id="save-and-link"] button').click();
    const duplicates = form.locator('[data-id="duplicates"]');
    await duplicates.waitFor();
    await shot(page, 'agent-duplicate');
    await expectAccessible(frame, 'widget: duplicate match');
    await duplicates.locator(`lightning-button[data-id="${picked.withLead.leadId}"] button`).click();
    await waitQuickLink(frame, picked.withLead.leadName);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
  test('updates after load: new SDE values, a skill transfer (new session), the visitor leaving', async () => {
    const { page, frame, errors } = await focus(picked.withLead.conversationId);
    const id = picked.withLead.conversationId;
    await frame.locator(`[data-record="${picked.withLead.leadId}"]`).waitFor();

    await page.evaluate(
      ([cid]) =>
        (
          window as unknown as { Workspace: { updateModel: (i: string, p: string, v: unknown) => void } }
        ).Workspace.updateModel(cid, 'SDE.customerDetails', [{ customerId: 'C-NEW-77', type: 'vip' }]),
      [id],
    );
    await frame.getByText('C-NEW-77').first().waitFor();

    await page.evaluate(
      ([cid]) =>
        (
          window as unknown as { Workspace: { transferSkill: (i: string, s: string) => void } }
        ).Workspace.transferSkill(cid, 'Support'),
      [id],
    );
    await frame.getByText('Skill: Support').first().waitFor();
    await frame.locator(`[data-record="${picked.withLead.leadId}"]`).waitFor();

    await page.evaluate(
      ([cid]) =>
        (
          window as unknown as { Workspace: { closeConversation: (i: string) => void } }
        ).Workspace.closeConversation(cid),
      [id],
    );
    await frame.locator('[data-id="ended"]').waitFor();
    await shot(page, 'agent-updates-after-load');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  test('SF Full View of a console skill: /agent is no Salesforce console, so a new tab on the org domain, and the agent is told', async () => {
    const live = (await liveConversations(baseUrl)).find((c) => c.skillName === CONSOLE_SKILL);
    if (!live) throw new Error(`no live conversation of the seeded console skill ${CONSOLE_SKILL}`);
    const request = await conversationRequest(baseUrl, live);
    const session = (await apex(baseUrl, 'WidgetController.startSession', { conversation: request })) as {
      orgUrl: string;
      useServiceConsole: boolean;
    };
    expect(session.useServiceConsole).toBe(true);
    const { contactId, contactName } = picked.withContact;
    await apex(baseUrl, 'WidgetController.linkChat', {
      request: { conversation: request, recordId: contactId },
    });
    const { page, frame, errors } = await focus(live.id);
    // The org's own domain is not reachable offline: the new tab gets a stand-in page.
    await browser.context.route(`${session.orgUrl}/**`, (route) =>
      route.fulfill({ contentType: 'text/html', body: '<title>record</title>' }),
    );
    await frame.locator('[data-id="people-search"]').waitFor();
    expect(
      await frame.evaluate(() =>
        (
          window as unknown as { sforce: { console: { isInConsole(): boolean } } }
        ).sforce.console.isInConsole(),
      ),
    ).toBe(false);
    await waitQuickLink(frame, contactName);
    const [tab] = await Promise.all([
      browser.context.waitForEvent('page'),
      frame.locator(`[data-full-view="${contactId}"]`).click(),
    ]);
    await tab.waitForURL(`${session.orgUrl}/lightning/r/${contactId}/view`);
    const notice = frame.locator('[data-id="quick-links"] c-widget-messages [data-id="notice"]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('not open inside a Salesforce console');
    await tab.close();
    await browser.context.unroute(`${session.orgUrl}/**`);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});

/** The object names of the records linked to the Contact's conversation, as Apex reports them. */
async function linkedObjects(): Promise<string[]> {
  const session = (await apex(baseUrl, 'WidgetController.startSession', {
    conversation: picked.withContact.request,
  })) as { links: { records: { objectApiName: string }[] } };
  return session.links.records.map((r) => r.objectApiName).sort();
}
