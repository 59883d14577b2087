/**
 * Typed wrapper over LivePerson's Agent Workspace Widget SDK (`window.lpTag.agentSDK`).
 *
 * The SDK is LivePerson's script `https://lpcdn.lpsnmedia.net/webagent/client-SDK.min.js`, loaded
 * by the page that hosts the widget (the `ChatLink` Visualforce page, or the workbench's emulation of
 * it). It talks to the agent workspace (the parent frame) over postMessage. This module:
 * - detects whether the SDK is there at all (it is not when the page is opened outside the agent
 *   workspace) and reports that as a state, never as an exception;
 * - calls `init` exactly once per SDK instance and fans its callbacks out to every client;
 * - turns `get` into a Promise and `bind` into a subscription with a `ready` Promise and a
 *   cleanup (`unbind` with the very same callback reference, as the SDK requires);
 * - normalises every error the SDK hands back (strings, Errors, plain objects) into
 *   {@link AgentSdkError} with a code and the key it concerned;
 * - types `get` / `bind` by the keys and value shapes of LivePerson's public data model
 *   (`c/agentSdkModel`).
 *
 * The exact contract expected from `lpTag.agentSDK` is written down in `docs/widget.md`.
 */

// LivePerson's public data model lives in c/agentSdkModel; re-exported so `c/agentSdk` stays the
// widget's one import.
import type { DataKey, DataValue } from 'c/agentSdkModel';
export type {
  ChatInfo,
  ChattingAgentInfo,
  AgentInfo,
  ClientProperties,
  TranscriptLine,
  ChatTranscript,
  SurveyItem,
  PreChatSurvey,
  SurveyQuestions,
  VisitorInfo,
  CampaignInfo,
  EngagementInfo,
  VisitorJourney,
  CustomerDetails,
  ContactInfo,
  PersonalInfo,
  MarketingSource,
  LeadGeneration,
  Product,
  Transaction,
  ShoppingCart,
  ServiceActivity,
  SdeError,
  Sde,
  AuthenticatedData,
  ClaimsAndAuthType,
  PublicModel,
  PathsOf,
  ValueAt,
  DataKey,
  DataValue,
} from 'c/agentSdkModel';

// ---------------------------------------------------------------------------------------------
// The raw SDK contract (LivePerson's methods.md) — what `window.lpTag.agentSDK` must offer.
// ---------------------------------------------------------------------------------------------

/** What `bind` callbacks receive. */
export interface BindUpdate<T = unknown> {
  key: string;
  newValue: T;
}

export type RawUpdateCallback = (data: BindUpdate) => void;
/** Called once an action completed (`err` falsy) or failed (`err` set). */
export type RawDoneCallback = (err?: unknown) => void;

export interface RawInitOptions {
  notificationCallback?: (data: unknown) => void;
  visitorFocusedCallback?: () => void;
  visitorBlurredCallback?: () => void;
}

export interface LpAgentSdk {
  init(options?: RawInitOptions): void;
  get(path: string, onSuccess: (data: unknown) => void, onError: (err: unknown) => void): void;
  bind(path: string, updateCallback: RawUpdateCallback, notifyWhenDone?: RawDoneCallback): void;
  unbind(path: string, updateCallback: RawUpdateCallback, notifyWhenDone?: RawDoneCallback): void;
  command(cmdName: string, data: object, notifyWhenDone?: RawDoneCallback): void;
  dispose?(): void;
  onNotify?(cb: (data: unknown) => void): void;
  onVisitorFocused?(cb: () => void): void;
  onVisitorBlurred?(cb: () => void): void;
  setConsumerProfile?(profile: object, onSuccess: () => void, onError: (err: unknown) => void): void;
  cmdNames?: Record<string, string>;
  v?: string;
}

/** LivePerson's script URL (§6.1). The workbench serves its emulation under the same path. */
export const SDK_SCRIPT_URL = 'https://lpcdn.lpsnmedia.net/webagent/client-SDK.min.js';

