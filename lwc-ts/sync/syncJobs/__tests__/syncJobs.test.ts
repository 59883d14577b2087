import SyncJobs, { EVENT_LOG_PAGE, MESSAGES, STATUS_COLUMNS, hourOptions, validateManual } from 'c/syncJobs';
import getSyncJobs from '@salesforce/apex/SyncJobsController.getSyncJobs';
import schedulePeriodic from '@salesforce/apex/SyncJobsController.schedulePeriodic';
import scheduleDaily from '@salesforce/apex/SyncJobsController.scheduleDaily';
import unschedule from '@salesforce/apex/SyncJobsController.unschedule';
import runManual from '@salesforce/apex/SyncJobsController.runManual';
import type { SyncJobsView } from 'apex-dtos';
import { navigate } from '../../../testing/lightning/navigation/navigation';
import { helpMessageOf } from '../../../testing/lightning/validatable';
import { apexMock, dto } from '../../../testing/apexMocks';
import {
  type Host,
  errorPanelText,
  find,
  fire,
  flush,
  mount,
  textOf,
  unmountAll,
} from '../../../testing/mount';
import idleJson from './data/idle.json';
import scheduledJson from './data/scheduled.json';

/** The Apex methods of SyncJobsController, as their jest mocks. */
const apex = {
  get: apexMock(getSyncJobs),
  periodic: apexMock(schedulePeriodic),
  daily: apexMock(scheduleDaily),
  unschedule: apexMock(unschedule),
  manual: apexMock(runManual),
};

const view = dto<SyncJobsView>();
const IDLE = view(idleJson);
const SCHEDULED = view(scheduledJson);
/** IDLE with the Manual job's last run in `manual`. */
const withManual = (manual: object): SyncJobsView => ({
  ...IDLE,
  jobs: [...(IDLE.jobs ?? []).slice(0, 2), { kind: 'Manual', ...manual }],
});

type Cmp = HTMLElement & { value?: unknown; disabled?: boolean; label?: string; title?: string };

async function mountJobs(initial: SyncJobsView = IDLE, props: { disabled?: boolean } = {}): Promise<Host> {
  apex.get.mockResolvedValue(initial);
  const el = await mount('c-sync-jobs', SyncJobs, props);
  await flush();
  return el;
}

const q = (el: Host, selector: string): Cmp | null => find<Cmp>(el, selector);
const cell = (el: Host, kind: string, name: string): string =>
  textOf(el, `[data-row="${kind}"] [data-cell="${name}"]`);
const click = (el: Host, id: string): void => fire(q(el, `[data-id="${id}"]`), 'click');
const errorOf = (el: Host, name: string): string => helpMessageOf(q(el, `[data-name="${name}"]`));
/** Picks a value as a user does: the input's value changes, then it fires `change`. */
function pick(el: Host, name: string, value: string): void {
  const input = q(el, `[data-name="${name}"]`);
  if (input) input.value = value;
  fire(input, 'change', { value });
}
const aura = (message: string) => ({ status: 500, body: { message } });
const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3600_000).toISOString();

