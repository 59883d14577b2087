/**
 * The fault matrix: for each LivePerson fault the simulator can inject, the
 * Periodic sync — scheduled through the real SyncJobsController, fired on the workbench clock, run by
 * the real Apex in the offline runtime — ends with every simulated conversation of its window saved
 * exactly once (0 lost, 0 duplicated: the Conversation_Id__c values against the simulator's own
 * answer for that window), and the fault shows in the run (Sync_Run__c) and the Event Log.
 * No browser: the workbench's local org, Apex host and clock, and the simulator, in this process.
 * The clock is frozen and only moved explicitly (the next fire time, 3 hours for the next firing) or
 * by the host's jump to a delayed retry, so nothing depends on how fast this machine is.
 */
import { rawRequest } from '../../simulator/http-client';
import type { Simulator } from '../../simulator';
import { auraCaller } from '../apex/aura';
import { WorkbenchClock } from '../apex/clock';
import { activate } from '../org/activate';
import { closeSimulatedOrg, openSimulatedOrg } from '../org/simulated-org';
import type { JsonRecord } from '../org/field-json';
import { SIMULATED_SERVICE_HOST } from '../simulator';

/** 03:00 in the admin's time zone (America/Los_Angeles): the Periodic job next fires at 03:05. */
const T0 = Date.parse('2026-01-15T11:00:00Z');
const HOUR = 3600_000;
const MAX_FIRINGS = 4;

interface Case {
  fault: string;
  /** What the run or the Event Log says about it. */
  visible: RegExp;
  /** The fault hits page 2 of messaging: the window needs more than 100 conversations. */
  twoPages?: boolean;
  /** The fault is waited out on the real clock (a callout timeout), not on the workbench clock. */
  realWait?: boolean;
}

// A lone 401 (the client refreshes its token) or 5xx (it tries again at once, 3 tries in all) is
// absorbed inside one step and leaves no trace; these counts outlast that, so the run sees them.
const CASES: Case[] = [
  { fault: '401,route=msgHist.search,count=2', visible: /401/ },
  { fault: '403,route=engHist.search,count=1', visible: /403/ },
  { fault: '429,route=msgHist.search,count=2,retryAfter=90', visible: /429|RATE_LIMITED/ },
  { fault: '500,route=engHist.search,count=4', visible: /500/ },
  { fault: '503,route=msgHist.search,count=4', visible: /503/ },
  // A timeout is tried again once at once (the domain resolved anew): two outlast that (2 × 20 s).
  { fault: 'timeout,route=engHist.search,count=2', visible: /TIMEOUT|did not answer/, realWait: true },
  { fault: 'malformed,route=msgHist.search,count=1', visible: /JSON|malformed|unexpected|invalid/i },
  { fault: 'truncated,route=engHist.search,count=1', visible: /JSON|truncated|unexpected|invalid/i },
  // Not an error: the repeated record is saved once and counted once (below), nothing to log.
  {
    fault: 'changed,route=msgHist.search,after=1,count=1',
    visible: /Periodic Sync completed/,
    twoPages: true,
  },
];

interface Outcome {
  saved: string[];
  expected: string[];
  runs: JsonRecord[];
  log: string;
  faultHits: number;
  firings: number;
}

async function simulatorIds(sim: Simulator, from: number, to: number): Promise<string[]> {
  const auth = `Bearer ${sim.issueToken()}`;
  const a = sim.account.accountId;
  const ids: string[] = [];
  const search = async (path: string, records: string, id: (r: Record<string, unknown>) => string) => {
    for (let offset = 0; ; offset += 100) {
      const r = await rawRequest(`${sim.url}${path}?offset=${offset}&limit=100&source=fault_matrix`, {
        method: 'POST',
        headers: { authorization: auth, 'content-type': 'application/json', host: SIMULATED_SERVICE_HOST },
        body: JSON.stringify({ start: { from, to } }),
      });
      const page = JSON.parse(r.body) as Record<string, unknown> & { _metadata: { count: number } };
      const rows = (page[records] ?? []) as Record<string, unknown>[];
      ids.push(...rows.map(id));
      if (offset + 100 >= page._metadata.count) return;
    }
  };
  const info = (r: Record<string, unknown>) => r.info as Record<string, unknown>;
  await search(
    `/interaction_history/api/account/${a}/interactions/search`,
    'interactionHistoryRecords',
    (r) => String(info(r).engagementId),
  );
  await search(
    `/messaging_history/api/account/${a}/conversations/search`,
    'conversationHistoryRecords',
    (r) => String(info(r).conversationId),
  );
  return ids;
}