/** Command names (`lpTag.agentSDK.cmdNames` values). */
export const COMMANDS = Object.freeze({
  write: 'Write ChatLine',
  writeSC: 'Write StructuredContent',
  notify: 'Send Notification',
  sendFile: 'Send File',
});

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------

export type AgentSdkErrorCode =
  | 'SDK_UNAVAILABLE'
  | 'INIT_FAILED'
  | 'GET_FAILED'
  | 'BIND_FAILED'
  | 'UNBIND_FAILED'
  | 'COMMAND_FAILED'
  | 'LISTENER_FAILED'
  | 'TIMEOUT'
  | 'DISPOSED';

const ACTION_BY_CODE: Record<AgentSdkErrorCode, string> = {
  SDK_UNAVAILABLE: 'The LivePerson agent SDK is not available',
  INIT_FAILED: 'Could not initialise the LivePerson agent SDK',
  GET_FAILED: 'Could not read',
  BIND_FAILED: 'Could not subscribe to',
  UNBIND_FAILED: 'Could not unsubscribe from',
  COMMAND_FAILED: 'Could not run the command',
  LISTENER_FAILED: 'A listener failed on',
  TIMEOUT: 'No answer from the agent workspace for',
  DISPOSED: 'The SDK client was disposed before',
};

/** Every failure of this module, with a stable `code` and the key or command it concerned. */
export class AgentSdkError extends Error {
  readonly code: AgentSdkErrorCode;
  readonly key: string | undefined;
  readonly detail: string | undefined;

  constructor(code: AgentSdkErrorCode, key?: string, detail?: string) {
    const head = key ? `${ACTION_BY_CODE[code]} "${key}"` : ACTION_BY_CODE[code];
    super(detail ? `${head}: ${detail}` : head);
    this.name = 'AgentSdkError';
    this.code = code;
    this.key = key;
    this.detail = detail;
  }
}

/** Best-effort text of anything the SDK passes to an error callback. */
export function describeSdkError(raw: unknown): string | undefined {
  if (raw === null || raw === undefined || raw === false || raw === '') return undefined;
  if (typeof raw === 'string') return raw;
  if (raw instanceof Error) return raw.message || raw.name;
  if (typeof raw === 'object') {
    const o = raw as Record<string, unknown>;
    for (const k of ['message', 'error', 'description', 'reason', 'msg']) {
      const v = o[k];
      if (typeof v === 'string' && v) return v;
      if (v && typeof v === 'object') {
        const inner = describeSdkError(v);
        if (inner) return inner;
      }
    }
    try {
      return JSON.stringify(raw);
    } catch {
      return String(raw);
    }
  }
  return String(raw);
}

/** Wraps whatever the SDK reported into an {@link AgentSdkError} (an AgentSdkError stays as is). */
export function normaliseSdkError(raw: unknown, code: AgentSdkErrorCode, key?: string): AgentSdkError {
  if (raw instanceof AgentSdkError) return raw;
  return new AgentSdkError(code, key, describeSdkError(raw) ?? 'unknown error');
}

// ---------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------

const REQUIRED_METHODS = ['init', 'get', 'bind', 'unbind', 'command'] as const;

function defaultWindow(): unknown {
  return typeof window === 'undefined' ? undefined : window;
}

/** `window.lpTag.agentSDK` when it offers the methods this wrapper needs, else `null`. */
export function findAgentSdk(win: unknown = defaultWindow()): LpAgentSdk | null {
  if (!win || typeof win !== 'object') return null;
  const lpTag = (win as { lpTag?: unknown }).lpTag;
  if (!lpTag || typeof lpTag !== 'object') return null;
  const sdk = (lpTag as { agentSDK?: unknown }).agentSDK;
  if (!sdk || typeof sdk !== 'object') return null;
  for (const m of REQUIRED_METHODS) {
    if (typeof (sdk as Record<string, unknown>)[m] !== 'function') return null;
  }
  return sdk as LpAgentSdk;
}

