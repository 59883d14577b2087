/**
 * `npm run bench:sync [-- --sizes 1000,10000,100000] [--no-largest]`: the real Apex sync engine,
 * run by the offline Apex runtime in the workbench's local org, against the LivePerson simulator
 * over HTTP. For each size, half chat and half messaging conversations spread over 5 days; an admin
 * activates the account and starts a manual run over the window (`SyncJobsController.runManual`);
 * its Queueables chain page by page (async limits, finalizer) until the run ends. Prints
 * conversations per second and, per page (each Queueable execution), callouts, SOQL queries, DML
 * statements, DML rows, heap and CPU time (modelled from the statements run) from `Limits` — min /
 * median / max — against the goal: 1 callout, ≤ 3 queries, ≤ 3 writes per page, flat as the volume
 * grows. First (unless `--no-largest`) one messaging page of the simulator's largest conversations,
 * the heap's worst case. Sizes that take too long can be left out. Figures: docs/sync.md.
 */
import type { RuntimeTransaction } from '../apex/interp/runtime';
import type { TransactionOptions } from '../apex/interp/transaction';
import type { CalloutTransport } from '../apex/system/services-tx';
import type { Simulator } from '../simulator';
import { DEFAULT_MSG_CONTENT } from '../simulator/generator';
import { auraCaller } from '../workbench/apex/aura';
import { activate } from '../workbench/org/activate';
import type { WorkbenchOrg } from '../workbench/org/local-org';
import { closeSimulatedOrg, openSimulatedOrg, syncManually } from '../workbench/org/simulated-org';

const DATA_DAYS = 5;
const DEFAULT_SIZES = [1000, 10_000, 100_000];
const PAGE = 100;
const LARGEST_OF = 20_000;
const PROGRESS_EVERY = 100;

interface PageFigures {
  callouts: number;
  queries: number;
  dmlStatements: number;
  dmlRows: number;
  heap: number;
  cpuMs: number;
}

const METRICS: (keyof PageFigures)[] = ['callouts', 'queries', 'dmlStatements', 'dmlRows', 'heap', 'cpuMs'];

function sizesArg(): number[] {
  const k = process.argv.indexOf('--sizes');
  if (k < 0) return DEFAULT_SIZES;
  const sizes = (process.argv[k + 1] ?? '').split(',').map(Number);
  if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 2)) {
    throw new Error('--sizes takes a comma-separated list of conversation counts, e.g. --sizes 1000,10000');
  }
  return sizes;
}

/** Min / median / max of one figure over the pages. */
function spread(values: number[]): string {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];
  return `${sorted[0]} / ${at(0.5)} / ${sorted[sorted.length - 1]}`;
}

/** Collects the figures of every Queueable execution as the runtime opens transactions. */
function watchPages(
  org: WorkbenchOrg,
  onPage: (pages: PageFigures[]) => void,
): { pages: PageFigures[]; flush(): void } {
  const runtime = org.runtime;
  const open: RuntimeTransaction[] = [];
  const pages: PageFigures[] = [];
  const flush = (): void => {
    for (const tx of open.splice(0)) {
      if (tx.quiddity !== 'QUEUEABLE') continue;
      const l = tx.limits;
      pages.push({
        callouts: l.used('callouts'),
        queries: l.used('queries'),
        dmlStatements: l.used('dmlStatements'),
        dmlRows: l.used('dmlRows'),
        heap: l.peak('heapSize'),
        cpuMs: l.used('cpuTimeMs'),
      });
      onPage(pages);
    }
  };
  const original = runtime.transaction.bind(runtime);
  // The host runs one transaction at a time: when the next opens, the previous ones are finished.
  runtime.transaction = (opts?: TransactionOptions): RuntimeTransaction => {
    flush();
    const tx = original(opts);
    open.push(tx);
    return tx;
  };
  return { pages, flush };
}

interface Scenario {
  label: string;
  chat: number;
  messaging: number;
  /** Answers some callouts itself, passes the rest to the simulator. */
  transport?: (sim: Simulator, toSimulator: CalloutTransport) => CalloutTransport;
}

