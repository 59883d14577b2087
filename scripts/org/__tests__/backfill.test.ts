/**
 * sync:backfill: the planning (windows, retention, resume from the org's runs), the loop over a
 * target (progress, parallel slots, failed windows queued again, giving up), the org adapter over a
 * fake @salesforce/core Connection, the command line, and a real backfill on the workbench's local
 * org (the package's Apex through the offline runtime, LivePerson simulated).
 */
import type { Connection } from '@salesforce/core';
import {
  BackfillError,
  DAY_MS,
  parseTo,
  parseWhen,
  planWindows,
  progressLine,
  retentionStart,
  windowStates,
  type RunRow,
  type Window,
} from '../lib/backfill-plan';
import { runBackfill, type BackfillTarget } from '../lib/backfill-run';
import { orgTarget, workbenchTarget } from '../lib/backfill-targets';
import { parseBackfillArgs } from '../backfill';
import type { Output } from '../lib/cli';
import type { Simulator } from '../../simulator';
import { auraCaller, callAura } from '../../workbench/apex/aura';
import { activate } from '../../workbench/org/activate';
import type { WorkbenchOrg } from '../../workbench/org/local-org';
import { closeSimulatedOrg, openSimulatedOrg } from '../../workbench/org/simulated-org';

const NOW = Date.parse('2026-12-04T10:00:00Z');
const capture = (): Output & { lines: string[] } => {
  const lines: string[] = [];
  return { lines, info: (l) => lines.push(l), error: (l) => lines.push(`ERR ${l}`) };
};

describe('planning', () => {
  test('splits a range into ≤ 30-day windows, oldest first, the last one ending at --to', () => {
    const from = parseWhen('2026-09-01', '--from');
    const to = parseWhen('2026-11-14', '--to', true);
    const windows = planWindows(from, to, NOW);
    expect(windows.map((w) => [(w.end - w.start) / DAY_MS, new Date(w.start).toISOString()])).toEqual([
      [30, '2026-09-01T00:00:00.000Z'],
      [30, '2026-10-01T00:00:00.000Z'],
      [15, '2026-10-31T00:00:00.000Z'],
    ]);
    expect(windows[2].end).toBe(Date.parse('2026-11-15T00:00:00Z'));
  });

  test('refuses a range older than the 13-month retention, in the future, or backwards', () => {
    expect(new Date(retentionStart(NOW)).toISOString()).toBe('2025-11-04T10:00:00.000Z');
    expect(() => planWindows(Date.parse('2025-11-01T00:00:00Z'), NOW, NOW)).toThrow(
      /older than LivePerson keeps conversations \(13 months\): the oldest you can backfill today is 2025-11-04T10:00:00.000Z \(use --from 2025-11-05\)/,
    );
    expect(planWindows(retentionStart(NOW), NOW, NOW)).toHaveLength(14);
    expect(() => planWindows(NOW - DAY_MS, NOW + 60_000, NOW)).toThrow(/is in the future/);
    expect(() => planWindows(NOW, NOW - DAY_MS, NOW)).toThrow(/must be after --from/);
    expect(() => parseWhen('01/02/2026', '--from')).toThrow(/--from must be a date \(2026-01-31\)/);
    expect(() => parseWhen('2026-02-30T00:00', '--to')).toThrow(BackfillError);
    expect(parseWhen('2026-01-31T12:00:00+02:00', '--to', true)).toBe(Date.parse('2026-01-31T10:00:00Z'));
    expect(parseTo('2026-12-04', NOW)).toBe(Date.parse('2026-12-04T00:00:00Z')); // today: up to its start
    expect(parseTo('2026-12-03', NOW)).toBe(Date.parse('2026-12-04T00:00:00Z'));
    expect(parseTo('2026-12-05', NOW)).toBe(Date.parse('2026-12-06T00:00:00Z')); // refused by planWindows
  });

  test("each window's state comes from its newest manual run over exactly that window", () => {
    const [a, b, c, d] = planWindows(NOW - 100 * DAY_MS, NOW, NOW);
    const run = (w: Window, name: string, status: string, synced = 0): RunRow => ({
      id: name,
      name,
      status,
      start: w.start,
      end: w.end,
      synced,
    });
    const states = windowStates(
      [a, b, c, d],
      [
        run(a, 'SR-1', 'Failed'),
        run(a, 'SR-4', 'Completed', 1200),
        run(b, 'SR-2', 'Running'),
        run(c, 'SR-3', 'Failed'),
        { ...run(d, 'SR-5', 'Completed'), start: d.start + 1 }, // another window: not this one's
      ],
    );
    expect(states.map((s) => s.state)).toEqual(['done', 'active', 'failed', 'todo']);
    expect(progressLine(states)).toBe(
      '1/4 windows done (1,200 conversations), 1 running, 1 failed, 1 to queue',
    );
  });
});