/** True when the page runs inside a frame (the agent workspace embeds widgets in an iframe). */
export function isFramed(win: unknown = defaultWindow()): boolean {
  if (!win || typeof win !== 'object') return false;
  try {
    const w = win as { self?: unknown; top?: unknown; parent?: unknown };
    return w.self !== w.top || (w.parent !== undefined && w.parent !== win);
  } catch {
    // A cross-origin `top` may throw on access in old browsers: then we are framed.
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// One init per SDK instance; its callbacks fan out to every client.
// ---------------------------------------------------------------------------------------------

interface Hub {
  notification: Set<(data: unknown) => void>;
  focused: Set<() => void>;
  blurred: Set<() => void>;
  initError: AgentSdkError | null;
}

const hubs = new WeakMap<object, Hub>();

function fanOut<A extends unknown[]>(listeners: Set<(...args: A) => void>, ...args: A): void {
  for (const l of [...listeners]) {
    try {
      l(...args);
    } catch {
      // A failing listener must not stop the others nor break LivePerson's courier.
    }
  }
}

function hubFor(sdk: LpAgentSdk): Hub {
  let hub = hubs.get(sdk);
  if (hub) return hub;
  const created: Hub = { notification: new Set(), focused: new Set(), blurred: new Set(), initError: null };
  hub = created;
  hubs.set(sdk, hub);
  try {
    sdk.init({
      notificationCallback: (data: unknown) => fanOut(created.notification, data),
      visitorFocusedCallback: () => fanOut(created.focused),
      visitorBlurredCallback: () => fanOut(created.blurred),
    });
  } catch (e) {
    created.initError = normaliseSdkError(e, 'INIT_FAILED');
  }
  return hub;
}

// ---------------------------------------------------------------------------------------------
// The client
// ---------------------------------------------------------------------------------------------

export type AgentSdkState = 'ready' | 'unavailable' | 'failed' | 'disposed';

export interface AgentSdkOptions {
  /** The SDK to use; default: `window.lpTag.agentSDK`. */
  sdk?: LpAgentSdk | null;
  /** Window to look the SDK up on (default: the global one). */
  window?: unknown;
  /** Called for every failure that has no Promise to reject (listener errors, failed unbinds). */
  onError?: (error: AgentSdkError) => void;
}

export interface GetOptions {
  /** Reject with code `TIMEOUT` when the workspace has not answered after this many ms. */
  timeoutMs?: number;
}

/** A live `bind`. `ready` settles when the SDK confirms (or refuses) the binding. */
export interface Subscription {
  readonly key: string;
  readonly ready: Promise<void>;
  /** Unbinds (same callback reference as bound); safe to call twice. */
  unbind(): Promise<void>;
}

export type Listener<T> = (value: T | null, key: string) => void;

/**
 * A handle on the SDK for one component. Create it with {@link connectAgentSdk}; it never throws
 * on creation: `state` says whether the SDK is usable and `error` says why not.
 */
export class AgentSdkClient {
  private readonly sdk: LpAgentSdk | null;
  private readonly hub: Hub | null;
  private readonly onError: (error: AgentSdkError) => void;
  private readonly subscriptions = new Set<Subscription>();
  private readonly cleanups = new Set<() => void>();
  private current: AgentSdkState;
  private failure: AgentSdkError | null;

  constructor(options: AgentSdkOptions = {}) {
    this.onError = options.onError ?? (() => undefined);
    const sdk = options.sdk === undefined ? findAgentSdk(options.window ?? defaultWindow()) : options.sdk;
    this.sdk = sdk ?? null;
    if (!this.sdk) {
      this.hub = null;
      this.current = 'unavailable';
      this.failure = new AgentSdkError(
        'SDK_UNAVAILABLE',
        undefined,
        'window.lpTag.agentSDK was not found; this page works only as a widget inside the LivePerson agent workspace',
      );
      return;
    }
    this.hub = hubFor(this.sdk);
    this.failure = this.hub.initError;
    this.current = this.failure ? 'failed' : 'ready';
  }

  /** `ready`, `unavailable` (no SDK on the page), `failed` (init threw) or `disposed`. */
  get state(): AgentSdkState {
    return this.current;
  }

  /** Why the client is not `ready`, else `null`. */
  get error(): AgentSdkError | null {
    return this.failure;
  }

  /** The SDK version LivePerson's script reports, when it does. */
  get version(): string | undefined {
    return this.sdk?.v;
  }

  private usable(code: AgentSdkErrorCode, key?: string): LpAgentSdk {
    if (this.current === 'disposed') throw new AgentSdkError('DISPOSED', key, 'create a new client');
    if (!this.sdk || this.current !== 'ready') {
      throw this.failure ?? new AgentSdkError(code, key, 'the SDK is not ready');
    }
    return this.sdk;
  }

  /** Reads the current value of `path`; resolves `null` when the model has no data there. */
  get<K extends DataKey>(path: K, options?: GetOptions): Promise<DataValue<K> | null>;
  get(path: string, options?: GetOptions): Promise<unknown>;
  get(path: string, options: GetOptions = {}): Promise<unknown> {
    return new Promise<unknown>((resolve, reject) => {
      let settled = false;
      let timer: ReturnType<typeof setTimeout> | undefined;
      const finish = (fn: () => void) => {
        if (settled) return;
        settled = true;
        if (timer !== undefined) clearTimeout(timer);
        fn();
      };
      let sdk: LpAgentSdk;
      try {
        sdk = this.usable('GET_FAILED', path);
      } catch (e) {
        reject(e);
        return;
      }
      if (options.timeoutMs !== undefined && options.timeoutMs > 0) {
        // eslint-disable-next-line @lwc/lwc/no-async-operation -- the workspace may never answer; the timeout is the point
        timer = setTimeout(
          () => finish(() => reject(new AgentSdkError('TIMEOUT', path, `${options.timeoutMs} ms`))),
          options.timeoutMs,
        );
      }
      try {
        sdk.get(
          path,
          (data: unknown) => finish(() => resolve(data === undefined ? null : data)),
          (err: unknown) => finish(() => reject(normaliseSdkError(err, 'GET_FAILED', path))),
        );
      } catch (e) {
        finish(() => reject(normaliseSdkError(e, 'GET_FAILED', path)));
      }
    });
  }

  /**
   * Subscribes to `path`: `listener` first gets the existing value (when there is one), then every
   * change. For `chatTranscript.lines` LivePerson delivers only the newly added lines.
   */
  bind<K extends DataKey>(path: K, listener: Listener<DataValue<K>>): Subscription;
  bind(path: string, listener: Listener<unknown>): Subscription;
  bind(path: string, listener: Listener<unknown>): Subscription {
    let active = true;
    const raw: RawUpdateCallback = (data: BindUpdate) => {
      if (!active) return;
      const value = data && typeof data === 'object' && 'newValue' in data ? data.newValue : undefined;
      const key = data && typeof data === 'object' && typeof data.key === 'string' ? data.key : path;
      try {
        listener(value === undefined ? null : value, key);
      } catch (e) {
        this.onError(normaliseSdkError(e, 'LISTENER_FAILED', path));
      }
    };
    let sdk: LpAgentSdk | null = null;
    const ready = new Promise<void>((resolve, reject) => {
      try {
        sdk = this.usable('BIND_FAILED', path);
        sdk.bind(path, raw, (err?: unknown) => {
          if (describeSdkError(err) === undefined) resolve();
          else {
            active = false;
            reject(normaliseSdkError(err, 'BIND_FAILED', path));
          }
        });
      } catch (e) {
        active = false;
        reject(normaliseSdkError(e, 'BIND_FAILED', path));
      }
    });
    // Callers may ignore `ready`; that must not become an unhandled rejection.
    ready.catch(() => undefined);
    let unbound: Promise<void> | null = null;
    const subscription: Subscription = {
      key: path,
      ready,
      unbind: () => {
        if (unbound) return unbound;
        active = false;
        this.subscriptions.delete(subscription);
        const boundSdk = sdk as LpAgentSdk | null;
        unbound = new Promise<void>((resolve, reject) => {
          if (!boundSdk) {
            resolve();
            return;
          }
          try {
            boundSdk.unbind(path, raw, (err?: unknown) => {
              if (describeSdkError(err) === undefined) resolve();
              else reject(normaliseSdkError(err, 'UNBIND_FAILED', path));
            });
          } catch (e) {
            reject(normaliseSdkError(e, 'UNBIND_FAILED', path));
          }
        });
        unbound.catch((e: unknown) => this.onError(normaliseSdkError(e, 'UNBIND_FAILED', path)));
        return unbound;
      },
    };
    if (active) this.subscriptions.add(subscription);
    return subscription;
  }

  /** Sends a command (`COMMANDS.*`) to the agent workspace. */
  command(cmdName: string, data: object = {}): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      try {
        const sdk = this.usable('COMMAND_FAILED', cmdName);
        sdk.command(cmdName, data, (err?: unknown) => {
          if (describeSdkError(err) === undefined) resolve();
          else reject(normaliseSdkError(err, 'COMMAND_FAILED', cmdName));
        });
      } catch (e) {
        reject(normaliseSdkError(e, 'COMMAND_FAILED', cmdName));
      }
    });
  }

  /** Writes into the agent's input box: HTML for real-time chat, plain text for messaging. */
  writeChatLine(text: string): Promise<void> {
    return this.command(COMMANDS.write, { text });
  }

  /** Sends LivePerson's "Send Notification" command. */
  notify(): Promise<void> {
    return this.command(COMMANDS.notify, {});
  }

  private listen<F>(set: Set<F> | undefined, fn: F): () => void {
    if (!set || this.current === 'disposed') return () => undefined;
    set.add(fn);
    const off = () => {
      set.delete(fn);
      this.cleanups.delete(off);
    };
    this.cleanups.add(off);
    return off;
  }

  /** Listens to the SDK's notifications (passed to `init`); returns the cleanup. */
  onNotification(fn: (data: unknown) => void): () => void {
    return this.listen(this.hub?.notification, fn);
  }

  /** The widget's conversation got the agent's focus; returns the cleanup. */
  onVisitorFocused(fn: () => void): () => void {
    return this.listen(this.hub?.focused, fn);
  }

  /** The widget's conversation lost the agent's focus; returns the cleanup. */
  onVisitorBlurred(fn: () => void): () => void {
    return this.listen(this.hub?.blurred, fn);
  }

  /** Unbinds every subscription of this client. Never rejects; failures go to `onError`. */
  async unbindAll(): Promise<void> {
    const subs = [...this.subscriptions];
    await Promise.all(subs.map((s) => s.unbind().catch(() => undefined)));
  }

  /**
   * Unbinds everything and removes this client's listeners. LivePerson's own `dispose` is NOT
   * called unless asked: it ends the page's channel to the workspace for every client.
   */
  async dispose(options: { disposeSdk?: boolean } = {}): Promise<void> {
    if (this.current === 'disposed') return;
    await this.unbindAll();
    for (const off of [...this.cleanups]) off();
    this.current = 'disposed';
    if (options.disposeSdk && this.sdk && typeof this.sdk.dispose === 'function') {
      try {
        this.sdk.dispose();
      } catch (e) {
        this.onError(normaliseSdkError(e, 'UNBIND_FAILED', 'dispose'));
      }
    }
  }
}

/** Finds the SDK (or takes the given one), initialises it once, and returns a client. */
export function connectAgentSdk(options: AgentSdkOptions = {}): AgentSdkClient {
  return new AgentSdkClient(options);
}
