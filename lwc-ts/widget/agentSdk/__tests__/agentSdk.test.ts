import {
  AgentSdkError,
  COMMANDS,
  connectAgentSdk,
  describeSdkError,
  findAgentSdk,
  isFramed,
  normaliseSdkError,
} from 'c/agentSdk';
import type { DataKey, DataValue, LpAgentSdk } from 'c/agentSdk';
import { createMockAgentSdk, flush } from './mockAgentSdk';

// Compile-time checks of the typed keys (tsc --noEmit runs over the tests too).
const typedKeys: DataKey[] = [
  'chatInfo.rtSessionId',
  'chatInfo.isMessaging',
  'surveyQuestions.preChat.email.value',
  'surveyQuestions.preChat.customizedQuestions',
  'SDE.customerDetails',
  'SDE.personalInfo',
  'SDE.marketingSource',
  'authenticatedData.personalInfo',
  'chatTranscript.lines',
  'visitorInfo.browser',
  'campaignInfo.goalName',
  'claimsAndAuthType.acr',
];
const rtSession: DataValue<'chatInfo.rtSessionId'> = 'abc';
const isMessaging: DataValue<'chatInfo.isMessaging'> = true;
// @ts-expect-error — not a key of the public model
const wrongKey: DataKey = 'chatInfo.chatSessionKey';

const CHAT_INFO = {
  rtSessionId: '4294971234',
  accountId: '90233546',
  chatSkill: 'Billing',
  chatStartTime: 1714654867120,
  isMessaging: false,
};

