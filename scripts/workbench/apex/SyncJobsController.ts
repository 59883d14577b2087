/**
 * Workbench twin of `SyncJobsController` / `SyncJobService` (force-app/main/sync/classes): same DTO (typed by
 * the generated declarations), same validation and messages.
 *
 * - The schedule (the org's CronTrigger rows: Periodic, Daily at an hour) is one JSON row of the local org's
 *   `_workbench` key/value table (key `syncJobs`), so it survives a restart like a scheduled Apex job. The
 *   workbench has no scheduler clock: scheduled jobs show their next run but do not fire.
 * - Runs are `Sync_Run__c` records, as in the org; the status of each kind is its latest run.
 * - `runManual` really syncs, inline (the org queues a Queueable): it pages through the simulator's Engagement
 *   History (chat) and Messaging Interactions (closed conversations) searches for the window, maps each
 *   record with the shared `syncedValues` of SyncChatController.ts (the product's `conversationMapping`) and
 *   upserts Chat_Transcript__c rows by Conversation_Id__c, counting synced records and errors. A failed
 *   LivePerson call is written to the Event Log (Callout Error) and ends the run as Failed; a Sync Summary
 *   entry closes every run.
 */
import '../lwc-modules'; // `c/<name>` imports of the product modules, under plain tsx
import type getSyncJobs from '@salesforce/apex/SyncJobsController.getSyncJobs';
import type schedulePeriodic from '@salesforce/apex/SyncJobsController.schedulePeriodic';
import type scheduleDaily from '@salesforce/apex/SyncJobsController.scheduleDaily';
import type unschedule from '@salesforce/apex/SyncJobsController.unschedule';
import type runManual from '@salesforce/apex/SyncJobsController.runManual';
import type { SyncJobStatus, SyncJobsView } from 'apex-dtos';
import type { Channel } from '../../../lwc-ts/liveperson/conversationMapping/conversationMapping';
import { MESSAGING_CONTENT } from '../../../lwc-ts/liveperson/fieldCatalog/fieldCatalog';
import type { LocalOrg, SObject } from '../org/database';
import {
  LivePersonFailure,
  canConfigure,
  livePersonCall,
  type Credentials,
} from './AccountSettingsController';
import { AuraHandledException, handle, type ApexClassHandlers, type ApexContext } from './handler';
import { syncedValues, transcriptMappings } from './SyncChatController';

const SETTINGS = 'LiveEngage_Settings__c';
const TRANSCRIPT = 'Chat_Transcript__c';
const RUN = 'Sync_Run__c';
const SOURCE = 'LiveEngageForSF';
const STATE_KEY = 'syncJobs';
const HOUR_MS = 3600 * 1000;
const DAY_MS = 24 * HOUR_MS;
const PAGE_LIMIT = 100;
/** A guard against a runaway loop (100 pages of 100 records per channel). */
const MAX_PAGES = 100;

/** Messages shared with the Apex service (SyncJobService / AdminAccess). */
export const MESSAGES = {
  refused:
    'You do not have permission to configure LiveEngage. Ask a Salesforce administrator to assign you the ' +
    'LiveEngage Admin permission set (custom permission LiveEngage_Configure).',
  notActivated: 'Activate the account in Account Settings first.',
  hour: 'Choose an hour between 0 and 23 for the Daily sync.',
  kind: 'Only the Periodic and Daily sync jobs can be unscheduled.',
  windowRequired: 'Choose both a start time and an end time for the manual sync.',
  endAfterStart: 'The manual sync end time must be after its start time.',
  tooLong: 'The manual sync window is at most 30 days.',
  inFuture: 'The manual sync end time cannot be in the future.',
};

type Kind = 'Periodic' | 'Daily' | 'Manual';
const KINDS: Kind[] = ['Periodic', 'Daily', 'Manual'];

/** The scheduled jobs (the org's CronTrigger rows): Periodic, and Daily with its hour. */
interface Schedule {
  Periodic: { scheduled: boolean };
  Daily: { scheduled: boolean; hour?: number };
}

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

