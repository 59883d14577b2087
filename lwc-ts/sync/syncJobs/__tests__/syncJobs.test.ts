import { createElement } from 'lwc';
import SyncJobs, { EVENT_LOG_PAGE, MESSAGES, hourOptions, validateManual } from 'c/syncJobs';
import getSyncJobs from '@salesforce/apex/SyncJobsController.getSyncJobs';
import schedulePeriodic from '@salesforce/apex/SyncJobsController.schedulePeriodic';
import scheduleDaily from '@salesforce/apex/SyncJobsController.scheduleDaily';
import unschedule from '@salesforce/apex/SyncJobsController.unschedule';
import runManual from '@salesforce/apex/SyncJobsController.runManual';

jest.mock('@salesforce/apex/SyncJobsController.getSyncJobs', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock('@salesforce/apex/SyncJobsController.schedulePeriodic', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock('@salesforce/apex/SyncJobsController.scheduleDaily', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock('@salesforce/apex/SyncJobsController.unschedule', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock('@salesforce/apex/SyncJobsController.runManual', () => ({ default: jest.fn() }), { virtual: true });

const mockNavigate = jest.fn();
jest.mock('lightning/navigation', () => {
  const Navigate = Symbol('Navigate');
  const GenerateUrl = Symbol('GenerateUrl');
  const NavigationMixin = (Base: new () => object) =>
    class extends Base {
      [Navigate](ref: unknown): void {
        mockNavigate(ref);
      }
      [GenerateUrl](): Promise<string> {
        return Promise.resolve('/lightning/o/Event_Log__c/list?filterName=Callout_Errors');
      }
    };
  NavigationMixin.Navigate = Navigate;
  NavigationMixin.GenerateUrl = GenerateUrl;
  return { NavigationMixin, CurrentPageReference: jest.fn() };
});

const mockGet = getSyncJobs as unknown as jest.Mock;
const mockPeriodic = schedulePeriodic as unknown as jest.Mock;
const mockDaily = scheduleDaily as unknown as jest.Mock;
const mockUnschedule = unschedule as unknown as jest.Mock;
const mockManual = runManual as unknown as jest.Mock;

type Host = HTMLElement & { shadowRoot: ShadowRoot; disabled?: boolean };
type Cmp = HTMLElement & { value?: unknown; disabled?: boolean; label?: string; options?: unknown[] };

const IDLE = {
  activated: true,
  canConfigure: true,
  jobs: [
    { kind: 'Periodic', scheduled: false },
    { kind: 'Daily', scheduled: false },
    { kind: 'Manual', scheduled: false },
  ],
};
const SCHEDULED = {
  activated: true,
  canConfigure: true,
  jobs: [
    {
      kind: 'Periodic',
      scheduled: true,
      nextRun: '2026-11-28T06:00:00.000Z',
      lastRun: '2026-11-28T03:00:00.000Z',
      lastStatus: 'Completed',
      lastSynced: 12,
      lastErrors: 0,
    },
    { kind: 'Daily', scheduled: true, hour: 2, nextRun: '2026-11-29T02:00:00.000Z' },
    {
      kind: 'Manual',
      scheduled: false,
      lastRun: '2026-11-28T04:00:00.000Z',
      lastStatus: 'Failed',
      lastSynced: 3,
      lastErrors: 2,
      windowStart: '2026-11-20T00:00:00.000Z',
      windowEnd: '2026-11-27T00:00:00.000Z',
    },
  ],
};

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function mount(view: unknown = IDLE, props: Partial<Host> = {}): Promise<Host> {
  mockGet.mockResolvedValue(view);
  const el = createElement('c-sync-jobs', { is: SyncJobs }) as Host;
  Object.assign(el, props);
  document.body.appendChild(el);
  await flush();
  await flush();
  return el;
}

const q = (el: Host, selector: string): Cmp | null => el.shadowRoot.querySelector<Cmp>(selector);
const text = (el: Host, selector: string): string => q(el, selector)?.textContent?.trim() ?? '';
const pageErrors = (el: Host): string =>
  (q(el, 'c-error-panel') as unknown as Host | null)?.shadowRoot
    .querySelector('[data-id="page-errors"]')
    ?.textContent?.trim() ?? '';
const fire = (node: Element | null, name: string, detail?: unknown): void => {
  if (!node) throw new Error('no element');
  node.dispatchEvent(new CustomEvent(name, { detail }));
};
const aura = (message: string) => ({ status: 500, body: { message } });

describe('c-sync-jobs', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it('offers 24 hours and checks a manual window', () => {
    expect(hourOptions()).toHaveLength(24);
    expect(hourOptions()[7]).toEqual({ label: '07:00', value: '7' });
    const now = Date.parse('2026-11-28T05:00:00Z');
    expect(validateManual('', '', now)).toEqual({
      startTime: MESSAGES.startRequired,
      endTime: MESSAGES.endRequired,
    });
    expect(validateManual('2026-11-20T00:00:00Z', '2026-11-19T00:00:00Z', now)).toEqual({
      endTime: MESSAGES.endAfterStart,
    });
    expect(validateManual('2026-10-01T00:00:00Z', '2026-11-27T00:00:00Z', now)).toEqual({
      endTime: 'The manual sync window is at most 30 days.',
    });
    expect(validateManual('2026-11-27T00:00:00Z', '2026-12-27T00:00:00Z', now)).toEqual({
      endTime: MESSAGES.inFuture,
    });
    expect(validateManual('2026-11-21T05:00:00Z', '2026-11-28T05:00:00Z', now)).toEqual({});
  });

  it('shows the status of each job', async () => {
    const el = await mount(SCHEDULED);
    expect(mockGet).toHaveBeenCalledTimes(1);
    const rows = Array.from(el.shadowRoot.querySelectorAll('[data-row]')).map((r) =>
      r.getAttribute('data-row'),
    );
    expect(rows).toEqual(['Periodic', 'Daily', 'Manual']);
    expect(text(el, '[data-row="Periodic"] [data-cell="scheduled"]')).toBe('Yes');
    expect(text(el, '[data-row="Periodic"] [data-cell="status"]')).toBe('Completed');
    expect(text(el, '[data-row="Periodic"] [data-cell="synced"]')).toBe('12');
    expect(text(el, '[data-row="Daily"] [data-cell="scheduled"]')).toBe('Yes at 02:00');
    expect(text(el, '[data-row="Daily"] [data-cell="status"]')).toBe('Never run');
    expect(text(el, '[data-row="Daily"] [data-cell="lastRun"]')).toBe('—');
    expect(q(el, '[data-row="Daily"] [data-cell="nextRun"] lightning-formatted-date-time')!.value).toBe(
      '2026-11-29T02:00:00.000Z',
    );
    expect(text(el, '[data-row="Manual"] [data-cell="errors"]')).toBe('2');
    expect(text(el, '[data-row="Manual"] [data-cell="status"]')).toBe('Failed');
    const shown = el.shadowRoot.querySelector<HTMLElement & { start?: string; end?: string }>(
      '[data-row="Manual"] [data-cell="window"] c-run-window',
    );
    expect([shown?.start, shown?.end]).toEqual(['2026-11-20T00:00:00.000Z', '2026-11-27T00:00:00.000Z']);
    expect(q(el, '[data-row="Periodic"] [data-cell="window"]')).toBeNull();
    // the daily hour comes back into the picker; rescheduling is offered
    expect(q(el, '[data-name="hour"]')!.value).toBe('2');
    expect(q(el, '[data-id="schedule-daily"]')!.label).toBe('Reschedule Daily Job');
    expect(q(el, '[data-id="unschedule-periodic"]')!.disabled).toBe(false);
  });

  it('hands the view to the health section (recent runs, mapping failures)', async () => {
    const el = await mount(SCHEDULED);
    const health = q(el, 'c-sync-health') as (Cmp & { view?: unknown }) | null;
    expect(health?.view).toEqual(SCHEDULED);
  });

  it('is disabled before activation and when the parent disables it', async () => {
    let el = await mount({ ...IDLE, activated: false });
    expect(q(el, '[data-id="schedule-periodic"]')!.disabled).toBe(true);
    expect(q(el, '[data-name="hour"]')!.disabled).toBe(true);
    expect(q(el, '[data-id="run-manual"]')!.disabled).toBe(true);
    document.body.removeChild(el);
    el = await mount(IDLE, { disabled: true });
    expect(q(el, '[data-id="schedule-periodic"]')!.disabled).toBe(true);
    expect(q(el, '[data-id="unschedule-periodic"]')!.disabled).toBe(true);
  });

  it('schedules and unschedules the periodic job', async () => {
    mockPeriodic.mockResolvedValue(SCHEDULED);
    mockUnschedule.mockResolvedValue(IDLE);
    const el = await mount();
    expect(q(el, '[data-id="unschedule-periodic"]')!.disabled).toBe(true);
    fire(q(el, '[data-id="schedule-periodic"]'), 'click');
    await flush();
    expect(mockPeriodic).toHaveBeenCalledTimes(1);
    expect(text(el, '[data-row="Periodic"] [data-cell="scheduled"]')).toBe('Yes');
    fire(q(el, '[data-id="unschedule-periodic"]'), 'click');
    await flush();
    expect(mockUnschedule).toHaveBeenCalledWith({ kind: 'Periodic' });
    expect(text(el, '[data-row="Periodic"] [data-cell="scheduled"]')).toBe('No');
  });

  it('asks for the hour before scheduling the daily job, then schedules it', async () => {
    mockDaily.mockResolvedValue(SCHEDULED);
    const el = await mount();
    fire(q(el, '[data-id="schedule-daily"]'), 'click');
    await flush();
    expect(mockDaily).not.toHaveBeenCalled();
    expect(text(el, '[data-error-for="hour"]')).toBe(MESSAGES.hourRequired);
    expect(q(el, '[data-name="hour"]')!.getAttribute('aria-describedby')).toContain('hour-error');
    fire(q(el, '[data-name="hour"]'), 'change', { value: '2' });
    await flush();
    expect(q(el, '[data-error-for="hour"]')).toBeNull();
    fire(q(el, '[data-id="schedule-daily"]'), 'click');
    await flush();
    expect(mockDaily).toHaveBeenCalledWith({ hour: 2 });
  });

  it('validates the manual window next to the fields and sends none when it is wrong', async () => {
    const el = await mount();
    fire(q(el, '[data-id="run-manual"]'), 'click');
    await flush();
    expect(text(el, '[data-error-for="startTime"]')).toBe(MESSAGES.startRequired);
    expect(text(el, '[data-error-for="endTime"]')).toBe(MESSAGES.endRequired);
    fire(q(el, '[data-name="startTime"]'), 'change', { value: '2026-01-01T00:00:00.000Z' });
    fire(q(el, '[data-name="endTime"]'), 'change', { value: '2026-03-01T00:00:00.000Z' });
    await flush();
    expect(q(el, '[data-error-for="startTime"]')).toBeNull();
    fire(q(el, '[data-id="run-manual"]'), 'click');
    await flush();
    expect(text(el, '[data-error-for="endTime"]')).toBe('The manual sync window is at most 30 days.');
    expect(q(el, '[data-name="endTime"]')!.getAttribute('aria-describedby')).toContain('endTime-error');
    expect(mockManual).not.toHaveBeenCalled();
  });

  it('runs a manual sync over a valid window and shows its counts', async () => {
    mockManual.mockResolvedValue(SCHEDULED);
    const el = await mount();
    const end = new Date(Date.now() - 3600_000).toISOString();
    const start = new Date(Date.now() - 7 * 24 * 3600_000).toISOString();
    fire(q(el, '[data-name="startTime"]'), 'change', { value: start });
    fire(q(el, '[data-name="endTime"]'), 'change', { value: end });
    fire(q(el, '[data-id="run-manual"]'), 'click');
    await flush();
    expect(mockManual).toHaveBeenCalledWith({ startTime: start, endTime: end });
    expect(text(el, '[data-row="Manual"] [data-cell="synced"]')).toBe('3');
    expect(pageErrors(el)).toBe('');
  });

  it('shows a server refusal in the error panel and keeps the view', async () => {
    mockManual.mockRejectedValue(aura('Activate the account in Account Settings first.'));
    mockPeriodic.mockRejectedValue(aura('The manual sync window is at most 30 days.'));
    const el = await mount();
    const toasts: string[] = [];
    el.addEventListener('lightning__showtoast', (e) => toasts.push((e as CustomEvent).detail.variant));
    fire(q(el, '[data-name="startTime"]'), 'change', {
      value: new Date(Date.now() - 86400_000).toISOString(),
    });
    fire(q(el, '[data-name="endTime"]'), 'change', { value: new Date(Date.now() - 3600_000).toISOString() });
    fire(q(el, '[data-id="run-manual"]'), 'click');
    await flush();
    await flush();
    expect(pageErrors(el)).toBe('Activate the account in Account Settings first.');
    expect(toasts).toEqual(['error']);
    expect(q(el, '[data-id="run-manual"]')!.disabled).toBe(false);
    expect(el.shadowRoot.querySelectorAll('[data-row]')).toHaveLength(3);
  });

  it('shows a load failure and retries with Refresh', async () => {
    mockGet.mockRejectedValueOnce(aura('You do not have permission to configure LiveEngage.'));
    const el = createElement('c-sync-jobs', { is: SyncJobs }) as Host;
    document.body.appendChild(el);
    await flush();
    await flush();
    expect(pageErrors(el)).toContain('You do not have permission');
    expect(q(el, '[data-id="schedule-periodic"]')!.disabled).toBe(true);
    mockGet.mockResolvedValue(IDLE);
    fire(q(el, '[data-id="refresh"]'), 'click');
    await flush();
    await flush();
    expect(pageErrors(el)).toBe('');
    expect(q(el, '[data-id="schedule-periodic"]')!.disabled).toBe(false);
  });

  it('re-reads the status while a run is queued or running, and stops when it ends', async () => {
    // Fake timers: each poll is one step of the clock, so a loaded machine cannot make it miss or lag.
    jest.useFakeTimers();
    try {
      const queued = {
        ...IDLE,
        jobs: [IDLE.jobs[0], IDLE.jobs[1], { kind: 'Manual', lastStatus: 'Queued' }],
      };
      const running = {
        ...IDLE,
        jobs: [IDLE.jobs[0], IDLE.jobs[1], { kind: 'Manual', lastStatus: 'Running' }],
      };
      const done = {
        ...IDLE,
        jobs: [
          IDLE.jobs[0],
          IDLE.jobs[1],
          { kind: 'Manual', lastStatus: 'Completed', lastSynced: 9, lastErrors: 0 },
        ],
      };
      mockGet.mockResolvedValueOnce(queued).mockResolvedValueOnce(running).mockResolvedValue(done);
      const el = createElement('c-sync-jobs', { is: SyncJobs }) as Host;
      document.body.appendChild(el);
      const pollMs = (SyncJobs as unknown as { pollMs: number }).pollMs;
      const status = () => text(el, '[data-row="Manual"] [data-cell="status"]');

      await jest.advanceTimersByTimeAsync(0);
      expect(status()).toBe('Queued');
      await jest.advanceTimersByTimeAsync(pollMs);
      expect(status()).toBe('Running');
      await jest.advanceTimersByTimeAsync(pollMs);
      expect(status()).toBe('Completed');
      expect(text(el, '[data-row="Manual"] [data-cell="synced"]')).toBe('9');
      expect(mockGet.mock.calls.length).toBe(3);
      await jest.advanceTimersByTimeAsync(pollMs * 5);
      expect(mockGet.mock.calls.length).toBe(3); // no more polling once it completed
    } finally {
      jest.useRealTimers();
    }
  });

  it('links to the Callout Errors list view of the Event Log', async () => {
    const el = await mount();
    const link = q(el, '[data-id="event-log"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/lightning/o/Event_Log__c/list?filterName=Callout_Errors');
    link.click();
    expect(mockNavigate).toHaveBeenCalledWith(EVENT_LOG_PAGE);
    expect(EVENT_LOG_PAGE).toEqual({
      type: 'standard__objectPage',
      attributes: { objectApiName: 'Event_Log__c', actionName: 'list' },
      state: { filterName: 'Callout_Errors' },
    });
  });
});
