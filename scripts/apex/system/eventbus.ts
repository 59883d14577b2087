/**
 * Platform events: `EventBus.publish` and their delivery to `after insert` event triggers. When
 * events are delivered is the host's decision (`EventHost`): the Apex test runner at
 * `Test.getEventBus().deliver()` and `Test.stopTest()`, the workbench after each transaction.
 * Publishing never throws for a bad event: its SaveResult says so (apex-semantics §11).
 */
import { ApexError, NotSupportedError } from '../lang/errors';
import type { Ctx, NativeClass } from '../interp/native';
import type { Transaction } from '../interp/transaction';
import { ApexList, ApexSObject, type ApexValue } from '../interp/values';
import { ApexId } from '../lang/id';
import { rowResultValue } from './dml-result-classes';
import { services } from './services';

export interface EventHost {
  /** Accepted events of one `EventBus.publish` call, in order. */
  published(ctx: Ctx, events: ApexSObject[]): void;
}

type ServiceTx = Transaction & { services: Map<string, unknown> };
const HOST = 'eventbus.host';

export function attachEventHost(tx: ServiceTx, host: EventHost): void {
  tx.services.set(HOST, host);
}

let replay = 0;

function publish(ctx: Ctx, arg: ApexValue): ApexValue {
  if (arg === null || arg === undefined)
    throw new ApexError('System.NullPointerException', 'Argument cannot be null.');
  const single = arg instanceof ApexSObject;
  const items = single ? [arg] : arg instanceof ApexList ? arg.items : null;
  if (!items)
    throw new NotSupportedError('EventBus.publish of a value that is not an event or a List of events');
  const host = (ctx.tx as ServiceTx).services.get(HOST) as EventHost | undefined;
  if (!host) throw new NotSupportedError('EventBus.publish in a transaction without an event bus');
  const tx = ctx.tx as ServiceTx;
  const schema = services(ctx).schema;
  tx.limits.count('dmlStatements');
  const accepted: ApexSObject[] = [];
  let immediate = false;
  const results = items.map((item) => {
    const info = item instanceof ApexSObject ? schema.object(item.type) : undefined;
    if (!(item instanceof ApexSObject) || info?.kind !== 'event') {
      return rowResultValue('insert', {
        success: false,
        id: null,
        created: false,
        errors: [
          { statusCode: 'INVALID_TYPE', message: 'Only platform events can be published', fields: [] },
        ],
      });
    }
    if (info.publishBehavior !== 'PublishAfterCommit') immediate = true;
    replay++;
    const id = ApexId.of('e00' + String(replay).padStart(12, '0')).value;
    item.write('ReplayId', String(replay));
    accepted.push(item);
    return rowResultValue('insert', { success: true, id, created: true, errors: [] });
  });
  // One publish call is one immediate-publish DML, whatever the number of events.
  if (immediate) tx.limits.count('publishImmediateDml');
  tx.limits.count('dmlRows', accepted.length);
  if (accepted.length) host.published(ctx, accepted);
  return single ? results[0] : new ApexList({ name: 'Database.SaveResult' }, results);
}

export const EVENTBUS_CLASS: NativeClass = {
  name: 'EventBus',
  namespace: 'System',
  statics: { publish: (ctx, _s, [arg]) => publish(ctx, arg ?? null) },
};
