/** The state of HttpRequest/HttpResponse objects (NativeObject payloads) and their bodies. */
import { NativeObject } from '../interp/values';

export const DEFAULT_TIMEOUT_MS = 10_000;
export const MAX_TIMEOUT_MS = 120_000;

/** Body as set: text (`setBody`) or bytes (`setBodyAsBlob`, or what a transport received). */
export type HttpBody = string | Uint8Array | null;

export interface HttpRequestState {
  method: string | null;
  endpoint: string | null;
  headers: Map<string, string>;
  body: HttpBody;
  timeoutMs: number;
  compressed: boolean;
}

export interface HttpResponseState {
  statusCode: number;
  status: string | null;
  headers: Map<string, string>;
  body: HttpBody;
}

export const HTTP_REQUEST = 'System.HttpRequest';
export const HTTP_RESPONSE = 'System.HttpResponse';

export function newRequest(): NativeObject<HttpRequestState> {
  return new NativeObject<HttpRequestState>(HTTP_REQUEST, {
    method: null,
    endpoint: null,
    headers: new Map(),
    body: null,
    timeoutMs: DEFAULT_TIMEOUT_MS,
    compressed: false,
  });
}

export function newResponse(init?: Partial<HttpResponseState>): NativeObject<HttpResponseState> {
  return new NativeObject<HttpResponseState>(HTTP_RESPONSE, {
    statusCode: 0,
    status: null,
    headers: new Map(),
    body: null,
    ...init,
  });
}

export function bodyText(body: HttpBody): string | null {
  if (body === null || typeof body === 'string') return body;
  return Buffer.from(body).toString('utf8');
}

export function bodyBytes(body: HttpBody): Uint8Array | null {
  if (body === null || body instanceof Uint8Array) return body;
  return new Uint8Array(Buffer.from(body, 'utf8'));
}
