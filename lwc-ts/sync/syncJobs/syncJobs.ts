/**
 * Sync Jobs section of Customization Settings (guide, Step #3): schedule / unschedule the Periodic job
 * (every 3 hours, over the last 6 hours) and the Daily job (at a chosen hour, over the last 48 hours), run
 * a Manual job over a past window of at most 30 days, and see each job's next run, last run, status,
 * counts and errors, with a link to the Event Log's "Callout Errors" list view; `c-sync-health` below shows each
 * job's recent runs (reason, next step, the run's Event Log entries) and the field mappings that failed.
 *
 * Input is checked here first (the message shown by its input, `c/fieldErrors`), and again in Apex
 * (`SyncJobsController`); server errors are shown in `c-error-panel` (normalised by `c/reduceErrors`).
 */
import { LightningElement, api } from 'lwc';
import { NavigationMixin, type PageReference } from 'lightning/navigation';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import getSyncJobs from '@salesforce/apex/SyncJobsController.getSyncJobs';
import schedulePeriodic from '@salesforce/apex/SyncJobsController.schedulePeriodic';
import scheduleDaily from '@salesforce/apex/SyncJobsController.scheduleDaily';
import unschedule from '@salesforce/apex/SyncJobsController.unschedule';
import runManual from '@salesforce/apex/SyncJobsController.runManual';
import { reduceErrors } from 'c/reduceErrors';
import { statusClass } from 'c/syncHealth';
import { clearFieldError, showFieldErrors } from 'c/fieldErrors';
import type { FieldErrors } from 'c/adminSave';
import type { SyncJobStatus, SyncJobsView } from 'apex-dtos';

type Kind = 'Periodic' | 'Daily' | 'Manual';
type Busy = '' | 'load' | Kind;

/** The longest manual window (same limit as the Apex service). */
export const MAX_MANUAL_DAYS = 30;
const DAY_MS = 24 * 3600 * 1000;

/** Client-side messages: the Apex service's texts (SyncJobService), except the per-field "missing" ones. */
export const MESSAGES = {
  hourRequired: 'Choose an hour between 0 and 23 for the Daily sync.',
  startRequired: 'Choose a start time for the manual sync.',
  endRequired: 'Choose an end time for the manual sync.',
  endAfterStart: 'The manual sync end time must be after its start time.',
  tooLong: 'The manual sync window is at most 30 days.',
  inFuture: 'The manual sync end time cannot be in the future.',
};

/** Event Log list view of sync errors (force-app/main/core/objects/Event_Log__c/listViews/Callout_Errors). */
export const EVENT_LOG_PAGE: PageReference = {
  type: 'standard__objectPage',
  attributes: { objectApiName: 'Event_Log__c', actionName: 'list' },
  state: { filterName: 'Callout_Errors' },
};

/** A button of a job's card: its data-id, and its properties spread onto lightning-button. */
interface CardButton {
  id: string;
  props: { label: string; variant?: string; title?: string; disabled: boolean };
}

/** One card per job: what it does, and its buttons. */
interface JobCard {
  kind: Kind;
  title: string;
  description: string;
  buttons: CardButton[];
  isDaily: boolean;
  isManual: boolean;
}

const JOB_CARDS: readonly Pick<JobCard, 'kind' | 'title' | 'description'>[] = [
  {
    kind: 'Periodic',
    title: 'Periodic Sync Job',
    description: 'Every 3 hours (8 times a day), syncs the conversations of the last 6 hours.',
  },
  {
    kind: 'Daily',
    title: 'Daily Sync Job',
    description:
      'Once a day at the hour you select, syncs the conversations of the last 48 hours ' +
      "(LivePerson's data is complete within 24 hours).",
  },
  {
    kind: 'Manual',
    title: 'Manual Sync Job',
    description: 'Syncs a past period once, for conversations the other jobs missed. At most 30 days.',
  },
];

/** Columns of the job status table. */
export const STATUS_COLUMNS = ['Job', 'Scheduled', 'Next run', 'Last run', 'Status', 'Synced', 'Errors'];

export const KIND_LABELS: Record<string, string> = {
  Periodic: 'Periodic (every 3 hours, last 6 hours)',
  Daily: 'Daily (last 48 hours)',
  Manual: 'Manual',
};

/** `00:00` … `23:00` for the hour picker. */
export function hourOptions(): { label: string; value: string }[] {
  return Array.from({ length: 24 }, (_, h) => ({
    label: `${String(h).padStart(2, '0')}:00`,
    value: String(h),
  }));
}

/** Field errors of a manual window (`now` for tests); an empty object when it is valid. */
export function validateManual(start: string, end: string, now: number = Date.now()): FieldErrors {
  const errors: FieldErrors = {};
  const from = start ? Date.parse(start) : NaN;
  const to = end ? Date.parse(end) : NaN;
  if (Number.isNaN(from)) errors.startTime = MESSAGES.startRequired;
  if (Number.isNaN(to)) errors.endTime = MESSAGES.endRequired;
  if (Object.keys(errors).length > 0) return errors;
  // Same order and tolerance (2 minutes of clock skew) as the Apex check.
  if (to <= from) errors.endTime = MESSAGES.endAfterStart;
  else if (to - from > MAX_MANUAL_DAYS * DAY_MS) errors.endTime = MESSAGES.tooLong;
  else if (to > now + 2 * 60_000) errors.endTime = MESSAGES.inFuture;
  return errors;
}

