/**
 * Queueable, Finalizer and Schedulable Apex: `System.enqueueJob`, `System.AsyncOptions`,
 * `System.AsyncInfo`, `System.attachFinalizer`, `System.schedule`, `System.abortJob`, and the job
 * contexts. When a job runs is the host's decision (`AsyncHost`): the Apex test runner runs them at
 * `Test.stopTest()`, the workbench on its queue and clock. How a job runs is the same everywhere:
 * {@link runQueueable} / {@link runScheduled}.
 */
import { ApexError, NotSupportedError } from '../lang/errors';
import { ApexId } from '../lang/id';
import type { Ctx, NativeClass } from '../interp/native';
import type { Transaction } from '../interp/transaction';
import { ApexThrow } from '../interp/exception-object';
import { ApexEnumValue, NativeObject, type ApexValue } from '../interp/values';
import { parseCron, nextFireTime } from './cron';
import { services } from './services';

export interface AsyncJob {
  /** `AsyncApexJob` Id (`707…`) for queueables, `CronTrigger` Id (`08e…`) for scheduled jobs. */
  id: string;
  kind: 'queueable' | 'scheduled';
  /** The Queueable or Schedulable instance. */
  target: ApexValue;
  delayMinutes: number;
  /** Queueable stack depth the job runs at: 1 for a job enqueued outside a queueable. */
  depth: number;
  maxDepth: number | null;
  /** Scheduled jobs: name, cron expression, next fire time (epoch ms). */
  name?: string;
  cron?: string;
  nextFireMs?: number | null;
}

/** Who decides when jobs run. */
export interface AsyncHost {
  enqueue(ctx: Ctx, job: AsyncJob): void;
  schedule(ctx: Ctx, job: AsyncJob): Promise<void>;
  /** `System.abortJob`: false when no such job is known. */
  abort(ctx: Ctx, id: string): Promise<boolean>;
}

interface RunningJob {
  job: AsyncJob;
  finalizer: ApexValue;
}

type ServiceTx = Transaction & { services: Map<string, unknown> };

const HOST = 'async.host';
const RUNNING = 'async.running';

export function attachAsyncHost(tx: ServiceTx, host: AsyncHost): void {
  tx.services.set(HOST, host);
}

function txOf(ctx: Ctx): ServiceTx {
  return ctx.tx as ServiceTx;
}

function host(ctx: Ctx): AsyncHost {
  const h = txOf(ctx).services.get(HOST) as AsyncHost | undefined;
  if (!h) throw new NotSupportedError('asynchronous Apex in a transaction without a job queue');
  return h;
}

function running(ctx: Ctx): RunningJob | undefined {
  return txOf(ctx).services.get(RUNNING) as RunningJob | undefined;
}

let jobCounter = 0;
/** Ids of async jobs and cron triggers (not records of the store: the host keeps them). */
export function newJobId(prefix: '707' | '08e'): string {
  jobCounter++;
  const base = prefix + '0'.repeat(12 - String(jobCounter).length) + String(jobCounter);
  return ApexId.of(base.slice(0, 15)).value;
}

interface OptionsPayload {
  minimumDelay: number | null;
  maxDepth: number | null;
  duplicateSignature: ApexValue;
}

function delayOf(v: ApexValue): number {
  if (typeof v !== 'number') throw new ApexError('System.AsyncException', 'The delay must be an Integer');
  if (v < 0 || v > 10) {
    throw new ApexError('System.AsyncException', 'The delay must be between 0 and 10 minutes');
  }
  return v;
}

