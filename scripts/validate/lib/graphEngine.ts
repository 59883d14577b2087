/**
 * Graph Engine (sfge, the data-flow engine of Code Analyzer) proves every entry point of our Apex, or
 * the check fails naming the one it did not prove (`not proven: Class.method`).
 *
 * We drive sfge's Java directly (the same jar and input file as Code Analyzer's sfge engine) because
 * Code Analyzer neither targets methods nor says which entry points a run finished:
 * - Targets: exactly the entry points of `entryPoints.ts` that run code (an `@AuraEnabled`
 *   auto-property runs none), by file and method name.
 * - Project: the classes those entry points can reach (by name, over-approximated) plus every
 *   non-Apex file sfge reads (object metadata, pages); test classes are never loaded, since production
 *   code cannot call them, nor triggers (no path leads into one). Building the graph is most of sfge's
 *   cost; this keeps it small.
 * - Proof of one entry point: sfge logged `Finished. method=<Class>:<method>` and reported no internal
 *   error (time-out, path-expansion limit) for it. Its violations then fail (severity 1-2) or warn.
 * - Proofs are kept: a proof (with its violations) is a file in `scripts/validate/graph-engine-proofs`,
 *   named by a hash of the entry point, the content of every class it can reach, the object metadata
 *   and pages, the sfge version and the rules. They are committed with the Apex they prove, so a clean
 *   clone re-proves only what changed since; a run that resolved every entry point removes the proofs
 *   no entry point uses any more. `VALIDATE_SFGE_FRESH=1` ignores them and proves everything again.
 * - Budget: one wall-clock budget for the run (VALIDATE_SFGE_BUDGET_S, 150 s). Over it, sfge is stopped
 *   and every entry point it had not proven fails by name; a later run resumes from the cache. sfge's
 *   per-entry-point timer is a third of the budget, so a runaway entry point fails alone and the proofs
 *   of the others are kept. The log of an incomplete run is kept in `node_modules/.cache/validate-sfge`.
 * - Rules: the path-based rules (ApexFlsViolation, DatabaseOperationsMustUseWithSharing,
 *   AvoidDatabaseOperationInLoop, AvoidMultipleMassSchemaLookups, MissingNullCheckOnSoqlVariable,
 *   ApexNullPointerException). UnimplementedType (a severity-4 static rule, dead code) is not run.
 */
import { spawn } from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { parseAll } from './apexSource';
import {
  type EntryPoint,
  classGraph,
  entryId,
  listEntryPoints,
  reachableFiles,
  visualforceControllers,
} from './entryPoints';
import { type Check, type CheckContext, type Finding, error, listFiles, warning } from './findings';

export const SFGE_RULES = [
  'ApexFlsViolation',
  'DatabaseOperationsMustUseWithSharing',
  'AvoidDatabaseOperationInLoop',
  'AvoidMultipleMassSchemaLookups',
  'MissingNullCheckOnSoqlVariable',
  'ApexNullPointerException',
];

/** Wall-clock budget of the Graph Engine run (s). */
export function sfgeBudgetSeconds(): number {
  return Number(process.env.VALIDATE_SFGE_BUDGET_S ?? 150);
}

/** Where proofs are kept (committed for this repository; a test points it at its own folder). */
export function sfgeProofDir(ctx: CheckContext): string {
  return (
    process.env.VALIDATE_SFGE_CACHE_DIR ??
    path.join(ctx.repoDir, 'scripts', 'validate', 'graph-engine-proofs')
  );
}

/** sfge's log of the last run that did not prove everything (per-entry-point timings), never committed. */
function incompleteRunLog(ctx: CheckContext): string {
  return path.join(ctx.repoDir, 'node_modules', '.cache', 'validate-sfge', 'last-incomplete-run.log');
}

/** One violation as sfge writes it to its results file. */
interface SfgeResult {
  ruleName: string;
  message: string;
  severity: number;
  sourceFileName: string;
  sourceLineNumber: number;
  sinkFileName?: string;
  sinkLineNumber?: number;
}

/** What the cache holds for one proven entry point (files relative to the project). */
interface Proof {
  entry: string;
  violations: SfgeResult[];
}

function sfgeDir(ctx: CheckContext): string {
  return path.join(
    path.dirname(require.resolve('@salesforce/code-analyzer-sfge-engine', { paths: [ctx.repoDir] })),
  );
}