/** A target whose queued runs complete when the loop sleeps. */
function fakeTarget(existing: RunRow[] = []) {
  const runs = [...existing];
  const started: Window[] = [];
  const target: BackfillTarget = {
    label: 'fake org',
    now: () => Promise.resolve(NOW),
    manualRuns: (from, to) => Promise.resolve(runs.filter((r) => r.start >= from && r.end <= to)),
    startManual: (w) => {
      started.push(w);
      runs.push({ id: `r${runs.length}`, name: `SR-${100 + runs.length}`, status: 'Queued', ...w });
      return Promise.resolve();
    },
  };
  const sleep = () => {
    for (const r of runs) {
      if (r.status !== 'Queued' && r.status !== 'Running') continue;
      Object.assign(r, { status: 'Completed', synced: 10 });
    }
    return Promise.resolve();
  };
  return { target, started, sleep, runs };
}

describe('the backfill loop', () => {
  const windows = planWindows(NOW - 75 * DAY_MS, NOW, NOW);

  test('queues one window at a time, prints progress, ends when every window is done', async () => {
    const { target, started, sleep } = fakeTarget();
    const out = capture();
    const states = await runBackfill(target, windows, { out, sleep });
    expect(started).toEqual(windows);
    expect(states.every((s) => s.state === 'done')).toBe(true);
    expect(out.lines).toContain('0/3 windows done (0 conversations), 0 running, 0 failed, 3 to queue');
    expect(out.lines).toContain('3/3 windows done (30 conversations), 0 running, 0 failed, 0 to queue');
  });

  test('resumes: completed windows are skipped, a running one is waited for, a failed one queued again', async () => {
    const [a, b, c] = windows;
    const { target, started, sleep } = fakeTarget([
      { id: 'x', name: 'SR-1', status: 'Completed', synced: 5, ...a },
      { id: 'y', name: 'SR-2', status: 'Failed', lastError: 'HTTP 503', ...b },
      { id: 'z', name: 'SR-3', status: 'Running', ...c },
    ]);
    const out = capture();
    const states = await runBackfill(target, windows, { out, sleep, parallel: 2 });
    expect(started).toEqual([b]);
    expect(states.map((s) => s.run?.name)).toEqual(['SR-1', 'SR-103', 'SR-3']);
    expect(out.lines.join('\n')).toMatch(/queued .* again \(it failed: HTTP 503\)/);
  });

  test('a window that keeps failing stops the backfill with its reason', async () => {
    const failing = fakeTarget();
    failing.target.startManual = (w) => {
      const n = failing.runs.length;
      failing.runs.push({ id: `f${n}`, name: `SR-${n}`, status: 'Failed', lastError: 'HTTP 403', ...w });
      return Promise.resolve();
    };
    await expect(
      runBackfill(failing.target, windows.slice(0, 1), { out: capture(), sleep: failing.sleep }),
    ).rejects.toThrow(
      /1 window\(s\) failed 3 times: .*\(HTTP 403\)\. See the Event Log; run the same command again/,
    );
    expect(failing.runs).toHaveLength(3);
  });

  test('--no-wait queues the first windows and returns', async () => {
    const { target, started, sleep } = fakeTarget();
    const out = capture();
    await runBackfill(target, windows, { out, sleep, wait: false, parallel: 2 });
    expect(started).toEqual(windows.slice(0, 2));
    expect(out.lines).toContain(
      'Queued. Run the same command again to see the progress and queue the next windows.',
    );
  });
});

