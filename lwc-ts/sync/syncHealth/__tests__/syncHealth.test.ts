import { createElement } from 'lwc';
import SyncHealth, { eventLogPage, formatDuration } from 'c/syncHealth';

const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
  const Navigate = Symbol('Navigate');
  const GenerateUrl = Symbol('GenerateUrl');
  const NavigationMixin = (Base: new () => object) =>
    class extends Base {
      [Navigate](ref: unknown): void {
        mockNavigate(ref);
      }
      [GenerateUrl](ref: { attributes: Record<string, string> }): Promise<string> {
        const a = ref.attributes;
        return Promise.resolve(
          `/lightning/r/${a.objectApiName}/${a.recordId}/related/${a.relationshipApiName}/view`,
        );
      }
    };
  NavigationMixin.Navigate = Navigate;
  NavigationMixin.GenerateUrl = GenerateUrl;
  return { NavigationMixin, CurrentPageReference: jest.fn() };
});

type Host = HTMLElement & { shadowRoot: ShadowRoot; view?: unknown };

const FAILED = {
  id: 'a01000000000002AAA',
  name: 'SR-000002',
  status: 'Failed',
  windowStart: '2026-11-27T21:00:00.000Z',
  windowEnd: '2026-11-28T03:00:00.000Z',
  durationSeconds: 125,
  synced: 200,
  errors: 1,
  reason: 'SERVER_ERROR (HTTP 503): Service Unavailable (after 3 attempts)',
  nextStep:
    'Retry at 28/11/2026, 06:05: the next Periodic sync resumes this run where it stopped (resume 1 of 3).',
  retryAt: '2026-11-28T06:05:00.000Z',
};
const COMPLETED = {
  id: 'a01000000000001AAA',
  name: 'SR-000001',
  status: 'Completed',
  windowStart: '2026-11-27T18:00:00.000Z',
  windowEnd: '2026-11-28T00:00:00.000Z',
  durationSeconds: 40,
  synced: 12,
  errors: 0,
};
const VIEW = {
  activated: true,
  canConfigure: true,
  runObjectApiName: 'Sync_Run__c',
  eventLogRelationship: 'Event_Logs__r',
  jobs: [
    { kind: 'Periodic', scheduled: true, runs: [FAILED, COMPLETED] },
    { kind: 'Daily', scheduled: false, runs: [] },
    { kind: 'Manual', scheduled: false },
  ],
  mappingFailures: [
    { field: 'Visitor_Email__c', reason: 'TOO_LONG', count: 11, example: 'conv-4' },
    { field: 'Score__c', reason: 'NOT_COERCIBLE', count: 5, example: 'm-2' },
  ],
};

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function mount(view: unknown): Promise<Host> {
  const el = createElement('c-sync-health', { is: SyncHealth }) as Host;
  el.view = view;
  document.body.appendChild(el);
  await flush();
  await flush();
  return el;
}

const all = (el: Host, selector: string): HTMLElement[] => [
  ...el.shadowRoot.querySelectorAll<HTMLElement>(selector),
];
const text = (node: Element | null | undefined): string =>
  node?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

describe('c-sync-health', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

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
    const el = await mount(VIEW);

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
    const el = await mount(VIEW);

    const link = el.shadowRoot.querySelector<HTMLAnchorElement>(
      `[data-cell="event-log"] a[data-run="${FAILED.id}"]`,
    );
    expect(link?.getAttribute('href')).toBe(
      `/lightning/r/Sync_Run__c/${FAILED.id}/related/Event_Logs__r/view`,
    );
    expect(text(link)).toBe('Entries of SR-000002');
    link?.click();
    expect(mockNavigate).toHaveBeenCalledWith({
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
    const el = await mount(VIEW);

    const rows = all(el, '[data-id="mapping-failures"] tbody tr');
    expect(rows.map((r) => [...r.children].map((c) => text(c)))).toEqual([
      ['Visitor_Email__c', 'TOO_LONG', '11', 'conv-4'],
      ['Score__c', 'NOT_COERCIBLE', '5', 'm-2'],
    ]);
    expect(el.shadowRoot.querySelector('[data-id="no-mapping-failures"]')).toBeNull();
  });

  it('says so when no mapping failed, and shows nothing without jobs (no access)', async () => {
    const el = await mount({ ...VIEW, mappingFailures: [] });
    expect(text(el.shadowRoot.querySelector('[data-id="no-mapping-failures"]'))).toBe(
      'No field mapping failed in these runs.',
    );

    const none = await mount({ activated: true, canConfigure: false, jobs: [] });
    expect(none.shadowRoot.querySelector('[data-id="sync-health"]')).toBeNull();
  });

  it('updates when the view is polled again', async () => {
    const el = await mount({
      ...VIEW,
      jobs: [{ kind: 'Manual', runs: [{ ...COMPLETED, status: 'Running' }] }],
    });
    expect(text(el.shadowRoot.querySelector('[data-runs="Manual"] [data-cell="status"]'))).toBe('Running');

    el.view = { ...VIEW, jobs: [{ kind: 'Manual', runs: [COMPLETED] }] };
    await flush();
    expect(text(el.shadowRoot.querySelector('[data-runs="Manual"] [data-cell="status"]'))).toBe('Completed');
  });
});
