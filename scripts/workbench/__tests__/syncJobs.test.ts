/**
 * The workbench twin of SyncJobsController against a running LivePerson simulator (seed 42, 120 conversations
 * per channel over 30 days, frozen at 2026-01-15T12:00:00Z) and an in-memory stand-in for the local org:
 * refusals and window checks with the Apex texts, the schedule kept in `_workbench`, a manual run that pages
 * through both searches and upserts transcripts by Conversation_Id__c, and a failed search logged as a
 * Callout Error with the run Failed.
 */
import { startSimulator, type Simulator } from '../../simulator';
import type { SimulatorInfo } from '../simulator';
import type { ApexContext } from '../apex/handler';
import type { SObject } from '../org/database';
import { loadSchema } from '../org/schema';
import handlers, {
  MESSAGES,
  nextDailyRun,
  nextPeriodicRun,
  validateWindow,
} from '../apex/SyncJobsController';

const NOW = Date.parse('2026-01-15T12:00:00Z');
const DAY = 24 * 3600 * 1000;
const schema = loadSchema();

/** Just enough of LocalOrg for the handler: tables as arrays, `_workbench` as a map. */
class FakeOrg {
  schema = schema;
  tables = new Map<string, SObject[]>();
  kv = new Map<string, string>();
  private n = 0;
  constructor(public settings: SObject) {}
  rows(name: string): SObject[] {
    if (!this.tables.has(name)) this.tables.set(name, []);
    return this.tables.get(name)!;
  }
  async getSetting(): Promise<SObject> {
    return this.settings;
  }
  async sql(text: string, params: unknown[]): Promise<SObject[]> {
    if (text.startsWith('SELECT')) {
      const v = this.kv.get(String(params[0]));
      return v === undefined ? [] : [{ value: v }];
    }
    this.kv.set(String(params[0]), String(params[1]));
    return [];
  }
  async query(name: string, o: { where?: Record<string, unknown>; limit?: number } = {}): Promise<SObject[]> {
    const found = this.rows(name)
      .filter((r) => Object.entries(o.where ?? {}).every(([k, v]) => r[k] === v))
      .reverse(); // newest first (the handler sorts by CreatedDate DESC)
    return found.slice(0, o.limit ?? found.length).map((r) => ({ ...r }));
  }
  async insert(name: string, records: SObject[]): Promise<SObject[]> {
    const out = records.map((r) => ({
      ...r,
      Id: `${name}-${++this.n}`,
      CreatedDate: new Date().toISOString(),
    }));
    this.rows(name).push(...out);
    return out;
  }
  async update(name: string, records: SObject[]): Promise<SObject[]> {
    for (const r of records)
      Object.assign(
        this.rows(name).find((x) => x.Id === r.Id)!,
        r,
      );
    return records;
  }
  async upsert(name: string, records: SObject[], key: string): Promise<SObject[]> {
    for (const r of records) {
      const existing = this.rows(name).find((x) => x[key] === r[key]);
      if (existing) Object.assign(existing, r);
      else await this.insert(name, [r]);
    }
    return records;
  }
}

let sim: Simulator;
let info: SimulatorInfo;

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    seed: 42,
    conversations: 120,
    days: 30,
    live: 3,
    now: NOW,
    anchor: NOW,
  });
  info = { baseUrl: sim.url, ...sim.account } as unknown as SimulatorInfo;
});
afterAll(async () => {
  await sim.close();
});

function setup(settings: SObject = {}, user: SObject = {}): { org: FakeOrg; ctx: ApexContext } {
  const org = new FakeOrg({
    Account_Id__c: sim.account.accountId,
    Auth_Method__c: 'OAuth2',
    Client_Id__c: sim.account.clientId,
    Client_Secret__c: sim.account.clientSecret,
    Activated__c: true,
    ...settings,
  });
  return { org, ctx: { org, simulator: info, user } as unknown as ApexContext };
}

const iso = (ms: number): string => new Date(ms).toISOString();
type View = { activated: boolean; canConfigure: boolean; jobs: SObject[] };
const call = async (method: keyof typeof handlers, params: object, ctx: ApexContext): Promise<View> =>
  (await handlers[method](params as Record<string, unknown>, ctx)) as View;

