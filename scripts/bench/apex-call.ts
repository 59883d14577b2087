/**
 * `npm run bench:apex-call`: the cost of a workbench Apex call through the offline runtime. Loads
 * the runtime (timed), opens the seeded local org with the simulator behind it, then calls a few
 * controller methods (20 warm-up calls, 50 measured) and prints the median and p95 in ms. The
 * TypeScript twins these calls replaced measured (same method, same machine, before their removal):
 * see TWIN_MS; the goal is ≤ 50 ms over them.
 */
import { callAura } from '../workbench/apex/aura';
import { simulatorTransport } from '../workbench/apex/callout-transport';
import { WorkbenchOrg } from '../workbench/org/local-org';
import { seedLocalOrg } from '../workbench/org/seed';
import { startWorkbenchSimulator } from '../workbench/simulator';

const METHODS = [
  'AccountSettingsController.getAccountSettings',
  'CustomizationSettingsController.getCustomizationSettings',
  'SyncJobsController.getSyncJobs',
];
/** Median / p95 of the deleted TS twins (commit a6b0155, 20 warm-up + 50 calls, PGlite in memory). */
const TWIN_MS: Record<string, [number, number]> = {
  'AccountSettingsController.getAccountSettings': [0.34, 27.84],
  'CustomizationSettingsController.getCustomizationSettings': [20.22, 57.57],
  'SyncJobsController.getSyncJobs': [5.79, 48.03],
};
const WARM_UP = 20;
const MEASURED = 50;

const quantile = (sorted: number[], q: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * q))];

async function main(): Promise<void> {
  const sim = await startWorkbenchSimulator({});
  const t0 = performance.now();
  const org = await WorkbenchOrg.open({
    seed: (o) => seedLocalOrg(o, sim.sampleVisitors(12)),
    transport: simulatorTransport(sim.info.baseUrl),
  });
  console.log(`runtime load + local org: ${(performance.now() - t0).toFixed(0)} ms`);
  for (const name of METHODS) {
    const times: number[] = [];
    for (let i = 0; i < WARM_UP + MEASURED; i++) {
      const start = performance.now();
      const answer = await callAura(org.apex, org.runtime.registry, name, {});
      if (answer.status === 500) throw new Error(`${name} failed: ${JSON.stringify(answer.body)}`);
      if (i >= WARM_UP) times.push(performance.now() - start);
    }
    times.sort((a, b) => a - b);
    const [twinMedian, twinP95] = TWIN_MS[name];
    console.log(
      `${name}: median ${quantile(times, 0.5).toFixed(1)} ms, p95 ${quantile(times, 0.95).toFixed(1)} ms` +
        ` (TS twin: median ${twinMedian} ms, p95 ${twinP95} ms)`,
    );
  }
  await org.apex.idle();
  await sim.close();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
