// Generated from lwc-ts/widget/agentSdk/agentSdk.ts by `npm run build`; do not edit.
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



































// ---------------------------------------------------------------------------------------------
// The raw SDK contract (LivePerson's methods.md) — what `window.lpTag.agentSDK` must offer.
// ---------------------------------------------------------------------------------------------

/** What `bind` callbacks receive. */






/** Called once an action completed (`err` falsy) or failed (`err` set). */























/** LivePerson's script URL (§6.1). The workbench serves its emulation under the same path. */
export const SDK_SCRIPT_URL = 'https://lpcdn.lpsnmedia.net/webagent/client-SDK.min.js';

/** Command names (`lpTag.agentSDK.cmdNames` values). */
export const COMMANDS = Object.freeze({
  write: 'Write ChatLine',
  writeSC: 'Write StructuredContent',
  notify: 'Send Notification',
  sendFile: 'Send File'
});

// ---------------------------------------------------------------------------------------------
// Errors
// ---------------------------------------------------------------------------------------------












const ACTION_BY_CODE = {
  SDK_UNAVAILABLE: 'The LivePerson agent SDK is not available',
  INIT_FAILED: 'Could not initialise the LivePerson agent SDK',
  GET_FAILED: 'Could not read',
  BIND_FAILED: 'Could not subscribe to',
  UNBIND_FAILED: 'Could not unsubscribe from',
  COMMAND_FAILED: 'Could not run the command',
  LISTENER_FAILED: 'A listener failed on',
  TIMEOUT: 'No answer from the agent workspace for',
  DISPOSED: 'The SDK client was disposed before'
};

/** Every failure of this module, with a stable `code` and the key or command it concerned. */
export class AgentSdkError extends Error {
  code;
  key;
  detail;

  constructor(code, key, detail) {
    const head = key ? `${ACTION_BY_CODE[code]} "${key}"` : ACTION_BY_CODE[code];
    super(detail ? `${head}: ${detail}` : head);
    this.name = 'AgentSdkError';
    this.code = code;
    this.key = key;
    this.detail = detail;
  }
}

