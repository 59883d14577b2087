/**
 * `npm run build` — regenerates every generated file of the repo:
 *   1. lwc-ts/<part>/<name>/  →  force-app/main/<part>/lwc/<name>/   (Babel type-strip + copy, LWC-compiled)
 *   2. config/vectors/*.json  →  force-app/tests/liveperson/staticresources/LiveEngageContractVectors.json
 *   3. codegen                →  lwc-ts/types/generated/*            (Apex + schema declarations)
 * `npm run build:check` (`--check`) writes nothing: it compares in memory and exits 1 listing each
 * missing, stale or orphaned generated file (and any compile error).
 * Options: `--root <dir>` (default: the repo), `--check`.
 */
import * as path from 'node:path';
import { planCodegen } from '../codegen/generate';
import { planLwc } from './lwc';
import { applyPlan, describeDrift, diffPlan, isClean, mergePlans, type Plan } from './outputs';
import { planVectors } from './vectors';

export const REPO_ROOT = path.resolve(__dirname, '..', '..');

export interface BuildResult {
  ok: boolean;
  lines: string[];
}

export function planAll(root: string): Plan {
  return mergePlans(planLwc(root), planVectors(root), planCodegen(root));
}

export function runBuild(root: string, check: boolean): BuildResult {
  const plan = planAll(root);
  const lines: string[] = [];
  if (plan.errors.length > 0) {
    lines.push(`build: ${plan.errors.length} error(s):`, ...plan.errors.map((e) => `  ${e}`));
  }
  if (check) {
    const drift = diffPlan(root, plan);
    if (!isClean(drift)) {
      lines.push('build:check: generated files are out of date (run `npm run build`):');
      lines.push(...describeDrift(drift).map((l) => `  ${l}`));
    } else if (plan.errors.length === 0) {
      lines.push(`build:check: ${plan.files.size} generated files up to date`);
    }
    return { ok: isClean(drift) && plan.errors.length === 0, lines };
  }
  if (plan.errors.length > 0) {
    lines.push('build: nothing written');
    return { ok: false, lines };
  }
  const drift = applyPlan(root, plan);
  const n = drift.missing.length + drift.changed.length;
  lines.push(`build: ${plan.files.size} generated files, ${n} written, ${drift.extra.length} removed`);
  lines.push(
    ...describeDrift(drift).map(
      (l) => `  ${l.replace(/^(missing|stale):\s*/, 'wrote:   ').replace(/^orphan:\s*/, 'removed: ')}`,
    ),
  );
  return { ok: true, lines };
}

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const i = argv.indexOf('--root');
  const root = i >= 0 ? path.resolve(argv[i + 1]) : REPO_ROOT;
  const result = runBuild(root, check);
  for (const l of result.lines) (result.ok ? console.log : console.error)(l);
  return result.ok ? 0 : 1;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