interface JobRow {
  kind: string;
  label: string;
  scheduledText: string;
  nextRun?: string;
  lastRun?: string;
  statusText: string;
  statusClass: string;
  synced: string;
  errors: string;
  windowStart?: string;
  windowEnd?: string;
}

/** A queued or running job is re-read this often (ms), at most {@link MAX_POLLS} times in a row. */
export const POLL_MS = 5000;
export const MAX_POLLS = 60;

export default class SyncJobs extends NavigationMixin(LightningElement) {
  /** Set by Customization Settings until the integration is activated (and while it saves). */
  @api disabled = false;

  /** Poll interval (ms); a static so that tests can shorten it. */
  static pollMs = POLL_MS;
  private pollTimer: ReturnType<typeof setTimeout> | undefined;
  private polls = 0;

  view: SyncJobsView | undefined;
  busy: Busy = 'load';
  pageErrors: string[] = [];
  hour = '';
  startTime = '';
  endTime = '';
  eventLogUrl = '';

  readonly hours = hourOptions();
  readonly columns = STATUS_COLUMNS;

  connectedCallback(): void {
    void this.load();
    void this[NavigationMixin.GenerateUrl](EVENT_LOG_PAGE).then((url) => {
      this.eventLogUrl = url;
    });
  }

  disconnectedCallback(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
  }

  async load(): Promise<void> {
    this.busy = 'load';
    try {
      this.apply(await getSyncJobs());
    } catch (error) {
      this.pageErrors = reduceErrors(error);
    } finally {
      this.busy = '';
    }
  }

  apply(view: SyncJobsView): void {
    this.view = view;
    const daily = this.job('Daily');
    if (daily?.scheduled && daily.hour !== undefined && daily.hour !== null) this.hour = String(daily.hour);
    this.pollWhileRunning();
  }

  /** While a run is Queued or Running (a manual run pages through LivePerson in the background), re-reads the view. */
  pollWhileRunning(): void {
    clearTimeout(this.pollTimer);
    this.pollTimer = undefined;
    const running = (this.view?.jobs ?? []).some(
      (j) => j.lastStatus === 'Queued' || j.lastStatus === 'Running',
    );
    if (!running || this.polls >= MAX_POLLS) {
      if (!running) this.polls = 0;
      return;
    }
    this.polls++;
    // eslint-disable-next-line @lwc/lwc/no-async-operation -- a bounded status poll, cleared on disconnect
    this.pollTimer = setTimeout(() => {
      this.pollTimer = undefined;
      getSyncJobs()
        .then((view) => this.apply(view))
        .catch((error: unknown) => {
          this.pageErrors = reduceErrors(error);
        });
    }, SyncJobs.pollMs);
  }

  job(kind: string): SyncJobStatus | undefined {
    return (this.view?.jobs ?? []).find((j) => j.kind === kind);
  }

  // ---- state ---------------------------------------------------------------------------------

  get loading(): boolean {
    return this.busy === 'load';
  }

  get working(): boolean {
    return this.busy !== '' && this.busy !== 'load';
  }

  get isDisabled(): boolean {
    return (
      this.disabled || this.busy !== '' || this.view?.activated !== true || this.view?.canConfigure !== true
    );
  }

  get cards(): JobCard[] {
    const disabled = this.isDisabled;
    return JOB_CARDS.map(({ kind, title, description }) => {
      const card = { kind, title, description, isDaily: kind === 'Daily', isManual: kind === 'Manual' };
      if (kind === 'Manual') {
        return {
          ...card,
          buttons: [
            { id: 'run-manual', props: { label: 'Schedule Manual Job', variant: 'brand', disabled } },
          ],
        };
      }
      const scheduled = this.job(kind)?.scheduled === true;
      const id = kind.toLowerCase();
      const schedule = `${scheduled ? 'Reschedule' : 'Schedule'} ${kind} Job`;
      const unscheduleTitle = `Unschedule the ${kind} sync job`;
      return {
        ...card,
        buttons: [
          { id: `schedule-${id}`, props: { label: schedule, variant: 'brand', disabled } },
          {
            id: `unschedule-${id}`,
            props: {
              label: 'Unschedule',
              title: unscheduleTitle,
              disabled: disabled || !scheduled,
            },
          },
        ],
      };
    });
  }

  /** The Daily card's hour picker (its properties, spread onto lightning-combobox). */
  get hourPicker(): Record<string, unknown> {
    const { hours: options, hour: value, isDisabled: disabled } = this;
    return { label: 'Select Hour', placeholder: 'Select an hour', options, value, disabled };
  }

