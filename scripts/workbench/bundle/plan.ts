/**
 * What goes into the workbench's browser bundle, and its cache key. No rollup here (cheap to
 * import): the build itself runs in a child process (`rollup-build.ts`, ~15 s, ~730 MB peak).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { createHash } from 'node:crypto';
import { FORCE_APP_MAIN, NODE_MODULES, ROOT, WORKBENCH_DIR } from '../paths';

/** One LWC module folder: a component (has a template) or a service module. */
export interface LwcModule {
  /** `c/chatLink`, `wb/recordList`. */
  specifier: string;
  /** `c-chat-link`, `wb-record-list`. */
  tag: string;
  /** Absolute path of `<name>.js`. */
  entry: string;
  isComponent: boolean;
}

export interface BundlePlan {
  /** Our compiled components and modules (`force-app/main/<part>/lwc/<name>/`) as `c/<name>`. */
  modules: LwcModule[];
  /** Workbench-only LWC modules (`scripts/workbench/client/modules/<ns>/<name>/`). */
  workbenchModuleDir: string;
  /** Browser runtime of the workbench (apex client, toasts, navigation, ...). */
  clientDir: string;
  /** Custom labels (name → value) from `force-app/main/<part>/labels/*.labels-meta.xml`. */
  labelFiles: string[];
  hash: string;
}

export const CLIENT_DIR = path.join(WORKBENCH_DIR, 'client');
export const WORKBENCH_MODULES = path.join(CLIENT_DIR, 'modules');

export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

/** Lists LWC module folders `<dir>/<name>/<name>.js` as `<namespace>/<name>`. */
export function listLwcModules(lwcDir: string, namespace: string): LwcModule[] {
  if (!fs.existsSync(lwcDir)) return [];
  return fs
    .readdirSync(lwcDir)
    .sort()
    .filter((name) => fs.existsSync(path.join(lwcDir, name, `${name}.js`)))
    .map((name) => ({
      specifier: `${namespace}/${name}`,
      tag: `${namespace}-${kebab(name)}`,
      entry: path.join(lwcDir, name, `${name}.js`),
      isComponent: fs.existsSync(path.join(lwcDir, name, `${name}.html`)),
    }));
}

/** Our generated LWCs: `force-app/main/<part>/lwc/<name>/`, plus extra folders (test fixtures). */
export function ourModules(forceAppMain: string = FORCE_APP_MAIN, extraLwcDirs: string[] = []): LwcModule[] {
  const dirs: string[] = [];
  if (fs.existsSync(forceAppMain)) {
    for (const part of fs.readdirSync(forceAppMain).sort()) dirs.push(path.join(forceAppMain, part, 'lwc'));
  }
  dirs.push(...extraLwcDirs);
  return dirs.flatMap((d) => listLwcModules(d, 'c'));
}

function labelFiles(forceAppMain: string): string[] {
  if (!fs.existsSync(forceAppMain)) return [];
  const out: string[] = [];
  for (const part of fs.readdirSync(forceAppMain).sort()) {
    const dir = path.join(forceAppMain, part, 'labels');
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort())
      if (f.endsWith('.labels-meta.xml')) out.push(path.join(dir, f));
  }
  return out;
}

function walk(dir: string, out: string[]): void {
  if (!fs.existsSync(dir)) return;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) walk(p, out);
    else out.push(p);
  }
}

function packageVersion(name: string): string {
  try {
    return (
      JSON.parse(fs.readFileSync(path.join(NODE_MODULES, name, 'package.json'), 'utf8')) as {
        version: string;
      }
    ).version;
  } catch {
    return 'missing';
  }
}

/** Discovers the bundle's inputs and hashes them (file contents + tool versions). */
export function planBundle(options: { forceAppMain?: string; extraLwcDirs?: string[] } = {}): BundlePlan {
  const forceAppMain = options.forceAppMain ?? FORCE_APP_MAIN;
  const modules = ourModules(forceAppMain, options.extraLwcDirs ?? []);
  const labels = labelFiles(forceAppMain);
  const files: string[] = [];
  for (const m of modules) walk(path.dirname(m.entry), files);
  walk(CLIENT_DIR, files);
  walk(__dirname, files);
  files.push(...labels);
  const h = createHash('sha256');
  for (const pkg of [
    'lwc',
    '@lwc/rollup-plugin',
    '@lwc/synthetic-shadow',
    'lightning-base-components',
    'rollup',
  ]) {
    h.update(`${pkg}@${packageVersion(pkg)}\n`);
  }
  for (const m of modules) h.update(`module ${m.specifier} ${path.relative(ROOT, m.entry)}\n`);
  for (const f of files.sort()) {
    h.update(`file ${path.relative(ROOT, f)}\n`);
    h.update(fs.readFileSync(f));
  }
  return {
    modules,
    workbenchModuleDir: WORKBENCH_MODULES,
    clientDir: CLIENT_DIR,
    labelFiles: labels,
    hash: h.digest('hex').slice(0, 16),
  };
}
