/**
 * `npm start` — the product on an embedded default: builds, then runs the LivePerson simulator and
 * the workbench (local org + pages) on http://127.0.0.1:${PORT:-4300}. Ctrl-C stops everything.
 *
 * Options:
 *   --reset              forget the local org's saved records and seed it again
 *   --org <alias>        deploy to that Salesforce org instead (delegates to scripts/org/deploy.ts)
 *   --port <n>           workbench port (default $PORT or 4300; 0 = any free port)
 *   --data-dir <dir>     where the local org's records are saved (default .workbench/org; `memory://` = not kept)
 *   --no-build           skip `npm run build` (the test suite checks the build separately)
 *   --fixtures           answer the Apex of the pipeline's test fixture component (c-fixture-card)
 *   --clock-speed <n>    workbench clock speed (default 1 = real time; 60 = a minute per second; 0 = frozen)
 *   --scheduled-jobs <auto|manual>  auto (default): scheduled jobs fire when the clock reaches them;
 *                        manual: only on `POST /__clock` (the browser tests: no job fires by itself)
 *   --fault <spec>       a LivePerson simulator fault (repeatable), e.g. `429,route=msgHist.search,count=2,retryAfter=90`
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { DEFAULT_ORG_DIR, ROOT, TSX_BIN, WORKBENCH_DIR } from './paths';
import { ensureBundle } from './bundle';
import { startWorkbenchSimulator, type WorkbenchSimulator } from './simulator';
import { WorkbenchOrg } from './org/local-org';
import { simulatorTransport } from './apex/callout-transport';
import { seedLocalOrg } from './org/seed';
import { startWorkbenchServer, type WorkbenchServer } from './server';
import { WorkbenchClock } from './apex/clock';
import { parseFaultSpec } from '../simulator/faults';
import { keyLines } from '../simulator/options';
import type { CalloutTransport } from '../apex/system/services-tx';

/** How often (real time) the workbench looks for scheduled jobs that are due. */
const SCHEDULER_INTERVAL_MS = 1000;

export interface StartArgs {
  reset: boolean;
  org?: string;
  port: number;
  dataDir: string;
  build: boolean;
  fixtures: boolean;
  simulatorPort: number;
  clockSpeed: number;
  scheduledJobs: 'auto' | 'manual';
  faults: string[];
}

