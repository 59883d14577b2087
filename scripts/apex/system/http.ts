/**
 * `System.HttpRequest`, `System.HttpResponse`, `System.Http` and the `System.HttpCalloutMock`
 * interface (apex-semantics §12). Header names keep the case they were set with and `getHeader`
 * matches them exactly, as observed in orgs.
 */
import { ApexBlob } from '../lang/blob';
import { ApexError } from '../lang/errors';
import type { NativeClass, NativeFn } from '../interp/native';
import { ApexList, NativeObject, type ApexValue } from '../interp/values';
import { arity, intArg, nullPointer, stringArg, unsupportedOverload } from './args';
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

function blobArg(args: ApexValue[], method: string): Uint8Array | null {
  const v = args[0];
  if (v === null) return null;
  if (!(v instanceof ApexBlob)) throw unsupportedOverload(method, args);
  return v.bytes;
}

const optionalString = (args: ApexValue[], method: string): string | null =>
  args[0] === null ? null : stringArg(args, 0, method);

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
    setbody: (_ctx, self, args) => {
      arity(`${kind}.setBody`, args, 1);
      state(self).body = optionalString(args, `${kind}.setBody`);
      return null;
    },
    getbody: (_ctx, self) => bodyText(state(self).body),
    setbodyasblob: (_ctx, self, args) => {
      arity(`${kind}.setBodyAsBlob`, args, 1);
      state(self).body = blobArg(args, `${kind}.setBodyAsBlob`);
      return null;
    },
    getbodyasblob: (_ctx, self) => {
      const bytes = bodyBytes(state(self).body);
      return bytes === null ? null : new ApexBlob(bytes);
    },
  };
}

/** `setTimeout` accepts 1–120 000 ms (ADG: Callout Limits and Limitations). */
function checkTimeout(ms: number): number {
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
    setendpoint: (_ctx, self, args) => {
      arity('HttpRequest.setEndpoint', args, 1);
      request(self).endpoint = optionalString(args, 'HttpRequest.setEndpoint');
      return null;
    },
    getendpoint: (_ctx, self) => request(self).endpoint,
    setmethod: (_ctx, self, args) => {
      arity('HttpRequest.setMethod', args, 1);
      request(self).method = optionalString(args, 'HttpRequest.setMethod');
      return null;
    },
    getmethod: (_ctx, self) => request(self).method,
    settimeout: (_ctx, self, args) => {
      arity('HttpRequest.setTimeout', args, 1);
      request(self).timeoutMs = checkTimeout(intArg(args, 0, 'HttpRequest.setTimeout'));
      return null;
    },
    setcompressed: (_ctx, self, args) => {
      arity('HttpRequest.setCompressed', args, 1);
      if (args[0] === null) throw nullPointer();
      request(self).compressed = args[0] === true;
      return null;
    },
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
    setstatuscode: (_ctx, self, args) => {
      arity('HttpResponse.setStatusCode', args, 1);
      response(self).statusCode = intArg(args, 0, 'HttpResponse.setStatusCode');
      return null;
    },
    getstatuscode: (_ctx, self) => response(self).statusCode,
    setstatus: (_ctx, self, args) => {
      arity('HttpResponse.setStatus', args, 1);
      response(self).status = optionalString(args, 'HttpResponse.setStatus');
      return null;
    },
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
