/**
 * `System.HttpRequest`, `System.HttpResponse`, `System.Http` and the `System.HttpCalloutMock`
 * interface (apex-semantics §12). Header names keep the case they were set with and `getHeader`
 * matches them exactly, as observed in orgs.
 */
import { ApexBlob } from '../lang/blob';
import { ApexError } from '../lang/errors';
import type { NativeClass, NativeFn } from '../interp/native';
import { ApexList, NativeObject, type ApexValue } from '../interp/values';
import { arity, blobArg, boolArg, intArg, nullPointer, stringArg, unsupportedOverload } from './args';
import { performCallout } from './callout';
import {
  bodyBytes,
  bodyText,
  HTTP_REQUEST,
  MAX_TIMEOUT_MS,
  newRequest,
  newResponse,
  type HttpBody,
  type HttpRequestState,
  type HttpResponseState,
} from './http-state';
import { STRING_TYPE } from './type-names';

const optionalBytes = (args: ApexValue[], method: string): Uint8Array | null =>
  args[0] === null ? null : blobArg(args, 0, method).bytes;

const optionalString = (args: ApexValue[], method: string): string | null =>
  args[0] === null ? null : stringArg(args, 0, method);

/** `setX(value)`: one argument, read by `read` and kept by `keep`; returns nothing. */
const setter =
  <S, T>(
    method: string,
    read: (args: ApexValue[], method: string) => T,
    keep: (state: S, value: T) => void,
  ): NativeFn =>
  (_ctx, self, args) => {
    arity(method, args, 1);
    keep(self as S, read(args, method));
    return null;
  };

/** Methods both request and response have: headers and body. */
function messageMethods<S extends { headers: Map<string, string>; body: HttpBody }>(
  kind: string,
): Record<string, NativeFn> {
  const state = (self: unknown): S => self as S;
  return {
    setheader: (_ctx, self, args) => {
      arity(`${kind}.setHeader`, args, 2);
      const name = stringArg(args, 0, `${kind}.setHeader`);
      const value = args[1] === null ? null : stringArg(args, 1, `${kind}.setHeader`);
      if (value === null) state(self).headers.delete(name);
      else state(self).headers.set(name, value);
      return null;
    },
    getheader: (_ctx, self, args) => {
      arity(`${kind}.getHeader`, args, 1);
      if (args[0] === null) return null;
      return state(self).headers.get(stringArg(args, 0, `${kind}.getHeader`)) ?? null;
    },
    setbody: setter(`${kind}.setBody`, optionalString, (m: S, body) => {
      m.body = body;
    }),
    getbody: (_ctx, self) => bodyText(state(self).body),
    setbodyasblob: setter(`${kind}.setBodyAsBlob`, optionalBytes, (m: S, body) => {
      m.body = body;
    }),
    getbodyasblob: (_ctx, self) => {
      const bytes = bodyBytes(state(self).body);
      return bytes === null ? null : new ApexBlob(bytes);
    },
  };
}

const intArg0 = (args: ApexValue[], method: string): number => intArg(args, 0, method);

const boolArg0 = (args: ApexValue[], method: string): boolean => boolArg(args, 0, method);

/** `setTimeout` accepts 1–120 000 ms (ADG: Callout Limits and Limitations). */
function timeoutArg(args: ApexValue[], method: string): number {
  const ms = intArg(args, 0, method);
  if (ms < 1 || ms > MAX_TIMEOUT_MS) {
    throw new ApexError(
      'System.CalloutException',
      `Timeout value must be between 1 and ${MAX_TIMEOUT_MS} milliseconds`,
    );
  }
  return ms;
}

const request = (self: unknown): HttpRequestState => self as HttpRequestState;
const response = (self: unknown): HttpResponseState => self as HttpResponseState;

export const HttpRequestClass: NativeClass = {
  name: 'HttpRequest',
  namespace: 'System',
  construct: (_ctx, _self, args) => {
    arity('new HttpRequest', args, 0);
    return newRequest();
  },
  methods: {
    ...messageMethods<HttpRequestState>('HttpRequest'),
    setendpoint: setter('HttpRequest.setEndpoint', optionalString, (r: HttpRequestState, endpoint) => {
      r.endpoint = endpoint;
    }),
    getendpoint: (_ctx, self) => request(self).endpoint,
    setmethod: setter('HttpRequest.setMethod', optionalString, (r: HttpRequestState, method) => {
      r.method = method;
    }),
    getmethod: (_ctx, self) => request(self).method,
    settimeout: setter('HttpRequest.setTimeout', timeoutArg, (r: HttpRequestState, ms) => {
      r.timeoutMs = ms;
    }),
    setcompressed: setter('HttpRequest.setCompressed', boolArg0, (r: HttpRequestState, compressed) => {
      r.compressed = compressed;
    }),
    getcompressed: (_ctx, self) => request(self).compressed,
    tostring: (_ctx, self) =>
      `System.HttpRequest[Endpoint=${request(self).endpoint}, Method=${request(self).method}]`,
  },
};

export const HttpResponseClass: NativeClass = {
  name: 'HttpResponse',
  namespace: 'System',
  construct: (_ctx, _self, args) => {
    arity('new HttpResponse', args, 0);
    return newResponse();
  },
  methods: {
    ...messageMethods<HttpResponseState>('HttpResponse'),
    setstatuscode: setter('HttpResponse.setStatusCode', intArg0, (r: HttpResponseState, code) => {
      r.statusCode = code;
    }),
    getstatuscode: (_ctx, self) => response(self).statusCode,
    setstatus: setter('HttpResponse.setStatus', optionalString, (r: HttpResponseState, status) => {
      r.status = status;
    }),
    getstatus: (_ctx, self) => response(self).status,
    getheaderkeys: (_ctx, self) => new ApexList(STRING_TYPE, [...response(self).headers.keys()]),
    tostring: (_ctx, self) =>
      `System.HttpResponse[Status=${response(self).status}, StatusCode=${response(self).statusCode}]`,
  },
};

export const HttpClass: NativeClass = {
  name: 'Http',
  namespace: 'System',
  construct: (_ctx, _self, args) => {
    arity('new Http', args, 0);
    return new NativeObject('System.Http', {});
  },
  methods: {
    send: (ctx, _self, args) => {
      arity('Http.send', args, 1);
      const req = args[0];
      if (req === null) throw nullPointer();
      if (!(req instanceof NativeObject) || req.className !== HTTP_REQUEST)
        throw unsupportedOverload('Http.send', args);
      return performCallout(ctx, req as NativeObject<HttpRequestState>);
    },
  },
};

/** The interface a test's mock implements (`respond(HttpRequest)`); `Test.setMock` takes `HttpCalloutMock.class`. */
export const HttpCalloutMockInterface: NativeClass = {
  name: 'HttpCalloutMock',
  namespace: 'System',
};