/** Best-effort text of anything the SDK passes to an error callback. */
export function describeSdkError(raw) {
  if (raw === null || raw === undefined || raw === false || raw === '') return undefined;
  if (typeof raw === 'string') return raw;
  if (raw instanceof Error) return raw.message || raw.name;
  if (typeof raw === 'object') {
    const o = raw;
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
export function normaliseSdkError(raw, code, key) {
  if (raw instanceof AgentSdkError) return raw;
  return new AgentSdkError(code, key, describeSdkError(raw) ?? 'unknown error');
}

// ---------------------------------------------------------------------------------------------
// Detection
// ---------------------------------------------------------------------------------------------

const REQUIRED_METHODS = ['init', 'get', 'bind', 'unbind', 'command'];

function defaultWindow() {
  return typeof window === 'undefined' ? undefined : window;
}

/** `window.lpTag.agentSDK` when it offers the methods this wrapper needs, else `null`. */
export function findAgentSdk(win = defaultWindow()) {
  if (!win || typeof win !== 'object') return null;
  const lpTag = win.lpTag;
  if (!lpTag || typeof lpTag !== 'object') return null;
  const sdk = lpTag.agentSDK;
  if (!sdk || typeof sdk !== 'object') return null;
  for (const m of REQUIRED_METHODS) {
    if (typeof sdk[m] !== 'function') return null;
  }
  return sdk;
}

/** True when the page runs inside a frame (the agent workspace embeds widgets in an iframe). */
export function isFramed(win = defaultWindow()) {
  if (!win || typeof win !== 'object') return false;
  try {
    const w = win;
    return w.self !== w.top || w.parent !== undefined && w.parent !== win;
  } catch {
    // A cross-origin `top` may throw on access in old browsers: then we are framed.
    return true;
  }
}

// ---------------------------------------------------------------------------------------------
// One init per SDK instance; its callbacks fan out to every client.
// ---------------------------------------------------------------------------------------------








const hubs = new WeakMap();

function fanOut(listeners, ...args) {
  for (const l of [...listeners]) {
    try {
      l(...args);
    } catch {

      // A failing listener must not stop the others nor break LivePerson's courier.
    }}
}

function hubFor(sdk) {
  let hub = hubs.get(sdk);
  if (hub) return hub;
  const created = { notification: new Set(), focused: new Set(), blurred: new Set(), initError: null };
  hub = created;
  hubs.set(sdk, hub);
  try {
    sdk.init({
      notificationCallback: (data) => fanOut(created.notification, data),
      visitorFocusedCallback: () => fanOut(created.focused),
      visitorBlurredCallback: () => fanOut(created.blurred)
    });
  } catch (e) {
    created.initError = normaliseSdkError(e, 'INIT_FAILED');
  }
  return hub;
}

// ---------------------------------------------------------------------------------------------
// The client
// ---------------------------------------------------------------------------------------------

















/** A live `bind`. `ready` settles when the SDK confirms (or refuses) the binding. */









/**
 * A handle on the SDK for one component. Create it with {@link connectAgentSdk}; it never throws
 * on creation: `state` says whether the SDK is usable and `error` says why not.
 */
export class AgentSdkClient {
  sdk;
  hub;
  onError;
  subscriptions = new Set();
  cleanups = new Set();
  current;
  failure;

  constructor(options = {}) {
    this.onError = options.onError ?? (() => undefined);
    const sdk = options.sdk === undefined ? findAgentSdk(options.window ?? defaultWindow()) : options.sdk;
    this.sdk = sdk ?? null;
    if (!this.sdk) {
      this.hub = null;
      this.current = 'unavailable';
      this.failure = new AgentSdkError(
        'SDK_UNAVAILABLE',
        undefined,
        'window.lpTag.agentSDK was not found; this page works only as a widget inside the LivePerson agent workspace'
      );
      return;
    }
    this.hub = hubFor(this.sdk);
    this.failure = this.hub.initError;
    this.current = this.failure ? 'failed' : 'ready';
  }

  /** `ready`, `unavailable` (no SDK on the page), `failed` (init threw) or `disposed`. */
  get state() {
    return this.current;
  }

  /** Why the client is not `ready`, else `null`. */
  get error() {
    return this.failure;
  }

  /** The SDK version LivePerson's script reports, when it does. */
  get version() {
    return this.sdk?.v;
  }

  usable(code, key) {
    if (this.current === 'disposed') throw new AgentSdkError('DISPOSED', key, 'create a new client');
    if (!this.sdk || this.current !== 'ready') {
      throw this.failure ?? new AgentSdkError(code, key, 'the SDK is not ready');
    }
    return this.sdk;
  }

  /** Reads the current value of `path`; resolves `null` when the model has no data there. */


  get(path, options = {}) {
    return new Promise((resolve, reject) => {
      let settled = false;
      let timer;
      const finish = (fn) => {
        if (settled) return;
        settled = true;
        if (timer !== undefined) clearTimeout(timer);
        fn();
      };
      let sdk;
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
          options.timeoutMs
        );
      }
      try {
        sdk.get(
          path,
          (data) => finish(() => resolve(data === undefined ? null : data)),
          (err) => finish(() => reject(normaliseSdkError(err, 'GET_FAILED', path)))
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


  bind(path, listener) {
    let active = true;
    const raw = (data) => {
      if (!active) return;
      const value = data && typeof data === 'object' && 'newValue' in data ? data.newValue : undefined;
      const key = data && typeof data === 'object' && typeof data.key === 'string' ? data.key : path;
      try {
        listener(value === undefined ? null : value, key);
      } catch (e) {
        this.onError(normaliseSdkError(e, 'LISTENER_FAILED', path));
      }
    };
    let sdk = null;
    const ready = new Promise((resolve, reject) => {
      try {
        sdk = this.usable('BIND_FAILED', path);
        sdk.bind(path, raw, (err) => {
          if (describeSdkError(err) === undefined) resolve();else
          {
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
    let unbound = null;
    const subscription = {
      key: path,
      ready,
      unbind: () => {
        if (unbound) return unbound;
        active = false;
        this.subscriptions.delete(subscription);
        const boundSdk = sdk;
        unbound = new Promise((resolve, reject) => {
          if (!boundSdk) {
            resolve();
            return;
          }
          try {
            boundSdk.unbind(path, raw, (err) => {
              if (describeSdkError(err) === undefined) resolve();else
              reject(normaliseSdkError(err, 'UNBIND_FAILED', path));
            });
          } catch (e) {
            reject(normaliseSdkError(e, 'UNBIND_FAILED', path));
          }
        });
        unbound.catch((e) => this.onError(normaliseSdkError(e, 'UNBIND_FAILED', path)));
        return unbound;
      }
    };
    if (active) this.subscriptions.add(subscription);
    return subscription;
  }

  /** Sends a command (`COMMANDS.*`) to the agent workspace. */
  command(cmdName, data = {}) {
    return new Promise((resolve, reject) => {
      try {
        const sdk = this.usable('COMMAND_FAILED', cmdName);
        sdk.command(cmdName, data, (err) => {
          if (describeSdkError(err) === undefined) resolve();else
          reject(normaliseSdkError(err, 'COMMAND_FAILED', cmdName));
        });
      } catch (e) {
        reject(normaliseSdkError(e, 'COMMAND_FAILED', cmdName));
      }
    });
  }

  /** Writes into the agent's input box: HTML for real-time chat, plain text for messaging. */
  writeChatLine(text) {
    return this.command(COMMANDS.write, { text });
  }

  /** Sends LivePerson's "Send Notification" command. */
  notify() {
    return this.command(COMMANDS.notify, {});
  }

  listen(set, fn) {
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
  onNotification(fn) {
    return this.listen(this.hub?.notification, fn);
  }

  /** The widget's conversation got the agent's focus; returns the cleanup. */
  onVisitorFocused(fn) {
    return this.listen(this.hub?.focused, fn);
  }

  /** The widget's conversation lost the agent's focus; returns the cleanup. */
  onVisitorBlurred(fn) {
    return this.listen(this.hub?.blurred, fn);
  }

  /** Unbinds every subscription of this client. Never rejects; failures go to `onError`. */
  async unbindAll() {
    const subs = [...this.subscriptions];
    await Promise.all(subs.map((s) => s.unbind().catch(() => undefined)));
  }

  /**
   * Unbinds everything and removes this client's listeners. LivePerson's own `dispose` is NOT
   * called unless asked: it ends the page's channel to the workspace for every client.
   */
  async dispose(options = {}) {
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
export function connectAgentSdk(options = {}) {
  return new AgentSdkClient(options);
}
