/**
 * The workbench's Apex transactions on the force-app org model with small Apex written here: an
 * uncaught exception rolls the DML back but an immediately published event still reaches its
 * trigger; Queueables run after the call, a chained one after its delay on the workbench clock, a
 * failed one rolled back before its finalizer; scheduled jobs fire on the workbench clock as the user
 * who scheduled them, once per due fire time, their rows moved on and their Queueables run.
 */
import { ApexDatetime } from '../../apex/lang/temporal';
import { ApexId } from '../../apex/lang/id';
import { ApexRuntime } from '../../apex/interp/runtime';
import { parseApexSource } from '../../apex/parse/load';
import { createLocalOrg, loadOrgMetadata } from '../../apex/org/org';
import { NATIVE_CLASSES } from '../../apex/system/index';
import { orgPlatform } from '../../apex/system/org-platform';
import { ApexHost } from '../apex/apex-host';
import { WorkbenchClock } from '../apex/clock';
import { moveClock } from '../apex/clock-endpoint';
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
  'Tick.cls': `public class Tick implements Schedulable {
    public void execute(SchedulableContext c) {
      insert new Account(Name = 'tick ' + UserInfo.getUserId(), Description = String.valueOf(Datetime.now().getTime()));
      System.enqueueJob(new Chain(0));
    }
  }`,
  'Broken.cls': `public class Broken implements Schedulable {
    public void execute(SchedulableContext c) {
      insert new Account(Name = 'broken');
      Integer x = null;
      x++;
    }
  }`,
  'Schedules.cls': `public class Schedules {
    public static Id hourly() { return System.schedule('Hourly tick', '0 0 * * * ?', new Tick()); }
    public static Id broken() { return System.schedule('Broken', '0 30 * * * ?', new Broken()); }
    public static void stop(Id id) { System.abortJob(id); }
  }`,
  'EventToAccount.trigger': `trigger EventToAccount on Event_Log_Event__e (after insert) {
    insert new Account(Name = 'event ' + Trigger.new[0].Message__c);
  }`,
};