describe('SyncJobsController (workbench)', () => {
  test('checks windows and hours with the Apex texts', async () => {
    const now = Date.parse('2026-11-28T05:00:00Z');
    expect(() => validateWindow(undefined, iso(now), now)).toThrow(MESSAGES.windowRequired);
    expect(() => validateWindow(iso(now), iso(now - DAY), now)).toThrow(MESSAGES.endAfterStart);
    expect(() => validateWindow(iso(now - 31 * DAY), iso(now), now)).toThrow(
      'The manual sync window is at most 30 days.',
    );
    expect(() => validateWindow(iso(now - DAY), iso(now + DAY), now)).toThrow(MESSAGES.inFuture);
    expect(validateWindow(iso(now - 30 * DAY), iso(now), now)).toEqual({ from: now - 30 * DAY, to: now });

    const { ctx } = setup();
    await expect(call('scheduleDaily', { hour: 24 }, ctx)).rejects.toThrow(MESSAGES.hour);
    await expect(call('unschedule', { kind: 'Manual' }, ctx)).rejects.toThrow(MESSAGES.kind);
  });

  test('computes next runs: every 3 hours at :05, daily at the hour', () => {
    const at = (h: number, m: number): number => new Date(2026, 10, 28, h, m).getTime();
    expect(nextPeriodicRun(at(4, 10))).toBe(new Date(2026, 10, 28, 6, 5).toISOString());
    expect(nextPeriodicRun(at(6, 0))).toBe(new Date(2026, 10, 28, 6, 5).toISOString());
    expect(nextPeriodicRun(at(22, 0))).toBe(new Date(2026, 10, 29, 0, 5).toISOString());
    expect(nextDailyRun(at(4, 10), 2)).toBe(new Date(2026, 10, 29, 2, 0).toISOString());
    expect(nextDailyRun(at(1, 10), 2)).toBe(new Date(2026, 10, 28, 2, 0).toISOString());
  });

  test('refuses changes before activation and without the permission', async () => {
    const { ctx } = setup({ Activated__c: false });
    await expect(call('schedulePeriodic', {}, ctx)).rejects.toThrow(MESSAGES.notActivated);
    // unscheduling stays possible while deactivated
    expect((await call('unschedule', { kind: 'Daily' }, ctx)).activated).toBe(false);
    const refused = setup({}, { LiveEngage_Configure__c: false }).ctx;
    await expect(call('runManual', {}, refused)).rejects.toThrow(MESSAGES.refused);
    expect(await call('getSyncJobs', {}, refused)).toEqual({
      activated: true,
      canConfigure: false,
      jobs: [],
    });
  });

  test('keeps the schedule and unschedules', async () => {
    const { org, ctx } = setup();
    await call('schedulePeriodic', {}, ctx);
    const view = await call('scheduleDaily', { hour: 3 }, ctx);
    expect(view.jobs.map((j) => [j.kind, j.scheduled, j.hour])).toEqual([
      ['Periodic', true, undefined],
      ['Daily', true, 3],
      ['Manual', false, undefined],
    ]);
    expect(JSON.parse(org.kv.get('syncJobs')!)).toEqual({
      Periodic: { scheduled: true },
      Daily: { scheduled: true, hour: 3 },
    });
    const after = await call('unschedule', { kind: 'Periodic' }, ctx);
    expect(after.jobs[0]).toEqual({ kind: 'Periodic', scheduled: false });
    expect(after.jobs[1]).toMatchObject({ scheduled: true, hour: 3 });
  });

  test('a manual run syncs every ended conversation of the window, once per conversation', async () => {
    const { org, ctx } = setup();
    const window = { startTime: iso(NOW - 20 * DAY), endTime: iso(NOW) };
    const view = await call('runManual', window, ctx);
    const manual = view.jobs[2];
    const transcripts = org.rows('Chat_Transcript__c');
    expect(manual).toMatchObject({ kind: 'Manual', lastStatus: 'Completed', lastErrors: 0 });
    expect(manual.lastSynced).toBe(transcripts.length);
    expect(transcripts.length).toBeGreaterThan(100); // more than one page of 100
    expect(new Set(transcripts.map((t) => t.Channel__c))).toEqual(new Set(['Chat', 'Messaging']));
    expect(transcripts.every((t) => t.Status__c === 'Closed' && t.Sync_Status__c === 'Synced')).toBe(true);
    expect(new Set(transcripts.map((t) => t.Conversation_Id__c)).size).toBe(transcripts.length);

    // Again: the same rows are updated, not duplicated.
    await call('runManual', window, ctx);
    expect(org.rows('Chat_Transcript__c')).toHaveLength(transcripts.length);
    expect(org.rows('Sync_Run__c')).toHaveLength(2);
    expect(org.rows('Event_Log__c').map((l) => l.Type__c)).toEqual(['Sync Summary', 'Sync Summary']);
  });

  test('a failed search is a Callout Error in the Event Log and the run is Failed', async () => {
    const { org, ctx } = setup();
    sim.faults.add({ type: '401', route: 'engHist.search', count: 1 });
    const view = await call('runManual', { startTime: iso(NOW - 2 * DAY), endTime: iso(NOW) }, ctx);
    expect(view.jobs[2]).toMatchObject({ lastStatus: 'Failed', lastErrors: 1 });
    expect(view.jobs[2].lastSynced).toBeGreaterThan(0); // messaging still synced
    const callout = org.rows('Event_Log__c').find((l) => l.Type__c === 'Callout Error')!;
    expect(callout).toMatchObject({ Http_Status__c: 401, Job__c: 'Manual Sync' });
    expect(String(callout.Message__c)).toContain('Chat search failed: BAD_CREDENTIALS (HTTP 401)');
    expect(org.rows('Sync_Run__c')[0].Last_Error__c).toContain('BAD_CREDENTIALS');
  });
});
