/**
 * Health of the sync jobs at a glance, under the Sync Jobs section: for each job its recent
 * runs — window, status, conversations saved, errors, duration, a failed run's reason and what happens next (texts
 * from Apex, `SyncJobHealth`) — each with a link to exactly that run's Event Log entries (the run's
 * `Event_Logs__r` related list), and the field mappings that failed in those runs, per field and reason.
 */
import { LightningElement, api } from 'lwc';
import { NavigationMixin, type PageReference } from 'lightning/navigation';
import type { SyncJobsView, SyncMappingFailure, SyncRunHealth } from 'apex-dtos';

export const JOB_TITLES: Record<string, string> = {
  Periodic: 'Periodic Sync Job',
  Daily: 'Daily Sync Job',
  Manual: 'Manual Sync Job',
};

const STATUS_CLASS: Record<string, string> = {
  Completed: 'slds-badge slds-theme_success',
  Failed: 'slds-badge slds-theme_error',
  Running: 'slds-badge slds-theme_info',
  Queued: 'slds-badge',
};

/** The badge of a run status (Sync Jobs' status table and the runs here); a light one for none. */
export function statusClass(status: string | undefined): string {
  return STATUS_CLASS[status ?? ''] ?? 'slds-badge slds-badge_lightest';
}

/** `45 s`, `2 min 5 s`, `3 h 20 min`; an em dash when unknown. */
export function formatDuration(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || seconds < 0) return '—';
  if (seconds < 60) return `${seconds} s`;
  if (seconds < 3600) {
    const s = seconds % 60;
    return `${Math.floor(seconds / 60)} min${s ? ` ${s} s` : ''}`;
  }
  const min = Math.floor((seconds % 3600) / 60);
  return `${Math.floor(seconds / 3600)} h${min ? ` ${min} min` : ''}`;
}

/** The page of one run's Event Log entries (its related list), or undefined without the relationship name. */
export function eventLogPage(
  runId: string,
  objectApiName: string | undefined,
  relationship: string | undefined,
): PageReference | undefined {
  if (!runId || !objectApiName || !relationship) return undefined;
  return {
    type: 'standard__recordRelationshipPage',
    attributes: { recordId: runId, objectApiName, relationshipApiName: relationship, actionName: 'view' },
  };
}

/** Columns of a job's run table; the fixed widths leave the reason the room it needs. */
export const RUN_COLUMNS: readonly { label: string; style: string }[] = [
  { label: 'Run', style: 'width: 7rem' },
  { label: 'Window', style: '' },
  { label: 'Status', style: 'width: 7rem' },
  { label: 'Saved', style: 'width: 6rem' },
  { label: 'Errors', style: 'width: 5rem' },
  { label: 'Duration', style: 'width: 7rem' },
  { label: 'Reason and next step', style: 'width: 35%' },
  { label: 'Event Log', style: 'width: 7rem' },
];

/** Columns of the mapping failures table (lightning-datatable). */
export const FAILURE_COLUMNS = [
  { label: 'Field', fieldName: 'field' },
  { label: 'Reason', fieldName: 'reason' },
  { label: 'Conversations', fieldName: 'count', type: 'number' },
  { label: 'Example conversation', fieldName: 'example' },
];

interface RunRow {
  id: string;
  name: string;
  statusText: string;
  statusClass: string;
  windowStart?: string;
  windowEnd?: string;
  synced: number;
  errors: number;
  duration: string;
  reason?: string;
  reasonClass: string;
  nextStep?: string;
  eventLogUrl: string;
}

interface JobSection {
  kind: string;
  title: string;
  headingId: string;
  runs: RunRow[];
  hasRuns: boolean;
}

interface FailureRow extends SyncMappingFailure {
  key: string;
}

export default class SyncHealth extends NavigationMixin(LightningElement) {
  @api view: SyncJobsView | undefined;
  /** Event Log URLs by run id (GenerateUrl is asynchronous), and the view they were made for. */
  urls: Record<string, string> = {};
  private urlsMadeFor: SyncJobsView | undefined;
  readonly runColumns = RUN_COLUMNS;
  readonly failureColumns = FAILURE_COLUMNS;
  readonly failuresTitle = 'Field mappings that failed in these runs';

  renderedCallback(): void {
    if (this.urlsMadeFor === this.view) return;
    this.urlsMadeFor = this.view;
    this.generateUrls();
  }

  private page(runId: string): PageReference | undefined {
    return eventLogPage(runId, this.view?.runObjectApiName, this.view?.eventLogRelationship);
  }

  private generateUrls(): void {
    for (const job of this.view?.jobs ?? []) {
      for (const run of job.runs ?? []) {
        const id = run.id ?? '';
        const ref = this.page(id);
        if (!ref || this.urls[id]) continue;
        void this[NavigationMixin.GenerateUrl](ref).then((url) => {
          this.urls = { ...this.urls, [id]: url };
        });
      }
    }
  }

  get sections(): JobSection[] {
    return (this.view?.jobs ?? []).map((job) => {
      const kind = job.kind ?? '';
      const runs = (job.runs ?? []).map((run) => this.row(run));
      return {
        kind,
        title: JOB_TITLES[kind] ?? kind,
        headingId: `runs-${kind}`,
        runs,
        hasRuns: runs.length > 0,
      };
    });
  }

  private row(run: SyncRunHealth): RunRow {
    const id = run.id ?? '';
    const status = run.status ?? '';
    return {
      id,
      name: run.name ?? id,
      statusText: status || 'Unknown',
      statusClass: statusClass(status),
      windowStart: run.windowStart ?? undefined,
      windowEnd: run.windowEnd ?? undefined,
      synced: run.synced ?? 0,
      errors: run.errors ?? 0,
      duration: formatDuration(run.durationSeconds),
      reason: run.reason ?? undefined,
      nextStep: run.nextStep ?? undefined,
      reasonClass: status === 'Failed' ? 'slds-text-color_error' : 'slds-text-color_weak',
      eventLogUrl: this.urls[id] ?? '',
    };
  }

  get failures(): FailureRow[] {
    return (this.view?.mappingFailures ?? []).map((f) => ({ ...f, key: `${f.field}|${f.reason}` }));
  }

  get hasFailures(): boolean {
    return this.failures.length > 0;
  }

  get visible(): boolean {
    return (this.view?.jobs ?? []).length > 0;
  }

  handleEventLog(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.run ?? '';
    const ref = this.page(id);
    if (!ref) return;
    event.preventDefault();
    this[NavigationMixin.Navigate](ref);
  }
}
