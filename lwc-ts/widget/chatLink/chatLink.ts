import { LightningElement, api } from 'lwc';
import { connectAgentSdk } from 'c/agentSdk';
import type { AgentSdkClient, AgentSdkError, LpAgentSdk } from 'c/agentSdk';
import { BOUND_KEYS, buildConversationView } from './conversationView';
import type { BoundKey, ConversationSnapshot, ConversationView, ViewField } from './conversationView';

type SdkProvider = () => LpAgentSdk | null | undefined;

type Status = 'starting' | 'unavailable' | 'error' | 'waiting' | 'ready';

interface Section {
  id: string;
  title: string;
  fields: ViewField[];
  hasFields: boolean;
  emptyText: string;
}

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
  status: Status = 'starting';
  errorMessage = '';
  warnings: string[] = [];
  snapshot: ConversationSnapshot = {};

  /**
   * Optional: a function returning LivePerson's SDK object, handed over by the host page (the
   * Visualforce page passes `() => window.lpTag.agentSDK`). A function, not the object, because LWC
   * wraps objects passed to `@api` in read-only proxies, which LivePerson's SDK must not get.
   * Without it the component looks the SDK up on `window.lpTag.agentSDK` itself.
   */
  @api
  get sdkProvider(): SdkProvider | undefined {
    return this.provider;
  }
  set sdkProvider(value: SdkProvider | undefined) {
    this.provider = typeof value === 'function' ? value : undefined;
  }

  private provider: SdkProvider | undefined;
  private client: AgentSdkClient | null = null;

  private providedSdk(): LpAgentSdk | undefined {
    if (!this.provider) return undefined;
    try {
      return this.provider() ?? undefined;
    } catch {
      return undefined;
    }
  }

  connectedCallback(): void {
    this.status = 'starting';
    this.warnings = [];
    this.snapshot = {};
    const client = connectAgentSdk({
      sdk: this.providedSdk(),
      onError: (e: AgentSdkError) => this.warn(e.message),
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

  disconnectedCallback(): void {
    const client = this.client;
    this.client = null;
    if (client) void client.dispose();
  }

  private subscribe(client: AgentSdkClient, key: BoundKey): void {
    const sub = client.bind(key, (value: unknown) => {
      if (this.client !== client) return;
      this.snapshot = { ...this.snapshot, [key]: value };
      this.refreshStatus();
    });
    sub.ready.catch((e: AgentSdkError) => {
      if (this.client !== client) return;
      if (key === 'chatInfo') {
        this.status = 'error';
        this.errorMessage = `${e.message}. Refresh the widget; if the error stays, reload the agent workspace.`;
      } else {
        this.warn(e.message);
      }
    });
  }

  private refreshStatus(): void {
    if (this.status === 'error' || this.status === 'unavailable') return;
    this.status = buildConversationView(this.snapshot).hasConversation ? 'ready' : 'waiting';
  }

  private warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings = [...this.warnings, message];
  }

  get view(): ConversationView {
    return buildConversationView(this.snapshot);
  }

  get isStarting(): boolean {
    return this.status === 'starting';
  }

  get isUnavailable(): boolean {
    return this.status === 'unavailable';
  }

  get isError(): boolean {
    return this.status === 'error';
  }

  get isWaiting(): boolean {
    return this.status === 'waiting';
  }

  get isReady(): boolean {
    return this.status === 'ready';
  }

  get waitingHint(): string {
    return WAITING_HINT;
  }

  get unavailableHint(): string {
    return UNAVAILABLE_HINT;
  }

  get hasWarnings(): boolean {
    return this.warnings.length > 0;
  }

  get channelIcon(): string {
    return this.view.channel === 'Messaging' ? 'utility:sms' : 'utility:chat';
  }

  get cardTitle(): string {
    const v = this.view;
    return v.hasConversation ? `LiveEngage · ${v.channel} ${v.conversationId}` : 'LiveEngage';
  }

  get sections(): Section[] {
    const v = this.view;
    const section = (id: string, title: string, fields: ViewField[], emptyText: string): Section => ({
      id,
      title,
      fields,
      hasFields: fields.length > 0,
      emptyText,
    });
    const chatOnly = v.channel === 'Messaging' ? ' (not sent for messaging conversations)' : '';
    return [
      section('conversation', 'Conversation', v.conversationFields, 'No conversation details received.'),
      section('visitor', 'Visitor', v.visitorFields, 'No name, email or phone received for this visitor.'),
      section(
        'visitorDetails',
        'Visitor info',
        v.visitorDetailFields,
        'No browser, device or location received.',
      ),
      section('preChat', 'Pre-chat survey', v.preChatFields, `No pre-chat survey answers${chatOnly}.`),
      section('customer', 'Customer info', v.customerFields, 'No customer info (SDE) received.'),
      section('marketing', 'Marketing source', v.marketingFields, 'No marketing source received.'),
    ];
  }
}
