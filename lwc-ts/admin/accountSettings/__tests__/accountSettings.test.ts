import { createElement } from 'lwc';
import AccountSettings from 'c/accountSettings';
import getAccountSettings from '@salesforce/apex/AccountSettingsController.getAccountSettings';
import saveAndActivate from '@salesforce/apex/AccountSettingsController.saveAndActivate';
import deactivate from '@salesforce/apex/AccountSettingsController.deactivate';
import activatedView from './data/view.json';
import credentialVectors from '../../../../config/vectors/oauth-credential-fields.json';

import type { AccountActivationResult, AccountSettingsView } from 'apex-dtos';
import { apexMock, dto } from '../../../testing/apexMocks';

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

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

type Input = HTMLElement & {
  value?: string;
  checked?: boolean;
  disabled?: boolean;
  label?: string;
  placeholder?: string;
};

async function mount(
  initial: AccountSettingsView = inactiveView,
): Promise<HTMLElement & { shadowRoot: ShadowRoot }> {
  mockGet.mockResolvedValue(initial);
  const element = createElement('c-account-settings', { is: AccountSettings }) as HTMLElement & {
    shadowRoot: ShadowRoot;
  };
  document.body.appendChild(element);
  await flush();
  return element;
}

const q = <T extends Element = Input>(
  el: HTMLElement & { shadowRoot: ShadowRoot },
  selector: string,
): T | null => el.shadowRoot.querySelector<T>(selector);

/** Text of the shared error panel (c-error-panel) of the page. */
function pageErrors(el: HTMLElement & { shadowRoot: ShadowRoot }): string {
  const panel = q<HTMLElement & { shadowRoot: ShadowRoot }>(el, 'c-error-panel');
  return panel?.shadowRoot.querySelector('[data-id="page-errors"]')?.textContent ?? '';
}

function type(el: HTMLElement & { shadowRoot: ShadowRoot }, name: string, value: string): void {
  const input = q(el, `[data-name="${name}"]`);
  if (!input) throw new Error(`no input ${name}`);
  input.dispatchEvent(new CustomEvent('change', { detail: { value } }));
}

function check(el: HTMLElement & { shadowRoot: ShadowRoot }, checked: boolean): void {
  q(el, '[data-name="termsAccepted"]')!.dispatchEvent(new CustomEvent('change', { detail: { checked } }));
}

function click(el: HTMLElement & { shadowRoot: ShadowRoot }, id: string): void {
  q(el, `[data-id="${id}"]`)!.dispatchEvent(new CustomEvent('click'));
}