function sfgeVersion(ctx: CheckContext): string {
  const pkg = path.join(sfgeDir(ctx), '..', 'package.json');
  return (JSON.parse(fs.readFileSync(pkg, 'utf8')) as { version: string }).version;
}

function sha(parts: string[]): string {
  const h = crypto.createHash('sha256');
  for (const p of parts) h.update(`${p.length}:${p}`);
  return h.digest('hex');
}

/**
 * Non-Apex files sfge reads: object metadata (custom settings, fields) and Visualforce pages and
 * components (controllers). Triggers are not entry points of sfge and no path leads into them.
 */
function nonApexFiles(ctx: CheckContext): string[] {
  return ctx.packageDirs
    .flatMap((d) => listFiles(d))
    .filter((f) => /[\\/]objects[\\/].*-meta\.xml$/i.test(f) || /\.(page|component)$/i.test(f))
    .sort();
}

interface SfgeRun {
  /** `Class:method` of every entry point sfge logged as finished. */
  finished: Set<string>;
  results: SfgeResult[];
  /** Set when sfge did not complete (budget, crash). */
  failure?: string;
  seconds: number;
}

function runSfge(
  ctx: CheckContext,
  targets: EntryPoint[],
  projectFiles: string[],
  budgetMs: number,
): Promise<SfgeRun> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-sfge-'));
  const input = path.join(work, 'input.json');
  const output = path.join(work, 'results.json');
  const log = path.join(work, 'sfge.log');
  const byFile = new Map<string, Set<string>>();
  for (const t of targets) byFile.set(t.file, (byFile.get(t.file) ?? new Set()).add(t.method));
  fs.writeFileSync(
    input,
    JSON.stringify({
      targets: [...byFile].map(([targetFile, methods]) => ({ targetFile, targetMethods: [...methods] })),
      projectFilesAndFolders: projectFiles,
      rulesToRun: SFGE_RULES,
    }),
  );
  const threads = Math.max(2, os.availableParallelism());
  // Per-entry-point timer at a third of the budget: two runaway entry points (one per thread) fail alone
  // and still leave the others the time to be proven and kept.
  const threadTimeout = Math.max(10_000, Math.floor(budgetMs / 3));
  const args = [
    '-cp',
    path.join(sfgeDir(ctx), 'java-lib', '*'),
    `-Dsfge_log_name=${log}`,
    `-DSFGE_RULE_THREAD_COUNT=${threads}`,
    `-DSFGE_RULE_THREAD_TIMEOUT=${threadTimeout}`,
    'com.salesforce.Sfge',
    'execute',
    input,
    output,
  ];
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn('java', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stdout.on('data', () => undefined);
    child.stderr.on('data', (d: Buffer) => (stderr = (stderr + d.toString()).slice(-4000)));
    let overBudget = false;
    const timer = setTimeout(() => {
      overBudget = true;
      child.kill('SIGKILL');
    }, budgetMs);
    const finish = (failure?: string): void => {
      clearTimeout(timer);
      const finished = new Set<string>();
      let results: SfgeResult[] = [];
      try {
        const text = fs.readFileSync(log, 'utf8');
        for (const m of text.matchAll(/Finished\. method=([^:\s]+):([^:\s]+):\d+/g))
          finished.add(`${m[1]}:${m[2]}`);
      } catch {
        /* no log: nothing finished */
      }
      if (!failure) {
        try {
          results = (JSON.parse(fs.readFileSync(output, 'utf8')) as SfgeResult[]).map((r) => ({
            ...r,
            sourceFileName: path.resolve(ctx.projectDir, r.sourceFileName),
            ...(r.sinkFileName ? { sinkFileName: path.resolve(ctx.projectDir, r.sinkFileName) } : {}),
          }));
        } catch (e) {
          failure = `sfge wrote no readable results (${(e as Error).message})`;
        }
      }
      // sfge's log of a run that did not prove everything, for the next reader (entry point timings).
      if (failure || results.some((r) => r.ruleName === 'InternalExecutionError')) {
        try {
          fs.mkdirSync(path.dirname(incompleteRunLog(ctx)), { recursive: true });
          fs.copyFileSync(log, incompleteRunLog(ctx));
        } catch {
          /* no log */
        }
      }
      fs.rmSync(work, { recursive: true, force: true });
      resolve({ finished, results, failure, seconds: (performance.now() - t0) / 1000 });
    };
    child.on('error', (e) => finish(`java did not start: ${e.message}`));
    child.on('close', (code) => {
      if (overBudget)
        finish(`Graph Engine stopped after its ${budgetMs / 1000} s budget (VALIDATE_SFGE_BUDGET_S)`);
      else if (code !== 0)
        finish(`sfge exited with ${code}: ${stderr.replace(/\s+/g, ' ').trim().slice(-600)}`);
      else finish();
    });
  });
}

