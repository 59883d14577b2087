/**
 * `npm test` — the whole offline proof, ending with one plain line `N passed, N failed`.
 *
 * 1. Prerequisites: Java (apex-ls, PMD, Graph Engine) and Debian chromium at /usr/bin/chromium
 *    (browser tests). Chromium is installed with apt-get when missing and we are root; otherwise a
 *    clear message is printed (the tests that need it then fail on their own).
 * 2. Gates, each one test: build:check, typecheck, lint, format:check, validate. A gate whose npm
 *    script is missing FAILS (it is never skipped).
 * 3. Jest over all projects with `--json --outputFile`: each jest test is one test; a suite that
 *    fails to run counts as one failure.
 * 4. The Apex tests, run offline by the Apex runtime (`npm run apex:test`): each test method is one
 *    test; tests the runtime cannot run yet are listed by name with the missing feature.
 *
 * Everything here only reads the work tree, so the gates and jest run concurrently (at most
 * MAX_PARALLEL at once, the slowest first). Results print in the fixed gate order, with seconds, and
 * the output of every failing gate. Exit 1 when anything failed.
 */
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { summaryLine, type ApexSummary } from '../apex/test/report';

const REPO = path.resolve(__dirname, '..', '..');
const CHROMIUM = '/usr/bin/chromium';
/** Gates in reporting order. */
const GATES = ['build:check', 'typecheck', 'lint', 'format:check', 'validate'] as const;
/** Start order: the long ones first so they overlap the short ones. */
const START_ORDER = ['jest', 'validate', 'apex', 'lint', 'typecheck', 'format:check', 'build:check'];
const MAX_PARALLEL = Number(process.env.TEST_PARALLEL ?? 3);
/**
 * A hang guard, not a speed target (npm test takes ~5 minutes on 2 quiet cores): generous enough that
 * a gate on a machine shared with other work (a CPU hog beside it) still finishes.
 */
const GATE_TIMEOUT_MS = 15 * 60 * 1000;

interface Outcome {
  name: string;
  ok: boolean;
  seconds: number;
  output: string;
}

interface JestCounts {
  passed: number;
  failed: number;
  failures: string[];
}

function log(line = ''): void {
  process.stdout.write(line + '\n');
}

function exec(
  cmd: string,
  args: string[],
  timeoutMs = GATE_TIMEOUT_MS,
  extraEnv: NodeJS.ProcessEnv = {},
): Promise<{ code: number | null; output: string; seconds: number }> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(cmd, args, {
      cwd: REPO,
      env: { ...process.env, FORCE_COLOR: '0', CI: process.env.CI ?? 'true', ...extraEnv },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => {
      output += `\n[run-all] timed out after ${timeoutMs / 1000} s, killed\n`;
      child.kill('SIGKILL');
    }, timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ code: -1, output: output + String(e), seconds: (performance.now() - t0) / 1000 });
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, output, seconds: (performance.now() - t0) / 1000 });
    });
  });
}

// ---------------------------------------------------------------------------------------------------
// Prerequisites

