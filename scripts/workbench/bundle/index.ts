/**
 * The workbench bundle, built once per set of inputs and cached under
 * `.workbench/bundle/<hash>/bundle.js` (the hash covers our compiled LWCs, the workbench client
 * code and the tool versions). The build runs in a child process so its ~730 MB peak is freed.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { spawn } from 'node:child_process';
import { BUNDLE_CACHE_DIR, ROOT, TSX_BIN } from '../paths';
import { planBundle, type BundlePlan } from './plan';

export interface BundleInfo {
  file: string;
  plan: BundlePlan;
  /** True when this call built it (false: cache hit). */
  built: boolean;
  ms: number;
}

export interface EnsureBundleOptions {
  extraLwcDirs?: string[];
  cacheDir?: string;
  log?: (line: string) => void;
}

/** Returns the cached bundle for the current inputs, building it when missing. */
export async function ensureBundle(options: EnsureBundleOptions = {}): Promise<BundleInfo> {
  const t0 = Date.now();
  const log = options.log ?? ((l: string) => console.log(l));
  const plan = planBundle({ extraLwcDirs: options.extraLwcDirs });
  const dir = path.join(options.cacheDir ?? BUNDLE_CACHE_DIR, plan.hash);
  const file = path.join(dir, 'bundle.js');
  if (fs.existsSync(file)) return { file, plan, built: false, ms: Date.now() - t0 };
  // One build per hash at a time: parallel test files / a running `npm start` wait for it.
  fs.mkdirSync(path.dirname(dir), { recursive: true });
  const lock = `${dir}.lock`;
  if (!takeLock(lock)) {
    log('workbench: another process is building the same bundle; waiting for it...');
    while (!fs.existsSync(file) && fs.existsSync(lock)) await new Promise((r) => setTimeout(r, 500));
    if (fs.existsSync(file)) return { file, plan, built: false, ms: Date.now() - t0 };
    if (!takeLock(lock)) throw new Error(`workbench bundle: cannot lock ${lock}`);
  }
  try {
    await build(file, options.extraLwcDirs ?? [], log);
  } finally {
    fs.rmSync(lock, { force: true });
  }
  pruneOld(path.dirname(dir), plan.hash);
  return { file, plan, built: true, ms: Date.now() - t0 };
}

/** Creates the lock file; a lock older than 10 minutes is stale (a killed build) and replaced. */
function takeLock(lock: string): boolean {
  try {
    if (fs.existsSync(lock) && Date.now() - fs.statSync(lock).mtimeMs > 10 * 60_000)
      fs.rmSync(lock, { force: true });
    fs.writeFileSync(lock, String(process.pid), { flag: 'wx' });
    return true;
  } catch {
    return false;
  }
}

async function build(file: string, extraLwcDirs: string[], log: (line: string) => void): Promise<void> {
  log(`workbench: building the component bundle (~15 s, once per change of the components)...`);
  const args = [path.join(__dirname, 'rollup-build.ts'), file];
  for (const d of extraLwcDirs) args.push('--extra', d);
  await new Promise<void>((resolve, reject) => {
    const child = spawn(TSX_BIN, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let err = '';
    child.stdout.on('data', (d: Buffer) =>
      d
        .toString()
        .split('\n')
        .filter(Boolean)
        .forEach((l) => log(l)),
    );
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString();
      // Warnings about our own components are worth seeing (base components' are only counted).
      for (const l of d.toString().split('\n')) if (l.startsWith('bundle warning:')) log(l);
    });
    child.on('error', reject);
    child.on('exit', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`workbench bundle build failed (exit ${code}):\n${err.trim()}`));
    });
  });
}

/** Keeps the 3 newest cached bundles (the current one and two more). */
function pruneOld(cacheDir: string, keep: string): void {
  const entries = fs
    .readdirSync(cacheDir)
    .filter((d) => d !== keep && !d.endsWith('.lock'))
    .map((d) => ({ d, t: fs.statSync(path.join(cacheDir, d)).mtimeMs }))
    .sort((a, b) => b.t - a.t);
  for (const e of entries.slice(2)) fs.rmSync(path.join(cacheDir, e.d), { recursive: true, force: true });
}
