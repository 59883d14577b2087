/**
 * Generated-file plans: what a generator wants on disk, compared with (check) or written to (build)
 * the work tree. Every generator returns a {@link Plan}; paths are repo-relative with `/`.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';

export type Content = string | Buffer;

export interface Plan {
  /** Wanted files: repo-relative path → exact content. */
  files: Map<string, Content>;
  /**
   * Files that belong to this generator even when not wanted any more (deleted on build, reported
   * as stale by check): repo-relative paths of every existing file the generator owns.
   */
  owned: string[];
  /** Problems that make the build fail (compile errors, bad input), each naming its file. */
  errors: string[];
}

export interface Drift {
  missing: string[];
  changed: string[];
  extra: string[];
}

export function emptyPlan(): Plan {
  return { files: new Map(), owned: [], errors: [] };
}

export function mergePlans(...plans: Plan[]): Plan {
  const out = emptyPlan();
  for (const p of plans) {
    for (const [k, v] of p.files) {
      if (out.files.has(k)) out.errors.push(`${k}: generated twice`);
      out.files.set(k, v);
    }
    out.owned.push(...p.owned);
    out.errors.push(...p.errors);
  }
  out.owned = [...new Set(out.owned)].sort();
  return out;
}

/** Repo-relative, `/`-separated. */
export function rel(root: string, abs: string): string {
  return path.relative(root, abs).split(path.sep).join('/');
}

/** Every file below `dir` (absolute paths, sorted), skipping dot-folders such as `.sfdx`; [] when `dir` does not exist. */
export function listFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(d, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) {
        if (!e.name.startsWith('.')) walk(p);
      } else if (e.isFile()) out.push(p);
    }
  };
  walk(dir);
  return out.sort();
}

/** Directories matching `<base>/<any>/<leaf>` (e.g. force-app/main/<part>/lwc). */
export function childDirs(base: string, leaf?: string): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(base, { withFileTypes: true });
  } catch {
    return [];
  }
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => (leaf ? path.join(base, e.name, leaf) : path.join(base, e.name)))
    .filter((p) => fs.existsSync(p))
    .sort();
}

function sameContent(file: string, want: Content): boolean {
  let have: Buffer;
  try {
    have = fs.readFileSync(file);
  } catch {
    return false;
  }
  return have.equals(typeof want === 'string' ? Buffer.from(want, 'utf8') : want);
}

export function diffPlan(root: string, plan: Plan): Drift {
  const missing: string[] = [];
  const changed: string[] = [];
  for (const [p, content] of [...plan.files].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const abs = path.join(root, p);
    if (!fs.existsSync(abs)) missing.push(p);
    else if (!sameContent(abs, content)) changed.push(p);
  }
  const extra = plan.owned.filter((p) => !plan.files.has(p)).sort();
  return { missing, changed, extra };
}

export function isClean(d: Drift): boolean {
  return d.missing.length + d.changed.length + d.extra.length === 0;
}

export function describeDrift(d: Drift): string[] {
  return [
    ...d.missing.map((p) => `missing: ${p}`),
    ...d.changed.map((p) => `stale:   ${p}`),
    ...d.extra.map((p) => `orphan:  ${p} (its source is gone)`),
  ];
}

/** Writes missing/changed files, deletes orphans (and directories they leave empty). */
export function applyPlan(root: string, plan: Plan): Drift {
  const drift = diffPlan(root, plan);
  for (const p of [...drift.missing, ...drift.changed]) {
    const abs = path.join(root, p);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, plan.files.get(p)!);
  }
  for (const p of drift.extra) {
    const abs = path.join(root, p);
    fs.rmSync(abs, { force: true });
    // Remove component folders left empty, never the `lwc` folder itself or anything outside it.
    let dir = path.dirname(abs);
    while (/^force-app\/main\/[^/]+\/lwc\/.+/.test(rel(root, dir))) {
      try {
        if (fs.readdirSync(dir).length > 0) break;
        fs.rmdirSync(dir);
      } catch {
        break;
      }
      dir = path.dirname(dir);
    }
  }
  return drift;
}
