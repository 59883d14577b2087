/**
 * `npm run validate` — the offline proof of our Apex and metadata (no org needed).
 *
 *   tsx scripts/validate/validate.ts [--project <dir>] [--only <check>[,<check>...]]
 *
 * Runs every check (see docs/validation.md), prints every finding as `file:line: rule: message`
 * and the time of each check, and exits 1 when any check found an error (0 when clean). The
 * JVM-based checks (apex-ls, Code Analyzer) and Prettier run in child processes while the
 * JavaScript checks run here, so they overlap.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { apexLsCheck } from './lib/apexLs';
import { apexRulesCheck } from './lib/apexRules';
import { apexSyntaxCheck } from './lib/apexSource';
import { codeAnalyzerCheck } from './lib/codeAnalyzer';
import { graphEngineCheck } from './lib/graphEngine';
import { type Check, type CheckContext, type CheckResult, type Finding, formatFinding } from './lib/findings';
import { metadataCheck } from './lib/metadata';
import { prettierApexCheck } from './lib/prettierApex';

const REPO_DIR = path.resolve(__dirname, '..', '..');

/** Checks by short id; the first four start child processes (started first so they overlap). */
export const CHECKS: Record<string, Check> = {
  'graph-engine': graphEngineCheck,
  'code-analyzer': codeAnalyzerCheck,
  'apex-ls': apexLsCheck,
  prettier: prettierApexCheck,
  'apex-syntax': apexSyntaxCheck,
  'apex-rules': apexRulesCheck,
  metadata: metadataCheck,
};

interface Args {
  project: string;
  only?: string[];
}

function parseArgs(argv: string[]): Args {
  const args: Args = { project: REPO_DIR };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--project') args.project = path.resolve(argv[++i] ?? '');
    else if (a.startsWith('--project=')) args.project = path.resolve(a.slice('--project='.length));
    else if (a === '--only') args.only = (argv[++i] ?? '').split(',').filter(Boolean);
    else if (a.startsWith('--only=')) args.only = a.slice('--only='.length).split(',').filter(Boolean);
    else if (a === '--help' || a === '-h') {
      console.log(`usage: validate [--project <dir>] [--only ${Object.keys(CHECKS).join(',')}]`);
      process.exit(0);
    } else throw new Error(`unknown argument ${a}`);
  }
  return args;
}

function loadContext(projectDir: string): CheckContext {
  const file = path.join(projectDir, 'sfdx-project.json');
  if (!fs.existsSync(file)) throw new Error(`no sfdx-project.json in ${projectDir}`);
  const project = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    packageDirectories?: { path: string }[];
    sourceApiVersion?: string;
  };
  const packageDirs = (project.packageDirectories ?? []).map((d) => path.resolve(projectDir, d.path));
  if (packageDirs.length === 0) throw new Error(`${file}: no packageDirectories`);
  if (!project.sourceApiVersion) throw new Error(`${file}: no sourceApiVersion`);
  return { projectDir, repoDir: REPO_DIR, packageDirs, sourceApiVersion: project.sourceApiVersion };
}

interface Timed {
  id: string;
  check: Check;
  seconds: number;
  result: CheckResult;
}

async function timed(id: string, check: Check, ctx: CheckContext): Promise<Timed> {
  const t0 = performance.now();
  let result: CheckResult;
  try {
    result = await check.run(ctx);
  } catch (e) {
    const err = e as Error;
    result = {
      findings: [
        {
          file: ctx.projectDir,
          line: 0,
          rule: `${id}/crash`,
          message: `check crashed: ${err.stack ?? err.message}`,
          severity: 'error',
        },
      ],
    };
  }
  return { id, check, seconds: (performance.now() - t0) / 1000, result };
}

function byLocation(a: Finding, b: Finding): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule);
}

async function main(): Promise<number> {
  const args = parseArgs(process.argv.slice(2));
  const ctx = loadContext(args.project);
  const ids = args.only ?? Object.keys(CHECKS);
  for (const id of ids)
    if (!CHECKS[id]) throw new Error(`unknown check ${id} (known: ${Object.keys(CHECKS).join(', ')})`);
  const t0 = performance.now();
  console.log(
    `validate: ${ctx.projectDir} (${ctx.packageDirs.map((d) => path.relative(ctx.projectDir, d)).join(', ')}; API ${ctx.sourceApiVersion})`,
  );
  // Start every check; the async ones (child processes) overlap with the synchronous JS ones.
  const pending: Promise<Timed>[] = [];
  for (const id of ids) {
    pending.push(timed(id, CHECKS[id], ctx));
    // yield so that a just-started check spawns its process before a CPU-bound check blocks the loop
    await new Promise((r) => setImmediate(r));
  }
  const done = await Promise.all(pending);
  let errors = 0;
  let warnings = 0;
  const failedFiles = new Set<string>();
  for (const t of done) {
    const seen = new Set<string>();
    t.result.findings = t.result.findings.filter((f) => {
      const key = `${f.severity}|${f.file}|${f.line}|${f.rule}|${f.message}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    const errs = t.result.findings.filter((f) => f.severity === 'error').sort(byLocation);
    const warns = t.result.findings.filter((f) => f.severity === 'warning').sort(byLocation);
    errors += errs.length;
    warnings += warns.length;
    errs.forEach((f) => failedFiles.add(f.file));
    const status = errs.length ? 'FAIL' : 'PASS';
    const notes = t.result.notes?.length ? ` — ${t.result.notes.join('; ')}` : '';
    console.log(`\n== ${t.id}: ${status} (${t.seconds.toFixed(1)} s) ${t.check.name}${notes}`);
    for (const f of errs) console.log(`  ${formatFinding(f, ctx.projectDir)}`);
    for (const f of warns) console.log(`  warning: ${formatFinding(f, ctx.projectDir)}`);
  }
  const total = (performance.now() - t0) / 1000;
  console.log(
    `\nvalidate: ${errors ? 'FAILED' : 'passed'}: ${errors} error(s) in ${failedFiles.size} file(s), ${warnings} warning(s), ${total.toFixed(1)} s`,
  );
  return errors ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(`validate: ${(e as Error).message}`);
    process.exit(1);
  },
);
