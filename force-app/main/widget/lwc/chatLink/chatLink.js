// Generated from lwc-ts/widget/chatLink/chatLink.ts by `npm run build`; do not edit.
import { LightningElement, api } from 'lwc';
import { connectAgentSdk } from 'c/agentSdk';

import { BOUND_KEYS, buildConversationView } from './conversationView';














/** The guide's troubleshooting for "Waiting to initialize session" (Known issues). */
export const WAITING_HINT =
'If this message stays, make sure the LivePerson account has at least one skill and that the ' +
'engagement is assigned a skill (campaign engagement settings, or a mandatory routing question in ' +
'the pre-chat survey; for messaging, pass the skill through SDEs), then add that skill in ' +
'Salesforce under Customization Settings.';

export const UNAVAILABLE_HINT =
'Open this page as a widget of the LivePerson agent workspace (Agent Workspace configuration, ' +
'widget URL ending in /apex/ChatLink), while logged in to Salesforce in the same browser.';

/**
 * Root of the ChatLink widget. Binds to the focused conversation's data through LivePerson's agent
 * SDK and shows what the agent needs now. All data shown is what the SDK delivered.
 */
export default class ChatLink extends LightningElement {
  status = 'starting';
  errorMessage = '';
  warnings = [];
  snapshot = {};

  /**
   * Optional: a function returning LivePerson's SDK object, handed over by the host page (the
   * Visualforce page passes `() => window.lpTag.agentSDK`). A function, not the object, because LWC
   * wraps objects passed to `@api` in read-only proxies, which LivePerson's SDK must not get.
   * Without it the component looks the SDK up on `window.lpTag.agentSDK` itself.
   */
  @api
  get sdkProvider() {
    return this.provider;
  }
  set sdkProvider(value) {
    this.provider = typeof value === 'function' ? value : undefined;
  }

  provider;
  client = null;

  providedSdk() {
    if (!this.provider) return undefined;
    try {
      return this.provider() ?? undefined;
    } catch {
      return undefined;
    }
  }

  connectedCallback() {
    this.status = 'starting';
    this.warnings = [];
    this.snapshot = {};
    const client = connectAgentSdk({
      sdk: this.providedSdk(),
      onError: (e) => this.warn(e.message)
    });
    this.client = client;
    if (client.state !== 'ready') {
      this.status = client.state === 'unavailable' ? 'unavailable' : 'error';
      this.errorMessage = client.error?.message ?? 'The LivePerson agent SDK is not ready.';
      return;
    }
    this.status = 'waiting';
    for (const key of BOUND_KEYS) this.subscribe(client, key);
  }

  disconnectedCallback() {
    const client = this.client;
    this.client = null;
    if (client) void client.dispose();
  }

  subscribe(client, key) {
    const sub = client.bind(key, (value) => {
      if (this.client !== client) return;
      this.snapshot = { ...this.snapshot, [key]: value };
      this.refreshStatus();
    });
    sub.ready.catch((e) => {
      if (this.client !== client) return;
      if (key === 'chatInfo') {
        this.status = 'error';
        this.errorMessage = `${e.message}. Refresh the widget; if the error stays, reload the agent workspace.`;
      } else {
        this.warn(e.message);
      }
    });
  }

  refreshStatus() {
    if (this.status === 'error' || this.status === 'unavailable') return;
    this.status = buildConversationView(this.snapshot).hasConversation ? 'ready' : 'waiting';
  }

  warn(message) {
    if (!this.warnings.includes(message)) this.warnings = [...this.warnings, message];
  }

  get view() {
    return buildConversationView(this.snapshot);
  }

  get isStarting() {
    return this.status === 'starting';
  }

  get isUnavailable() {
    return this.status === 'unavailable';
  }

  get isError() {
    return this.status === 'error';
  }

  get isWaiting() {
    return this.status === 'waiting';
  }

  get isReady() {
    return this.status === 'ready';
  }

  get waitingHint() {
    return WAITING_HINT;
  }

  get unavailableHint() {
    return UNAVAILABLE_HINT;
  }

  get hasWarnings() {
    return this.warnings.length > 0;
  }

  get channelIcon() {
    return this.view.channel === 'Messaging' ? 'utility:sms' : 'utility:chat';
  }

  get cardTitle() {
    const v = this.view;
    return v.hasConversation ? `LiveEngage · ${v.channel} ${v.conversationId}` : 'LiveEngage';
  }

  get sections() {
    const v = this.view;
    const section = (id, title, fields, emptyText) => ({
      id,
      title,
      fields,
      hasFields: fields.length > 0,
      emptyText
    });
    const chatOnly = v.channel === 'Messaging' ? ' (not sent for messaging conversations)' : '';
    return [
    section('conversation', 'Conversation', v.conversationFields, 'No conversation details received.'),
    section('visitor', 'Visitor', v.visitorFields, 'No name, email or phone received for this visitor.'),
    section(
      'visitorDetails',
      'Visitor info',
      v.visitorDetailFields,
      'No browser, device or location received.'
    ),
    section('preChat', 'Pre-chat survey', v.preChatFields, `No pre-chat survey answers${chatOnly}.`),
    section('customer', 'Customer info', v.customerFields, 'No customer info (SDE) received.'),
    section('marketing', 'Marketing source', v.marketingFields, 'No marketing source received.')];

  }
}
