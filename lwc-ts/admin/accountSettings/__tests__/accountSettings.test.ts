import AccountSettings from 'c/accountSettings';
import getAccountSettings from '@salesforce/apex/AccountSettingsController.getAccountSettings';
import saveAndActivate from '@salesforce/apex/AccountSettingsController.saveAndActivate';
import deactivate from '@salesforce/apex/AccountSettingsController.deactivate';
import activatedView from './data/view.json';
import credentialVectors from '../../../../config/vectors/oauth-credential-fields.json';

import type { AccountActivationResult, AccountSettingsView, AdminFieldError } from 'apex-dtos';
import { apexMock, dto } from '../../../testing/apexMocks';
import { type Host, errorPanelText, find, fire, flush, mount } from '../../../testing/mount';
import { helpMessageOf } from '../../../testing/lightning/validatable';

const mockGet = apexMock(getAccountSettings);
const mockSave = apexMock(saveAndActivate);
const mockDeactivate = apexMock(deactivate);

const view = dto<AccountSettingsView>();
const activated = (): AccountSettingsView => view(activatedView);
const inactiveView: AccountSettingsView = {
  ...activated(),
  accountId: undefined,
  clientIdSet: false,
  clientSecretSet: false,
  activated: false,
  activatedAt: undefined,
  activatedBy: undefined,
  termsAccepted: false,
};

type Input = HTMLElement & {
  value?: string;
  checked?: boolean;
  disabled?: boolean;
  label?: string;
  placeholder?: string;
  type?: string;
};

async function mountPage(initial: AccountSettingsView = inactiveView): Promise<Host> {
  mockGet.mockResolvedValue(initial);
  return mount('c-account-settings', AccountSettings);
}

const q = (el: Host, selector: string): Input | null => find<Input>(el, selector);
const all = (el: Host, selector: string): Input[] =>
  Array.from(el.shadowRoot.querySelectorAll<Input>(selector));
/** Types into an input as a user does: its value changes, then it fires `change`. */
function type(el: Host, name: string, value: string): void {
  const input = q(el, `[data-name="${name}"]`);
  if (input) input.value = value;
  fire(input, 'change', { value });
}
const click = (el: Host, id: string): void => fire(q(el, `[data-id="${id}"]`), 'click');
const check = (el: Host, checked: boolean): void =>
  fire(q(el, '[data-name="termsAccepted"]'), 'change', { checked });
const errorOf = (el: Host, name: string): string => helpMessageOf(q(el, `[data-name="${name}"]`));
const statusNames = (el: Host): (string | null)[] =>
  all(el, '[data-status-for]').map((n) => n.getAttribute('data-status-for'));

/** Apex's answer to a refused activation. */
function refusal(
  fieldErrors: AdminFieldError[],
  message = 'Fix the highlighted fields.',
  errorKind = 'VALIDATION',
): AccountActivationResult {
  return { success: false, errorKind, message, fieldErrors, settings: inactiveView };
}

/** Clicks Activate with Apex answering `reply`, and waits for the page to show the answer. */
async function activate(el: Host, reply: AccountActivationResult): Promise<void> {
  mockSave.mockResolvedValueOnce(reply);
  click(el, 'activate');
  await flush();
}

