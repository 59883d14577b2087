import { ApexBlob } from '../../lang/blob';
import { ApexError, NotSupportedError } from '../../lang/errors';
import { ApexList, ApexObject, NativeObject, type ApexValue } from '../../interp/values';
import { READ_TIMED_OUT, TEST_WITHOUT_MOCK, TRANSACTION_TIME_EXCEEDED, UNCOMMITTED_WORK } from '../callout';
import { HttpCalloutMockInterface, HttpClass, HttpRequestClass, HttpResponseClass } from '../http';
import type { HttpRequestState, HttpResponseState } from '../http-state';
import type { CalloutRequest, CalloutResponse } from '../services-tx';
import {
  callMethod,
  construct,
  fakeCtx,
  fakeServices,
  type FakeClass,
  type FakeTx,
} from './fake-ctx-services';

type Req = NativeObject<HttpRequestState>;
type Res = NativeObject<HttpResponseState>;

function txWith(extra: Partial<FakeTx> = {}): FakeTx & { counted: number[] } {
  const counted: number[] = [];
  return { services: fakeServices(), counted, countCallout: (ms: number) => counted.push(ms), ...extra };
}

const mockClass: FakeClass = {
  name: 'Mock',
  fields: [{ name: 'requests', type: { name: 'List', args: [{ name: 'HttpRequest' }] } }],
  methods: {
    respond: async (self, args) => {
      (self.fields.get('requests') as ApexList).items.push(args[0]);
      const ctx = fakeCtx();
      const res = (await construct(ctx, HttpResponseClass)) as Res;
      await callMethod(ctx, HttpResponseClass, res, 'setStatusCode', [201]);
      await callMethod(ctx, HttpResponseClass, res, 'setHeader', ['Content-Type', 'application/json']);
      await callMethod(ctx, HttpResponseClass, res, 'setBody', ['{"ok":true}']);
      return res;
    },
  },
};

function mock(): ApexObject {
  const m = new ApexObject(mockClass);
  m.fields.set('requests', new ApexList({ name: 'HttpRequest' }, []));
  return m;
}

async function request(tx: FakeTx, endpoint = 'https://va.example.net/api', timeout?: number): Promise<Req> {
  const ctx = fakeCtx([mockClass], tx);
  const req = (await construct(ctx, HttpRequestClass)) as Req;
  await callMethod(ctx, HttpRequestClass, req, 'setEndpoint', [endpoint]);
  await callMethod(ctx, HttpRequestClass, req, 'setMethod', ['POST']);
  await callMethod(ctx, HttpRequestClass, req, 'setHeader', ['Content-Type', 'application/json']);
  await callMethod(ctx, HttpRequestClass, req, 'setBody', ['{"q":1}']);
  if (timeout !== undefined) await callMethod(ctx, HttpRequestClass, req, 'setTimeout', [timeout]);
  return req;
}

async function send(tx: FakeTx, req: Req): Promise<ApexValue> {
  const ctx = fakeCtx([mockClass], tx);
  const http = (await construct(ctx, HttpClass)) as NativeObject;
  return callMethod(ctx, HttpClass, http, 'send', [req]);
}

async function calloutError(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    expect(e).toBeInstanceOf(ApexError);
    expect((e as ApexError).apexType).toBe('System.CalloutException');
    return (e as ApexError).message;
  }
  throw new Error('no CalloutException');
}

describe('HttpRequest / HttpResponse', () => {
  it('keeps what was set; headers match their exact case', async () => {
    const ctx = fakeCtx();
    const req = await request({});
    expect(await callMethod(ctx, HttpRequestClass, req, 'getEndpoint')).toBe('https://va.example.net/api');
    expect(await callMethod(ctx, HttpRequestClass, req, 'getMethod')).toBe('POST');
    expect(await callMethod(ctx, HttpRequestClass, req, 'getHeader', ['Content-Type'])).toBe(
      'application/json',
    );
    expect(await callMethod(ctx, HttpRequestClass, req, 'getHeader', ['content-type'])).toBeNull();
    expect(await callMethod(ctx, HttpRequestClass, req, 'getHeader', ['Authorization'])).toBeNull();
    expect(await callMethod(ctx, HttpRequestClass, req, 'getBody')).toBe('{"q":1}');
    const blob = (await callMethod(ctx, HttpRequestClass, req, 'getBodyAsBlob')) as ApexBlob;
    expect(blob.asString()).toBe('{"q":1}');
    expect(await callMethod(ctx, HttpRequestClass, req, 'toString')).toBe(
      'System.HttpRequest[Endpoint=https://va.example.net/api, Method=POST]',
    );
  });

  it('accepts timeouts of 1 to 120 000 ms only', async () => {
    const ctx = fakeCtx();
    const req = await request({});
    await callMethod(ctx, HttpRequestClass, req, 'setTimeout', [120000]);
    expect(req.payload.timeoutMs).toBe(120000);
    expect(
      await calloutError(
        Promise.resolve().then(() => callMethod(ctx, HttpRequestClass, req, 'setTimeout', [0])),
      ),
    ).toMatch(/between 1 and 120000/);
    await expect(
      Promise.resolve().then(() => callMethod(ctx, HttpRequestClass, req, 'setTimeout', [120001])),
    ).rejects.toThrow(ApexError);
  });

  it('response: status, headers in order, body as text or blob', async () => {
    const ctx = fakeCtx();
    const res = (await construct(ctx, HttpResponseClass)) as Res;
    expect(await callMethod(ctx, HttpResponseClass, res, 'getStatusCode')).toBe(0);
    await callMethod(ctx, HttpResponseClass, res, 'setStatus', ['OK']);
    await callMethod(ctx, HttpResponseClass, res, 'setHeader', ['B', '2']);
    await callMethod(ctx, HttpResponseClass, res, 'setHeader', ['a', '1']);
    await callMethod(ctx, HttpResponseClass, res, 'setBodyAsBlob', [ApexBlob.valueOf('é')]);
    expect(((await callMethod(ctx, HttpResponseClass, res, 'getHeaderKeys')) as ApexList).items).toEqual([
      'B',
      'a',
    ]);
    expect(await callMethod(ctx, HttpResponseClass, res, 'getBody')).toBe('é');
    expect(await callMethod(ctx, HttpResponseClass, res, 'toString')).toBe(
      'System.HttpResponse[Status=OK, StatusCode=0]',
    );
  });

  it('HttpCalloutMock is a bindable interface (no constructor)', () => {
    expect(HttpCalloutMockInterface.construct).toBeUndefined();
    expect(HttpCalloutMockInterface.namespace).toBe('System');
  });
});

