/**
 * Browser test of the admin app (Account Settings, Customization Settings) in the workbench: activates with
 * the simulator's keys (a wrong secret first, to see the exact message), then selects objects and skills and
 * configures a skill — mouse and keyboard, real base components, zero console errors. Then the Sync Jobs
 * section: schedules the Periodic job, the Daily job at an hour (keyboard), is refused a manual window longer
 * than 30 days next to the field, runs a manual sync over one day and sees its status (synced > 0),
 * finds the synced conversations on the Chat Transcripts tab and follows "View Event Log". Screenshots go to
 * artifacts/screenshots/admin-*.png (admin-sync-jobs.png for the sync jobs). Same start-up pattern as
 * workbench.e2e.test.ts (designated slow suite).
 */
import type { Locator, Page } from 'playwright-core';
import type { LaunchedBrowser } from '../browser';
import { shot, START_TIMEOUT_MS, watchErrors, WorkbenchProcess } from './helpers/workbench-process';
import { expectAccessible } from './helpers/accessibility';

const workbench = new WorkbenchProcess([], (output) => /^Access Token Secret: \S+$/m.test(output));
let baseUrl = '';
let browser: LaunchedBrowser;

/** A key the start command printed (`Client Secret: ...`). */
function key(label: string): string {
  const m = new RegExp(`^${label}: (\\S+)$`, 'm').exec(workbench.output);
  if (!m) throw new Error(`start output has no ${label}`);
  return m[1];
}

