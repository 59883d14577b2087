/** `System.Request.getCurrent()` and `getRequestId()`, from the transaction. */
import { NotSupportedError } from '../lang/errors';
import type { NativeClass } from '../interp/native';
import { NativeObject } from '../interp/values';
import { arity } from './args';
import { txMembers } from './services-tx';

interface RequestPayload {
  requestId: string | undefined;
}

export const RequestClass: NativeClass = {
  name: 'Request',
  namespace: 'System',
  statics: {
    getcurrent: (ctx, _self, args) => {
      arity('Request.getCurrent', args, 0);
      return new NativeObject<RequestPayload>('System.Request', { requestId: txMembers(ctx).requestId });
    },
  },
  methods: {
    getrequestid: (_ctx, self) => {
      const id = (self as RequestPayload).requestId;
      if (id === undefined)
        throw new NotSupportedError('Request.getRequestId in a transaction without a request Id');
      return id;
    },
  },
};