describe('c-sync-jobs', () => {
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

  it('shows one card per job with its buttons', async () => {
    const el = await mountJobs();
    const legends = Array.from(el.shadowRoot.querySelectorAll('fieldset legend')).map((l) => l.textContent);
    expect(legends).toEqual(['Periodic Sync Job', 'Daily Sync Job', 'Manual Sync Job']);
    expect(q(el, '[data-job="Daily"] [data-name="hour"]')).not.toBeNull();
    expect(q(el, '[data-job="Manual"] [data-name="startTime"]')!.label).toBe('Start Time');
    expect(q(el, '[data-job="Manual"] [data-name="endTime"]')!.label).toBe('End Time');
    expect(q(el, '[data-job="Manual"] [data-id^="unschedule"]')).toBeNull();
    expect(q(el, '[data-id="schedule-periodic"]')!.label).toBe('Schedule Periodic Job');
    expect(q(el, '[data-id="unschedule-daily"]')!.title).toBe('Unschedule the Daily sync job');
    expect(q(el, '[data-id="run-manual"]')!.label).toBe('Schedule Manual Job');
  });

  it('shows the status of each job', async () => {
    const el = await mountJobs(SCHEDULED);
    expect(apex.get).toHaveBeenCalledTimes(1);
    const headers = Array.from(el.shadowRoot.querySelectorAll('thead th')).map((th) => th.textContent);
    expect(headers).toEqual(STATUS_COLUMNS);
    const rows = Array.from(el.shadowRoot.querySelectorAll('[data-row]')).map((r) =>
      r.getAttribute('data-row'),
    );
    expect(rows).toEqual(['Periodic', 'Daily', 'Manual']);
    expect(cell(el, 'Periodic', 'scheduled')).toBe('Yes');
    expect(cell(el, 'Periodic', 'status')).toBe('Completed');
    expect(cell(el, 'Periodic', 'synced')).toBe('12');
    expect(cell(el, 'Daily', 'scheduled')).toBe('Yes at 02:00');
    expect(cell(el, 'Daily', 'status')).toBe('Never run');
    expect(q(el, '[data-row="Daily"] [data-cell="lastRun"] c-date-time')!.value).toBeUndefined();
    expect(q(el, '[data-row="Daily"] [data-cell="nextRun"] c-date-time')!.value).toBe(
      '2026-11-29T02:00:00.000Z',
    );
    expect(cell(el, 'Manual', 'errors')).toBe('2');
    expect(cell(el, 'Manual', 'status')).toBe('Failed');
    const shown = q(el, '[data-row="Manual"] [data-cell="window"] c-run-window') as Cmp & {
      start?: string;
      end?: string;
    };
    expect([shown.start, shown.end]).toEqual(['2026-11-20T00:00:00.000Z', '2026-11-27T00:00:00.000Z']);
    expect(q(el, '[data-row="Periodic"] [data-cell="window"]')).toBeNull();
    // the daily hour comes back into the picker; rescheduling is offered
    expect(q(el, '[data-name="hour"]')!.value).toBe('2');
    expect(q(el, '[data-id="schedule-daily"]')!.label).toBe('Reschedule Daily Job');
    expect(q(el, '[data-id="unschedule-periodic"]')!.disabled).toBe(false);
  });

  it('hands the view to the health section (recent runs, mapping failures)', async () => {
    const el = await mountJobs(SCHEDULED);
    const health = q(el, 'c-sync-health') as (Cmp & { view?: unknown }) | null;
    expect(health?.view).toEqual(SCHEDULED);
  });

  it('is disabled before activation and when the parent disables it', async () => {
    let el = await mountJobs({ ...IDLE, activated: false });
    expect(q(el, '[data-id="schedule-periodic"]')!.disabled).toBe(true);
    expect(q(el, '[data-name="hour"]')!.disabled).toBe(true);
    expect(q(el, '[data-id="run-manual"]')!.disabled).toBe(true);
    unmountAll();
    el = await mountJobs(IDLE, { disabled: true });
    expect(q(el, '[data-id="schedule-periodic"]')!.disabled).toBe(true);
    expect(q(el, '[data-id="unschedule-periodic"]')!.disabled).toBe(true);
  });

  it('schedules the periodic job', async () => {
    apex.periodic.mockResolvedValue(SCHEDULED);
    const el = await mountJobs();
    expect(q(el, '[data-id="unschedule-periodic"]')!.disabled).toBe(true);
    click(el, 'schedule-periodic');
    await flush();
    expect(apex.periodic).toHaveBeenCalledTimes(1);
    expect(cell(el, 'Periodic', 'scheduled')).toBe('Yes');
    expect(q(el, '[data-id="schedule-periodic"]')!.label).toBe('Reschedule Periodic Job');
  });

  it.each(['Periodic', 'Daily'])('unschedules the %s job', async (kind) => {
    apex.unschedule.mockResolvedValue(IDLE);
    const el = await mountJobs(SCHEDULED);
    click(el, `unschedule-${kind.toLowerCase()}`);
    await flush();
    expect(apex.unschedule).toHaveBeenCalledWith({ kind });
    expect(cell(el, kind, 'scheduled')).toBe('No');
  });

  it('asks for the hour under its picker before scheduling the daily job, then schedules it', async () => {
    apex.daily.mockResolvedValue(SCHEDULED);
    const el = await mountJobs();
    click(el, 'schedule-daily');
    await flush();
    expect(apex.daily).not.toHaveBeenCalled();
    expect(errorOf(el, 'hour')).toBe(MESSAGES.hourRequired);
    pick(el, 'hour', '2');
    await flush();
    expect(errorOf(el, 'hour')).toBe('');
    click(el, 'schedule-daily');
    await flush();
    expect(apex.daily).toHaveBeenCalledWith({ hour: 2 });
  });

  it('shows a wrong manual window under its fields and sends nothing', async () => {
    const el = await mountJobs();
    click(el, 'run-manual');
    await flush();
    expect(errorOf(el, 'startTime')).toBe(MESSAGES.startRequired);
    expect(errorOf(el, 'endTime')).toBe(MESSAGES.endRequired);
    pick(el, 'startTime', '2026-01-01T00:00:00.000Z');
    expect(errorOf(el, 'startTime')).toBe('');
    expect(errorOf(el, 'endTime')).toBe('');
    pick(el, 'endTime', '2026-03-01T00:00:00.000Z');
    await flush();
    click(el, 'run-manual');
    await flush();
    expect(errorOf(el, 'startTime')).toBe('');
    expect(errorOf(el, 'endTime')).toBe('The manual sync window is at most 30 days.');
    expect(apex.manual).not.toHaveBeenCalled();
  });

  it('runs a manual sync over a valid window and shows its counts', async () => {
    apex.manual.mockResolvedValue(SCHEDULED);
    const el = await mountJobs();
    const [start, end] = [hoursAgo(7 * 24), hoursAgo(1)];
    pick(el, 'startTime', start);
    pick(el, 'endTime', end);
    click(el, 'run-manual');
    await flush();
    expect(apex.manual).toHaveBeenCalledWith({ startTime: start, endTime: end });
    expect(cell(el, 'Manual', 'synced')).toBe('3');
    expect(errorPanelText(el)).toBe('');
  });

  it('shows a server refusal in the error panel and keeps the view', async () => {
    apex.manual.mockRejectedValue(aura('Activate the account in Account Settings first.'));
    const el = await mountJobs();
    const toasts: string[] = [];
    el.addEventListener('lightning__showtoast', (e) => toasts.push((e as CustomEvent).detail.variant));
    pick(el, 'startTime', hoursAgo(24));
    pick(el, 'endTime', hoursAgo(1));
    click(el, 'run-manual');
    await flush();
    await flush();
    expect(errorPanelText(el)).toBe('Activate the account in Account Settings first.');
    expect(toasts).toEqual(['error']);
    expect(q(el, '[data-id="run-manual"]')!.disabled).toBe(false);
    expect(el.shadowRoot.querySelectorAll('[data-row]')).toHaveLength(3);
  });

  it('shows a load failure and retries with Refresh', async () => {
    apex.get.mockRejectedValueOnce(aura('You do not have permission to configure LiveEngage.'));
    const el = await mount('c-sync-jobs', SyncJobs);
    await flush();
    expect(errorPanelText(el)).toContain('You do not have permission');
    expect(q(el, '[data-id="schedule-periodic"]')!.disabled).toBe(true);
    apex.get.mockResolvedValue(IDLE);
    click(el, 'refresh');
    await flush();
    await flush();
    expect(errorPanelText(el)).toBe('');
    expect(q(el, '[data-id="schedule-periodic"]')!.disabled).toBe(false);
  });

  it('re-reads the status while a run is queued or running, and stops when it ends', async () => {
    // Fake timers: each poll is one step of the clock, so a loaded machine cannot make it miss or lag.
    jest.useFakeTimers();
    try {
      apex.get
        .mockResolvedValueOnce(withManual({ lastStatus: 'Queued' }))
        .mockResolvedValueOnce(withManual({ lastStatus: 'Running' }))
        .mockResolvedValue(withManual({ lastStatus: 'Completed', lastSynced: 9, lastErrors: 0 }));
      const mounted = mount('c-sync-jobs', SyncJobs);
      await jest.advanceTimersByTimeAsync(0);
      const el = await mounted;
      const pollMs = (SyncJobs as unknown as { pollMs: number }).pollMs;

      expect(cell(el, 'Manual', 'status')).toBe('Queued');
      await jest.advanceTimersByTimeAsync(pollMs);
      expect(cell(el, 'Manual', 'status')).toBe('Running');
      await jest.advanceTimersByTimeAsync(pollMs);
      expect(cell(el, 'Manual', 'status')).toBe('Completed');
      expect(cell(el, 'Manual', 'synced')).toBe('9');
      expect(apex.get.mock.calls.length).toBe(3);
      await jest.advanceTimersByTimeAsync(pollMs * 5);
      expect(apex.get.mock.calls.length).toBe(3); // no more polling once it completed
    } finally {
      jest.useRealTimers();
    }
  });

  it('links to the Callout Errors list view of the Event Log', async () => {
    const el = await mountJobs();
    const link = q(el, '[data-id="event-log"]') as HTMLAnchorElement;
    expect(link.getAttribute('href')).toBe('/lightning/o/Event_Log__c/list?filterName=Callout_Errors');
    link.click();
    expect(navigate).toHaveBeenCalledWith(EVENT_LOG_PAGE);
    expect(EVENT_LOG_PAGE).toEqual({
      type: 'standard__objectPage',
      attributes: { objectApiName: 'Event_Log__c', actionName: 'list' },
      state: { filterName: 'Callout_Errors' },
    });
  });
});