/** The schedule (one JSON row of `_workbench`). */
export async function loadSchedule(org: LocalOrg): Promise<Schedule> {
  const schedule: Schedule = { Periodic: { scheduled: false }, Daily: { scheduled: false } };
  const rows = await org.sql<{ value: string }>(`SELECT value FROM "_workbench" WHERE key = $1`, [STATE_KEY]);
  if (!rows[0]) return schedule;
  try {
    const stored = JSON.parse(rows[0].value) as Partial<Schedule>;
    if (stored.Periodic?.scheduled === true) schedule.Periodic.scheduled = true;
    if (stored.Daily?.scheduled === true && typeof stored.Daily.hour === 'number') {
      schedule.Daily = { scheduled: true, hour: stored.Daily.hour };
    }
  } catch {
    // an unreadable row counts as nothing scheduled
  }
  return schedule;
}

async function saveSchedule(org: LocalOrg, schedule: Schedule): Promise<void> {
  await org.sql(
    `INSERT INTO "_workbench" VALUES ($1, $2) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`,
    [STATE_KEY, JSON.stringify(schedule)],
  );
}

/** Stops the Periodic and Daily jobs (twin of `SyncJobService.stopScheduledJobs`, used by deactivation). */
export async function stopScheduledJobs(org: LocalOrg): Promise<number> {
  const schedule = await loadSchedule(org);
  const stopped = Number(schedule.Periodic.scheduled) + Number(schedule.Daily.scheduled);
  await saveSchedule(org, { Periodic: { scheduled: false }, Daily: { scheduled: false } });
  return stopped;
}

/** Next run of the Periodic job (cron `0 5 0/3 * * ?`: 00:05, 03:05, … 21:05, local time). */
export function nextPeriodicRun(now: number): string {
  const d = new Date(now);
  d.setHours(d.getHours() - (d.getHours() % 3), 5, 0, 0);
  while (d.getTime() <= now) d.setHours(d.getHours() + 3);
  return d.toISOString();
}

/** Next run of the Daily job (cron `0 0 <hour> * * ?`, local time). */
export function nextDailyRun(now: number, hour: number): string {
  const d = new Date(now);
  d.setHours(hour, 0, 0, 0);
  if (d.getTime() <= now) d.setDate(d.getDate() + 1);
  return d.toISOString();
}

/** The latest Sync_Run__c of a kind (twin of `SyncRunSelector.latestOfKind`). */
async function latestRun(org: LocalOrg, kind: Kind): Promise<SObject | undefined> {
  const rows = await org.query(RUN, { where: { Kind__c: kind }, orderBy: 'CreatedDate DESC', limit: 1 });
  return rows[0];
}

/** Twin of `SyncJobService.getView`: users without LiveEngage_Configure learn only the activation. */
export async function jobsView(ctx: ApexContext, now = Date.now()): Promise<SyncJobsView> {
  const s = await ctx.org.getSetting(SETTINGS);
  const view: SyncJobsView = {
    activated: s.Activated__c === true,
    canConfigure: canConfigure(ctx),
    jobs: [],
  };
  if (!view.canConfigure) return view;
  const schedule = await loadSchedule(ctx.org);
  for (const kind of KINDS) {
    const status: SyncJobStatus = { kind, scheduled: false };
    if (kind === 'Periodic' && schedule.Periodic.scheduled) {
      status.scheduled = true;
      status.nextRun = nextPeriodicRun(now);
    }
    if (kind === 'Daily' && schedule.Daily.scheduled && schedule.Daily.hour !== undefined) {
      status.scheduled = true;
      status.hour = schedule.Daily.hour;
      status.nextRun = nextDailyRun(now, schedule.Daily.hour);
    }
    const run = await latestRun(ctx.org, kind);
    if (run) {
      status.lastRun = str(run.Started_At__c) || str(run.CreatedDate);
      status.lastStatus = str(run.Status__c);
      status.lastSynced = Number(run.Conversations_Synced__c ?? 0);
      status.lastErrors = Number(run.Errors__c ?? 0);
      if (run.Window_Start__c) status.windowStart = str(run.Window_Start__c);
      if (run.Window_End__c) status.windowEnd = str(run.Window_End__c);
    }
    view.jobs!.push(status);
  }
  return view;
}

/** Refused without LiveEngage_Configure or before activation (twin of the Apex service's checks). */
async function requireActivated(ctx: ApexContext): Promise<SObject> {
  if (!canConfigure(ctx)) throw new AuraHandledException(MESSAGES.refused);
  const s = await ctx.org.getSetting(SETTINGS);
  if (s.Activated__c !== true) throw new AuraHandledException(MESSAGES.notActivated);
  return s;
}

