// Generated from lwc-ts/admin/accountSettings/accountSettings.ts by `npm run build`; do not edit.
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
import { saveWithFeedback } from 'c/adminSave';
import { clearFieldError, showFieldErrors } from 'c/fieldErrors';




const ACTIVATION_LABELS = {
  saved: 'LiveEngage activated',
  notSaved: 'Not activated',
  failure: 'Activation failed. Nothing was saved.'
};

/** Inputs of the form; the names are the request DTO's property names (Apex field errors use them). */






















/** A credential input of one auth method: request property, label, and the view's "is stored" flag. */






/** The credential inputs per method, in page order (pinned to Apex by config/vectors/oauth-credential-fields.json). */
export const CREDENTIAL_FIELDS = {
  OAuth2: [
  { name: 'clientId', label: 'Client ID', setFlag: 'clientIdSet' },
  { name: 'clientSecret', label: 'Client Secret', setFlag: 'clientSecretSet' }],

  OAuth1: [
  { name: 'consumerKey', label: 'Consumer Key', setFlag: 'consumerKeySet' },
  { name: 'consumerSecret', label: 'Consumer Secret', setFlag: 'consumerSecretSet' },
  { name: 'accessToken', label: 'Access Token', setFlag: 'accessTokenSet' },
  { name: 'accessTokenSecret', label: 'Access Token Secret', setFlag: 'accessTokenSecretSet' }]

};

const ALL_CREDENTIAL_NAMES = [...CREDENTIAL_FIELDS.OAuth2, ...CREDENTIAL_FIELDS.OAuth1].map(
  (f) => f.name
);

function blankValues() {
  return Object.fromEntries(ALL_CREDENTIAL_NAMES.map((name) => [name, '']));
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
  view;
  loading = true;
  busy = false;
  busyText = '';
  accountId = '';
  authMethod = 'OAuth2';
  values = blankValues();
  termsAccepted = false;
  pageErrors = [];
  successMessage = '';

  termsText = TERMS_TEXT;
  authOptions = [
  { label: 'OAuth 2.0 client credentials (recommended)', value: 'OAuth2' },
  { label: 'OAuth 1.0a app keys (legacy)', value: 'OAuth1' }];


  connectedCallback() {
    void this.load();
  }

  async load() {
    this.loading = true;
    try {
      this.applyView(await getAccountSettings());
    } catch (error) {
      this.pageErrors = reduceErrors(error);
    } finally {
      this.loading = false;
    }
  }

  applyView(view) {
    this.view = view;
    this.accountId = view.accountId ?? '';
    this.authMethod = view.authMethod === 'OAuth1' ? 'OAuth1' : 'OAuth2';
    this.termsAccepted = view.termsAccepted === true;
    this.values = blankValues();
  }

  // ---- state for the template -------------------------------------------------------------

  get ready() {
    return !this.loading && this.view !== undefined;
  }

  get canConfigure() {
    return this.view?.canConfigure === true;
  }

  get refused() {
    return this.ready && !this.canConfigure;
  }

  get showForm() {
    return this.ready && this.canConfigure;
  }

  get activated() {
    return this.view?.activated === true;
  }

  get statusText() {
    if (!this.activated) return 'Not activated. Complete the four steps below and click Activate.';
    const by = this.view?.activatedBy ? ` by ${this.view.activatedBy}` : '';
    const at = this.view?.activatedAt ? ` on ${new Date(this.view.activatedAt).toLocaleString()}` : '';
    return `Activated${at}${by}.`;
  }

  get statusClass() {
    return `slds-badge ${this.activated ? 'slds-theme_success' : ''}`.trim();
  }

  get statusLabel() {
    return this.activated ? 'Active' : 'Inactive';
  }

  get isOAuth1() {
    return this.authMethod === 'OAuth1';
  }

  get methodHelp() {
    return this.isOAuth1 ?
    'OAuth 1.0a app keys reached end of life at LivePerson on 31 May 2026. Use them only if your account ' +
    'still has working keys: Campaigns > Data Sources > API, with "Data > Engagement History" and ' +
    '"Administration > Skills" selected. Enter all four strings.' :
    'Use OAuth 2.0: your LivePerson account team installs the app and gives you a Client ID and a Client ' +
    'Secret with the Engagement History and Skills scopes.';
  }

  get keyFields() {
    return CREDENTIAL_FIELDS[this.authMethod].map(({ name, label, setFlag }) => {
      const isSet = this.sameAccountAndMethod && this.view?.[setFlag] === true;
      return {
        name,
        label,
        value: this.values[name],
        isSet,
        status: isSet ? 'Set' : 'Not set',
        placeholder: isSet ? 'Stored (hidden). Leave blank to keep it.' : ''
      };
    });
  }

  /** Stored keys are reusable only for the stored account and method (as the Apex validation says). */
  get sameAccountAndMethod() {
    return (
      this.view !== undefined &&
      (this.view.accountId ?? '') === this.accountId.trim() &&
      (this.view.authMethod ?? 'OAuth2') === this.authMethod);

  }

  /** Step 4's buttons (data-id, and properties spread onto lightning-button); both off while one runs. */
  get actions()


  {
    const label = this.activated ? 'Save and Re-activate' : 'Activate';
    return [
    { id: 'activate', props: { label, variant: 'brand', disabled: this.busy } },
    {
      id: 'deactivate',
      props: { label: 'Deactivate', variant: 'neutral', disabled: this.busy || !this.activated }
    }];

  }

  // ---- input handlers ---------------------------------------------------------------------

  handleAccountId(event) {
    this.accountId = event.detail.value ?? '';
    clearFieldError(event);
  }

  handleAuthMethod(event) {
    this.authMethod = event.detail.value === 'OAuth1' ? 'OAuth1' : 'OAuth2';
    clearFieldError(event);
  }

  handleKey(event) {
    const name = event.target.dataset.name;
    this.values = { ...this.values, [name]: event.detail.value ?? '' };
    clearFieldError(event);
  }

  handleTerms(event) {
    this.termsAccepted = event.detail.checked === true;
    clearFieldError(event);
  }

  // ---- actions ----------------------------------------------------------------------------

  buildRequest() {
    // Keys of the method not in use are not sent at all.
    const keys = Object.fromEntries(
      CREDENTIAL_FIELDS[this.authMethod].map(({ name }) => [name, this.values[name]])
    );
    return {
      accountId: this.accountId.trim(),
      authMethod: this.authMethod,
      ...keys,
      termsAccepted: this.termsAccepted
    };
  }

  handleAction(event) {
    const id = event.currentTarget.dataset.id;
    void (id === 'activate' ? this.handleActivate() : this.handleDeactivate());
  }

  async handleActivate() {
    this.startBusy('Activating: checking the keys with LivePerson…');
    const outcome = await saveWithFeedback(this, ACTIVATION_LABELS, () =>
    saveAndActivate({ request: this.buildRequest() })
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

  async handleDeactivate() {
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

  startBusy(text) {
    this.busy = true;
    this.busyText = text;
    this.pageErrors = [];
    this.successMessage = '';
  }

  toast(title, message, variant) {
    this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
  }

  /** Moves keyboard focus to the first field with an error (or to the error panel). */
  focusFirstError(first) {
    void Promise.resolve().then(() => {
      const root = this.template;
      if (!root) return;
      const target =
      first && root.querySelector(`[data-name="${first}"]`) ||
      root.querySelector('c-error-panel');
      target?.focus();
    });
  }
}