describe('c-account-settings', () => {
  it('shows the four steps with OAuth 2.0 as the default method', async () => {
    const el = await mountPage();
    const headings = Array.from(el.shadowRoot.querySelectorAll('h2')).map((h) => h.textContent);
    expect(headings).toEqual([
      'Step 1: Account Information',
      'Step 2: OAuth Key Setup',
      'Step 3: Legal Disclaimer',
      'Step 4: Activation',
    ]);
    expect(q(el, '[data-name="authMethod"]')!.value).toBe('OAuth2');
    expect(q(el, '[data-name="clientId"]')).not.toBeNull();
    expect(q(el, '[data-name="consumerKey"]')).toBeNull();
    expect(q(el, '[data-id="method-help"]')!.textContent).toContain('Use OAuth 2.0');
    expect(q(el, '[data-name="termsAccepted"]')!.label).toBe('I have read and agree to these terms');
    expect(q(el, '[data-id="deactivate"]')!.disabled).toBe(true);
  });

  it('shows the four OAuth 1.0a keys and says when to use them', async () => {
    const el = await mountPage();
    type(el, 'authMethod', 'OAuth1');
    await flush();
    expect(statusNames(el)).toEqual(['consumerKey', 'consumerSecret', 'accessToken', 'accessTokenSecret']);
    expect(q(el, '[data-id="method-help"]')!.textContent).toContain('31 May 2026');
  });

  it('renders the credential inputs of each method exactly as the contract vector lists them', async () => {
    const el = await mountPage();
    for (const [method, fields] of Object.entries(credentialVectors.methods)) {
      type(el, 'authMethod', method);
      await flush();
      const rendered = statusNames(el).map((name) => ({
        name,
        label: q(el, `[data-name="${name}"]`)!.label,
      }));
      expect(rendered).toEqual(fields);
    }
  });

  it('masks every key field of both methods, the OAuth 1.0a Access Token included', async () => {
    const el = await mountPage();
    const typesOf = () => statusNames(el).map((name) => [name, q(el, `[data-name="${name}"]`)!.type]);
    expect(typesOf()).toEqual([
      ['clientId', 'password'],
      ['clientSecret', 'password'],
    ]);
    type(el, 'authMethod', 'OAuth1');
    await flush();
    expect(typesOf()).toEqual([
      ['consumerKey', 'password'],
      ['consumerSecret', 'password'],
      ['accessToken', 'password'],
      ['accessTokenSecret', 'password'],
    ]);
  });

  it('shows that stored secrets are set, never their values', async () => {
    const el = await mountPage(activated());
    const secret = q(el, '[data-name="clientSecret"]')!;
    expect(secret.value).toBe('');
    expect(secret.type).toBe('password');
    expect(secret.placeholder).toContain('Leave blank to keep it');
    expect(q(el, '[data-status-for="clientSecret"]')!.textContent).toContain('Set');
    expect(q(el, '[data-id="status-text"]')!.textContent).toContain('admin@example.com');
    expect(q(el, '[data-id="status-badge"]')!.textContent).toBe('Active');
    expect(el.shadowRoot.innerHTML).not.toContain('stored-client-secret');
  });

  it('activates with the entered values and shows success', async () => {
    mockSave.mockResolvedValue({
      success: true,
      message: 'Activated. LivePerson returned 2 skills.',
      fieldErrors: [],
      settings: activated(),
      skillCount: 2,
    });
    const el = await mountPage();
    const toasts: CustomEvent[] = [];
    el.addEventListener('lightning__showtoast', (e) => toasts.push(e as CustomEvent));
    type(el, 'accountId', ' 90233546 ');
    type(el, 'clientId', 'cid');
    type(el, 'clientSecret', 'secret');
    check(el, true);
    click(el, 'activate');
    await flush();
    expect(mockSave).toHaveBeenCalledWith({
      request: {
        accountId: '90233546',
        authMethod: 'OAuth2',
        clientId: 'cid',
        clientSecret: 'secret',
        consumerKey: undefined,
        consumerSecret: undefined,
        accessToken: undefined,
        accessTokenSecret: undefined,
        termsAccepted: true,
      },
    });
    expect(q(el, '[data-id="success"]')!.textContent).toContain('2 skills');
    expect(toasts[0].detail.variant).toBe('success');
    expect(q(el, '[data-name="clientSecret"]')!.value).toBe('');
    expect(q(el, '[data-id="deactivate"]')!.disabled).toBe(false);
  });

  it('shows a spinner and disables Activate while activating', async () => {
    let resolve: (v: AccountActivationResult) => void = () => undefined;
    mockSave.mockReturnValue(new Promise((r) => (resolve = r)));
    const el = await mountPage();
    click(el, 'activate');
    await flush();
    expect(q(el, 'lightning-spinner')).not.toBeNull();
    expect(q(el, '[data-id="activate"]')!.disabled).toBe(true);
    resolve({ success: false, message: 'x', fieldErrors: [], settings: inactiveView });
    await flush();
    expect(q(el, 'lightning-spinner')).toBeNull();
  });

  it('shows field errors next to their fields and clears one when its field changes', async () => {
    const el = await mountPage();
    await activate(
      el,
      refusal([
        { field: 'accountId', message: 'The Account ID is digits only.' },
        { field: 'clientSecret', message: 'Enter the Client Secret.' },
        { field: 'termsAccepted', message: 'Read the terms and check the box.' },
      ]),
    );
    expect(errorOf(el, 'accountId')).toBe('The Account ID is digits only.');
    expect(errorOf(el, 'clientSecret')).toBe('Enter the Client Secret.');
    expect(errorOf(el, 'termsAccepted')).toBe('Read the terms and check the box.');
    expect(errorOf(el, 'clientId')).toBe('');
    expect(errorPanelText(el)).toContain('Fix the highlighted fields');
    type(el, 'accountId', '123');
    await flush();
    expect(errorOf(el, 'accountId')).toBe('');
    expect(errorOf(el, 'clientSecret')).toBe('Enter the Client Secret.');
    check(el, true);
    expect(errorOf(el, 'termsAccepted')).toBe('');
  });

  it('puts the error of a field the page does not show in the error panel, and clears all on success', async () => {
    // The Consumer Key is an OAuth 1.0a input: the OAuth 2.0 form does not show it.
    const reply = refusal([
      { field: 'clientId', message: 'Enter the Client ID.' },
      { field: 'consumerKey', message: 'Enter the Consumer Key.' },
    ]);
    const el = await mountPage();
    await activate(el, reply);
    expect(errorOf(el, 'clientId')).toBe('Enter the Client ID.');
    expect(errorPanelText(el)).toContain('Enter the Consumer Key.');
    await activate(el, { success: true, message: 'Activated.', fieldErrors: [], settings: activated() });
    expect(errorOf(el, 'clientId')).toBe('');
    expect(errorPanelText(el)).toBe('');
  });

  it('shows the exact LivePerson failure and an error toast', async () => {
    const message = 'LivePerson rejected the Client ID or Client Secret (HTTP 401): re-enter both.';
    mockSave.mockResolvedValue(
      refusal(
        [{ field: 'clientId', message: 'LivePerson rejected the keys: re-enter this value.' }],
        message,
        'BAD_CREDENTIALS',
      ),
    );
    const el = await mountPage();
    const toasts: CustomEvent[] = [];
    el.addEventListener('lightning__showtoast', (e) => toasts.push(e as CustomEvent));
    click(el, 'activate');
    await flush();
    expect(errorPanelText(el)).toBe(message);
    expect(errorOf(el, 'clientId')).toBe('LivePerson rejected the keys: re-enter this value.');
    expect(toasts[0].detail).toMatchObject({ variant: 'error', message });
  });

  it('shows a refused permission from Apex in the error panel', async () => {
    mockSave.mockRejectedValue({
      body: { message: 'You do not have permission to configure LiveEngage.' },
      status: 500,
    });
    const el = await mountPage();
    click(el, 'activate');
    await flush();
    expect(errorPanelText(el)).toBe('You do not have permission to configure LiveEngage.');
  });

  it('deactivates and explains what stopped', async () => {
    mockDeactivate.mockResolvedValue(inactiveView);
    const el = await mountPage(activated());
    click(el, 'deactivate');
    await flush();
    expect(mockDeactivate).toHaveBeenCalled();
    expect(q(el, '[data-id="success"]')!.textContent).toContain('sync jobs are stopped');
    expect(q(el, '[data-id="status-badge"]')!.textContent).toBe('Inactive');
  });

  it('shows a failed deactivation', async () => {
    mockDeactivate.mockRejectedValue(new Error('Deactivation failed'));
    const el = await mountPage(activated());
    click(el, 'deactivate');
    await flush();
    expect(errorPanelText(el)).toBe('Deactivation failed');
  });

  it('tells a user without the permission why the form is missing', async () => {
    const el = await mountPage({ ...inactiveView, canConfigure: false });
    expect(q(el, '[data-id="refused"]')!.textContent).toContain('LiveEngage_Configure');
    expect(q(el, '[data-id="activate"]')).toBeNull();
  });

  it('shows a load failure', async () => {
    mockGet.mockRejectedValue({ body: { message: 'Load failed' } });
    const el = await mount('c-account-settings', AccountSettings);
    expect(errorPanelText(el)).toBe('Load failed');
  });

  it('asks for stored keys again when the account changes', async () => {
    const el = await mountPage(activated());
    type(el, 'accountId', '11112222');
    await flush();
    expect(q(el, '[data-status-for="clientSecret"]')!.textContent).toContain('Not set');
  });
});
