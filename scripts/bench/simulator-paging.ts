/**
 * Bench: search-page latency of the LivePerson simulator with 100000 conversations per channel.
 * `npx tsx scripts/bench/simulator-paging.ts [--conversations 100000] [--runs 5]`
 * Prints one line per scenario: median and max milliseconds over the runs, records and bytes.
 */
import { rawRequest } from '../simulator/http-client';
import { startSimulator } from '../simulator/index';

const DAY = 24 * 60 * 60_000;

function arg(name: string, fallback: number): number {
  const k = process.argv.indexOf(`--${name}`);
  return k >= 0 ? Number(process.argv[k + 1]) : fallback;
}

async function main(): Promise<void> {
  const conversations = arg('conversations', 100_000);
  const runs = arg('runs', 5);
  const now = Date.parse('2026-03-01T00:00:00Z');
  const t0 = performance.now();
  const sim = await startSimulator({ port: 0, conversations, now });
  const startMs = performance.now() - t0;
  const auth = `Bearer ${sim.issueToken()}`;
  const acc = sim.account.accountId;
  const window = { start: { from: now - 30 * DAY, to: now } };
  const mi = `/messaging_history/api/account/${acc}/conversations/search`;
  const eh = `/interaction_history/api/account/${acc}/interactions/search`;
  const ids = Array.from({ length: 100 }, (_, k) => sim.data.msgHeader(k * 997).conversationId);
  const scenarios: [string, string, unknown][] = [
    ['msgHist first page (limit 100)', `${mi}?offset=0&limit=100&v=2&source=bench`, window],
    ['msgHist middle page (offset 50000)', `${mi}?offset=50000&limit=100&v=2&source=bench`, window],
    [
      'msgHist last page, sort start:desc',
      `${mi}?offset=${conversations - 100}&limit=100&sort=start:desc&source=bench`,
      window,
    ],
    [
      'msgHist filtered status=OPEN (scans headers)',
      `${mi}?offset=0&limit=100&source=bench`,
      { ...window, status: ['OPEN'] },
    ],
    [
      'msgHist by 100 conversationIds',
      `${mi.replace('/search', '/conversation/search')}?v=2&source=bench`,
      { conversationIds: ids },
    ],
    ['engHist first page (limit 100)', `${eh}?offset=0&limit=100&source=bench`, window],
    ['engHist middle page (offset 50000)', `${eh}?offset=50000&limit=100&source=bench`, window],
    [
      'engHist filtered skillIds (scans headers)',
      `${eh}?offset=0&limit=100&source=bench`,
      { ...window, skillIds: ['3856001210'] },
    ],
    [
      'engHist sort duration:desc (scans headers)',
      `${eh}?offset=0&limit=100&sort=duration:desc&source=bench`,
      window,
    ],
  ];
  console.log(
    `simulator with ${conversations} conversations per channel started in ${startMs.toFixed(1)} ms`,
  );
  console.log(`heap used: ${(process.memoryUsage().heapUsed / 1048576).toFixed(1)} MB`);
  try {
    for (const [name, p, body] of scenarios) {
      const times: number[] = [];
      let records = 0;
      let bytes = 0;
      let count = 0;
      for (let k = 0; k < runs; k++) {
        const t = performance.now();
        const r = await rawRequest(sim.url + p, {
          method: 'POST',
          headers: { authorization: auth, 'content-type': 'application/json' },
          body: JSON.stringify(body),
        });
        times.push(performance.now() - t);
        if (r.status !== 200) throw new Error(`${name}: HTTP ${r.status} ${r.body.slice(0, 200)}`);
        const b = JSON.parse(r.body) as { _metadata: { count: number }; [k: string]: unknown };
        records = ((b.conversationHistoryRecords ?? b.interactionHistoryRecords) as unknown[]).length;
        count = b._metadata.count;
        bytes = r.body.length;
      }
      times.sort((a, b) => a - b);
      const median = times[Math.floor(times.length / 2)] as number;
      const max = times[times.length - 1] as number;
      console.log(
        `${name.padEnd(48)} median ${median.toFixed(1).padStart(7)} ms  max ${max.toFixed(1).padStart(7)} ms  ` +
          `${records} records of ${count}, ${(bytes / 1024).toFixed(0)} KB`,
      );
    }
    console.log(`heap used after: ${(process.memoryUsage().heapUsed / 1048576).toFixed(1)} MB`);
  } finally {
    await sim.close();
  }
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? e.message : String(e));
  process.exit(1);
});
