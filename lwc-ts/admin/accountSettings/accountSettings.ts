/**
 * Account Settings tab: the guide's four activation steps (Account ID; OAuth keys; legal terms;
 * Activate / Deactivate). Secrets are write-only: the page shows whether each one is stored, never its
 * value, and every key field is masked while typed (the OAuth 1.0a Access Token and the ids included); a
 * blank secret keeps the stored one. Validation and the live proof of the keys happen in Apex
 * (`AccountSettingsController`); its field errors are shown by their inputs (`c/fieldErrors`), anything
 * else in the page-level error panel (normalised by `c/reduceErrors`).
 */
import { LightningElement } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getAccountSettings from '@salesforce/apex/AccountSettingsController.getAccountSettings';
import saveAndActivate from '@salesforce/apex/AccountSettingsController.saveAndActivate';
import deactivate from '@salesforce/apex/AccountSettingsController.deactivate';
import { reduceErrors } from 'c/reduceErrors';
import { saveWithFeedback, type SaveLabels } from 'c/adminSave';
import { clearFieldError, showFieldErrors } from 'c/fieldErrors';
import type { AccountSettingsView as View, AccountActivationRequest as ActivationRequest } from 'apex-dtos';

export type AuthMethod = 'OAuth2' | 'OAuth1';

const ACTIVATION_LABELS: SaveLabels = {
  saved: 'LiveEngage activated',
  notSaved: 'Not activated',
  failure: 'Activation failed. Nothing was saved.',
};

/** Inputs of the form; the names are the request DTO's property names (Apex field errors use them). */
export type FieldName =
  | 'accountId'
  | 'authMethod'
  | 'clientId'
  | 'clientSecret'
  | 'consumerKey'
  | 'consumerSecret'
  | 'accessToken'
  | 'accessTokenSecret'
  | 'termsAccepted';

type SecretName = Exclude<FieldName, 'accountId' | 'authMethod' | 'termsAccepted'>;

interface KeyField {
  name: SecretName;
  label: string;
  value: string;
  isSet: boolean;
  status: string;
  placeholder: string;
}

/** A credential input of one auth method: request property, label, and the view's "is stored" flag. */
export interface CredentialField {
  name: SecretName;
  label: string;
  setFlag: keyof View;
}

/** The credential inputs per method, in page order (pinned to Apex by config/vectors/oauth-credential-fields.json). */
export const CREDENTIAL_FIELDS: Record<AuthMethod, readonly CredentialField[]> = {
  OAuth2: [
    { name: 'clientId', label: 'Client ID', setFlag: 'clientIdSet' },
    { name: 'clientSecret', label: 'Client Secret', setFlag: 'clientSecretSet' },
  ],
  OAuth1: [
    { name: 'consumerKey', label: 'Consumer Key', setFlag: 'consumerKeySet' },
    { name: 'consumerSecret', label: 'Consumer Secret', setFlag: 'consumerSecretSet' },
    { name: 'accessToken', label: 'Access Token', setFlag: 'accessTokenSet' },
    { name: 'accessTokenSecret', label: 'Access Token Secret', setFlag: 'accessTokenSecretSet' },
  ],
};

const ALL_CREDENTIAL_NAMES: SecretName[] = [...CREDENTIAL_FIELDS.OAuth2, ...CREDENTIAL_FIELDS.OAuth1].map(
  (f) => f.name,
);

function blankValues(): Record<SecretName, string> {
  return Object.fromEntries(ALL_CREDENTIAL_NAMES.map((name) => [name, ''])) as Record<SecretName, string>;
}

/** The legal disclaimer of Step 3. */
export const TERMS_TEXT =
  'LiveEngage for Salesforce copies conversation data from your LivePerson account into this Salesforce org ' +
  "and lets LivePerson agents read and create records here, within each agent's Salesforce permissions. " +
  'You confirm that you are authorised to connect this LivePerson account to this org, that processing the ' +
  'conversation data in Salesforce complies with your privacy obligations towards your customers, and that ' +
  'the keys you enter are used only by this package to call LivePerson on your behalf. The package is ' +
  'provided "as is", without warranty of any kind.';