/** The entry point whose declaration holds `file:line`. */
function entryAt(entries: EntryPoint[], file: string, line: number): EntryPoint | undefined {
  return entries.find((e) => e.file === file && line >= e.line && line <= e.endLine);
}

/**
 * The reason comment of a deliberate system-mode operation at `line`: the statement starting there
 * (up to its `;`) says `SYSTEM_MODE`, and a `//` comment sits right above it or inside it. Graph Engine
 * reports such an operation as an FLS violation; the team rule (docs/validation.md) accepts system mode
 * with its reason, and docs/security.md lists each one.
 */
export function systemModeReason(file: string, line: number): string | undefined {
  let lines: string[];
  try {
    lines = fs.readFileSync(file, 'utf8').split(/\r?\n/);
  } catch {
    return undefined;
  }
  let end = line - 1;
  while (end < lines.length - 1 && !lines[end].includes(';')) end++;
  const statement = lines.slice(line - 1, end + 1);
  if (!statement.some((l) => /\bSYSTEM_MODE\b/.test(l))) return undefined;
  const comments: string[] = [];
  for (let i = line - 2; i >= 0 && /^\s*\/\//.test(lines[i]); i--)
    comments.unshift(lines[i].trim().replace(/^\/\/\s*/, ''));
  for (const l of statement) {
    const m = /\/\/\s*(.*)$/.exec(l);
    if (m) comments.push(m[1]);
  }
  const reason = comments.join(' ').trim();
  return reason || undefined;
}

function toFinding(ctx: CheckContext, v: SfgeResult, entry: string): Finding {
  const file = path.resolve(ctx.projectDir, v.sinkFileName || v.sourceFileName);
  const line = v.sinkFileName ? (v.sinkLineNumber ?? 0) : v.sourceLineNumber;
  const msg = `[sev ${v.severity}] ${v.message.replace(/\s+/g, ' ').trim()} (entry point ${entry})`;
  const rule = `sfge/${v.ruleName}`;
  if (v.severity > 2) return warning(file, line, rule, msg);
  const reason = v.ruleName === 'ApexFlsViolation' ? systemModeReason(file, line) : undefined;
  return reason
    ? warning(file, line, rule, `${msg} — system mode by design: ${reason}`)
    : error(file, line, rule, msg);
}

function relativeResult(ctx: CheckContext, v: SfgeResult): SfgeResult {
  return {
    ruleName: v.ruleName,
    message: v.message,
    severity: v.severity,
    sourceFileName: path.relative(ctx.projectDir, v.sourceFileName),
    sourceLineNumber: v.sourceLineNumber,
    ...(v.sinkFileName
      ? { sinkFileName: path.relative(ctx.projectDir, v.sinkFileName), sinkLineNumber: v.sinkLineNumber }
      : {}),
  };
}

export const graphEngineCheck: Check = {
  name: 'graph-engine (sfge: every entry point proven)',
  async run(ctx) {
    const parsed = parseAll(ctx);
    if (parsed.some((p) => p.syntaxErrors.length)) {
      return {
        findings: [
          error(
            ctx.projectDir,
            0,
            'sfge/not-proven',
            'no entry point proven: the Apex does not parse (see apex-syntax)',
          ),
        ],
      };
    }
    const all = listEntryPoints(parsed, visualforceControllers(ctx));
    const entries = all.filter((e) => e.hasCode);
    const graph = classGraph(parsed);
    const shared = nonApexFiles(ctx);
    const globalKey = sha([
      sfgeVersion(ctx),
      SFGE_RULES.join(','),
      ...shared.flatMap((f) => [path.relative(ctx.projectDir, f), fs.readFileSync(f, 'utf8')]),
    ]);
    const cacheDir = sfgeProofDir(ctx);
    const fresh = process.env.VALIDATE_SFGE_FRESH === '1';
    fs.mkdirSync(cacheDir, { recursive: true });
    const keyOf = new Map<EntryPoint, string>();
    const reach = new Map<EntryPoint, string[]>();
    for (const e of entries) {
      const files = reachableFiles(graph, e.topClass);
      reach.set(e, files);
      keyOf.set(
        e,
        sha([
          globalKey,
          entryId(e),
          path.relative(ctx.projectDir, e.file),
          ...files.flatMap((f) => [path.relative(ctx.projectDir, f), fs.readFileSync(f, 'utf8')]),
        ]),
      );
    }
    const proofs = new Map<EntryPoint, Proof>();
    for (const e of fresh ? [] : entries) {
      try {
        proofs.set(
          e,
          JSON.parse(fs.readFileSync(path.join(cacheDir, `${keyOf.get(e)}.json`), 'utf8')) as Proof,
        );
      } catch {
        /* not cached */
      }
    }
    const todo = entries.filter((e) => !proofs.has(e));
    const findings: Finding[] = [];
    const notes: string[] = [];
    if (todo.length) {
      const projectFiles = [...new Set([...todo.flatMap((e) => reach.get(e)!), ...shared])];
      const run = await runSfge(ctx, todo, projectFiles, sfgeBudgetSeconds() * 1000);
      notes.push(
        `sfge ran ${todo.length} entry point(s) over ${projectFiles.filter((f) => f.endsWith('.cls')).length} classes in ${run.seconds.toFixed(1)} s`,
      );
      const internal = run.results.filter((r) => r.ruleName === 'InternalExecutionError');
      for (const e of todo) {
        const id = entryId(e);
        const where = (reason: string): Finding =>
          error(e.file, e.line, 'sfge/not-proven', `not proven: ${id} — ${reason}`);
        if (run.failure) {
          findings.push(
            where(
              run.finished.has(`${e.className}:${e.method}`)
                ? `${run.failure} (its violations were not written)`
                : run.failure,
            ),
          );
          continue;
        }
        const problems = internal.filter((r) => entryAt([e], r.sourceFileName, r.sourceLineNumber));
        if (problems.length) {
          findings.push(
            where(problems.map((r) => r.message.replace(/\s+/g, ' ').trim().slice(0, 400)).join(' | ')),
          );
          continue;
        }
        if (!run.finished.has(`${e.className}:${e.method}`)) {
          findings.push(where('Graph Engine did not analyse it (no path from this method was evaluated)'));
          continue;
        }
        const proof: Proof = {
          entry: id,
          violations: run.results
            .filter(
              (r) =>
                r.ruleName !== 'InternalExecutionError' && entryAt([e], r.sourceFileName, r.sourceLineNumber),
            )
            .map((r) => relativeResult(ctx, r)),
        };
        fs.writeFileSync(path.join(cacheDir, `${keyOf.get(e)}.json`), JSON.stringify(proof));
        proofs.set(e, proof);
      }
      // A violation that no targeted entry point's declaration holds is reported, never dropped.
      for (const r of run.results) {
        if (r.ruleName === 'InternalExecutionError') {
          if (!entryAt(todo, r.sourceFileName, r.sourceLineNumber)) {
            findings.push(
              error(
                r.sourceFileName,
                r.sourceLineNumber,
                'sfge/internal-error',
                r.message.replace(/\s+/g, ' ').trim(),
              ),
            );
          }
        } else if (!entryAt(todo, r.sourceFileName, r.sourceLineNumber)) {
          findings.push(
            toFinding(
              ctx,
              relativeResult(ctx, r),
              `${path.basename(r.sourceFileName)}:${r.sourceLineNumber}`,
            ),
          );
        }
      }
    }
    for (const [, proof] of proofs)
      for (const v of proof.violations) findings.push(toFinding(ctx, v, proof.entry));
    const proven = entries.filter((e) => proofs.has(e));
    if (proven.length === entries.length) {
      const used = new Set(entries.map((e) => `${keyOf.get(e)}.json`));
      for (const f of fs.readdirSync(cacheDir))
        if (/^[0-9a-f]{64}\.json$/.test(f) && !used.has(f)) fs.rmSync(path.join(cacheDir, f));
    }
    notes.unshift(
      `${proven.length}/${entries.length} entry points proven (${entries.length - todo.length} from cache), ` +
        `${all.length - entries.length} @AuraEnabled auto-properties run no code`,
    );
    const byClass = new Map<string, string[]>();
    for (const e of proven) byClass.set(e.className, [...(byClass.get(e.className) ?? []), e.method]);
    notes.push(`proven: ${[...byClass].map(([c, ms]) => `${c}.{${ms.join(',')}}`).join(' ') || 'none'}`);
    return { findings, notes };
  },
};
