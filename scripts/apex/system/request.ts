/**
 * `System.Request.getCurrent()` and `getRequestId()`. The Id is the transaction's `requestId` when the
 * host gives one; otherwise an opaque Id is made once per transaction (from the transaction's random
 * source, so seeded tests see the same Id), as every org request has one.
 */
import type { Ctx, NativeClass } from '../interp/native';
import { NativeObject } from '../interp/values';
import { arity } from './args';
import { randomBytesFor } from './crypto';
import { txMembers } from './services-tx';

interface RequestPayload {
  requestId: string;
}

const madeIds = new WeakMap<object, string>();

function requestIdOf(ctx: Ctx): string {
  const given = txMembers(ctx).requestId;
  if (given !== undefined) return given;
  const tx = ctx.tx as object;
  let id = madeIds.get(tx);
  if (id === undefined) {
    id = Buffer.from(randomBytesFor(ctx, 16)).toString('base64url');
    madeIds.set(tx, id);
  }
  return id;
}

export const RequestClass: NativeClass = {
  name: 'Request',
  namespace: 'System',
  statics: {
    getcurrent: (ctx, _self, args) => {
      arity('Request.getCurrent', args, 0);
      return new NativeObject<RequestPayload>('System.Request', { requestId: requestIdOf(ctx) });
    },
  },
  methods: {
    getrequestid: (_ctx, self) => (self as RequestPayload).requestId,
  },
};
