/**
 * The workbench's scheduled Apex (`System.schedule`): the `CronTrigger` rows live in the local org
 * (so SOQL sees them, as in an org), the Schedulable instances live here. Which trigger is due on
 * the workbench clock, and how its row moves after a firing (NextFireTime, PreviousFireTime,
 * TimesTriggered), as the platform records it. A clock that jumped past several fire times fires
 * the job once (a misfire), then the next time after now.
 */
import { ApexId } from '../../apex/lang/id';
import { ApexDatetime } from '../../apex/lang/temporal';
import type { LocalOrg } from '../../apex/org/org';
import type { StoredRecord } from '../../apex/org/model';
import type { AsyncJob } from '../../apex/system/async';
import { nextFireTime, parseCron } from '../../apex/system/cron';

export interface DueTrigger {
  id: string;
  fireMs: number;
  ownerId: string;
  job: AsyncJob;
}

const WAITING = 'WAITING';

function instantOf(v: unknown): number | null {
  return v instanceof ApexDatetime ? v.instant : null;
}

export class ScheduledJobs {
  private readonly instances = new Map<string, AsyncJob>();
  /** Triggers restored from a saved org without their Schedulable instance (reported once). */
  private readonly orphans = new Set<string>();

  constructor(
    private readonly org: LocalOrg,
    private readonly timeZone: string,
    private readonly log: (line: string) => void = () => undefined,
  ) {}

  /** Keeps the instance of a job `System.schedule` just created (its row is inserted by the host). */
  remember(job: AsyncJob): void {
    this.instances.set(ApexId.of(job.id).value, job);
  }

  forget(id: string): void {
    this.instances.delete(id);
  }

  /** The earliest waiting trigger whose NextFireTime ≤ `untilMs`, or undefined. */
  nextDue(untilMs: number): DueTrigger | undefined {
    let best: DueTrigger | undefined;
    for (const row of this.org.store.scanSync('CronTrigger')) {
      const fireMs = instantOf(row.NextFireTime);
      if (fireMs === null || fireMs > untilMs || row.State !== WAITING) continue;
      const id = (row.Id as ApexId).value;
      const job = this.instances.get(id);
      if (!job) {
        if (!this.orphans.has(id)) {
          this.orphans.add(id);
          this.log(
            `apex: scheduled job ${id} (${String(row.CronExpression)}) was saved by an earlier workbench: ` +
              'its Schedulable instance is not kept across restarts, schedule it again to have it fire',
          );
        }
        continue;
      }
      if (!best || fireMs < best.fireMs) best = { id, fireMs, ownerId: (row.OwnerId as ApexId).value, job };
    }
    return best;
  }

  /** The row's changes after firing at `fireMs` with the clock at `nowMs`. */
  fired(trigger: DueTrigger, nowMs: number, timesTriggered: number): StoredRecord {
    const next = trigger.job.cron
      ? nextFireTime(parseCron(trigger.job.cron), Math.max(trigger.fireMs, nowMs), this.timeZone)
      : null;
    return {
      PreviousFireTime: ApexDatetime.fromInstant(trigger.fireMs),
      NextFireTime: next === null ? null : ApexDatetime.fromInstant(next),
      TimesTriggered: timesTriggered + 1,
      State: next === null ? 'COMPLETE' : WAITING,
    };
  }
}
