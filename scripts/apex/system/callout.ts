/**
 * One HTTP callout with the platform's rules (apex-semantics §8.3, §12): refused after uncommitted
 * work, counted against the callout limit, answered by the test's `HttpCalloutMock` or by the
 * transaction's transport, and bounded by the request timeout and the 120 s per transaction.
 */
import { ApexError, NotSupportedError } from '../lang/errors';
import type { Ctx } from '../interp/native';
import { NativeObject, type ApexValue } from '../interp/values';
import { bodyBytes, MAX_TIMEOUT_MS, newResponse, type HttpRequestState } from './http-state';
import { txMembers, type CalloutRequest, type CalloutResponse } from './services-tx';

export const UNCOMMITTED_WORK =
  'You have uncommitted work pending. Please commit or rollback before calling out';
export const TEST_WITHOUT_MOCK = 'Methods defined as TestMethod do not support Web service callouts';
export const TRANSACTION_TIME_EXCEEDED = `Exceeded maximum time allotted for callout (${MAX_TIMEOUT_MS} ms)`;
export const READ_TIMED_OUT = 'Read timed out';

const calloutError = (message: string): ApexError => new ApexError('System.CalloutException', message);

/** Callout milliseconds spent per transaction (the tx object is the key). */
const spentMs = new WeakMap<object, number>();

function budgetLeft(ctx: Ctx): number {
  const tx = ctx.tx as object;
  return MAX_TIMEOUT_MS - (spentMs.get(tx) ?? 0);
}

function spend(ctx: Ctx, ms: number): void {
  const tx = ctx.tx as object;
  spentMs.set(tx, (spentMs.get(tx) ?? 0) + ms);
}

export async function performCallout(ctx: Ctx, request: NativeObject<HttpRequestState>): Promise<ApexValue> {
  const tx = txMembers(ctx);
  if (tx.hasUncommittedWork) throw calloutError(UNCOMMITTED_WORK);
  if (!tx.countCallout) throw new NotSupportedError('callouts in a transaction that does not count them');
  tx.countCallout(request.payload.timeoutMs);
  let response: ApexValue;
  if (tx.calloutMock !== undefined && tx.calloutMock !== null) {
    response = await ctx.callMethod(tx.calloutMock, 'respond', [request]);
  } else {
    if (tx.isTest) throw calloutError(TEST_WITHOUT_MOCK);
    if (!tx.calloutTransport) throw new NotSupportedError('HTTP callouts outside tests without a transport');
    response = await viaTransport(ctx, request.payload, tx.calloutTransport);
  }
  // Counted on the heap: a response body is the largest single allocation most transactions make.
  ctx.allocated?.(response);
  return response;
}

function toCalloutRequest(state: HttpRequestState, timeoutMs: number): CalloutRequest {
  if (!state.endpoint) throw calloutError('Endpoint URL is not set');
  if (!state.method) throw calloutError('Method is not set');
  return {
    method: state.method,
    endpoint: state.endpoint,
    headers: [...state.headers.entries()],
    body: typeof state.body === 'string' ? state.body : null,
    bodyBytes: bodyBytes(state.body),
    timeoutMs,
  };
}

async function viaTransport(
  ctx: Ctx,
  state: HttpRequestState,
  transport: (r: CalloutRequest) => Promise<CalloutResponse>,
): Promise<ApexValue> {
  const left = budgetLeft(ctx);
  if (left <= 0) throw calloutError(TRANSACTION_TIME_EXCEEDED);
  const limit = Math.min(state.timeoutMs, left);
  const timeoutMessage = limit < state.timeoutMs ? TRANSACTION_TIME_EXCEEDED : READ_TIMED_OUT;
  const started = Date.now();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(calloutError(timeoutMessage)), limit);
  });
  try {
    const answer = await Promise.race([transport(toCalloutRequest(state, limit)), timeout]);
    return newResponse({
      statusCode: answer.statusCode,
      status: answer.status,
      headers: new Map(answer.headers),
      body: answer.body,
    }) as NativeObject;
  } finally {
    clearTimeout(timer);
    spend(ctx, Math.min(Date.now() - started, limit));
  }
}