async function enqueueJob(ctx: Ctx, args: ApexValue[]): Promise<ApexValue> {
  const [target, second] = args;
  if (target === null || target === undefined) {
    throw new ApexError('System.NullPointerException', 'Argument cannot be null.');
  }
  if (!ctx.isInstance(target, { name: 'System.Queueable' })) {
    throw new ApexError('System.TypeException', 'enqueueJob expects a System.Queueable');
  }
  let delay = 0;
  let maxDepth: number | null = running(ctx)?.job.maxDepth ?? null;
  if (second instanceof NativeObject && second.className === 'System.AsyncOptions') {
    const o = second.payload as OptionsPayload;
    if (o.duplicateSignature !== null) throw new NotSupportedError('AsyncOptions.DuplicateSignature');
    delay = o.minimumDelay === null ? 0 : delayOf(o.minimumDelay);
    if (o.maxDepth !== null) maxDepth = o.maxDepth;
  } else if (second !== undefined && second !== null) {
    delay = delayOf(second);
  }
  const depth = (running(ctx)?.job.depth ?? 0) + 1;
  if (maxDepth !== null && depth > maxDepth) {
    throw new ApexError('System.AsyncException', 'Maximum stack depth has been reached.');
  }
  const tx = txOf(ctx);
  tx.limits.count('queueableJobs');
  tx.hasUncommittedWork = true;
  const job: AsyncJob = {
    id: newJobId('707'),
    kind: 'queueable',
    target,
    delayMinutes: delay,
    depth,
    maxDepth,
  };
  host(ctx).enqueue(ctx, job);
  return ApexId.of(job.id);
}

async function schedule(ctx: Ctx, args: ApexValue[]): Promise<ApexValue> {
  const [name, cron, target] = args;
  if (typeof name !== 'string' || typeof cron !== 'string' || target === null || target === undefined) {
    throw new ApexError('System.NullPointerException', 'Argument cannot be null.');
  }
  if (!ctx.isInstance(target, { name: 'System.Schedulable' })) {
    throw new ApexError('System.TypeException', 'System.schedule expects a System.Schedulable');
  }
  const parsed = parseCron(cron);
  const s = services(ctx);
  const job: AsyncJob = {
    id: newJobId('08e'),
    kind: 'scheduled',
    target,
    delayMinutes: 0,
    depth: 0,
    maxDepth: null,
    name,
    cron,
    nextFireMs: nextFireTime(parsed, s.now(), s.timeZone()),
  };
  await host(ctx).schedule(ctx, job);
  txOf(ctx).hasUncommittedWork = true;
  return ApexId.of(job.id);
}

/** The Apex exception a job ended with, as `FinalizerContext.getException()` returns it. */
function exceptionValue(ctx: Ctx, err: unknown): ApexValue {
  if (err instanceof ApexThrow) return err.exception;
  const engine = ctx as unknown as { exceptionFromError?: (e: ApexError) => ApexValue };
  if (err instanceof ApexError && engine.exceptionFromError) return engine.exceptionFromError(err);
  return null;
}

/**
 * Runs one queueable in the transaction of `ctx` (the host opened it with async limits), then its
 * finalizer. A NotSupportedError is never swallowed: it surfaces to the host.
 */
export async function runQueueable(
  ctx: Ctx,
  job: AsyncJob,
  /** Called when `execute` failed, before the finalizer: a host that can, rolls the job's work back here. */
  onFailure?: () => Promise<void>,
): Promise<{ error: unknown }> {
  const tx = txOf(ctx);
  const run: RunningJob = { job, finalizer: null };
  const outer = tx.services.get(RUNNING);
  tx.services.set(RUNNING, run);
  let error: unknown = null;
  try {
    await ctx.callMethod(job.target, 'execute', [
      new NativeObject('System.QueueableContext', { jobId: job.id }),
    ]);
  } catch (e) {
    if (e instanceof NotSupportedError) throw e;
    error = e;
  } finally {
    tx.services.set(RUNNING, outer);
  }
  if (error && onFailure) await onFailure();
  if (run.finalizer !== null) {
    const result = new ApexEnumValue(
      'System.ParentJobResult',
      error ? 'UNHANDLED_EXCEPTION' : 'SUCCESS',
      error ? 1 : 0,
    );
    const fc = new NativeObject('System.FinalizerContext', {
      jobId: job.id,
      result,
      exception: error ? exceptionValue(ctx, error) : null,
    });
    tx.services.set(RUNNING, { job: { ...job, depth: job.depth }, finalizer: null });
    try {
      await ctx.callMethod(run.finalizer, 'execute', [fc]);
    } finally {
      tx.services.set(RUNNING, outer);
    }
  }
  return { error };
}

