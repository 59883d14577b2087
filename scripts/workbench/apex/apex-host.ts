/**
 * Apex transactions of the workbench, one at a time over the local org: a call (or a UI API write)
 * runs in a transaction as the signed-in user; an uncaught exception rolls its DML back. After it,
 * platform events are delivered to their triggers (each delivery its own transaction, as the
 * Automated Process user; `PublishImmediately` events even when the call failed), then the
 * Queueables it enqueued run, each in its own transaction with async limits and its finalizer, a
 * chained job after its delay on the workbench clock. `System.schedule` keeps CronTrigger rows with
 * their next fire time; a job fires when the workbench clock reaches it (`fireDue`, called by the
 * scheduler timer, `POST /__clock`, and — with `scheduledJobs: 'auto'` — when the clock jumps to a
 * delayed Queueable past a fire time), as the user who scheduled it, and the Queueables it enqueues
 * run as any others.
 */
import { ApexId } from '../../apex/lang/id';
import { ApexDatetime } from '../../apex/lang/temporal';
import type { Ctx } from '../../apex/interp/native';
import type { ApexRuntime, RuntimeTransaction } from '../../apex/interp/runtime';
import type { ApexSObject } from '../../apex/interp/values';
import { attachServices } from '../../apex/system/services';
import {
  attachAsyncHost,
  runQueueable,
  runScheduled,
  type AsyncHost,
  type AsyncJob,
} from '../../apex/system/async';
import { attachEventHost, type EventHost } from '../../apex/system/eventbus';
import { runTriggers } from '../../apex/system/triggers';
import type { CalloutTransport } from '../../apex/system/services-tx';
import type { LocalOrg } from '../../apex/org/org';
import type { WorkbenchClock } from './clock';
import { ScheduledJobs, type DueTrigger } from './scheduled-jobs';

const TIME_ZONE = 'America/Los_Angeles';
const MINUTE = 60_000;

interface Pending {
  jobs: AsyncJob[];
  events: { event: ApexSObject; immediate: boolean }[];
}

export interface ApexHostOptions {
  runtime: ApexRuntime;
  org: LocalOrg;
  clock: WorkbenchClock;
  transport?: CalloutTransport;
  /** Called after every committed transaction (persistence). */
  onCommit?: () => void;
  /** Where an async job's uncaught exception is reported (the server log). */
  log?: (line: string) => void;
  /**
   * `auto` (default): scheduled jobs also fire when the clock jumps past their fire time to run a
   * delayed Queueable. `manual`: only `fireDue()` fires them (tests that must not see a job fire).
   */
  scheduledJobs?: 'auto' | 'manual';
}

type Quiddity = 'AURA' | 'QUEUEABLE' | 'SCHEDULED';