describe('Http.send', () => {
  it('answers from the mock with the same request object, and counts the callout', async () => {
    const m = mock();
    const tx = txWith({ isTest: true, calloutMock: m });
    const req = await request(tx, 'https://x.test/a', 5000);
    const res = (await send(tx, req)) as Res;
    expect(res.payload.statusCode).toBe(201);
    expect(res.payload.headers.get('Content-Type')).toBe('application/json');
    expect((m.fields.get('requests') as ApexList).items[0]).toBe(req);
    expect(tx.counted).toEqual([5000]);
  });

  it('refuses a callout after uncommitted work, before counting it', async () => {
    const tx = txWith({ isTest: true, calloutMock: mock(), hasUncommittedWork: true });
    expect(await calloutError(send(tx, await request(tx)) as Promise<unknown>)).toBe(UNCOMMITTED_WORK);
    expect(UNCOMMITTED_WORK).toBe(
      'You have uncommitted work pending. Please commit or rollback before calling out',
    );
    expect(tx.counted).toEqual([]);
  });

  it('refuses a test callout without a mock', async () => {
    const tx = txWith({ isTest: true });
    expect(await calloutError(send(tx, await request(tx)) as Promise<unknown>)).toBe(TEST_WITHOUT_MOCK);
  });

  it('lets the limit counter stop the callout', async () => {
    const tx = txWith({
      isTest: true,
      calloutMock: mock(),
      countCallout: () => {
        throw new ApexError('System.LimitException', 'Too many callouts: 101');
      },
    });
    await expect(send(tx, await request(tx))).rejects.toThrow('Too many callouts: 101');
  });

  it('outside tests goes through the transport with method, endpoint, headers, body and timeout', async () => {
    const seen: CalloutRequest[] = [];
    const transport = (r: CalloutRequest): Promise<CalloutResponse> => {
      seen.push(r);
      return Promise.resolve({
        statusCode: 200,
        status: 'OK',
        headers: [['Content-Type', 'application/json']],
        body: new TextEncoder().encode('{"a":1}'),
      });
    };
    const tx = txWith({ calloutTransport: transport });
    const res = (await send(tx, await request(tx, 'http://127.0.0.1:1/x', 2500))) as Res;
    expect(seen[0]).toMatchObject({
      method: 'POST',
      endpoint: 'http://127.0.0.1:1/x',
      headers: [['Content-Type', 'application/json']],
      body: '{"q":1}',
      timeoutMs: 2500,
    });
    const ctx = fakeCtx();
    expect(await callMethod(ctx, HttpResponseClass, res, 'getBody')).toBe('{"a":1}');
    expect(await callMethod(ctx, HttpResponseClass, res, 'getStatus')).toBe('OK');
  });

  it('times out a transport that does not answer: Read timed out', async () => {
    const tx = txWith({ calloutTransport: () => new Promise<CalloutResponse>(() => undefined) });
    expect(
      await calloutError(send(tx, await request(tx, 'http://127.0.0.1:1/x', 1)) as Promise<unknown>),
    ).toBe(READ_TIMED_OUT);
  });

  it('stops once the transaction has used its 120 s of callout time', async () => {
    let clock = 0;
    const realNow = Date.now;
    Date.now = () => clock;
    try {
      const slow = (): Promise<CalloutResponse> => {
        clock += 120_000;
        return Promise.resolve({ statusCode: 200, status: 'OK', headers: [], body: new Uint8Array() });
      };
      const tx = txWith({ calloutTransport: slow });
      await send(tx, await request(tx, 'http://127.0.0.1:1/x', 120_000));
      expect(await calloutError(send(tx, await request(tx)) as Promise<unknown>)).toBe(
        TRANSACTION_TIME_EXCEEDED,
      );
      expect(TRANSACTION_TIME_EXCEEDED).toBe('Exceeded maximum time allotted for callout (120000 ms)');
    } finally {
      Date.now = realNow;
    }
  });

  it('is a loud gap without a transport outside tests, or without limit counting', async () => {
    const tx = txWith();
    await expect(send(tx, await request(tx))).rejects.toThrow(NotSupportedError);
    const uncounted: FakeTx = { services: fakeServices(), isTest: true, calloutMock: mock() };
    await expect(send(uncounted, await request(uncounted))).rejects.toThrow(NotSupportedError);
  });
});
