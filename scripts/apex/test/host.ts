/**
 * The test context of one Apex test method: async jobs and platform events are queued, then run
 * at `Test.stopTest()` (jobs: the first level only, each once; scheduled jobs: `execute` once,
 * the cron time ignored) and events delivered at `Test.getEventBus().deliver()` or `stopTest`
 * (apex-semantics §8.2, §11). Scheduled jobs are visible as `CronTrigger` / `CronJobDetail` rows.
 */
import { ApexError } from '../lang/errors';
import { ApexDatetime } from '../lang/temporal';
import { ApexId } from '../lang/id';
import type { Ctx } from '../interp/native';
import type { Transaction } from '../interp/transaction';
import type { ApexSObject } from '../interp/values';
import type { RecordStore } from '../org/model';
import { runQueueable, runScheduled, type AsyncHost, type AsyncJob } from '../system/async';
import type { EventHost } from '../system/eventbus';
import type { TestControl } from '../system/test';

/** Delivers events to their `after insert` triggers (the runner runs the triggers). */
export type EventDelivery = (ctx: Ctx, objectName: string, events: ApexSObject[]) => Promise<void>;

/**
 * A job runs as its own transaction would: nothing uncommitted before it, fresh limits for it.
 * (Statics are shared with the test method, as they are when an org runs a test's async work.)
 */
async function asJob(ctx: Ctx, run: () => Promise<unknown>): Promise<void> {
  const tx = ctx.tx as Transaction;
  const before = tx.limits.snapshot();
  tx.limits.reset();
  tx.hasUncommittedWork = false;
  try {
    await run();
  } finally {
    tx.limits.restore(before);
    tx.hasUncommittedWork = false;
  }
}

export class TestHost implements AsyncHost, EventHost, TestControl {
  private jobs: AsyncJob[] = [];
  private readonly scheduled = new Map<string, { job: AsyncJob; detailId: string }>();
  private events: ApexSObject[] = [];
  private runningAsync = false;
  fixedSearchResults: string[] | null = null;

  constructor(
    private readonly store: RecordStore,
    private readonly deliver: EventDelivery,
    private readonly userId: () => string,
  ) {}

  enqueue(_ctx: Ctx, job: AsyncJob): void {
    // Inside a test, a queued job's own enqueue cannot run: Salesforce refuses the chain.
    if (this.runningAsync)
      throw new ApexError('System.AsyncException', 'Maximum stack depth has been reached.');
    this.jobs.push(job);
  }

  async schedule(_ctx: Ctx, job: AsyncJob): Promise<void> {
    const detailId = this.store.newId('CronJobDetail');
    await this.store.insert('CronJobDetail', {
      Id: ApexId.of(detailId),
      Name: job.name ?? null,
      JobType: '7',
    });
    const next =
      job.nextFireMs === null || job.nextFireMs === undefined
        ? null
        : ApexDatetime.fromInstant(job.nextFireMs);
    await this.store.insert('CronTrigger', {
      Id: ApexId.of(job.id),
      CronJobDetailId: ApexId.of(detailId),
      CronExpression: job.cron ?? null,
      NextFireTime: next,
      State: 'WAITING',
      TimesTriggered: 0,
      OwnerId: ApexId.of(this.userId()),
    });
    this.scheduled.set(job.id, { job, detailId });
  }

  async abort(_ctx: Ctx, id: string): Promise<boolean> {
    const key = ApexId.isValid(id) ? ApexId.of(id).value : id;
    const s = this.scheduled.get(key);
    if (s) {
      this.scheduled.delete(key);
      await this.store.delete('CronTrigger', key);
      await this.store.delete('CronJobDetail', s.detailId);
      return true;
    }
    const before = this.jobs.length;
    this.jobs = this.jobs.filter((j) => j.id !== key);
    return this.jobs.length !== before;
  }

  published(_ctx: Ctx, events: ApexSObject[]): void {
    this.events.push(...events);
  }

  async deliverEvents(ctx: Ctx): Promise<void> {
    while (this.events.length) {
      const batch = this.events;
      this.events = [];
      const byObject = new Map<string, ApexSObject[]>();
      for (const e of batch) byObject.set(e.type, [...(byObject.get(e.type) ?? []), e]);
      for (const [objectName, events] of byObject) {
        for (let i = 0; i < events.length; i += 2000)
          await this.deliver(ctx, objectName, events.slice(i, i + 2000));
      }
    }
  }

  async stopTest(ctx: Ctx): Promise<void> {
    await this.deliverEvents(ctx);
    const scheduled = [...this.scheduled.values()].map((s) => s.job);
    const jobs = this.jobs;
    this.jobs = [];
    this.runningAsync = true;
    try {
      for (const job of scheduled) await asJob(ctx, () => runScheduled(ctx, job));
      for (const job of jobs) await asJob(ctx, () => runQueueable(ctx, job));
    } finally {
      this.runningAsync = false;
    }
    await this.deliverEvents(ctx);
  }
}
