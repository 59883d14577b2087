/** The native `Trigger` class: context variables of the innermost executing trigger on the transaction. */
import { NotSupportedError } from '../lang/errors';
import type { Ctx, NativeClass } from './native';
import type { Transaction, TriggerContext } from './transaction';
import type { ApexValue } from './values';

function current(ctx: Ctx): TriggerContext | undefined {
  return (ctx.tx as Transaction).currentTrigger;
}

function prop(read: (t: TriggerContext) => ApexValue): (ctx: Ctx) => ApexValue {
  return (ctx) => {
    const t = current(ctx);
    if (!t) throw new NotSupportedError('Trigger context variables outside a trigger');
    return read(t);
  };
}

export const TriggerClass: NativeClass = {
  name: 'Trigger',
  namespace: 'System',
  staticProps: {
    new: prop((t) => t.new),
    old: prop((t) => t.old),
    newmap: prop((t) => t.newMap),
    oldmap: prop((t) => t.oldMap),
    isbefore: prop((t) => t.event.startsWith('before')),
    isafter: prop((t) => t.event.startsWith('after')),
    isinsert: prop((t) => t.event.endsWith(' insert')),
    isupdate: prop((t) => t.event.endsWith(' update')),
    isdelete: prop((t) => t.event.endsWith(' delete')),
    isundelete: prop((t) => t.event.endsWith(' undelete')),
    size: prop((t) => (t.new ?? t.old)?.items.length ?? 0),
    // Outside a trigger Apex reads false for isExecuting.
    isexecuting: (ctx) => current(ctx) !== undefined,
  },
};