describe('c-account-settings', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it('shows the four steps with OAuth 2.0 as the default method', async () => {
    const el = await mount();
    const headings = Array.from(el.shadowRoot.querySelectorAll('h2')).map((h) => h.textContent);
    expect(headings).toEqual([
      'Step 1: Account Information',
      'Step 2: OAuth Key Setup',
      'Step 3: Legal Disclaimer',
      'Step 4: Activation',
    ]);
    expect((q(el, '[data-name="authMethod"]') as Input).value).toBe('OAuth2');
    expect(q(el, '[data-name="clientId"]')).not.toBeNull();
    expect(q(el, '[data-name="consumerKey"]')).toBeNull();
    expect(q(el, '[data-id="method-help"]')!.textContent).toContain('Use OAuth 2.0');
    expect((q(el, '[data-name="termsAccepted"]') as Input).label).toBe(
      'I have read and agree to these terms',
    );
    expect((q(el, '[data-id="deactivate"]') as Input).disabled).toBe(true);
  });

  it('shows the four OAuth 1.0a keys and says when to use them', async () => {
    const el = await mount();
    type(el, 'authMethod', 'OAuth1');
    await flush();
    const names = Array.from(el.shadowRoot.querySelectorAll('[data-status-for]')).map((n) =>
      n.getAttribute('data-status-for'),
    );
    expect(names).toEqual(['consumerKey', 'consumerSecret', 'accessToken', 'accessTokenSecret']);
    expect(q(el, '[data-id="method-help"]')!.textContent).toContain('31 May 2026');
  });

  it('renders the credential inputs of each method exactly as the contract vector lists them', async () => {
    const el = await mount();
    for (const [method, fields] of Object.entries(credentialVectors.methods)) {
      type(el, 'authMethod', method);
      await flush();
      const rendered = Array.from(el.shadowRoot.querySelectorAll('[data-status-for]')).map((status) => {
        const name = status.getAttribute('data-status-for');
        return { name, label: (q(el, `[data-name="${name}"]`) as Input).label };
      });
      expect(rendered).toEqual(fields);
    }
  });

  it('masks every key field of both methods, the OAuth 1.0a Access Token included', async () => {
    const el = await mount();
    const typesOf = () =>
      Array.from(el.shadowRoot.querySelectorAll('[data-status-for]')).map((status) => {
        const input = q(el, `[data-name="${status.getAttribute('data-status-for')}"]`) as Input;
        return [input.getAttribute('data-name'), (input as unknown as { type: string }).type];
      });
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
    const el = await mount(activated());
    const secret = q(el, '[data-name="clientSecret"]') as Input;
    expect(secret.value).toBe('');
    expect(secret.getAttribute('type') ?? (secret as unknown as { type: string }).type).toBe('password');
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
    const el = await mount();
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
    expect((q(el, '[data-name="clientSecret"]') as Input).value).toBe('');
    expect((q(el, '[data-id="deactivate"]') as Input).disabled).toBe(false);
  });

  it('shows a spinner and disables Activate while activating', async () => {
    let resolve: (v: AccountActivationResult) => void = () => undefined;
    mockSave.mockReturnValue(new Promise((r) => (resolve = r)));
    const el = await mount();
    click(el, 'activate');
    await flush();
    expect(q(el, 'lightning-spinner')).not.toBeNull();
    expect((q(el, '[data-id="activate"]') as Input).disabled).toBe(true);
    resolve({ success: false, message: 'x', fieldErrors: [], settings: inactiveView });
    await flush();
    expect(q(el, 'lightning-spinner')).toBeNull();
  });

  it('shows field errors next to their fields and clears one when its field changes', async () => {
    mockSave.mockResolvedValue({
      success: false,
      errorKind: 'VALIDATION',
      message: 'Fix the highlighted fields, then click Activate again. Nothing was saved.',
      fieldErrors: [
        { field: 'accountId', message: 'The Account ID is digits only.' },
        { field: 'clientSecret', message: 'Enter the Client Secret.' },
        { field: 'termsAccepted', message: 'Read the terms and check the box.' },
      ],
      settings: inactiveView,
    });
    const el = await mount();
    click(el, 'activate');
    await flush();
    expect(q(el, '[data-error-for="accountId"]')!.textContent).toBe('The Account ID is digits only.');
    expect(q(el, '[data-error-for="clientSecret"]')!.textContent).toBe('Enter the Client Secret.');
    expect(q(el, '[data-error-for="termsAccepted"]')!.textContent).toBe('Read the terms and check the box.');
    expect(pageErrors(el)).toContain('Fix the highlighted fields');
    for (const name of ['accountId', 'clientSecret', 'termsAccepted']) {
      const errorId = q(el, `[data-error-for="${name}"]`)!.id;
      expect(errorId).toContain(`${name}-error`);
      // Screen readers announce the message with the field: the input points at its error element.
      expect(q(el, `[data-name="${name}"]`)!.getAttribute('aria-describedby')).toBe(errorId);
    }
    type(el, 'accountId', '123');
    await flush();
    expect(q(el, '[data-error-for="accountId"]')).toBeNull();
    expect(q(el, '[data-error-for="clientSecret"]')).not.toBeNull();
  });

  it('shows the exact LivePerson failure and an error toast', async () => {
    const message = 'LivePerson rejected the Client ID or Client Secret (HTTP 401): re-enter both.';
    mockSave.mockResolvedValue({
      success: false,
      errorKind: 'BAD_CREDENTIALS',
      message,
      fieldErrors: [{ field: 'clientId', message: 'LivePerson rejected the keys: re-enter this value.' }],
      settings: inactiveView,
    });
    const el = await mount();
    const toasts: CustomEvent[] = [];
    el.addEventListener('lightning__showtoast', (e) => toasts.push(e as CustomEvent));
    click(el, 'activate');
    await flush();
    expect(pageErrors(el)).toBe(message);
    expect(q(el, '[data-error-for="clientId"]')).not.toBeNull();
    expect(toasts[0].detail).toMatchObject({ variant: 'error', message });
  });

  it('shows a refused permission from Apex in the error panel', async () => {
    mockSave.mockRejectedValue({
      body: { message: 'You do not have permission to configure LiveEngage.' },
      status: 500,
    });
    const el = await mount();
    click(el, 'activate');
    await flush();
    expect(pageErrors(el)).toBe('You do not have permission to configure LiveEngage.');
  });

  it('deactivates and explains what stopped', async () => {
    mockDeactivate.mockResolvedValue(inactiveView);
    const el = await mount(activated());
    click(el, 'deactivate');
    await flush();
    expect(mockDeactivate).toHaveBeenCalled();
    expect(q(el, '[data-id="success"]')!.textContent).toContain('sync jobs are stopped');
    expect(q(el, '[data-id="status-badge"]')!.textContent).toBe('Inactive');
  });

  it('shows a failed deactivation', async () => {
    mockDeactivate.mockRejectedValue(new Error('Deactivation failed'));
    const el = await mount(activated());
    click(el, 'deactivate');
    await flush();
    expect(pageErrors(el)).toBe('Deactivation failed');
  });

  it('tells a user without the permission why the form is missing', async () => {
    const el = await mount({ ...inactiveView, canConfigure: false });
    expect(q(el, '[data-id="refused"]')!.textContent).toContain('LiveEngage_Configure');
    expect(q(el, '[data-id="activate"]')).toBeNull();
  });

  it('shows a load failure', async () => {
    mockGet.mockRejectedValue({ body: { message: 'Load failed' } });
    const el = createElement('c-account-settings', { is: AccountSettings }) as HTMLElement & {
      shadowRoot: ShadowRoot;
    };
    document.body.appendChild(el);
    await flush();
    expect(pageErrors(el)).toBe('Load failed');
  });

  it('asks for stored keys again when the account changes', async () => {
    const el = await mount(activated());
    type(el, 'accountId', '11112222');
    await flush();
    expect(q(el, '[data-status-for="clientSecret"]')!.textContent).toContain('Not set');
  });
});
