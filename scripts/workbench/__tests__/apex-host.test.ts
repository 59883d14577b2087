/**
 * The workbench's Apex transactions on the force-app org model with small Apex written here: an
 * uncaught exception rolls the DML back but an immediately published event still reaches its
 * trigger; Queueables run after the call, a chained one after its delay on the workbench clock, a
 * failed one rolled back before its finalizer.
 */
import { ApexDatetime } from '../../apex/lang/temporal';
import { ApexRuntime } from '../../apex/interp/runtime';
import { parseApexSource } from '../../apex/parse/load';
import { createLocalOrg, loadOrgMetadata } from '../../apex/org/org';
import { NATIVE_CLASSES } from '../../apex/system/index';
import { orgPlatform } from '../../apex/system/org-platform';
import { ApexHost } from '../apex/apex-host';
import { WorkbenchClock } from '../apex/clock';
import { recordToJson } from '../org/field-json';
import { FORCE_APP } from '../paths';

const SOURCES: Record<string, string> = {
  'Chain.cls': `public class Chain implements Queueable {
    Integer left;
    public Chain(Integer left) { this.left = left; }
    public void execute(QueueableContext c) {
      insert new Account(Name = 'run ' + left, Description = String.valueOf(Datetime.now().getTime()));
      if (left > 0) System.enqueueJob(new Chain(left - 1), 5);
    }
  }`,
  'Failing.cls': `public class Failing implements Queueable {
    public void execute(QueueableContext c) {
      insert new Account(Name = 'failed job');
      System.attachFinalizer(new Done());
      Integer x = null;
      x++;
    }
  }`,
  'Done.cls': `public class Done implements Finalizer {
    public void execute(FinalizerContext c) {
      insert new Account(Name = 'finalizer ' + String.valueOf(c.getResult()));
    }
  }`,
  'Calls.cls': `public class Calls {
    public static void failLater() { System.enqueueJob(new Failing()); }
    public static void start() { System.enqueueJob(new Chain(2)); }
    public static void failAfterDml() {
      insert new Account(Name = 'rolled back');
      EventBus.publish(new Event_Log_Event__e(Message__c = 'kept'));
      Integer x = null;
      x++;
    }
  }`,
  'EventToAccount.trigger': `trigger EventToAccount on Event_Log_Event__e (after insert) {
    insert new Account(Name = 'event ' + Trigger.new[0].Message__c);
  }`,
};

async function host(now: () => number) {
  const metadata = loadOrgMetadata(FORCE_APP);
  const runtime = ApexRuntime.load({
    units: Object.entries(SOURCES).map(([file, text]) => parseApexSource(file, text)),
    natives: NATIVE_CLASSES,
    platform: orgPlatform(metadata.schema),
  });
  const org = await createLocalOrg(metadata, ApexDatetime.fromInstant(now()));
  const clock = new WorkbenchClock(now);
  const apex = new ApexHost({ runtime, org, clock });
  const names = () => org.store.scanSync('Account').map((r) => recordToJson(r));
  return { apex, clock, names };
}

test('an uncaught exception rolls back; an immediately published event is still delivered', async () => {
  const { apex, names } = await host(() => Date.parse('2026-01-15T12:00:00Z'));
  await expect(apex.run((tx) => tx.callStatic('Calls', 'failAfterDml'))).rejects.toThrow(
    /NullPointerException/,
  );
  expect(names().map((r) => r.Name)).toEqual(['event kept']);
});

test('Queueables run after the call, each chained one 5 minutes later on the workbench clock', async () => {
  const { apex, clock, names } = await host(() => Date.parse('2026-01-15T12:00:00Z'));
  await apex.run((tx) => tx.callStatic('Calls', 'start'));
  await apex.idle();
  const runs = names().map((r) => [r.Name, Number(r.Description)]);
  expect(runs.map(([n]) => n)).toEqual(['run 2', 'run 1', 'run 0']);
  const start = Date.parse('2026-01-15T12:00:00Z');
  expect(runs.map(([, at]) => (Number(at) - start) / 60_000)).toEqual([0, 5, 10]);
  expect(clock.now()).toBe(start + 10 * 60_000);
});

test('a failed Queueable is rolled back before its finalizer runs', async () => {
  const { apex, names } = await host(() => Date.parse('2026-01-15T12:00:00Z'));
  await apex.run((tx) => tx.callStatic('Calls', 'failLater'));
  await apex.idle();
  expect(names().map((r) => r.Name)).toEqual(['finalizer UNHANDLED_EXCEPTION']);
});