async function host(now: () => number, scheduledJobs: 'auto' | 'manual' = 'auto') {
  const metadata = loadOrgMetadata(FORCE_APP);
  const runtime = ApexRuntime.load({
    units: Object.entries(SOURCES).map(([file, text]) => parseApexSource(file, text)),
    natives: NATIVE_CLASSES,
    platform: orgPlatform(metadata.schema),
  });
  const org = await createLocalOrg(metadata, ApexDatetime.fromInstant(now()));
  const clock = new WorkbenchClock(now);
  const logged: string[] = [];
  const apex = new ApexHost({ runtime, org, clock, scheduledJobs, log: (l) => logged.push(l) });
  const names = () => org.store.scanSync('Account').map((r) => recordToJson(r));
  const trigger = (id: string) => recordToJson(org.store.getSync(id) as never);
  return { apex, clock, names, org, trigger, logged };
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

describe('scheduled jobs on the workbench clock', () => {
  const START = Date.parse('2026-01-15T12:10:00Z');
  const HOUR = 3600_000;

  test('nothing fires before the next fire time; at it the job runs as its owner and its row moves on', async () => {
    const { apex, clock, names, org, trigger } = await host(() => START);
    const id = String(await apex.run((tx) => tx.callStatic('Schedules', 'hourly')));
    expect(trigger(id)).toMatchObject({ NextFireTime: '2026-01-15T13:00:00.000Z', TimesTriggered: 0 });
    expect(await apex.fireDue()).toBe(0);
    clock.advanceBy(50 * 60_000 - 1);
    expect(await apex.fireDue()).toBe(0);
    clock.advanceBy(1);
    expect(await apex.fireDue()).toBe(1);
    await apex.idle();
    const admin = org.seeded.adminUserId;
    expect(names().map((r) => r.Name)).toEqual([`tick ${admin}`, 'run 0']);
    expect(trigger(id)).toMatchObject({
      PreviousFireTime: '2026-01-15T13:00:00.000Z',
      NextFireTime: '2026-01-15T14:00:00.000Z',
      TimesTriggered: 1,
      State: 'WAITING',
    });
    expect(await apex.fireDue()).toBe(0);
  });

  test('a job scheduled by another user runs as that user', async () => {
    const { apex, clock, names, org, trigger } = await host(() => START);
    const other = org.seeded.automatedProcessUserId;
    const id = String(await apex.run((tx) => tx.callStatic('Schedules', 'hourly'), { userId: other }));
    expect(trigger(id).OwnerId).toBe(other);
    clock.advanceBy(HOUR);
    await apex.fireDue();
    await apex.idle();
    expect(names().map((r) => r.Name)).toContain(`tick ${other}`);
  });

  test('POST /__clock moves the clock forward only, fires what is due and can wait for its Queueables', async () => {
    const { apex, clock, names } = await host(() => START);
    await apex.run((tx) => tx.callStatic('Schedules', 'hourly'));
    await expect(moveClock(clock, apex, { advanceMs: -1 })).rejects.toThrow(/only moves forward/);
    await expect(moveClock(clock, apex, { to: '2026-01-15T12:00:00Z' })).rejects.toThrow(/already/);
    await expect(moveClock(clock, apex, { to: 'tomorrow' })).rejects.toThrow(/ISO date-time/);
    expect(await moveClock(clock, apex, { to: '2026-01-15T12:59:59Z' })).toMatchObject({ fired: 0 });
    const moved = await moveClock(clock, apex, { advanceMs: 1000, wait: true });
    expect(moved).toEqual({ now: '2026-01-15T13:00:00.000Z', speed: 1, fired: 1 });
    expect(names().map((r) => r.Name)).toContain('run 0');
  });

  test('a trigger restored without its Schedulable instance is reported once and never fired', async () => {
    const { apex, org, logged } = await host(() => START);
    await org.store.insert('CronTrigger', {
      Id: ApexId.of('08e000000000999'),
      CronExpression: '0 0 * * * ?',
      NextFireTime: ApexDatetime.fromInstant(START - HOUR),
      State: 'WAITING',
      TimesTriggered: 0,
      OwnerId: ApexId.of(org.seeded.adminUserId),
    });
    expect(await apex.fireDue()).toBe(0);
    expect(await apex.fireDue()).toBe(0);
    expect(logged.filter((l) => l.includes('schedule it again'))).toHaveLength(1);
  });

  test('a clock that jumps past several fire times fires the job once, then schedules after now', async () => {
    const { apex, clock, names, trigger } = await host(() => START);
    const id = String(await apex.run((tx) => tx.callStatic('Schedules', 'hourly')));
    clock.advanceBy(5 * HOUR);
    expect(await apex.fireDue()).toBe(1);
    await apex.idle();
    expect(names().filter((r) => String(r.Name).startsWith('tick'))).toHaveLength(1);
    expect(trigger(id)).toMatchObject({ NextFireTime: '2026-01-15T18:00:00.000Z', TimesTriggered: 1 });
  });

  test('an aborted job never fires; a failing job is rolled back, logged, and fires again next time', async () => {
    const { apex, clock, names, trigger, logged } = await host(() => START);
    const hourly = String(await apex.run((tx) => tx.callStatic('Schedules', 'hourly')));
    await apex.run((tx) => tx.callStatic('Schedules', 'stop', [hourly]));
    const broken = String(await apex.run((tx) => tx.callStatic('Schedules', 'broken')));
    clock.advanceBy(HOUR);
    expect(await apex.fireDue()).toBe(1);
    expect(names()).toEqual([]);
    expect(logged.join('\n')).toMatch(/scheduled job .* failed: System.NullPointerException/);
    expect(trigger(broken)).toMatchObject({ TimesTriggered: 1, NextFireTime: '2026-01-15T13:30:00.000Z' });
    clock.advanceBy(HOUR);
    expect(await apex.fireDue()).toBe(1);
    expect(trigger(broken)).toMatchObject({ TimesTriggered: 2 });
  });

  test('a delayed Queueable chain that crosses a fire time lets the scheduled job fire at its time', async () => {
    const { apex, names } = await host(() => Date.parse('2026-01-15T12:52:00Z'));
    await apex.run((tx) => tx.callStatic('Schedules', 'hourly'));
    await apex.run((tx) => tx.callStatic('Calls', 'start'));
    await apex.idle();
    const at = (n: string) => Number(names().find((r) => r.Name === n)?.Description);
    const tick = names().find((r) => String(r.Name).startsWith('tick'));
    expect(tick).toBeDefined();
    expect(Number(tick?.Description)).toBe(Date.parse('2026-01-15T13:00:00Z'));
    expect(at('run 1')).toBe(Date.parse('2026-01-15T12:57:00Z'));
  });

  test('with scheduledJobs: manual only fireDue fires', async () => {
    const { apex, names, clock } = await host(() => Date.parse('2026-01-15T12:52:00Z'), 'manual');
    await apex.run((tx) => tx.callStatic('Schedules', 'hourly'));
    await apex.run((tx) => tx.callStatic('Calls', 'start'));
    await apex.idle();
    expect(names().filter((r) => String(r.Name).startsWith('tick'))).toEqual([]);
    expect(clock.now()).toBe(Date.parse('2026-01-15T13:02:00Z'));
    expect(await apex.fireDue()).toBe(1);
  });
});

test('the clock: sped up, advanced by tests, never backward', () => {
  let real = 1_000_000;
  const clock = new WorkbenchClock(() => real, 60);
  real += 1000;
  expect(clock.now()).toBe(1_000_000 + 60_000);
  clock.advanceBy(5000);
  clock.advanceTo(0);
  expect(clock.now()).toBe(1_000_000 + 65_000);
  expect(() => clock.advanceBy(-1)).toThrow(/only moves forward/);
  const frozen = new WorkbenchClock(() => real, 0);
  real += 10_000;
  expect(frozen.now()).toBe(1_001_000);
});