export function parseArgs(argv: string[], env: NodeJS.ProcessEnv = process.env): StartArgs {
  const args: StartArgs = {
    reset: false,
    port: env.PORT !== undefined && env.PORT !== '' ? Number(env.PORT) : 4300,
    dataDir: DEFAULT_ORG_DIR,
    build: true,
    fixtures: false,
    simulatorPort: 0,
    clockSpeed: 1,
    scheduledJobs: 'auto',
    faults: [],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = (): string => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${a} needs a value`);
      return v;
    };
    if (a === '--reset') args.reset = true;
    else if (a === '--org') args.org = value();
    else if (a === '--port') args.port = Number(value());
    else if (a === '--simulator-port') args.simulatorPort = Number(value());
    else if (a === '--data-dir') args.dataDir = value();
    else if (a === '--no-build') args.build = false;
    else if (a === '--fixtures') args.fixtures = true;
    else if (a === '--clock-speed') args.clockSpeed = Number(value());
    else if (a === '--scheduled-jobs') {
      const v = value();
      if (v !== 'auto' && v !== 'manual') throw new Error(`--scheduled-jobs is auto or manual, not ${v}`);
      args.scheduledJobs = v;
    } else if (a === '--fault') {
      const spec = value();
      parseFaultSpec(spec); // a bad spec stops the start with the simulator's message
      args.faults.push(spec);
    } else throw new Error(`Unknown option ${a} (see scripts/workbench/start.ts)`);
  }
  if (!Number.isInteger(args.port) || args.port < 0) throw new Error(`Bad port ${args.port}`);
  if (!Number.isFinite(args.clockSpeed) || args.clockSpeed < 0) {
    throw new Error(`--clock-speed must be a number ≥ 0 (1 = real time), not ${String(args.clockSpeed)}`);
  }
  return args;
}

function run(cmd: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: 'inherit' });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? 1));
  });
}

const FIXTURE_DIR = path.join(WORKBENCH_DIR, '__tests__', 'fixtures');

function fixtureApex(): Record<string, (params: Record<string, unknown>) => unknown> {
  return {
    'WorkbenchFixture.echo': (params) => ({ text: `echo: ${String(params.text ?? '')}` }),
  };
}

export interface RunningWorkbench {
  url: string;
  simulator: WorkbenchSimulator;
  org: WorkbenchOrg;
  server: WorkbenchServer;
  stop(): Promise<void>;
}

/** Starts everything (without the build step); used by `main` and by the browser tests. */
export async function startAll(
  args: StartArgs,
  log: (l: string) => void = console.log,
): Promise<RunningWorkbench> {
  // The fixture component is always in the bundle (a few hundred bytes), so `npm start` and every
  // browser test share ONE cached bundle; `--fixtures` only adds its Apex handler.
  const fixtureLwc = path.join(FIXTURE_DIR, 'lwc');
  const bundle = await ensureBundle({ extraLwcDirs: fs.existsSync(fixtureLwc) ? [fixtureLwc] : [], log });
  if (bundle.built) log(`workbench: bundle built in ${(bundle.ms / 1000).toFixed(1)} s`);
  const simulator = await startWorkbenchSimulator({ port: args.simulatorPort, faults: args.faults });
  const clock = new WorkbenchClock(Date.now, args.clockSpeed);
  const toSimulator = simulatorTransport(simulator.info.baseUrl);
  // LivePerson sees the workbench's time (token lifetimes, OAuth 1.0a timestamps, open conversations).
  const transport: CalloutTransport = (request) => {
    simulator.setClock(clock.now());
    return toSimulator(request);
  };
  const org = await WorkbenchOrg.open({
    dataDir: args.dataDir,
    reset: args.reset,
    seed: (o) => seedLocalOrg(o, simulator.sampleVisitors(12)),
    transport,
    clock,
    scheduledJobs: args.scheduledJobs,
  });
  if (args.scheduledJobs === 'auto') org.apex.startScheduler(SCHEDULER_INTERVAL_MS);
  const server = await startWorkbenchServer({
    org,
    bundle,
    simulator,
    port: args.port,
    fixtureApex: args.fixtures ? fixtureApex() : {},
  });
  let stopped = false;
  return {
    url: server.url,
    simulator,
    org,
    server,
    async stop() {
      if (stopped) return;
      stopped = true;
      org.apex.stopScheduler();
      await server.close();
      await simulator.close();
      await org.apex.idle();
    },
  };
}

/** `--org <alias>`: the org scripts deploy (build + deploy) and open the org; the workbench does not start. */
async function deployToOrg(alias: string): Promise<number> {
  const deploy = path.join(ROOT, 'scripts', 'org', 'deploy.ts');
  if (!fs.existsSync(deploy)) {
    console.error(`npm start -- --org ${alias}: the org scripts are not available in this checkout.`);
    console.error(
      `Run: sf org login web --alias ${alias}   then: npm run org:deploy -- --target-org ${alias}`,
    );
    return 1;
  }
  return run(TSX_BIN, [deploy, '--target-org', alias, '--open']);
}

async function main(argv: string[]): Promise<number> {
  let args: StartArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    console.error((e as Error).message);
    return 2;
  }
  if (args.org) return deployToOrg(args.org);
  if (args.build) {
    const code = await run(TSX_BIN, [path.join(ROOT, 'scripts', 'build', 'build.ts')]);
    if (code !== 0) {
      console.error('npm start: the build failed (see above); fix it and run npm start again.');
      return code;
    }
  }
  let wb: RunningWorkbench;
  try {
    wb = await startAll(args);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EADDRINUSE') {
      console.error(
        `npm start: port ${args.port} is in use. Stop what runs there, or: PORT=${args.port + 1} npm start`,
      );
      return 1;
    }
    throw e;
  }
  const i = wb.simulator.info;
  console.log('');
  console.log(`Workbench: ${wb.url}`);
  console.log(`Agent workspace: ${wb.url}/agent`);
  console.log(`LiveEngage app: ${wb.url}/admin`);
  console.log(`LivePerson simulator: ${i.baseUrl || '(not available)'}`);
  console.log(`Local org data: ${args.dataDir}${args.reset ? ' (reseeded)' : ''}`);
  console.log(
    `Clock: ${new Date(wb.org.clock.now()).toISOString()}, speed ${args.clockSpeed}, scheduled jobs ${args.scheduledJobs}` +
      ` (GET/POST ${wb.url}/__clock)`,
  );
  for (const f of wb.simulator.faults()) console.log(`Simulator fault: ${JSON.stringify(f)}`);
  console.log('');
  for (const line of keyLines(i)) console.log(line);
  console.log('');
  console.log('Press Ctrl-C to stop.');
  await new Promise<void>((resolve) => {
    const stop = () => {
      console.log('\nworkbench: stopping...');
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
  await wb.stop();
  console.log('workbench: stopped');
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : String(err));
      process.exit(1);
    },
  );
}