async function runCase(c: Case): Promise<Outcome> {
  const clock = new WorkbenchClock(() => T0, 0);
  const opened = await openSimulatedOrg(
    {
      seed: 7,
      now: T0,
      // Over one day, so the 6-hour window holds about a quarter: ~25 chats and ~60 messaging
      // conversations, ~120 (2 pages) where the fault needs a page 2.
      chatConversations: 100,
      messagingConversations: c.twoPages ? 480 : 240,
      days: 1,
      live: 2,
    },
    (sim, toSimulator) => ({
      transport: (request) => {
        sim.clock.set(clock.now());
        return toSimulator(request);
      },
      clock,
      scheduledJobs: 'manual',
    }),
  );
  const { sim, org } = opened;
  const call = auraCaller(org);
  try {
    await activate(call, sim.options);
    await call('SyncJobsController.schedulePeriodic');
    sim.faults.add(c.fault);
    const firstRun = () =>
      org.list('Sync_Run__c').sort((a, b) => String(a.Name).localeCompare(String(b.Name)))[0];
    let firings = 0;
    clock.advanceTo(Date.parse('2026-01-15T11:05:00Z'));
    do {
      firings += await org.apex.fireDue();
      await org.apex.idle();
      if (firstRun()?.Status__c === 'Completed') break;
      clock.advanceBy(3 * HOUR);
    } while (firings < MAX_FIRINGS);
    const run = firstRun();
    const faultHits = sim.requests().filter((r) => r.fault !== null).length;
    sim.faults.clear();
    const expected = await simulatorIds(
      sim,
      Date.parse(String(run.Window_Start__c)),
      Date.parse(String(run.Window_End__c)),
    );
    const saved = org.list('Chat_Transcript__c').map((t) => String(t.Conversation_Id__c));
    const log = org
      .list('Event_Log__c')
      .map((e) => `${String(e.Message__c)} ${String(e.Details__c ?? '')}`)
      .join('\n');
    return { saved, expected, runs: org.list('Sync_Run__c'), log, faultHits, firings };
  } finally {
    await closeSimulatedOrg(opened);
  }
}

const outcomes = new Map<string, Promise<Outcome>>();

// Each case has its own org and simulator. The timeout case waits out the callout's 20 s twice on the
// real clock, so it runs beside the others; those run one after another: side by side in this one
// process they share one core (no sooner done), and the in-process simulator's answers queue behind
// the other cases' Apex until a busy machine hits the real 20 s callout timeout in a case without one.
beforeAll(() => {
  let previous: Promise<unknown> = Promise.resolve();
  for (const c of CASES) {
    const p = c.realWait ? runCase(c) : previous.then(() => runCase(c));
    if (!c.realWait) previous = p.catch(() => undefined);
    p.catch(() => undefined);
    outcomes.set(c.fault, p);
  }
});

afterAll(async () => {
  await Promise.allSettled(outcomes.values());
});

describe.each(CASES)('fault $fault', (c) => {
  test('every conversation of the window saved exactly once, the fault visible', async () => {
    const o = await (outcomes.get(c.fault) as Promise<Outcome>);
    expect(o.faultHits).toBeGreaterThan(0);
    expect(o.expected.length).toBeGreaterThan(c.twoPages ? 120 : 60);
    const duplicates = o.saved.filter((id, i) => o.saved.indexOf(id) !== i);
    expect(duplicates).toEqual([]);
    expect([...o.saved].sort()).toEqual([...o.expected].sort());
    const first = o.runs.find((r) => r.Status__c === 'Completed');
    expect(first).toBeDefined();
    expect(Number(first?.Conversations_Synced__c)).toBe(o.saved.length);
    expect(`${o.log}\n${o.runs.map((r) => String(r.Last_Error__c ?? '')).join('\n')}`).toMatch(c.visible);
  }, 180_000);
});