export class ApexHost {
  private lock: Promise<unknown> = Promise.resolve();
  private queue: { job: AsyncJob; dueMs: number }[] = [];
  private draining: Promise<void> | null = null;
  private requests = 0;
  private readonly scheduled: ScheduledJobs;
  private firing: Promise<number> = Promise.resolve(0);
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly o: ApexHostOptions) {
    this.scheduled = new ScheduledJobs(o.org, TIME_ZONE, (line) => o.log?.(line));
  }

  get userId(): string {
    return this.o.org.seeded.adminUserId;
  }

  /**
   * Runs `body` in a new transaction (serialised with every other one); commits when it returns,
   * rolls back when it throws. Queued jobs start after it, without being awaited (see `idle()`).
   */
  run<T>(
    body: (tx: RuntimeTransaction) => Promise<T>,
    opts: { async?: boolean; userId?: string; quiddity?: Quiddity } = {},
  ): Promise<T> {
    const next = this.lock.then(() => this.transaction(body, opts));
    this.lock = next.catch(() => undefined);
    return next.finally(() => this.kick());
  }

  /** Resolves when no job is queued or running (tests and the benchmark wait on it). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
    await this.firing;
    await this.lock;
    if (this.draining) return this.idle();
  }

  /**
   * Fires every scheduled job whose next fire time is at or before the workbench clock, oldest
   * first, each in its own transaction as its owner; resolves with how many fired (their
   * Queueables are queued, see `idle()`). Calls are serialised, so a job never fires twice.
   */
  fireDue(): Promise<number> {
    const next = this.firing.then(() => this.fireUntil(this.o.clock.now()));
    this.firing = next.catch(() => 0);
    return next;
  }

  /** Checks for due scheduled jobs every `intervalMs` of real time until `stopScheduler()`. */
  startScheduler(intervalMs: number): void {
    this.stopScheduler();
    this.timer = setInterval(() => {
      this.fireDue().catch((e: unknown) => this.o.log?.(`apex: scheduler: ${describe(e)}`));
    }, intervalMs);
    this.timer.unref();
  }

  stopScheduler(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
  }

  private async fireUntil(untilMs: number): Promise<number> {
    let fired = 0;
    for (let due = this.scheduled.nextDue(untilMs); due; due = this.scheduled.nextDue(untilMs)) {
      await this.fire(due);
      fired++;
    }
    return fired;
  }

  /** Moves the trigger to its next fire time, then runs the job (its failure is only logged, as in an org). */
  private async fire(due: DueTrigger): Promise<void> {
    const store = this.o.org.store;
    await this.run(async () => {
      const row = await store.get(due.id);
      const times = typeof row?.TimesTriggered === 'number' ? row.TimesTriggered : 0;
      await store.update('CronTrigger', due.id, this.scheduled.fired(due, this.o.clock.now(), times));
    });
    try {
      await this.run((tx) => runScheduled(tx.engine, due.job), {
        async: true,
        userId: due.ownerId,
        quiddity: 'SCHEDULED',
      });
    } catch (e) {
      this.o.log?.(`apex: scheduled job ${due.id} (${due.job.name ?? ''}) failed: ${describe(e)}`);
    }
  }

  private async transaction<T>(
    body: (tx: RuntimeTransaction) => Promise<T>,
    opts: { async?: boolean; userId?: string; quiddity?: Quiddity },
  ): Promise<T> {
    const { org } = this.o;
    const pending: Pending = { jobs: [], events: [] };
    const quiddity = opts.quiddity ?? (opts.async ? 'QUEUEABLE' : 'AURA');
    const tx = this.open(pending, opts.async ?? false, opts.userId ?? this.userId, quiddity);
    const start = await org.store.savepoint();
    let result: T;
    try {
      result = await body(tx);
    } catch (e) {
      await org.store.rollback(start);
      org.store.commit();
      await this.deliver(pending.events.filter((p) => p.immediate).map((p) => p.event));
      throw e;
    }
    org.store.commit();
    this.o.onCommit?.();
    const now = this.o.clock.now();
    for (const job of pending.jobs) this.queue.push({ job, dueMs: now + job.delayMinutes * MINUTE });
    await this.deliver(pending.events.map((p) => p.event));
    return result;
  }

  private open(pending: Pending, isAsync: boolean, userId: string, quiddity: Quiddity): RuntimeTransaction {
    const { org, runtime, clock } = this.o;
    const tx = runtime.transaction({
      async: isAsync,
      org: { id: org.seeded.orgId, name: 'Workbench local org', myDomain: 'workbench' },
    });
    tx.requestId = `workbench-${++this.requests}`;
    tx.quiddity = quiddity;
    tx.calloutTransport = this.o.transport;
    attachServices(tx, {
      schema: org.metadata.schema,
      store: org.store,
      userId: () => userId,
      access: () => org.accessFor(userId),
      timeZone: () => TIME_ZONE,
      locale: () => 'en_US',
      now: () => clock.now(),
      orgId: org.seeded.orgId,
    });
    const schema = org.metadata.schema;
    const asyncHost: AsyncHost = {
      enqueue: (_ctx: Ctx, job: AsyncJob) => void pending.jobs.push(job),
      schedule: (_ctx: Ctx, job: AsyncJob) => this.scheduleJob(job, userId),
      abort: (_ctx: Ctx, id: string) => this.abort(id, pending),
    };
    const eventHost: EventHost = {
      published: (_ctx: Ctx, events: ApexSObject[]) => {
        for (const event of events) {
          const immediate = schema.object(event.type)?.publishBehavior === 'PublishImmediately';
          pending.events.push({ event, immediate });
        }
      },
    };
    attachAsyncHost(tx, asyncHost);
    attachEventHost(tx, eventHost);
    return tx;
  }

  private async scheduleJob(job: AsyncJob, userId: string): Promise<void> {
    const store = this.o.org.store;
    const detailId = store.newId('CronJobDetail');
    await store.insert('CronJobDetail', { Id: ApexId.of(detailId), Name: job.name ?? null, JobType: '7' });
    await store.insert('CronTrigger', {
      Id: ApexId.of(job.id),
      CronJobDetailId: ApexId.of(detailId),
      CronExpression: job.cron ?? null,
      NextFireTime: job.nextFireMs == null ? null : ApexDatetime.fromInstant(job.nextFireMs),
      State: 'WAITING',
      TimesTriggered: 0,
      OwnerId: ApexId.of(userId),
    });
    this.scheduled.remember(job);
  }

  private async abort(id: string, pending: Pending): Promise<boolean> {
    const key = ApexId.isValid(id) ? ApexId.of(id).value : id;
    const store = this.o.org.store;
    const trigger = await store.get(key);
    if (trigger && store.objectOf(key) === 'CronTrigger') {
      await store.delete('CronTrigger', key);
      const detail = trigger.CronJobDetailId;
      if (detail instanceof ApexId) await store.delete('CronJobDetail', detail.value);
      this.scheduled.forget(key);
      return true;
    }
    const before = this.queue.length + pending.jobs.length;
    this.queue = this.queue.filter((q) => q.job.id !== key);
    pending.jobs = pending.jobs.filter((j) => j.id !== key);
    return this.queue.length + pending.jobs.length !== before;
  }

  /** Event triggers run after the publishing transaction, as the Automated Process user. */
  private async deliver(events: ApexSObject[]): Promise<void> {
    const byObject = new Map<string, ApexSObject[]>();
    for (const e of events) byObject.set(e.type, [...(byObject.get(e.type) ?? []), e]);
    for (const [objectName, batch] of byObject) {
      try {
        await this.transaction((tx) => runTriggers(tx, objectName, 'after insert', batch, null), {
          userId: this.o.org.seeded.automatedProcessUserId,
        });
      } catch (e) {
        this.o.log?.(`apex: ${objectName} event trigger failed: ${describe(e)}`);
      }
    }
  }

  private kick(): void {
    if (this.draining || this.queue.length === 0) return;
    this.draining = this.drain().finally(() => {
      this.draining = null;
      this.kick();
    });
  }

  /** Runs due jobs in order; when only delayed ones are left, the workbench clock moves to the next. */
  private async drain(): Promise<void> {
    while (this.queue.length) {
      this.queue.sort((a, b) => a.dueMs - b.dueMs);
      // A scheduled job due before the next queued one fires first, at its own time on the clock.
      const scheduled =
        this.o.scheduledJobs === 'manual' ? undefined : this.scheduled.nextDue(this.queue[0].dueMs);
      if (scheduled) {
        this.o.clock.advanceTo(scheduled.fireMs);
        await this.fireDue();
        continue;
      }
      const next = this.queue.shift() as { job: AsyncJob; dueMs: number };
      this.o.clock.advanceTo(next.dueMs);
      const store = this.o.org.store;
      const outcome = await this.run(
        async (tx) => {
          const start = await store.savepoint();
          // A failed job's work is rolled back as in an org; its finalizer runs after that.
          return runQueueable(tx.engine, next.job, () => store.rollback(start));
        },
        { async: true },
      );
      if (outcome.error) this.o.log?.(`apex: queueable ${next.job.id} failed: ${describe(outcome.error)}`);
    }
  }
}

function describe(e: unknown): string {
  const ex = (e as { exception?: { info?: { name?: string }; message?: string | null } }).exception;
  if (ex) return `${ex.info?.name ?? 'Exception'}: ${ex.message ?? ''}`;
  return e instanceof Error ? e.message : String(e);
}
