import { LightningElement, api } from 'lwc';
import { connectAgentSdk } from 'c/agentSdk';
import type { AgentSdkClient, AgentSdkError, LpAgentSdk } from 'c/agentSdk';
import startSession from '@salesforce/apex/WidgetController.startSession';
import { reduceErrors } from 'c/reduceErrors';
import { markPhase, resetPhases } from 'c/widgetTiming';
import { useConsoleToolkit } from 'c/sfFullView';
import type { ConsoleProvider } from 'c/sfFullView';
import type { WidgetDtos_Conversation, WidgetDtos_LinkState, WidgetDtos_Session } from 'apex-dtos';
import { BOUND_KEYS, buildConversationView } from './conversationView';
import type { BoundKey, ConversationSnapshot, ConversationView, ViewField } from './conversationView';
import { catalogValues, conversationRequest, publicModel, sessionKey } from './sessionRequest';
import { alertNotice, progressNotice } from './stateNotice';
import type { AlertNotice, ProgressNotice, SessionState, Status } from './stateNotice';

type SdkProvider = () => LpAgentSdk | null | undefined;

/**
 * What the template reads, derived once per snapshot (the snapshot object is replaced on every SDK
 * update): getters run several times per render, and a new `sdkModel` object would re-render
 * `c-people-search`. Outside the component so that filling it is no state change during render.
 */
interface Derived {
  view?: ConversationView;
  sections?: Section[];
  model?: Record<string, unknown>;
}
const derivedBySnapshot = new WeakMap<ConversationSnapshot, Derived>();

function derived(snapshot: ConversationSnapshot): Derived {
  let d = derivedBySnapshot.get(snapshot);
  if (!d) {
    d = {};
    derivedBySnapshot.set(snapshot, d);
  }
  return d;
}

function viewOf(snapshot: ConversationSnapshot): ConversationView {
  const d = derived(snapshot);
  d.view ??= buildConversationView(snapshot);
  return d.view;
}

/** Salesforce side of the widget for the focused conversation (one `startSession` round trip). */
/** The public method of `c-people-search` the root calls. */
interface SearchApi {
  searchFor?: (term: string) => Promise<void>;
}

interface Section {
  id: string;
  title: string;
  fields: ViewField[];
  hasFields: boolean;
  emptyText: string;
}

/**
 * Root of the ChatLink widget. Binds to the focused conversation's data through LivePerson's agent
 * SDK and shows what the agent needs now. All data shown is what the SDK delivered.
 */
export default class ChatLink extends LightningElement {
  status: Status = 'starting';
  errorMessage = '';
  warnings: string[] = [];
  snapshot: ConversationSnapshot = {};
  sessionState: SessionState = 'idle';
  session: WidgetDtos_Session | undefined;
  sessionMessage = '';
  links: WidgetDtos_LinkState | undefined;
  conversation: WidgetDtos_Conversation | undefined;
  private currentSessionKey: string | null = null;
  private lateSearchDone = false;
  /** True once every bound key delivered its current value (or failed): then the first session starts. */
  private initialValuesIn = false;
  /**
   * Current values delivered before every bind is confirmed: shown together once all are in (one
   * render and one session request instead of one per key).
   */
  private initialValues: ConversationSnapshot = {};

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

  /**
   * Optional: a function returning the Console Integration Toolkit (`sforce.console`) the host page
   * loaded, for SF Full View in a Service Console tab (a function for the same reason as
   * `sdkProvider`).
   */
  @api
  get consoleProvider(): ConsoleProvider | undefined {
    return this.consoleToolkit;
  }
  set consoleProvider(value: ConsoleProvider | undefined) {
    this.consoleToolkit = typeof value === 'function' ? value : undefined;
    useConsoleToolkit(this.consoleToolkit);
  }