/** Runs a scheduled job's `execute(SchedulableContext)` once. */
export async function runScheduled(ctx: Ctx, job: AsyncJob): Promise<void> {
  await ctx.callMethod(job.target, 'execute', [
    new NativeObject('System.SchedulableContext', { triggerId: job.id }),
  ]);
}

const idOf = (self: unknown, key: 'jobId' | 'triggerId'): ApexValue =>
  ApexId.of((self as Record<string, string>)[key]);

export const ASYNC_CLASSES: NativeClass[] = [
  {
    name: 'System',
    namespace: 'System',
    statics: {
      enqueuejob: (ctx, _s, args) => enqueueJob(ctx, args),
      schedule: (ctx, _s, args) => schedule(ctx, args),
      abortjob: async (ctx, _s, [id]) => {
        if (id === null || id === undefined)
          throw new ApexError('System.NullPointerException', 'Argument cannot be null.');
        const known = await host(ctx).abort(ctx, ctx.toApexString(id));
        if (!known) throw new ApexError('System.StringException', `Invalid id: ${ctx.toApexString(id)}`);
        return null;
      },
      attachfinalizer: (ctx, _s, [finalizer]) => {
        const run = running(ctx);
        if (!run)
          throw new ApexError('System.AsyncException', 'Finalizers can only be attached within a Queueable');
        if (run.finalizer !== null) {
          throw new ApexError(
            'System.AsyncException',
            'A Finalizer has already been attached to this Queueable',
          );
        }
        run.finalizer = finalizer ?? null;
        return null;
      },
    },
  },
  {
    name: 'AsyncOptions',
    namespace: 'System',
    construct: () =>
      new NativeObject<OptionsPayload>('System.AsyncOptions', {
        minimumDelay: null,
        maxDepth: null,
        duplicateSignature: null,
      }),
    props: {
      minimumqueueabledelayinminutes: (_c, self) => (self as OptionsPayload).minimumDelay,
      maximumqueueablestackdepth: (_c, self) => (self as OptionsPayload).maxDepth,
      duplicatesignature: (_c, self) => (self as OptionsPayload).duplicateSignature,
    },
    setProps: {
      minimumqueueabledelayinminutes: (_c, self, v) => {
        (self as OptionsPayload).minimumDelay = v === null ? null : delayOf(v);
      },
      maximumqueueablestackdepth: (_c, self, v) => {
        if (v !== null && (typeof v !== 'number' || v < 2)) {
          throw new ApexError('System.AsyncException', 'The maximum stack depth must be at least 2');
        }
        (self as OptionsPayload).maxDepth = v;
      },
      duplicatesignature: (_c, self, v) => {
        (self as OptionsPayload).duplicateSignature = v;
      },
    },
  },
  {
    name: 'AsyncInfo',
    namespace: 'System',
    statics: {
      getcurrentqueueablestackdepth: (ctx) => running(ctx)?.job.depth ?? 0,
      getmaximumqueueablestackdepth: (ctx) => running(ctx)?.job.maxDepth ?? null,
      hasmaxstackdepth: (ctx) => (running(ctx)?.job.maxDepth ?? null) !== null,
      getminimumqueueabledelayinminutes: (ctx) => running(ctx)?.job.delayMinutes ?? null,
    },
  },
  { name: 'ParentJobResult', namespace: 'System', enumValues: ['SUCCESS', 'UNHANDLED_EXCEPTION'] },
  { name: 'QueueableContext', namespace: 'System', methods: { getjobid: (_c, self) => idOf(self, 'jobId') } },
  {
    name: 'SchedulableContext',
    namespace: 'System',
    methods: { gettriggerid: (_c, self) => idOf(self, 'triggerId') },
  },
  {
    name: 'FinalizerContext',
    namespace: 'System',
    methods: {
      getasyncapexjobid: (_c, self) => idOf(self, 'jobId'),
      getresult: (_c, self) => (self as { result: ApexValue }).result,
      getexception: (_c, self) => (self as { exception: ApexValue }).exception,
      getrequestid: (_c, self) => (self as { jobId: string }).jobId,
    },
  },
];
