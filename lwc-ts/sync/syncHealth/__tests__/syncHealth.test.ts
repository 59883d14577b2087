import SyncHealth, { FAILURE_COLUMNS, RUN_COLUMNS, eventLogPage, formatDuration } from 'c/syncHealth';
import type { SyncJobsView, SyncRunHealth } from 'apex-dtos';
import { navigate } from '../../../testing/lightning/navigation/navigation';
import { dto } from '../../../testing/apexMocks';
import { type Host, flush, mount } from '../../../testing/mount';
import viewJson from './data/view.json';

const VIEW = dto<SyncJobsView>()(viewJson);
const [FAILED, COMPLETED] = VIEW.jobs![0].runs as [SyncRunHealth, SyncRunHealth];

async function mountHealth(view: SyncJobsView): Promise<Host & { view: SyncJobsView }> {
  const el = await mount('c-sync-health', SyncHealth, { view });
  await flush();
  return el;
}

const all = (el: Host, selector: string): HTMLElement[] => [
  ...el.shadowRoot.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('c-sync-health', () => {
  it("formats durations and builds the page of a run's Event Log entries", () => {
    expect(formatDuration(45)).toBe('45 s');
    expect(formatDuration(125)).toBe('2 min 5 s');
    expect(formatDuration(120)).toBe('2 min');
    expect(formatDuration(3 * 3600 + 20 * 60 + 5)).toBe('3 h 20 min');
    expect(formatDuration(undefined)).toBe('—');
    expect(formatDuration(-1)).toBe('—');
    expect(eventLogPage('a01', 'ns__Sync_Run__c', 'ns__Event_Logs__r')).toEqual({
      type: 'standard__recordRelationshipPage',
      attributes: {
        recordId: 'a01',
        objectApiName: 'ns__Sync_Run__c',
        relationshipApiName: 'ns__Event_Logs__r',
        actionName: 'view',
      },
    });
    expect(eventLogPage('a01', 'Sync_Run__c', undefined)).toBeUndefined();
  });

  it("shows each job's recent runs with counts, duration, a failed run's reason and next step", async () => {
    const el = await mountHealth(VIEW);

    const headers = all(el, '[data-runs="Periodic"] thead th');
    expect(headers.map((th) => [text(th), th.style.width])).toEqual(
      RUN_COLUMNS.map((c) => [c.label, c.style.replace('width: ', '')]),
    );
    const periodic = all(el, '[data-runs="Periodic"] tbody tr');
    expect(periodic.map((r) => r.dataset.run)).toEqual([FAILED.id, COMPLETED.id]);
    const failed = periodic[0];
    expect(text(failed.querySelector('[data-cell="name"]'))).toBe('SR-000002');
    expect(text(failed.querySelector('[data-cell="status"]'))).toBe('Failed');
    expect(failed.querySelector('[data-cell="status"] span')?.className).toContain('slds-theme_error');
    expect(text(failed.querySelector('[data-cell="saved"]'))).toBe('200');
    expect(text(failed.querySelector('[data-cell="errors"]'))).toBe('1');
    expect(text(failed.querySelector('[data-cell="duration"]'))).toBe('2 min 5 s');
    expect(text(failed.querySelector('[data-cell="reason"]'))).toBe(FAILED.reason);
    expect(failed.querySelector('[data-cell="reason"]')?.className).toContain('slds-text-color_error');
    expect(text(failed.querySelector('[data-cell="next-step"]'))).toBe(FAILED.nextStep);
    const shown = failed.querySelector<HTMLElement & { start?: string; end?: string }>(
      '[data-cell="window"] c-run-window',
    );
    expect([shown?.start, shown?.end]).toEqual([FAILED.windowStart, FAILED.windowEnd]);

    const completed = periodic[1];
    expect(text(completed.querySelector('[data-cell="duration"]'))).toBe('40 s');
    expect(completed.querySelector('[data-cell="reason"]')).toBeNull();
    expect(completed.querySelector('[data-cell="next-step"]')).toBeNull();

    expect(text(el.shadowRoot.querySelector('[data-empty="Daily"]'))).toBe('No runs yet.');
    expect(text(el.shadowRoot.querySelector('[data-empty="Manual"]'))).toBe('No runs yet.');
  });

  it('links each run to exactly its Event Log entries', async () => {
    const el = await mountHealth(VIEW);

    const link = el.shadowRoot.querySelector<HTMLAnchorElement>(
      `[data-cell="event-log"] a[data-run="${FAILED.id}"]`,
    );
    expect(link?.getAttribute('href')).toBe(
      `/lightning/r/Sync_Run__c/${FAILED.id}/related/Event_Logs__r/view`,
    );
    expect(text(link)).toBe('Entries of SR-000002');
    link?.click();
    expect(navigate).toHaveBeenCalledWith({
      type: 'standard__recordRelationshipPage',
      attributes: {
        recordId: FAILED.id,
        objectApiName: 'Sync_Run__c',
        relationshipApiName: 'Event_Logs__r',
        actionName: 'view',
      },
    });
  });

  it('lists the field mappings that failed, most conversations first as Apex sent them', async () => {
    const el = await mountHealth(VIEW);

    const table = el.shadowRoot.querySelector<HTMLElement & { columns: unknown; data: object[] }>(
      'lightning-datatable[data-id="mapping-failures"]',
    );
    expect(table?.columns).toEqual(FAILURE_COLUMNS);
    expect(table?.getAttribute('aria-label')).toBe('Field mappings that failed in these runs');
    const cells = (table?.data ?? []).map((row) =>
      FAILURE_COLUMNS.map((c) => (row as Record<string, unknown>)[c.fieldName]),
    );
    expect(cells).toEqual([
      ['Visitor_Email__c', 'TOO_LONG', 11, 'conv-4'],
      ['Score__c', 'NOT_COERCIBLE', 5, 'm-2'],
    ]);
    expect(el.shadowRoot.querySelector('[data-id="no-mapping-failures"]')).toBeNull();
  });

  it('says so when no mapping failed, and shows nothing without jobs (no access)', async () => {
    const el = await mountHealth({ ...VIEW, mappingFailures: [] });
    expect(text(el.shadowRoot.querySelector('[data-id="no-mapping-failures"]'))).toBe(
      'No field mapping failed in these runs.',
    );

    const none = await mountHealth({ activated: true, canConfigure: false, jobs: [] });
    expect(none.shadowRoot.querySelector('[data-id="sync-health"]')).toBeNull();
  });

  it('updates when the view is polled again', async () => {
    const el = await mountHealth({
      ...VIEW,
      jobs: [{ kind: 'Manual', runs: [{ ...COMPLETED, status: 'Running' }] }],
    });
    expect(text(el.shadowRoot.querySelector('[data-runs="Manual"] [data-cell="status"]'))).toBe('Running');

    el.view = { ...VIEW, jobs: [{ kind: 'Manual', runs: [COMPLETED] }] };
    await flush();
    expect(text(el.shadowRoot.querySelector('[data-runs="Manual"] [data-cell="status"]'))).toBe('Completed');
  });
});