/** Twin of the Apex window check; returns the window in epoch ms. */
export function validateWindow(
  startTime: string | undefined,
  endTime: string | undefined,
  now = Date.now(),
): { from: number; to: number } {
  const from = startTime ? Date.parse(startTime) : NaN;
  const to = endTime ? Date.parse(endTime) : NaN;
  if (Number.isNaN(from) || Number.isNaN(to)) throw new AuraHandledException(MESSAGES.windowRequired);
  if (to <= from) throw new AuraHandledException(MESSAGES.endAfterStart);
  if (to - from > 30 * DAY_MS) throw new AuraHandledException(MESSAGES.tooLong);
  if (to > now + 2 * 60_000) throw new AuraHandledException(MESSAGES.inFuture);
  return { from, to };
}

// ---------------------------------------------------------------------------------------------
// The sync run

export interface SyncRunResult {
  synced: number;
  errors: number;
  failure?: LivePersonFailure;
}

type SearchPage = {
  _metadata?: { count?: number };
  interactionHistoryRecords?: Record<string, unknown>[];
  conversationHistoryRecords?: Record<string, unknown>[];
};

/** Every ended conversation of one channel in the window, page by page (`onPage` gets each page). */
async function searchAll(
  ctx: ApexContext,
  settings: Credentials,
  channel: Channel,
  window: { from: number; to: number },
  onPage: (records: Record<string, unknown>[]) => Promise<void>,
): Promise<void> {
  if (!ctx.simulator) throw new LivePersonFailure('NETWORK', null, 'No LivePerson simulator is running');
  const account = encodeURIComponent(str(settings.Account_Id__c));
  for (let pageNo = 0, offset = 0; pageNo < MAX_PAGES; pageNo++, offset += PAGE_LIMIT) {
    const query = `offset=${offset}&limit=${PAGE_LIMIT}&sort=start:asc`;
    const page = (
      channel === 'Chat'
        ? await livePersonCall(
            ctx.simulator,
            settings,
            'engHistDomain',
            'POST',
            `/interaction_history/api/account/${account}/interactions/search?${query}&source=${SOURCE}`,
            { start: window },
          )
        : await livePersonCall(
            ctx.simulator,
            settings,
            'msgHist',
            'POST',
            `/messaging_history/api/account/${account}/conversations/search?${query}&v=2&source=${SOURCE}`,
            { start: window, status: ['CLOSE'], contentToRetrieve: MESSAGING_CONTENT },
          )
    ) as SearchPage;
    const records =
      (channel === 'Chat' ? page.interactionHistoryRecords : page.conversationHistoryRecords) ?? [];
    await onPage(records);
    const count = Number(page._metadata?.count ?? 0);
    if (records.length === 0 || offset + PAGE_LIMIT >= count) return;
  }
}

async function logEvent(ctx: ApexContext, entry: SObject): Promise<void> {
  await ctx.org.insert('Event_Log__c', [{ Occurred_At__c: new Date().toISOString(), ...entry }]);
}

/**
 * Syncs the ended chat and messaging conversations of a window into Chat Transcripts (upsert by
 * Conversation_Id__c). Used by `runManual`; the scheduled kinds would call it with their own window.
 */
