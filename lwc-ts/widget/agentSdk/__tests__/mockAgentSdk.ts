/**
 * A test double of LivePerson's `lpTag.agentSDK`, faithful to the documented behaviour
 * (docs/widget.md, "Contract"): callbacks are asynchronous (the real SDK goes through postMessage),
 * `bind` first delivers the existing value then every change as `{key, newValue}`, `get` hands the
 * plain value (or null), `unbind` needs the same callback reference, every call before `init`
 * fails, and `chatTranscript.lines` bindings receive only the new lines.
 */
import type { BindUpdate, LpAgentSdk, RawDoneCallback, RawInitOptions, RawUpdateCallback } from 'c/agentSdk';

type Model = Record<string, unknown>;

export interface MockAgentSdk extends LpAgentSdk {
  model: Model;
  initCalls: RawInitOptions[];
  commands: Array<{ cmdName: string; data: object }>;
  bindings: Array<{ path: string; cb: RawUpdateCallback }>;
  /** Make the next calls on `path` fail with this raw error (a string, an Error, an object). */
  failures: {
    get: Record<string, unknown>;
    bind: Record<string, unknown>;
    unbind: Record<string, unknown>;
    command: Record<string, unknown>;
  };
  /** Set a value in the model and notify bindings like the real SDK does. */
  set(path: string, value: unknown): void;
  /** Append transcript lines: `chatTranscript.lines` bindings get only these. */
  addLines(lines: unknown[]): void;
  focus(): void;
  blur(): void;
  notifyAll(data: unknown): void;
}

function readPath(model: unknown, path: string): unknown {
  let cur: unknown = model;
  for (const part of path.split('.')) {
    if (cur === null || cur === undefined || typeof cur !== 'object') return undefined;
    cur = (cur as Record<string, unknown>)[part];
  }
  return cur;
}

function writePath(model: Model, path: string, value: unknown): void {
  const parts = path.split('.');
  let cur: Record<string, unknown> = model;
  for (const part of parts.slice(0, -1)) {
    const next = cur[part];
    if (!next || typeof next !== 'object') cur[part] = {};
    cur = cur[part] as Record<string, unknown>;
  }
  cur[parts[parts.length - 1]] = value;
}

const tick = (fn: () => void) => setTimeout(fn, 0);

export function createMockAgentSdk(initial: Model = {}): MockAgentSdk {
  let initOptions: RawInitOptions | null = null;
  const notInit = 'No channel defined... Maybe you are missing a call to init?';
  /** Why a call on `key` fails when it runs: no init yet (every call but unbind), else a failure set on it. */
  const refusal = (
    failures: Record<string, unknown>,
    key: string,
    needsInit = true,
  ): { error: unknown } | null => {
    if (needsInit && !initOptions) return { error: notInit };
    return key in failures ? { error: failures[key] } : null;
  };
  /** Answers a call through `done` on the next tick: its refusal, else what `act` reports (null: done). */
  const answer = (
    failures: Record<string, unknown>,
    key: string,
    done: RawDoneCallback | undefined,
    act: () => unknown,
    needsInit = true,
  ): void => {
    tick(() => {
      const refused = refusal(failures, key, needsInit);
      done?.(refused ? refused.error : act());
    });
  };
  const sdk: MockAgentSdk = {
    model: JSON.parse(JSON.stringify(initial)) as Model,
    initCalls: [],
    commands: [],
    bindings: [],
    failures: { get: {}, bind: {}, unbind: {}, command: {} },
    v: '1.0-mock',
    cmdNames: { write: 'Write ChatLine', writeSC: 'Write StructuredContent', notify: 'Send Notification' },
    init(options?: RawInitOptions) {
      initOptions = options ?? {};
      sdk.initCalls.push(initOptions);
    },
    get(path: string, onSuccess: (data: unknown) => void, onError: (err: unknown) => void) {
      tick(() => {
        const refused = refusal(sdk.failures.get, path);
        if (refused) {
          onError(refused.error);
          return;
        }
        const v = readPath(sdk.model, path);
        onSuccess(v === undefined ? null : v);
      });
    },
    bind(path: string, cb: RawUpdateCallback, done?: RawDoneCallback) {
      answer(sdk.failures.bind, path, done, () => {
        sdk.bindings.push({ path, cb });
        const v = readPath(sdk.model, path);
        if (v !== undefined && v !== null) cb({ key: path, newValue: v } as BindUpdate);
        return null;
      });
    },
    unbind(path: string, cb: RawUpdateCallback, done?: RawDoneCallback) {
      const remove = () => {
        const i = sdk.bindings.findIndex((b) => b.path === path && b.cb === cb);
        if (i < 0) return `Error calling "unbind" on the following key: ${path}`;
        sdk.bindings.splice(i, 1);
        return null;
      };
      answer(sdk.failures.unbind, path, done, remove, false);
    },
    command(cmdName: string, data: object, done?: RawDoneCallback) {
      answer(sdk.failures.command, cmdName, done, () => {
        sdk.commands.push({ cmdName, data });
        return null;
      });
    },
    dispose: jest.fn(),
    set(path: string, value: unknown) {
      writePath(sdk.model, path, value);
      for (const b of [...sdk.bindings]) {
        if (b.path === path || path.startsWith(b.path + '.') || b.path.startsWith(path + '.')) {
          b.cb({ key: b.path, newValue: readPath(sdk.model, b.path) });
        }
      }
    },
    addLines(lines: unknown[]) {
      const existing = (readPath(sdk.model, 'chatTranscript.lines') as unknown[] | undefined) ?? [];
      writePath(sdk.model, 'chatTranscript.lines', [...existing, ...lines]);
      for (const b of [...sdk.bindings]) {
        if (b.path === 'chatTranscript.lines') b.cb({ key: b.path, newValue: lines });
      }
    },
    focus() {
      initOptions?.visitorFocusedCallback?.();
    },
    blur() {
      initOptions?.visitorBlurredCallback?.();
    },
    notifyAll(data: unknown) {
      initOptions?.notificationCallback?.(data);
    },
  };
  return sdk;
}

/** Lets every pending SDK callback (setTimeout 0) and the promises they settle run. */
export async function flush(times = 3): Promise<void> {
  for (let i = 0; i < times; i++) {
    await new Promise((r) => setTimeout(r, 0));
  }
}