describe('c/agentSdk', () => {
  afterEach(() => {
    delete (window as unknown as { lpTag?: unknown }).lpTag;
  });

  it('types the public model keys', () => {
    expect(typedKeys).toContain('SDE.customerDetails');
    expect([rtSession, isMessaging, wrongKey]).toHaveLength(3);
  });

  describe('detection', () => {
    it('reports unavailable, without throwing, when window.lpTag is missing', async () => {
      const client = connectAgentSdk();
      expect(client.state).toBe('unavailable');
      expect(client.error).toBeInstanceOf(AgentSdkError);
      expect(client.error?.code).toBe('SDK_UNAVAILABLE');
      expect(client.error?.message).toMatch(/inside the LivePerson agent workspace/);
      await expect(client.get('chatInfo')).rejects.toMatchObject({ code: 'SDK_UNAVAILABLE' });
      await expect(client.bind('chatInfo', () => undefined).ready).rejects.toMatchObject({
        code: 'SDK_UNAVAILABLE',
      });
      await expect(client.command(COMMANDS.notify)).rejects.toMatchObject({ code: 'SDK_UNAVAILABLE' });
    });

    it('ignores an lpTag without a usable agentSDK', () => {
      expect(findAgentSdk({ lpTag: {} })).toBeNull();
      expect(findAgentSdk({ lpTag: { agentSDK: { init() {} } } })).toBeNull();
      expect(findAgentSdk(undefined)).toBeNull();
      expect(findAgentSdk({ lpTag: 'x' })).toBeNull();
    });

    it('finds window.lpTag.agentSDK and calls init exactly once per SDK', () => {
      const sdk = createMockAgentSdk();
      (window as unknown as { lpTag: unknown }).lpTag = { agentSDK: sdk };
      expect(findAgentSdk()).toBe(sdk);
      const a = connectAgentSdk();
      const b = connectAgentSdk();
      expect(a.state).toBe('ready');
      expect(b.state).toBe('ready');
      expect(a.version).toBe('1.0-mock');
      expect(sdk.initCalls).toHaveLength(1);
      expect(typeof sdk.initCalls[0].notificationCallback).toBe('function');
      expect(typeof sdk.initCalls[0].visitorFocusedCallback).toBe('function');
      expect(typeof sdk.initCalls[0].visitorBlurredCallback).toBe('function');
    });

    it('reports failed when init throws', async () => {
      const sdk = createMockAgentSdk();
      sdk.init = () => {
        throw new Error('Error initializing communication/Error creating instance of courier');
      };
      const client = connectAgentSdk({ sdk });
      expect(client.state).toBe('failed');
      expect(client.error?.code).toBe('INIT_FAILED');
      expect(client.error?.message).toContain('courier');
      await expect(client.get('chatInfo')).rejects.toMatchObject({ code: 'INIT_FAILED' });
    });

    it('tells whether the page is framed', () => {
      const top = {};
      expect(isFramed({ self: 1, top, parent: top })).toBe(true);
      const w: Record<string, unknown> = {};
      w.self = w;
      w.top = w;
      w.parent = w;
      expect(isFramed(w)).toBe(false);
      expect(isFramed(null)).toBe(false);
      const throwing = {
        get top(): unknown {
          throw new Error('cross-origin');
        },
      };
      expect(isFramed(throwing)).toBe(true);
    });
  });

  describe('get', () => {
    it('resolves the value of a key and null when the model has no data', async () => {
      const sdk = createMockAgentSdk({ chatInfo: CHAT_INFO });
      const client = connectAgentSdk({ sdk });
      await expect(client.get('chatInfo.rtSessionId')).resolves.toBe('4294971234');
      await expect(client.get('chatInfo')).resolves.toEqual(CHAT_INFO);
      await expect(client.get('visitorInfo.visitorName')).resolves.toBeNull();
    });

    it('rejects with a normalised error naming the key', async () => {
      const sdk = createMockAgentSdk();
      sdk.failures.get['SDE.customerDetails'] =
        'Error calling "get" on the following key: SDE.customerDetails';
      const client = connectAgentSdk({ sdk });
      const err = await client.get('SDE.customerDetails').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(AgentSdkError);
      expect(err).toMatchObject({ code: 'GET_FAILED', key: 'SDE.customerDetails' });
      expect((err as Error).message).toBe(
        'Could not read "SDE.customerDetails": Error calling "get" on the following key: SDE.customerDetails',
      );
    });

    it('rejects when the SDK throws synchronously', async () => {
      const sdk = createMockAgentSdk();
      sdk.get = () => {
        throw new TypeError('boom');
      };
      await expect(connectAgentSdk({ sdk }).get('chatInfo')).rejects.toMatchObject({
        code: 'GET_FAILED',
        detail: 'boom',
      });
    });

    it('times out when the workspace never answers', async () => {
      jest.useFakeTimers();
      try {
        const sdk = createMockAgentSdk();
        sdk.get = () => undefined;
        const p = connectAgentSdk({ sdk }).get('chatInfo', { timeoutMs: 5000 });
        jest.advanceTimersByTime(5000);
        await expect(p).rejects.toMatchObject({ code: 'TIMEOUT', key: 'chatInfo' });
      } finally {
        jest.useRealTimers();
      }
    });
  });

  describe('bind', () => {
    it('delivers the existing value, then every change, and stops after unbind', async () => {
      const sdk = createMockAgentSdk({ chatInfo: CHAT_INFO });
      const client = connectAgentSdk({ sdk });
      const seen: unknown[] = [];
      const sub = client.bind('chatInfo.chatSkill', (value, key) => seen.push([key, value]));
      await sub.ready;
      expect(seen).toEqual([['chatInfo.chatSkill', 'Billing']]);
      sdk.set('chatInfo.chatSkill', 'Sales');
      expect(seen).toEqual([
        ['chatInfo.chatSkill', 'Billing'],
        ['chatInfo.chatSkill', 'Sales'],
      ]);
      await sub.unbind();
      expect(sdk.bindings).toHaveLength(0);
      sdk.set('chatInfo.chatSkill', 'Support');
      expect(seen).toHaveLength(2);
      await expect(sub.unbind()).resolves.toBeUndefined();
    });

    it('unbinds with the very callback it bound', async () => {
      const sdk = createMockAgentSdk({ chatInfo: CHAT_INFO });
      const bindSpy = jest.spyOn(sdk, 'bind');
      const unbindSpy = jest.spyOn(sdk, 'unbind');
      const client = connectAgentSdk({ sdk });
      const sub = client.bind('chatInfo', () => undefined);
      await sub.ready;
      await sub.unbind();
      expect(unbindSpy.mock.calls[0][1]).toBe(bindSpy.mock.calls[0][1]);
    });

    it('passes only the new transcript lines', async () => {
      const sdk = createMockAgentSdk({ chatTranscript: { lines: [{ id: '1', text: 'Hi' }] } });
      const client = connectAgentSdk({ sdk });
      const batches: unknown[] = [];
      await client.bind('chatTranscript.lines', (lines) => batches.push(lines)).ready;
      sdk.addLines([{ id: '2', text: 'Hello' }]);
      expect(batches).toEqual([[{ id: '1', text: 'Hi' }], [{ id: '2', text: 'Hello' }]]);
    });

    it('rejects ready with a normalised error when the SDK refuses the binding', async () => {
      const sdk = createMockAgentSdk();
      sdk.failures.bind['SDE.personalInfo'] = { error: { message: 'Not authorized' } };
      const client = connectAgentSdk({ sdk });
      const listener = jest.fn();
      const sub = client.bind('SDE.personalInfo', listener);
      await expect(sub.ready).rejects.toMatchObject({
        code: 'BIND_FAILED',
        message: 'Could not subscribe to "SDE.personalInfo": Not authorized',
      });
      expect(listener).not.toHaveBeenCalled();
    });

    it('reports a throwing listener through onError and keeps delivering', async () => {
      const sdk = createMockAgentSdk({ chatInfo: CHAT_INFO });
      const onError = jest.fn();
      const client = connectAgentSdk({ sdk, onError });
      let calls = 0;
      await client.bind('chatInfo', () => {
        calls++;
        throw new Error('listener bug');
      }).ready;
      sdk.set('chatInfo.chatSkill', 'Sales');
      expect(calls).toBe(2);
      expect(onError).toHaveBeenCalledWith(
        expect.objectContaining({ code: 'LISTENER_FAILED', key: 'chatInfo' }),
      );
    });

    it('reports a failed unbind through onError and rejects its promise', async () => {
      const sdk = createMockAgentSdk({ chatInfo: CHAT_INFO });
      const onError = jest.fn();
      const client = connectAgentSdk({ sdk, onError });
      const sub = client.bind('chatInfo', () => undefined);
      await sub.ready;
      sdk.failures.unbind.chatInfo = new Error('channel closed');
      await expect(sub.unbind()).rejects.toMatchObject({ code: 'UNBIND_FAILED', detail: 'channel closed' });
      expect(onError).toHaveBeenCalledWith(expect.objectContaining({ code: 'UNBIND_FAILED' }));
    });
  });

  describe('commands and events', () => {
    it('writes a chat line and sends a notification', async () => {
      const sdk = createMockAgentSdk();
      const client = connectAgentSdk({ sdk });
      await client.writeChatLine('Hello');
      await client.notify();
      expect(sdk.commands).toEqual([
        { cmdName: 'Write ChatLine', data: { text: 'Hello' } },
        { cmdName: 'Send Notification', data: {} },
      ]);
    });

    it('rejects a refused command with its name', async () => {
      const sdk = createMockAgentSdk();
      sdk.failures.command['Send File'] = 'Missing permission';
      await expect(connectAgentSdk({ sdk }).command(COMMANDS.sendFile, {})).rejects.toMatchObject({
        code: 'COMMAND_FAILED',
        key: 'Send File',
        message: 'Could not run the command "Send File": Missing permission',
      });
    });

    it('fans init callbacks out to every client, with cleanups', () => {
      const sdk = createMockAgentSdk();
      const a = connectAgentSdk({ sdk });
      const b = connectAgentSdk({ sdk });
      const focusedA = jest.fn();
      const focusedB = jest.fn();
      const blurred = jest.fn();
      const notified = jest.fn();
      const offA = a.onVisitorFocused(focusedA);
      b.onVisitorFocused(focusedB);
      b.onVisitorBlurred(blurred);
      b.onNotification(notified);
      sdk.focus();
      offA();
      sdk.focus();
      sdk.blur();
      sdk.notifyAll({ type: 'x' });
      expect(focusedA).toHaveBeenCalledTimes(1);
      expect(focusedB).toHaveBeenCalledTimes(2);
      expect(blurred).toHaveBeenCalledTimes(1);
      expect(notified).toHaveBeenCalledWith({ type: 'x' });
    });

    it('dispose unbinds everything, drops listeners and leaves LivePerson’s channel open', async () => {
      const sdk = createMockAgentSdk({ chatInfo: CHAT_INFO, visitorInfo: { visitorName: 'Dana' } });
      const client = connectAgentSdk({ sdk });
      const focused = jest.fn();
      client.onVisitorFocused(focused);
      await Promise.all([
        client.bind('chatInfo', () => undefined).ready,
        client.bind('visitorInfo', () => undefined).ready,
      ]);
      expect(sdk.bindings).toHaveLength(2);
      await client.dispose();
      expect(sdk.bindings).toHaveLength(0);
      expect(client.state).toBe('disposed');
      sdk.focus();
      expect(focused).not.toHaveBeenCalled();
      expect(sdk.dispose).not.toHaveBeenCalled();
      await expect(client.get('chatInfo')).rejects.toMatchObject({ code: 'DISPOSED' });
      await client.dispose();
    });

    it('dispose({disposeSdk: true}) also disposes LivePerson’s SDK', async () => {
      const sdk = createMockAgentSdk();
      await connectAgentSdk({ sdk }).dispose({ disposeSdk: true });
      expect(sdk.dispose).toHaveBeenCalledTimes(1);
    });
  });

  describe('error normalisation', () => {
    it('reads strings, Errors, nested objects and odd values', () => {
      expect(describeSdkError('x')).toBe('x');
      expect(describeSdkError(new Error('y'))).toBe('y');
      expect(describeSdkError({ message: 'm' })).toBe('m');
      expect(describeSdkError({ error: { description: 'd' } })).toBe('d');
      expect(describeSdkError({ code: 7 })).toBe('{"code":7}');
      expect(describeSdkError(null)).toBeUndefined();
      expect(describeSdkError('')).toBeUndefined();
      expect(describeSdkError(42)).toBe('42');
      const circular: Record<string, unknown> = {};
      circular.self = circular;
      expect(describeSdkError(circular)).toBe('[object Object]');
    });

    it('keeps an AgentSdkError as it is and names unknown errors', () => {
      const e = new AgentSdkError('TIMEOUT', 'chatInfo', '5 ms');
      expect(normaliseSdkError(e, 'GET_FAILED')).toBe(e);
      expect(normaliseSdkError(undefined, 'GET_FAILED', 'k').message).toBe(
        'Could not read "k": unknown error',
      );
    });
  });

  it('works with a minimal SDK object that lacks the optional members', async () => {
    const calls: string[] = [];
    const minimal: LpAgentSdk = {
      init: () => calls.push('init'),
      get: (_p, ok) => ok({ a: 1 }),
      bind: (p, cb, done) => {
        cb({ key: p, newValue: undefined });
        done?.();
      },
      unbind: (_p, _cb, done) => done?.(),
      command: (_c, _d, done) => done?.(),
    };
    const client = connectAgentSdk({ sdk: minimal });
    const values: unknown[] = [];
    await client.bind('chatInfo', (v) => values.push(v)).ready;
    expect(values).toEqual([null]);
    await expect(client.get('chatInfo')).resolves.toEqual({ a: 1 });
    expect(client.version).toBeUndefined();
    await client.dispose({ disposeSdk: true });
    await flush(1);
    expect(calls).toEqual(['init']);
  });
});