/** Calls a workbench Apex handler the way a component does (to check what was saved). */
async function apex<T>(name: string, params: object = {}): Promise<T> {
  const res = await fetch(`${baseUrl}/__apex/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  return ((await res.json()) as { result: T }).result;
}

/** Polls until `read()` gives a value equal to `expected` (or the time is up), then asserts it. */
async function eventually<T>(read: () => Promise<T>, expected: T, timeoutMs = 15_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  let value = await read();
  while (JSON.stringify(value) !== JSON.stringify(expected) && Date.now() < until) {
    await new Promise((r) => setTimeout(r, 250));
    value = await read();
  }
  expect(value).toEqual(expected);
}

async function moveTo(page: Page, option: string, listLabel: string): Promise<void> {
  await page.getByRole('option', { name: option, exact: true }).first().click();
  await page.getByRole('button', { name: `Move selection to ${listLabel}` }).click();
}

/** The user's time zone of the base components in the workbench (their default `@salesforce/i18n/timeZone`). */
const USER_TIME_ZONE = 'America/Los_Angeles';

/**
 * An end time about an hour ago, never in the 12 AM hour of the user's time zone: the datetime input of the base
 * components reads a typed "12:30 AM" as half past noon (then "in the future"), so the tests failed from midnight
 * to 1 AM Los Angeles time.
 */
function recentEnd(now: number): Date {
  const hourAgo = new Date(now - 3600_000);
  const hour = Number(
    hourAgo.toLocaleTimeString('en-US', { hour: 'numeric', hour12: false, timeZone: USER_TIME_ZONE }),
  );
  return hour === 0 || hour === 24 ? new Date(now - 2 * 3600_000) : hourAgo;
}

/** Types a date-time into a `lightning-input type="datetime"` (its date and time fields) like a user. */
async function typeDateTime(field: Locator, when: Date): Promise<void> {
  const timeZone = USER_TIME_ZONE;
  const date = when.toLocaleDateString('en-US', {
    month: 'short',
    day: 'numeric',
    year: 'numeric',
    timeZone,
  });
  const time = when.toLocaleTimeString('en-US', { hour: 'numeric', minute: '2-digit', timeZone });
  const dateInput = field.getByRole('textbox', { name: 'Date' });
  await dateInput.fill(date);
  await dateInput.press('Tab');
  const timeInput = field.getByRole('combobox', { name: 'Time' });
  await timeInput.fill(time);
  await timeInput.press('Tab');
}

beforeAll(async () => {
  ({ baseUrl, browser } = await workbench.startWithBrowser());
}, START_TIMEOUT_MS + 30_000);

afterAll(() => workbench.stop());

describe('admin app in the workbench', () => {
  test('Customization Settings are grayed out with the reason before activation', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/admin/customization-settings`);
    const reason = page.locator('c-customization-settings [data-id="disabled-reason"]');
    await reason.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await reason.textContent()).toContain('Why are these settings grayed out?');
    expect(await page.getByRole('button', { name: 'Save Object Settings' }).isDisabled()).toBe(true);
    await shot(page, 'admin-customization-disabled');
    await expectAccessible(page, 'Customization Settings before activation');
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);

  test('activates with the simulator keys, after showing the exact error for a wrong secret', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/admin/account-settings`);
    const accountId = page.getByLabel('Account ID');
    await accountId.waitFor({ state: 'visible', timeout: 30_000 });
    await accountId.fill(key('Account ID'));
    await page.getByLabel('Client ID').fill(key('Client ID'));
    await page.getByLabel('Client Secret').fill('not-the-secret');
    // Keyboard: the terms checkbox with Space, Activate with Enter.
    await page.getByLabel('I have read and agree to these terms').focus();
    await page.keyboard.press('Space');
    await page.getByRole('button', { name: 'Activate', exact: true }).focus();
    await page.keyboard.press('Enter');
    const panel = page.locator('c-account-settings [data-id="page-errors"]');
    await panel.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await panel.textContent()).toContain(
      'LivePerson rejected the Client ID or Client Secret (HTTP 401)',
    );
    // The field's error is the base component's own help text under the field.
    expect(
      await page.locator('lightning-input[data-name="clientSecret"] .slds-form-element__help').textContent(),
    ).toContain('re-enter this value');
    await shot(page, 'admin-account-bad-secret');
    await expectAccessible(page, 'Account Settings with errors');

    await page.getByLabel('Client Secret').fill(key('Client Secret'));
    await page.getByRole('button', { name: 'Activate', exact: true }).click();
    const success = page.locator('c-account-settings [data-id="success"]');
    await success.waitFor({ state: 'visible', timeout: 30_000 });
    expect(await success.textContent()).toMatch(/Activated\. LivePerson returned \d+ skills?\./);
    expect(await page.locator('[data-status-for="clientSecret"]').textContent()).toContain('Set');
    expect(await page.getByLabel('Client Secret').inputValue()).toBe('');
    await shot(page, 'admin-account-activated');
    await expectAccessible(page, 'Account Settings activated');
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);

  test('changes the seeded objects and skills and configures a skill', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/admin/customization-settings`);
    await page
      .getByRole('option', { name: 'Billing', exact: true })
      .waitFor({ state: 'visible', timeout: 30_000 });

    // The workbench seeds a configured widget (docs/workbench.md): the admin drops Opportunity.
    await moveTo(page, 'Opportunity', 'Available Objects');
    await page.getByLabel('Allow Account Creation').check();
    await page.getByRole('button', { name: 'Save Object Settings' }).click();
    await eventually(
      async () =>
        (
          await apex<{ selectedObjects: string[] }>(
            'CustomizationSettingsController.getCustomizationSettings',
          )
        ).selectedObjects.sort(),
      ['Account', 'Case', 'Contact', 'Lead'],
    );

    await moveTo(page, 'Retention', 'Available Skills');
    await page.getByRole('button', { name: 'Save Skills' }).click();
    const billingRow = page.locator('c-customization-settings tr', { hasText: 'Billing' });
    await billingRow.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await billingRow.textContent()).toContain('People Search');

    await billingRow.getByRole('button', { name: 'Edit' }).click();
    const editor = page.locator('c-skill-defaults [data-id="editor"]');
    await editor.waitFor({ state: 'visible' });
    await editor.getByRole('combobox', { name: 'Default widget screen' }).click();
    await editor.getByRole('option', { name: 'Search Lead' }).click();
    await editor.getByLabel('Use Service Console').focus();
    await page.keyboard.press('Space');
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    await editor.waitFor({ state: 'detached', timeout: 15_000 });
    const view = await apex<{
      skills: { skillName: string; defaultScreen: string; useServiceConsole: boolean }[];
    }>('CustomizationSettingsController.getCustomizationSettings');
    expect(view.skills.map((s) => s.skillName).sort()).toEqual([
      'Billing',
      'Sales',
      'Support',
      'Technical Support',
    ]);
    expect(view.skills.find((s) => s.skillName === 'Billing')).toMatchObject({
      defaultScreen: 'Search:Lead',
      useServiceConsole: true,
    });
    expect(await page.getByRole('textbox', { name: 'Widget URL' }).inputValue()).toMatch(
      /^https:\/\/.+\/apex\/ChatLink$/,
    );
    await shot(page, 'admin-customization-configured');
    await expectAccessible(page, 'Customization Settings configured');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test('adds a field mapping with an "Other" path, after the path parser refused a malformed one', async () => {
    const page = await browser.context.newPage();
    const errors = watchErrors(page);
    await page.goto(`${baseUrl}/admin/customization-settings`);
    // The per-object link of the Account block (its title names the object for screen readers).
    await page.locator('lightning-button[data-action="configure"][data-object="Account"] button').click();
    const config = page.locator('c-object-config');
    await config.getByRole('button', { name: 'Add Field Mapping' }).click();
    await config.getByRole('combobox', { name: 'SF Field Name' }).click();
    await config.getByRole('option', { name: /\(AccountNumber\)$/ }).click();
    await config.getByRole('combobox', { name: 'LivePerson Field Name' }).click();
    await config.getByRole('option', { name: 'Other (enter the paths)' }).click();
    const sdkPath = config.getByLabel('LivePerson SDK Field (chat widget)');
    await sdkPath.fill('surveyQuestions.preChat[');
    await sdkPath.press('Tab');
    // The refusal is the base component's own help text under the field.
    const pathError = config.locator('lightning-input[data-name="sdkPath"] .slds-form-element__help');
    await pathError.waitFor({ state: 'visible' });
    expect(await pathError.textContent()).toContain('Not a valid LivePerson path');
    await shot(page, 'admin-object-config-path-refused');
    await sdkPath.fill('surveyQuestions.preChat.customizedQuestions[displayName=Order number].value');
    await sdkPath.press('Tab');
    await config.getByLabel('Include in Overview').focus();
    await page.keyboard.press('Space');
    await config.getByRole('button', { name: 'Save', exact: true }).click();
    await pathError.waitFor({ state: 'detached' });
    const row = config.locator('c-field-mappings tr', { hasText: 'Account Number' });
    await row.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await row.textContent()).toContain(
      'surveyQuestions.preChat.customizedQuestions[displayName=Order number].value',
    );
    // The seeded Account mappings hold four overview fields; this one is the fifth.
    expect(await config.locator('[data-id="overview-count"]').textContent()).toContain('5 of 5');
    await shot(page, 'admin-object-config-mapping');
    await expectAccessible(page, 'object config field mappings');

    // A related list: Contacts of the Account, two fields, sorted.
    await config.getByRole('button', { name: 'Add Related List' }).click();
    const editor = config.locator('c-related-lists [data-id="editor"]');
    await editor.getByRole('combobox', { name: 'Related List Object Name' }).click();
    await editor.getByRole('option', { name: /\(Contact\.AccountId\)$/ }).click();
    // Labels as the org describes Contact (Phone is "Business Phone").
    for (const field of ['Email', 'Business Phone']) {
      await editor.getByRole('option', { name: field, exact: true }).first().click();
      await editor.getByRole('button', { name: 'Move selection to Selected Fields' }).click();
    }
    await editor.getByRole('combobox', { name: 'Field to Sort' }).click();
    await editor.getByRole('option', { name: 'Email', exact: true }).last().click();
    await editor.getByRole('button', { name: 'Save', exact: true }).click();
    // The seeded Account already lists Contacts: the save replaces that row, so wait for its new text.
    const related = config
      .locator('c-related-lists tr')
      .filter({ has: page.locator('td', { hasText: /^Email, Phone$/ }) });
    await related.waitFor({ state: 'visible', timeout: 15_000 });
    expect(await related.locator('th, td').allTextContents()).toEqual(
      expect.arrayContaining(['Contact.AccountId', 'Email, Phone', '5 records', 'Email descending']),
    );
    expect(await config.locator('c-related-lists tr', { hasText: 'Contact.AccountId' }).count()).toBe(1);
    await shot(page, 'admin-object-config-related-list');
    await expectAccessible(page, 'object config related list');
    await config.getByRole('button', { name: 'Back to Customization Settings' }).click();
    await page.getByRole('button', { name: 'Save Object Settings' }).waitFor({ state: 'visible' });
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('Sync Jobs in the workbench (after the activation above)', () => {
  let page: Page;
  let errors: string[];

  test('schedules the periodic and daily jobs and runs a manual sync of one day', async () => {
    page = await browser.context.newPage();
    errors = watchErrors(page);
    await page.goto(`${baseUrl}/admin/customization-settings`);
    const jobs = page.locator('c-sync-jobs');
    const schedulePeriodic = jobs.getByRole('button', { name: 'Schedule Periodic Job' });
    await schedulePeriodic.waitFor({ state: 'visible', timeout: 30_000 });
    await expectEnabled(schedulePeriodic);

    await schedulePeriodic.click();
    const periodicRow = jobs.locator('tr[data-row="Periodic"]');
    await expectText(periodicRow.locator('[data-cell="scheduled"]'), 'Yes');
    expect(await jobs.getByRole('button', { name: 'Reschedule Periodic Job' }).isVisible()).toBe(true);

    // Daily at 04:00: without an hour the message shows next to the picker; then pick it and press Enter.
    const hour = jobs.getByRole('combobox', { name: 'Select Hour' });
    await jobs.getByRole('button', { name: 'Schedule Daily Job' }).click();
    await expectText(
      jobs.locator('lightning-combobox[data-name="hour"] .slds-form-element__help'),
      'Choose an hour between 0 and 23',
    );
    await hour.click();
    await jobs.getByRole('option', { name: '04:00' }).click();
    await jobs.getByRole('button', { name: 'Schedule Daily Job' }).focus();
    await page.keyboard.press('Enter');
    await expectText(jobs.locator('tr[data-row="Daily"] [data-cell="scheduled"]'), 'Yes at 04:00');

    // A window longer than 30 days is refused next to the field, before any call.
    const now = Date.now();
    const start = jobs.locator('lightning-input[data-name="startTime"]');
    const end = jobs.locator('lightning-input[data-name="endTime"]');
    await typeDateTime(start, new Date(now - 40 * 24 * 3600_000));
    await typeDateTime(end, recentEnd(now));
    await jobs.getByRole('button', { name: 'Schedule Manual Job' }).click();
    // A datetime input has a help line for its date, its time and itself: the message is on one of them.
    const tooLong = 'The manual sync window is at most 30 days.';
    await expectText(
      jobs.locator('lightning-input[data-name="endTime"] .slds-form-element__help', { hasText: tooLong }),
      tooLong,
    );

    // One day (about 35 conversations of both channels, so the Chat Transcripts list below stays one short page):
    // really synced from the simulator into Chat Transcripts.
    await typeDateTime(start, new Date(recentEnd(now).getTime() - 24 * 3600_000));
    await jobs.getByRole('button', { name: 'Schedule Manual Job' }).click();
    const manualRow = jobs.locator('tr[data-row="Manual"]');
    await expectText(manualRow.locator('[data-cell="status"]'), 'Completed', 60_000);
    const synced = Number(await manualRow.locator('[data-cell="synced"]').textContent());
    expect(synced).toBeGreaterThan(0);
    expect((await manualRow.locator('[data-cell="errors"]').textContent())?.trim()).toBe('0');
    await jobs.scrollIntoViewIfNeeded();
    await shot(page, 'admin-sync-jobs');
    await expectAccessible(page, 'Sync Jobs');

    const view = await apex<{
      jobs: { kind: string; scheduled: boolean; hour?: number; lastSynced?: number }[];
    }>('SyncJobsController.getSyncJobs');
    expect(view.jobs).toEqual([
      expect.objectContaining({ kind: 'Periodic', scheduled: true }),
      expect.objectContaining({ kind: 'Daily', scheduled: true, hour: 4 }),
      expect.objectContaining({ kind: 'Manual', lastSynced: synced }),
    ]);
    expect(errors).toEqual([]);
  }, 180_000);

  test('runs the Sync Chat record action on a synced transcript (guide: "Sync Chat" button)', async () => {
    const list = (await (await fetch(`${baseUrl}/__ui/list/Chat_Transcript__c`)).json()) as {
      rows: { Conversation_Id__c: string; Sync_Status__c: string; Status__c: string }[];
      actions: { name: string; label: string; component: string }[];
    };
    expect(list.actions).toEqual([{ name: 'Sync_Chat', label: 'Sync Chat', component: 'syncChat' }]);
    const closed = list.rows.find((r) => r.Sync_Status__c === 'Synced' && r.Status__c === 'Closed');
    expect(closed).toBeDefined();

    await page.goto(`${baseUrl}/admin/chat-transcripts`);
    const row = page.locator('lightning-datatable tr', { hasText: closed!.Conversation_Id__c });
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    await row.getByRole('button', { name: 'Show actions' }).click();
    await page.getByRole('menuitem', { name: 'Sync Chat' }).click();
    await page.getByText('Chat synced').first().waitFor({ state: 'visible', timeout: 15_000 });
    await shot(page, 'admin-chat-transcripts-sync-chat');
    await expectAccessible(page, 'Chat Transcripts after Sync Chat');
    expect(errors).toEqual([]);
  }, 120_000);

  test('lists the synced conversations on the Chat Transcripts tab and links to the Event Log', async () => {
    const list = (await (await fetch(`${baseUrl}/__ui/list/Chat_Transcript__c`)).json()) as {
      rows: { Conversation_Id__c: string; Sync_Status__c: string; Channel__c: string }[];
    };
    const synced = list.rows.filter((r) => r.Sync_Status__c === 'Synced');
    expect(synced.length).toBeGreaterThan(0);
    expect(new Set(synced.map((r) => r.Channel__c))).toEqual(new Set(['Chat', 'Messaging']));

    await page.getByRole('link', { name: 'Chat Transcripts' }).click();
    const table = page.locator('lightning-datatable');
    await table.waitFor({ state: 'visible', timeout: 30_000 });
    await page.getByText(synced[0].Conversation_Id__c, { exact: true }).first().waitFor({ timeout: 15_000 });

    await page.goto(`${baseUrl}/admin/customization-settings`);
    const link = page.locator('c-sync-jobs').getByRole('link', { name: /View Event Log/ });
    await link.waitFor({ state: 'visible', timeout: 30_000 });
    await link.click();
    await page.waitForURL(/\/admin\/event-log\?filterName=Callout_Errors$/, { timeout: 15_000 });
    await page.getByText('Manual Sync completed: ', { exact: false }).first().waitFor({ timeout: 15_000 });
    await expectAccessible(page, 'Event Log');
    expect(errors).toEqual([]);
    await page.close();
  }, 120_000);

  test("shows the recent runs, a failed run's reason and next step, and that run's own Event Log entries", async () => {
    page = await browser.context.newPage();
    errors = watchErrors(page);
    // LivePerson refuses the next chat search (403): the manual run fails at once (retrying cannot help).
    const simulator = /^LivePerson simulator: (\S+)$/m.exec(workbench.output)?.[1];
    expect(simulator).toMatch(/^http/);
    const fault = await fetch(`${simulator}/__sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: '403', route: 'engHist.search', count: 1 }),
    });
    expect(fault.ok).toBe(true);

    await page.goto(`${baseUrl}/admin/customization-settings`);
    const jobs = page.locator('c-sync-jobs');
    const health = jobs.locator('c-sync-health');
    // The manual run of the test above is listed with its counts.
    await expectText(
      health.locator('[data-runs="Manual"] tr[data-status="Completed"] [data-cell="status"]'),
      'Completed',
      30_000,
    );
    const now = Date.now();
    await typeDateTime(
      jobs.locator('lightning-input[data-name="startTime"]'),
      new Date(now - 2 * 24 * 3600_000),
    );
    await typeDateTime(jobs.locator('lightning-input[data-name="endTime"]'), recentEnd(now));
    await jobs.getByRole('button', { name: 'Schedule Manual Job' }).click();

    const failed = health.locator('[data-runs="Manual"] tr[data-status="Failed"]').first();
    await failed.waitFor({ state: 'visible', timeout: 60_000 });
    expect(await failed.locator('[data-cell="reason"]').textContent()).toMatch(/FORBIDDEN \(HTTP 403\)/);
    expect(await failed.locator('[data-cell="next-step"]').textContent()).toMatch(
      /^Not retried automatically: run a manual sync for .+ – .+\.$/,
    );
    expect(await failed.locator('[data-cell="errors"]').textContent()).toBe('1');
    await health.scrollIntoViewIfNeeded();
    await shot(page, 'admin-sync-health');
    await expectAccessible(page, 'Sync health');

    const runName = (await failed.locator('[data-cell="name"]').textContent())?.trim() ?? '';
    expect(runName).toMatch(/^SR-\d+$/);
    await failed.getByRole('link', { name: `Entries of ${runName}` }).click();
    await page.waitForURL(/\/lightning\/r\/Sync_Run__c\/\w+\/related\/Event_Logs__r\/view$/, {
      timeout: 15_000,
    });
    // Exactly this run's entries: its failure (and the client's callout error), not the completed run's summary.
    await page
      .getByText('Sync failed on the Chat page at offset 0', { exact: false })
      .first()
      .waitFor({ timeout: 15_000 });
    await page.getByText(`Event Log of ${runName}`, { exact: false }).first().waitFor({ timeout: 15_000 });
    expect(await page.getByText('Manual Sync completed: ', { exact: false }).count()).toBe(0);
    await expectAccessible(page, "a sync run's Event Log entries");
    expect(errors).toEqual([]);
    await page.close();
  }, 180_000);
});

async function expectText(locator: Locator, text: string, timeout = 15_000): Promise<void> {
  await locator.filter({ hasText: text }).waitFor({ state: 'visible', timeout });
  expect(await locator.textContent()).toContain(text);
}

async function expectEnabled(button: Locator): Promise<void> {
  const until = Date.now() + 15_000;
  while ((await button.isDisabled()) && Date.now() < until) await new Promise((r) => setTimeout(r, 100));
  expect(await button.isDisabled()).toBe(false);
}