  /** The Manual card's window inputs (their properties, spread onto lightning-input). */
  get manualFields(): { name: string; props: Record<string, unknown> }[] {
    const input = (label: string, value: string) => ({
      type: 'datetime',
      label,
      timeAriaLabel: `${label}, time of day`,
      value,
      disabled: this.isDisabled,
    });
    return [
      { name: 'startTime', props: input('Start Time', this.startTime) },
      { name: 'endTime', props: input('End Time', this.endTime) },
    ];
  }

  get rows(): JobRow[] {
    return (this.view?.jobs ?? []).map((j) => {
      const kind = j.kind ?? '';
      const hour = j.hour !== undefined && j.hour !== null ? ` at ${String(j.hour).padStart(2, '0')}:00` : '';
      const scheduledText =
        kind === 'Manual'
          ? j.lastStatus === 'Queued'
            ? 'Queued'
            : 'On demand'
          : j.scheduled
            ? `Yes${hour}`
            : 'No';
      return {
        kind,
        label: KIND_LABELS[kind] ?? kind,
        scheduledText,
        nextRun: j.nextRun ?? undefined,
        lastRun: j.lastRun ?? undefined,
        statusText: j.lastStatus ?? 'Never run',
        statusClass: statusClass(j.lastStatus),
        synced: j.lastSynced === undefined || j.lastSynced === null ? '—' : String(j.lastSynced),
        errors: j.lastErrors === undefined || j.lastErrors === null ? '—' : String(j.lastErrors),
        windowStart: j.windowStart && j.windowEnd ? j.windowStart : undefined,
        windowEnd: j.windowStart && j.windowEnd ? j.windowEnd : undefined,
      };
    });
  }

  get hasRows(): boolean {
    return this.rows.length > 0;
  }

  // ---- handlers ------------------------------------------------------------------------------

  handleHour(event: CustomEvent<{ value: string }>): void {
    this.hour = event.detail.value ?? '';
    clearFieldError(event);
  }

  handleManualField(event: CustomEvent<{ value: string }>): void {
    const name = (event.target as HTMLElement).dataset.name;
    if (name === 'startTime') this.startTime = event.detail.value ?? '';
    if (name === 'endTime') this.endTime = event.detail.value ?? '';
    // An order or length error names one field but comes from both: clear (and stop showing) both.
    showFieldErrors(this.fieldsetOf('Manual'), {});
  }

  /** A card's button: schedule (or run) its job, or unschedule it. */
  async handleCardButton(event: Event): Promise<void> {
    const { id, kind } = (event.currentTarget as HTMLElement).dataset as { id: string; kind: Kind };
    if (id.startsWith('unschedule-')) {
      await this.run(kind, `${kind} sync job unscheduled`, () => unschedule({ kind }));
    } else if (kind === 'Periodic') {
      await this.run(kind, 'Periodic sync job scheduled', () => schedulePeriodic());
    } else if (kind === 'Daily') {
      await this.scheduleDaily();
    } else {
      await this.runManual();
    }
  }

  async scheduleDaily(): Promise<void> {
    if (this.hour === '') {
      showFieldErrors(this.fieldsetOf('Daily'), { hour: MESSAGES.hourRequired });
      return;
    }
    const hour = Number(this.hour);
    await this.run('Daily', `Daily sync job scheduled at ${this.hour.padStart(2, '0')}:00`, () =>
      scheduleDaily({ hour }),
    );
  }

  async runManual(): Promise<void> {
    const fieldErrors = validateManual(this.startTime, this.endTime);
    showFieldErrors(this.fieldsetOf('Manual'), fieldErrors);
    if (Object.keys(fieldErrors).length > 0) return;
    const startTime = new Date(this.startTime).toISOString();
    const endTime = new Date(this.endTime).toISOString();
    await this.run('Manual', 'Manual sync job started', () => runManual({ startTime, endTime }));
  }

  handleRefresh(): void {
    this.pageErrors = [];
    this.polls = 0;
    void this.load();
  }

  handleEventLog(event: Event): void {
    event.preventDefault();
    this[NavigationMixin.Navigate](EVENT_LOG_PAGE);
  }

  // ---- shared --------------------------------------------------------------------------------

  /** The fieldset of a job's card: the scope of its field errors. */
  fieldsetOf(kind: Kind): HTMLElement | null {
    return this.template?.querySelector<HTMLElement>(`[data-job="${kind}"]`) ?? null;
  }

  async run(kind: Busy, done: string, call: () => Promise<SyncJobsView>): Promise<void> {
    this.busy = kind;
    this.pageErrors = [];
    try {
      this.apply(await call());
      this.dispatchEvent(new ShowToastEvent({ title: done, variant: 'success' }));
    } catch (error) {
      this.pageErrors = reduceErrors(error);
      this.dispatchEvent(
        new ShowToastEvent({
          title: `${kind} sync job not changed`,
          message: this.pageErrors[0],
          variant: 'error',
        }),
      );
    } finally {
      this.busy = '';
    }
  }
}