function ensurePrerequisites(): void {
  const java = spawnSync('java', ['-version'], { encoding: 'utf8' });
  if (java.status === 0) {
    log(`prerequisite java: ${(java.stderr || java.stdout).split('\n')[0]}`);
  } else {
    log(
      'prerequisite java: MISSING — install a Java 17 JRE (Debian: apt-get install -y openjdk-17-jre-headless);',
    );
    log('  the validate gate (apex-ls, PMD, Graph Engine) cannot run without it');
  }
  if (fs.existsSync(CHROMIUM)) {
    log(`prerequisite chromium: ${CHROMIUM}`);
    return;
  }
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  if (!isRoot) {
    log(
      `prerequisite chromium: MISSING at ${CHROMIUM} — run as root: apt-get update && apt-get install -y chromium`,
    );
    log('  (browser tests fail without it)');
    return;
  }
  log(`prerequisite chromium: missing, installing with apt-get (Debian package "chromium")...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const install =
    update.status === 0
      ? spawnSync('apt-get', ['install', '-y', 'chromium'], { stdio: 'inherit', env })
      : update;
  log(
    install.status === 0 && fs.existsSync(CHROMIUM)
      ? `prerequisite chromium: installed at ${CHROMIUM}`
      : 'prerequisite chromium: apt-get install FAILED (browser tests will fail)',
  );
}

// ---------------------------------------------------------------------------------------------------
// Gates and jest

function npmScripts(): Record<string, string> {
  const pkg = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')) as {
    scripts?: Record<string, string>;
  };
  return pkg.scripts ?? {};
}

async function runGate(name: string): Promise<Outcome> {
  if (!npmScripts()[name]) {
    return { name, ok: false, seconds: 0, output: `npm script "${name}" is missing from package.json` };
  }
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // validate shares the CPUs with jest and the other gates here: give the Graph Engine a larger
  // budget than standalone (150 s) while keeping `npm test` under 6 minutes.
  const env =
    name === 'validate' ? { VALIDATE_SFGE_BUDGET_S: process.env.VALIDATE_SFGE_BUDGET_S ?? '240' } : {};
  const res = await exec(npm, ['run', '--silent', name], GATE_TIMEOUT_MS, env);
  return { name, ok: res.code === 0, seconds: res.seconds, output: res.output };
}

interface JestJson {
  testResults?: {
    name: string;
    status: string;
    message?: string;
    assertionResults?: { status: string; fullName: string; failureMessages?: string[] }[];
  }[];
}

export function countJest(json: JestJson, repo = REPO): JestCounts {
  const counts: JestCounts = { passed: 0, failed: 0, failures: [] };
  for (const suite of json.testResults ?? []) {
    const rel = path.relative(repo, suite.name);
    const assertions = suite.assertionResults ?? [];
    for (const a of assertions) {
      if (a.status === 'passed') counts.passed++;
      else if (a.status === 'failed') {
        counts.failed++;
        counts.failures.push(`${rel} › ${a.fullName}\n${(a.failureMessages ?? []).join('\n')}`);
      }
    }
    if (suite.status === 'failed' && !assertions.some((a) => a.status === 'failed')) {
      // the suite failed to run (syntax error, failing beforeAll/import...): one failure
      counts.failed++;
      counts.failures.push(`${rel} (suite failed to run)\n${suite.message ?? ''}`);
    }
  }
  return counts;
}

/** The package's Apex tests, run by the offline Apex runtime (`npm run apex:test`): one result per test method. */
async function runApexTests(): Promise<{ outcome: Outcome; summary: ApexSummary }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-all-apex-'));
  const outFile = path.join(dir, 'apex.json');
  try {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const res = npmScripts()['apex:test']
      ? await exec(npm, ['run', '--silent', 'apex:test', '--', '--json', outFile])
      : { code: 1, output: 'npm script "apex:test" is missing from package.json', seconds: 0 };
    let summary: ApexSummary;
    if (fs.existsSync(outFile)) {
      summary = JSON.parse(fs.readFileSync(outFile, 'utf8')) as ApexSummary;
      if (res.code !== 0 && summary.failed === 0) {
        summary.failed++;
        summary.failures.push(`apex:test exited ${res.code} with no failed test recorded\n${res.output}`);
      }
    } else {
      summary = {
        passed: 0,
        failed: 1,
        unrunnable: [],
        knownGaps: [],
        failures: [`apex:test wrote no results (exit ${res.code})\n${res.output}`],
      };
    }
    return {
      outcome: { name: 'apex', ok: summary.failed === 0, seconds: res.seconds, output: res.output },
      summary,
    };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function runJest(): Promise<{ outcome: Outcome; counts: JestCounts }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'run-all-jest-'));
  const outFile = path.join(dir, 'jest.json');
  try {
    const jestBin = require.resolve('jest/bin/jest', { paths: [REPO] });
    const res = await exec(process.execPath, [
      jestBin,
      '--ci',
      '--json',
      '--outputFile',
      outFile,
      // Three workers on two cores: the browser, simulator and fault-matrix suites spend much of their
      // time waiting (on Chromium, sockets, callout timeouts), and a third worker fills those waits.
      '--maxWorkers=3',
    ]);
    let counts: JestCounts;
    if (fs.existsSync(outFile)) {
      counts = countJest(JSON.parse(fs.readFileSync(outFile, 'utf8')) as JestJson);
      if (res.code !== 0 && counts.failed === 0) {
        counts.failed++;
        counts.failures.push(`jest exited ${res.code} with no failed test recorded`);
      }
    } else {
      counts = { passed: 0, failed: 1, failures: [`jest wrote no results (exit ${res.code})`] };
    }
    const outcome: Outcome = {
      name: 'jest',
      ok: counts.failed === 0,
      seconds: res.seconds,
      output: res.output,
    };
    return { outcome, counts };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs tasks with at most `limit` at once, in the given order; returns their promises by name. */
function pool<T>(tasks: [string, () => Promise<T>][], limit: number): Map<string, Promise<T>> {
  const results = new Map<string, Promise<T>>();
  let running = 0;
  const queue: (() => void)[] = [];
  for (const [name, task] of tasks) {
    results.set(
      name,
      new Promise<T>((resolve, reject) => {
        const start = (): void => {
          running++;
          task()
            .then(resolve, reject)
            .finally(() => {
              running--;
              queue.shift()?.();
            });
        };
        if (running < limit) start();
        else queue.push(start);
      }),
    );
  }
  return results;
}

function indent(text: string, max = 200): string {
  const lines = text.trimEnd().split('\n');
  const shown =
    lines.length > max ? [...lines.slice(0, max), `... (${lines.length - max} more lines)`] : lines;
  return shown.map((l) => `    ${l}`).join('\n');
}

async function main(): Promise<number> {
  const t0 = performance.now();
  ensurePrerequisites();
  log(`running ${GATES.length} gates, jest and the Apex tests (up to ${MAX_PARALLEL} at once)`);

  let jestCounts: JestCounts = { passed: 0, failed: 0, failures: [] };
  let apex: ApexSummary | undefined;
  const runners: Record<string, () => Promise<Outcome>> = {
    jest: async () => {
      const r = await runJest();
      jestCounts = r.counts;
      return r.outcome;
    },
    apex: async () => {
      const r = await runApexTests();
      apex = r.summary;
      return r.outcome;
    },
  };
  const tasks: [string, () => Promise<Outcome>][] = START_ORDER.map((name) => [
    name,
    runners[name] ?? (() => runGate(name)),
  ]);
  const running = pool(tasks, MAX_PARALLEL);

  let passed = 0;
  let failed = 0;
  log('');
  for (const name of [...GATES, 'jest', 'apex']) {
    const o = await running.get(name)!;
    if (name === 'apex' && apex) {
      passed += apex.passed;
      failed += apex.failed;
      log(`${o.ok ? 'PASS' : 'FAIL'}  apex  ${o.seconds.toFixed(1)} s  (${summaryLine(apex)})`);
      for (const u of apex.unrunnable) log(`    not runnable offline: ${u.name} — ${u.feature}`);
      for (const g of apex.knownGaps) log(`    known gap: ${g.name} — ${g.reason}`);
      for (const f of apex.failures) log(indent(f, 60));
    } else if (name === 'jest') {
      passed += jestCounts.passed;
      failed += jestCounts.failed;
      log(
        `${o.ok ? 'PASS' : 'FAIL'}  jest  ${o.seconds.toFixed(1)} s  (${jestCounts.passed} passed, ${jestCounts.failed} failed)`,
      );
      for (const f of jestCounts.failures) log(indent(f, 60));
      if (!o.ok && jestCounts.failures.length === 0) log(indent(o.output));
    } else {
      if (o.ok) passed++;
      else failed++;
      log(`${o.ok ? 'PASS' : 'FAIL'}  ${name}  ${o.seconds.toFixed(1)} s`);
      if (!o.ok) log(indent(o.output));
    }
  }
  log(`\ntotal ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e);
      log('0 passed, 1 failed');
      process.exit(1);
    },
  );
}