async function benchRun(scenario: Scenario): Promise<void> {
  const opened = await openSimulatedOrg(
    {
      seed: 42,
      chatConversations: scenario.chat,
      messagingConversations: scenario.messaging,
      days: DATA_DAYS,
      live: 0,
    },
    (sim, toSimulator) => ({
      transport: scenario.transport ? scenario.transport(sim, toSimulator) : toSimulator,
    }),
  );
  const { sim, org } = opened;
  try {
    await activate(auraCaller(org), sim.options);

    const started = performance.now();
    // A long run prints where it is, so a run stopped early still reports what it measured.
    const watch = watchPages(org, (pages) => {
      if (pages.length % PROGRESS_EVERY) return;
      const seconds = (performance.now() - started) / 1000;
      const heap = spread(pages.map((p) => p.heap));
      const queries = spread(pages.map((p) => p.queries));
      console.log(
        `  … ${pages.length} pages in ${seconds.toFixed(0)} s; queries ${queries}, heap ${heap} (min / median / max so far)`,
      );
    });
    await syncManually(org, DATA_DAYS + 1);
    watch.flush();
    const seconds = (performance.now() - started) / 1000;

    const saved = org.list('Chat_Transcript__c').length;
    const run = org.list('Sync_Run__c')[0] ?? {};
    const pages = watch.pages;
    console.log(
      `${scenario.label}: run ${String(run.Status__c)}, ` +
        `${saved} transcripts saved, ${pages.length} page executions in ${seconds.toFixed(1)} s ` +
        `= ${(saved / seconds).toFixed(1)} conversations/s`,
    );
    if (run.Last_Error__c) console.log(`  last error: ${String(run.Last_Error__c)}`);
    if (!pages.length) return;
    for (const metric of METRICS) {
      console.log(
        `  ${metric.padEnd(14)} min / median / max per page: ${spread(pages.map((p) => p[metric]))}`,
      );
    }
  } finally {
    await closeSimulatedOrg(opened);
  }
}

const volume = (total: number): Scenario => {
  const chat = Math.floor(total / 2);
  return {
    label: `${total} conversations (${chat} chat + ${total - chat} messaging)`,
    chat,
    messaging: total - chat,
  };
};

/**
 * The heap's worst case: one messaging page of the 100 largest conversations (JSON with every
 * content type) of LARGEST_OF the simulator generates, answered for the run's messaging search.
 */
const largestPage = (of: number): Scenario => ({
  label: `largest messaging page (the 100 largest of ${of} simulated conversations)`,
  chat: 0,
  messaging: of,
  transport: (sim, toSimulator) => {
    const content = new Set<string>(DEFAULT_MSG_CONTENT);
    const now = sim.clock.now();
    const sized = Array.from({ length: of }, (_, j) => {
      const record = sim.data.msgRecord(j, content, true, now);
      return { record, bytes: JSON.stringify(record).length };
    });
    sized.sort((a, b) => b.bytes - a.bytes);
    const largest = sized.slice(0, PAGE);
    const body = JSON.stringify({
      _metadata: { count: largest.length, shardsStatusResult: { partialResult: false } },
      conversationHistoryRecords: largest.map((x) => x.record),
    });
    console.log(
      `  page body ${body.length} bytes; conversations ${largest[largest.length - 1].bytes}..${largest[0].bytes} bytes`,
    );
    return async (request) => {
      if (!/\/messaging_history\/api\/account\/[^/]+\/conversations\/search/.test(request.endpoint)) {
        return toSimulator(request);
      }
      return {
        statusCode: 200,
        status: 'OK',
        headers: [['Content-Type', 'application/json']],
        body: Buffer.from(body),
      };
    };
  },
});

async function main(): Promise<void> {
  console.log(
    'goal per page: 1 callout, ≤ 3 queries, ≤ 3 writes; heap in bytes (model: docs/apex-runtime.md)',
  );
  if (!process.argv.includes('--no-largest')) await benchRun(largestPage(LARGEST_OF));
  for (const size of sizesArg()) await benchRun(volume(size));
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