  private consoleToolkit: ConsoleProvider | undefined;
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
    this.currentSessionKey = null;
    this.sessionState = 'idle';
    this.initialValuesIn = false;
    this.initialValues = {};
    resetPhases();
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
    const readies = BOUND_KEYS.map((key) => this.subscribe(client, key));
    // The SDK sends each key's current value before confirming its bind: once all are confirmed, the
    // session request carries the whole conversation (one round trip to the first results).
    void Promise.allSettled(readies).then(() => {
      if (this.client !== client) return;
      markPhase('sdk-bound');
      this.initialValuesIn = true;
      this.snapshot = { ...this.snapshot, ...this.initialValues };
      this.initialValues = {};
      this.refreshStatus();
    });
  }

  disconnectedCallback(): void {
    const client = this.client;
    this.client = null;
    if (client) void client.dispose();
  }

  private subscribe(client: AgentSdkClient, key: BoundKey): Promise<void> {
    const sub = client.bind(key, (value: unknown) => {
      if (this.client !== client) return;
      markPhase('sdk-data');
      if (!this.initialValuesIn) {
        this.initialValues = { ...this.initialValues, [key]: value };
        return;
      }
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
    return sub.ready;
  }

  private refreshStatus(): void {
    if (this.status === 'error' || this.status === 'unavailable') return;
    const view = viewOf(this.snapshot);
    this.status = view.hasConversation ? 'ready' : 'waiting';
    if (this.status !== 'ready') return;
    this.conversation = conversationRequest(this.snapshot, view);
    const key = sessionKey(this.snapshot);
    if (key && key !== this.currentSessionKey && this.initialValuesIn) {
      void this.loadSession(key, this.conversation);
    } else {
      this.runLateSearch();
    }
  }

  /** Conversation focus → configuration, auto-search results and Quick Links, in one Apex call. */
  private async loadSession(key: string, conversation: WidgetDtos_Conversation): Promise<void> {
    this.currentSessionKey = key;
    this.lateSearchDone = false;
    this.sessionState = 'loading';
    this.sessionMessage = '';
    try {
      markPhase('apex-sent');
      const session = await startSession({ conversation });
      markPhase('apex-answered');
      if (this.currentSessionKey !== key) return; // another conversation got the focus meanwhile
      this.session = session;
      this.links = session?.links;
      if (session?.status === 'ready') {
        this.sessionState = 'ready';
        this.runLateSearch();
      } else {
        this.sessionState = 'blocked';
        this.sessionMessage = session?.message ?? 'Salesforce did not answer; refresh the widget.';
      }
    } catch (e) {
      if (this.currentSessionKey !== key) return;
      this.sessionState = 'failed';
      this.sessionMessage = reduceErrors(e).join(' ');
    }
  }

  /**
   * The skill's Search Value may reach the widget after the session started (LivePerson delivers
   * each key separately): then the auto-search runs here, once.
   */
  private runLateSearch(): void {
    const s = this.session;
    if (this.sessionState !== 'ready' || !s || this.lateSearchDone) return;
    if (!s.autoSearch || s.searchTerm || s.results || !s.searchValue) return;
    const value = catalogValues(this.snapshot, this.snapshot.chatInfo?.isMessaging === true)[s.searchValue];
    if (!value) return;
    this.lateSearchDone = true;
    const search = this.template?.querySelector('c-people-search') as unknown as SearchApi | null;
    void search?.searchFor?.(value);
  }

  /** LivePerson's public model rebuilt from the bound keys (the create form pre-fills from it). */
  get sdkModel(): Record<string, unknown> {
    const d = derived(this.snapshot);
    d.model ??= publicModel(this.snapshot);
    return d.model;
  }

  handleLinkChange(event: CustomEvent<WidgetDtos_LinkState>): void {
    this.links = event.detail;
  }

  get isSessionReady(): boolean {
    return this.status === 'ready' && this.sessionState === 'ready';
  }

  private get sessionTitle(): string {
    if (this.sessionState === 'failed') return 'Salesforce data could not be loaded';
    return this.session?.status === 'skillMissing' ? 'The Skill is missing' : 'LiveEngage is not available';
  }

  get progress(): ProgressNotice | null {
    return progressNotice(this.status, this.sessionState);
  }

  get alert(): AlertNotice | null {
    return alertNotice(
      this.status,
      this.sessionState,
      this.errorMessage,
      this.sessionTitle,
      this.sessionMessage,
    );
  }

  /** Gating shows nothing but its message (guide: not activated, skill missing). */
  get showConversation(): boolean {
    return this.status === 'ready' && this.sessionState !== 'blocked';
  }

  get hasNotice(): boolean {
    return Boolean(this.session?.notice);
  }

  private warn(message: string): void {
    if (!this.warnings.includes(message)) this.warnings = [...this.warnings, message];
  }

  get view(): ConversationView {
    return viewOf(this.snapshot);
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
    const d = derived(this.snapshot);
    d.sections ??= this.buildSections();
    return d.sections;
  }

  private buildSections(): Section[] {
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
