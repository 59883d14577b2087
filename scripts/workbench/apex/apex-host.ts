/**
 * Apex transactions of the workbench, one at a time over the local org: a call (or a UI API write)
 * runs in a transaction as the signed-in user; an uncaught exception rolls its DML back. After it,
 * platform events are delivered to their triggers (each delivery its own transaction, as the
 * Automated Process user; `PublishImmediately` events even when the call failed), then the
 * Queueables it enqueued run, each in its own transaction with async limits and its finalizer, a
 * chained job after its delay on the workbench clock. `System.schedule` keeps CronTrigger rows with
 * their next fire time (the workbench does not fire them on its own).
 */
import { ApexId } from '../../apex/lang/id';
import { ApexDatetime } from '../../apex/lang/temporal';
import type { Ctx } from '../../apex/interp/native';
import type { ApexRuntime, RuntimeTransaction } from '../../apex/interp/runtime';
import type { ApexSObject } from '../../apex/interp/values';
import { attachServices } from '../../apex/system/services';
import { attachAsyncHost, runQueueable, type AsyncHost, type AsyncJob } from '../../apex/system/async';
import { attachEventHost, type EventHost } from '../../apex/system/eventbus';
import { runTriggers } from '../../apex/system/triggers';
import type { CalloutTransport } from '../../apex/system/services-tx';
import type { LocalOrg } from '../../apex/org/org';
import type { WorkbenchClock } from './clock';

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
}

export class ApexHost {
  private lock: Promise<unknown> = Promise.resolve();
  private queue: { job: AsyncJob; dueMs: number }[] = [];
  private draining: Promise<void> | null = null;
  private requests = 0;

  constructor(private readonly o: ApexHostOptions) {}

  get userId(): string {
    return this.o.org.seeded.adminUserId;
  }

  /**
   * Runs `body` in a new transaction (serialised with every other one); commits when it returns,
   * rolls back when it throws. Queued jobs start after it, without being awaited (see `idle()`).
   */
  run<T>(
    body: (tx: RuntimeTransaction) => Promise<T>,
    opts: { async?: boolean; userId?: string } = {},
  ): Promise<T> {
    const next = this.lock.then(() => this.transaction(body, opts));
    this.lock = next.catch(() => undefined);
    return next.finally(() => this.kick());
  }

  /** Resolves when no job is queued or running (tests and the benchmark wait on it). */
  async idle(): Promise<void> {
    while (this.draining) await this.draining;
    await this.lock;
  }

  private async transaction<T>(
    body: (tx: RuntimeTransaction) => Promise<T>,
    opts: { async?: boolean; userId?: string },
  ): Promise<T> {
    const { org } = this.o;
    const pending: Pending = { jobs: [], events: [] };
    const tx = this.open(pending, opts.async ?? false, opts.userId ?? this.userId);
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

  private open(pending: Pending, isAsync: boolean, userId: string): RuntimeTransaction {
    const { org, runtime, clock } = this.o;
    const tx = runtime.transaction({
      async: isAsync,
      org: { id: org.seeded.orgId, name: 'Workbench local org', myDomain: 'workbench' },
    });
    tx.requestId = `workbench-${++this.requests}`;
    tx.quiddity = isAsync ? 'QUEUEABLE' : 'AURA';
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
  }

  private async abort(id: string, pending: Pending): Promise<boolean> {
    const key = ApexId.isValid(id) ? ApexId.of(id).value : id;
    const store = this.o.org.store;
    const trigger = await store.get(key);
    if (trigger && store.objectOf(key) === 'CronTrigger') {
      await store.delete('CronTrigger', key);
      const detail = trigger.CronJobDetailId;
      if (detail instanceof ApexId) await store.delete('CronJobDetail', detail.value);
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