export async function syncWindow(
  ctx: ApexContext,
  window: { from: number; to: number },
  job: string,
): Promise<SyncRunResult> {
  const settings = (await ctx.org.getSetting(SETTINGS)) as Credentials;
  const mappings = await transcriptMappings(ctx);
  const result: SyncRunResult = { synced: 0, errors: 0 };
  for (const channel of ['Chat', 'Messaging'] as Channel[]) {
    try {
      await searchAll(ctx, settings, channel, window, async (records) => {
        for (const record of records) {
          const info = (record.info ?? {}) as Record<string, unknown>;
          const id = str(channel === 'Chat' ? info.engagementId : info.conversationId);
          if (id === '') continue;
          const { values, warnings } = syncedValues(channel, record, mappings);
          if (values.Status__c === 'Open') continue; // synced once it has ended
          try {
            await ctx.org.upsert(
              TRANSCRIPT,
              [
                {
                  ...values,
                  Conversation_Id__c: id,
                  Channel__c: channel,
                  Sync_Status__c: 'Synced',
                  Last_Synced__c: new Date().toISOString(),
                  Sync_Error__c:
                    warnings.length === 0
                      ? null
                      : `Field mappings skipped: ${warnings.join(' | ')}`.substring(0, 255),
                },
              ],
              'Conversation_Id__c',
            );
            result.synced++;
          } catch (e) {
            result.errors++;
            await logEvent(ctx, {
              Type__c: 'Job Error',
              Message__c: `Could not save the transcript of ${id}`.substring(0, 255),
              Details__c: String(e),
              Conversation_Id__c: id,
              Job__c: job,
            });
          }
        }
      });
    } catch (e) {
      if (!(e instanceof LivePersonFailure)) throw e;
      result.errors++;
      result.failure = e;
      const http = e.status ? ` (HTTP ${e.status})` : '';
      const text = `${e.kind}${http}: ${e.message}`;
      await logEvent(ctx, {
        Type__c: 'Callout Error',
        Http_Status__c: e.status,
        Message__c: `${channel} search failed: ${text}`.substring(0, 255),
        Details__c: text,
        Job__c: job,
      });
    }
  }
  await logEvent(ctx, {
    Type__c: 'Sync Summary',
    Message__c: `${job}: ${result.synced} synced, ${result.errors} errors`,
    Details__c: `Window ${new Date(window.from).toISOString()} – ${new Date(window.to).toISOString()}`,
    Job__c: job,
  });
  return result;
}

export default {
  getSyncJobs: handle<typeof getSyncJobs>(async (_params, ctx) => jobsView(ctx)),

  schedulePeriodic: handle<typeof schedulePeriodic>(async (_params, ctx) => {
    await requireActivated(ctx);
    const schedule = await loadSchedule(ctx.org);
    await saveSchedule(ctx.org, { ...schedule, Periodic: { scheduled: true } });
    return jobsView(ctx);
  }),

  scheduleDaily: handle<typeof scheduleDaily>(async ({ hour }, ctx) => {
    await requireActivated(ctx);
    if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 0 || hour > 23) {
      throw new AuraHandledException(MESSAGES.hour);
    }
    const schedule = await loadSchedule(ctx.org);
    await saveSchedule(ctx.org, { ...schedule, Daily: { scheduled: true, hour } });
    return jobsView(ctx);
  }),

  // Allowed while deactivated, so an admin can always stop jobs (as in the Apex service).
  unschedule: handle<typeof unschedule>(async ({ kind }, ctx) => {
    if (!canConfigure(ctx)) throw new AuraHandledException(MESSAGES.refused);
    const which = str(kind).toLowerCase();
    if (which !== 'periodic' && which !== 'daily') throw new AuraHandledException(MESSAGES.kind);
    const schedule = await loadSchedule(ctx.org);
    if (which === 'periodic') schedule.Periodic = { scheduled: false };
    else schedule.Daily = { scheduled: false };
    await saveSchedule(ctx.org, schedule);
    return jobsView(ctx);
  }),

  runManual: handle<typeof runManual>(async ({ startTime, endTime }, ctx) => {
    await requireActivated(ctx);
    const window = validateWindow(startTime, endTime);
    const [run] = await ctx.org.insert(RUN, [
      {
        Kind__c: 'Manual',
        Status__c: 'Running',
        Channel__c: 'Chat',
        Window_Start__c: new Date(window.from).toISOString(),
        Window_End__c: new Date(window.to).toISOString(),
        Next_Offset__c: 0,
        Conversations_Synced__c: 0,
        Errors__c: 0,
        Attempts__c: 1,
        Started_At__c: new Date().toISOString(),
      },
    ]);
    const result = await syncWindow(ctx, window, 'Manual Sync');
    await ctx.org.update(RUN, [
      {
        Id: run.Id,
        Status__c: result.failure ? 'Failed' : 'Completed',
        Conversations_Synced__c: result.synced,
        Errors__c: result.errors,
        Finished_At__c: new Date().toISOString(),
        Last_Error__c: result.failure
          ? `${result.failure.kind}: ${result.failure.message}`.substring(0, 255)
          : null,
      },
    ]);
    return jobsView(ctx);
  }),
} satisfies ApexClassHandlers;