export default class AccountSettings extends LightningElement {
  view: View | undefined;
  loading = true;
  busy = false;
  busyText = '';
  accountId = '';
  authMethod: AuthMethod = 'OAuth2';
  values: Record<SecretName, string> = blankValues();
  termsAccepted = false;
  pageErrors: string[] = [];
  successMessage = '';

  readonly termsText = TERMS_TEXT;
  readonly authOptions = [
    { label: 'OAuth 2.0 client credentials (recommended)', value: 'OAuth2' },
    { label: 'OAuth 1.0a app keys (legacy)', value: 'OAuth1' },
  ];

  connectedCallback(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading = true;
    try {
      this.applyView(await getAccountSettings());
    } catch (error) {
      this.pageErrors = reduceErrors(error);
    } finally {
      this.loading = false;
    }
  }

  applyView(view: View): void {
    this.view = view;
    this.accountId = view.accountId ?? '';
    this.authMethod = view.authMethod === 'OAuth1' ? 'OAuth1' : 'OAuth2';
    this.termsAccepted = view.termsAccepted === true;
    this.values = blankValues();
  }

  // ---- state for the template -------------------------------------------------------------

  get ready(): boolean {
    return !this.loading && this.view !== undefined;
  }

  get canConfigure(): boolean {
    return this.view?.canConfigure === true;
  }

  get refused(): boolean {
    return this.ready && !this.canConfigure;
  }

  get showForm(): boolean {
    return this.ready && this.canConfigure;
  }

  get activated(): boolean {
    return this.view?.activated === true;
  }

  get statusText(): string {
    if (!this.activated) return 'Not activated. Complete the four steps below and click Activate.';
    const by = this.view?.activatedBy ? ` by ${this.view.activatedBy}` : '';
    const at = this.view?.activatedAt ? ` on ${new Date(this.view.activatedAt).toLocaleString()}` : '';
    return `Activated${at}${by}.`;
  }

  get statusClass(): string {
    return `slds-badge ${this.activated ? 'slds-theme_success' : ''}`.trim();
  }

  get statusLabel(): string {
    return this.activated ? 'Active' : 'Inactive';
  }

  get isOAuth1(): boolean {
    return this.authMethod === 'OAuth1';
  }

  get methodHelp(): string {
    return this.isOAuth1
      ? 'OAuth 1.0a app keys reached end of life at LivePerson on 31 May 2026. Use them only if your account ' +
          'still has working keys: Campaigns > Data Sources > API, with "Data > Engagement History" and ' +
          '"Administration > Skills" selected. Enter all four strings.'
      : 'Use OAuth 2.0: your LivePerson account team installs the app and gives you a Client ID and a Client ' +
          'Secret with the Engagement History and Skills scopes.';
  }

  get keyFields(): KeyField[] {
    return CREDENTIAL_FIELDS[this.authMethod].map(({ name, label, setFlag }) => {
      const isSet = this.sameAccountAndMethod && this.view?.[setFlag] === true;
      return {
        name,
        label,
        value: this.values[name],
        isSet,
        status: isSet ? 'Set' : 'Not set',
        placeholder: isSet ? 'Stored (hidden). Leave blank to keep it.' : '',
      };
    });
  }

  /** Stored keys are reusable only for the stored account and method (as the Apex validation says). */
  get sameAccountAndMethod(): boolean {
    return (
      this.view !== undefined &&
      (this.view.accountId ?? '') === this.accountId.trim() &&
      (this.view.authMethod ?? 'OAuth2') === this.authMethod
    );
  }