describe('the org adapter (@salesforce/core)', () => {
  function fakeConnection(compiled = true, success = true) {
    const calls: string[] = [];
    const conn = {
      describeGlobal: () =>
        Promise.resolve({ sobjects: [{ name: 'Account' }, { name: 'LiveEngage__Sync_Run__c' }] }),
      query: (soql: string) => {
        calls.push(soql);
        return Promise.resolve({
          records: [
            {
              Id: 'a01',
              Name: 'SR-7',
              LiveEngage__Status__c: 'Completed',
              LiveEngage__Window_Start__c: '2026-11-01T00:00:00.000+0000',
              LiveEngage__Window_End__c: '2026-12-01T00:00:00.000+0000',
              LiveEngage__Conversations_Synced__c: 42,
              LiveEngage__Last_Error__c: null,
            },
          ],
        });
      },
      tooling: {
        executeAnonymous: (apex: string) => {
          calls.push(apex);
          return Promise.resolve({
            compiled,
            success,
            compileProblem: compiled ? null : 'Type is not visible: LiveEngage.SyncJobsController',
            exceptionMessage: success
              ? null
              : 'System.AuraHandledException: Activate the account in Account Settings first.',
          });
        },
      },
    };
    return { conn: conn as unknown as Connection, calls };
  }

  test('reads the manual runs with the namespace prefix, and queues a window through runManual', async () => {
    const { conn, calls } = fakeConnection();
    const target = orgTarget(conn, 'org dev');
    const runs = await target.manualRuns(
      Date.parse('2026-11-01T00:00:00Z'),
      Date.parse('2026-12-01T00:00:00Z'),
    );
    expect(runs).toEqual([
      {
        id: 'a01',
        name: 'SR-7',
        status: 'Completed',
        start: Date.parse('2026-11-01T00:00:00Z'),
        end: Date.parse('2026-12-01T00:00:00Z'),
        synced: 42,
        lastError: null,
      },
    ]);
    expect(calls[0]).toContain("FROM LiveEngage__Sync_Run__c WHERE LiveEngage__Kind__c = 'Manual'");
    expect(calls[0]).toContain('LiveEngage__Window_Start__c >= 2026-11-01T00:00:00Z');
    await target.startManual({ start: 1000, end: 2000 });
    expect(calls[1]).toBe(
      'LiveEngage.SyncJobsController.runManual(Datetime.newInstance(1000L), Datetime.newInstance(2000L));',
    );
  });

  test("the org's refusal or a compile problem is a clear error", async () => {
    await expect(
      orgTarget(fakeConnection(true, false).conn, 'org').startManual({ start: 1, end: 2 }),
    ).rejects.toThrow(
      'The org refused the manual sync: System.AuraHandledException: Activate the account in Account Settings first.',
    );
    await expect(
      orgTarget(fakeConnection(false).conn, 'org').startManual({ start: 1, end: 2 }),
    ).rejects.toThrow(
      /could not run LiveEngage.SyncJobsController.runManual: Type is not visible.*no global entry point/,
    );
  });
});

describe('the command line', () => {
  test('takes --org or --workbench (default URL), dates, --parallel and --no-wait', () => {
    expect(parseBackfillArgs(['--org', 'dev', '--from', '2026-01-01', '--to', '2026-03-01'])).toMatchObject({
      org: 'dev',
      parallel: 1,
      wait: true,
    });
    expect(parseBackfillArgs(['--workbench', '--from', 'a', '--to', 'b', '--no-wait'])).toMatchObject({
      workbench: 'http://127.0.0.1:4300',
      wait: false,
    });
    expect(() => parseBackfillArgs(['--org', 'dev', '--from', '2026-01-01'])).toThrow(
      /Give both --from and --to/,
    );
    expect(() => parseBackfillArgs(['--from', 'a', '--to', 'b', '--parallel', '0'])).toThrow(/--parallel/);
    expect(() => parseBackfillArgs(['--org', 'x', '--workbench', '--from', 'a', '--to', 'b'])).toThrow(
      /not both/,
    );
    expect(() => parseBackfillArgs(['--bogus'])).toThrow(/Unknown option/);
  });
});

describe('on the workbench (the package Apex, offline)', () => {
  let sim: Simulator;
  let org: WorkbenchOrg;

  beforeAll(async () => {
    ({ sim, org } = await openSimulatedOrg({
      seed: 3,
      chatConversations: 40,
      messagingConversations: 40,
      days: 45,
    }));
    await activate(auraCaller(org), sim.options);
  }, 60_000);

  afterAll(() => closeSimulatedOrg({ sim, org }));

  const target = () =>
    workbenchTarget({
      label: 'workbench (in process)',
      now: () => Promise.resolve(org.clock.now()),
      syncRuns: () => Promise.resolve(org.list('Sync_Run__c')),
      apex: (name, params) => callAura(org.apex, org.runtime.registry, name, params),
    });

  test('backfills 50 days in two manual runs, every conversation saved once; run again, nothing is queued', async () => {
    const now = org.clock.now();
    const windows = planWindows(now - 50 * DAY_MS, now, now);
    const out = capture();
    const states = await runBackfill(target(), windows, { out, sleep: () => org.apex.idle() });
    expect(states.map((s) => s.state)).toEqual(['done', 'done']);
    const ids = org.list('Chat_Transcript__c').map((t) => t.Conversation_Id__c);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids.length).toBeGreaterThan(40);
    const again = capture();
    await runBackfill(target(), windows, { out: again, sleep: () => org.apex.idle() });
    expect(again.lines.filter((l) => l.startsWith('queued'))).toEqual([]);
    expect(org.list('Sync_Run__c')).toHaveLength(2);
  }, 120_000);

  test("the package's own refusal reaches the user (a window ending in the future)", async () => {
    const now = org.clock.now();
    await expect(target().startManual({ start: now, end: now + 3 * 3600_000 })).rejects.toThrow(
      'The workbench refused the manual sync: The manual sync end time cannot be in the future.',
    );
  });
});
