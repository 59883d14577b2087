/**
 * `npm run codegen` — regenerates lwc-ts/types/generated/* from the Apex classes, the object metadata
 * and the component folders (see ./generate.ts). `npm run codegen -- --check` writes nothing and exits 1
 * listing each missing, stale or orphaned declaration file. `--root <dir>` runs on another tree.
 */
import * as path from 'node:path';
import { applyPlan, describeDrift, diffPlan, isClean } from '../build/outputs';
import { planCodegen } from './generate';

function main(argv: string[]): number {
  const check = argv.includes('--check');
  const i = argv.indexOf('--root');
  const root = i >= 0 ? path.resolve(argv[i + 1]) : path.resolve(__dirname, '..', '..');
  const plan = planCodegen(root);
  for (const e of plan.errors) console.error(`codegen: ${e}`);
  if (check) {
    const drift = diffPlan(root, plan);
    if (!isClean(drift)) {
      console.error('codegen --check: declarations are out of date (run `npm run codegen`):');
      for (const l of describeDrift(drift)) console.error(`  ${l}`);
      return 1;
    }
    if (plan.errors.length > 0) return 1;
    console.log(`codegen --check: ${plan.files.size} generated files up to date`);
    return 0;
  }
  if (plan.errors.length > 0) {
    console.error('codegen: nothing written');
    return 1;
  }
  const drift = applyPlan(root, plan);
  console.log(
    `codegen: ${plan.files.size} files, ${drift.missing.length + drift.changed.length} written, ${drift.extra.length} removed`,
  );
  return 0;
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2));
}