  /** Step 4's buttons (data-id, and properties spread onto lightning-button); both off while one runs. */
  get actions(): {
    id: 'activate' | 'deactivate';
    props: { label: string; variant: string; disabled: boolean };
  }[] {
    const label = this.activated ? 'Save and Re-activate' : 'Activate';
    return [
      { id: 'activate', props: { label, variant: 'brand', disabled: this.busy } },
      {
        id: 'deactivate',
        props: { label: 'Deactivate', variant: 'neutral', disabled: this.busy || !this.activated },
      },
    ];
  }

  // ---- input handlers ---------------------------------------------------------------------

  handleAccountId(event: CustomEvent<{ value: string }>): void {
    this.accountId = event.detail.value ?? '';
    clearFieldError(event);
  }

  handleAuthMethod(event: CustomEvent<{ value: string }>): void {
    this.authMethod = event.detail.value === 'OAuth1' ? 'OAuth1' : 'OAuth2';
    clearFieldError(event);
  }

  handleKey(event: CustomEvent<{ value: string }>): void {
    const name = (event.target as HTMLElement).dataset.name as SecretName;
    this.values = { ...this.values, [name]: event.detail.value ?? '' };
    clearFieldError(event);
  }

  handleTerms(event: CustomEvent<{ checked: boolean }>): void {
    this.termsAccepted = event.detail.checked === true;
    clearFieldError(event);
  }

  // ---- actions ----------------------------------------------------------------------------

  buildRequest(): ActivationRequest {
    // Keys of the method not in use are not sent at all.
    const keys = Object.fromEntries(
      CREDENTIAL_FIELDS[this.authMethod].map(({ name }) => [name, this.values[name]]),
    ) as Partial<Record<SecretName, string>>;
    return {
      accountId: this.accountId.trim(),
      authMethod: this.authMethod,
      ...keys,
      termsAccepted: this.termsAccepted,
    };
  }

  handleAction(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id;
    void (id === 'activate' ? this.handleActivate() : this.handleDeactivate());
  }

  async handleActivate(): Promise<void> {
    this.startBusy('Activating: checking the keys with LivePerson…');
    const outcome = await saveWithFeedback(this, ACTIVATION_LABELS, () =>
      saveAndActivate({ request: this.buildRequest() }),
    );
    // The form stays rendered while busy, so the inputs that show the errors are there now.
    this.pageErrors = [...outcome.pageErrors, ...showFieldErrors(this.template, outcome.fieldErrors)];
    if (outcome.ok) {
      if (outcome.result?.settings) this.applyView(outcome.result.settings);
      this.successMessage = outcome.result?.message ?? 'Activated.';
    } else if (outcome.result) {
      this.focusFirstError(Object.keys(outcome.fieldErrors)[0]);
    }
    this.busy = false;
  }

  async handleDeactivate(): Promise<void> {
    this.startBusy('Deactivating…');
    try {
      this.applyView(await deactivate());
      this.successMessage =
        'Deactivated. The widget no longer loads and the sync jobs are stopped. The keys stay stored for a later activation.';
      this.toast('LiveEngage deactivated', this.successMessage, 'success');
    } catch (error) {
      this.pageErrors = reduceErrors(error);
      this.toast('Not deactivated', this.pageErrors[0], 'error');
    } finally {
      this.busy = false;
    }
  }

  startBusy(text: string): void {
    this.busy = true;
    this.busyText = text;
    this.pageErrors = [];
    this.successMessage = '';
  }

  toast(title: string, message: string, variant: 'success' | 'error'): void {
    this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
  }

  /** Moves keyboard focus to the first field with an error (or to the error panel). */
  focusFirstError(first: string | undefined): void {
    void Promise.resolve().then(() => {
      const root = this.template;
      if (!root) return;
      const target =
        (first && root.querySelector<HTMLElement>(`[data-name="${first}"]`)) ||
        root.querySelector<HTMLElement>('c-error-panel');
      target?.focus();
    });
  }
}
