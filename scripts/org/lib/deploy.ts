/**
 * `npm run org:deploy`: build, then deploy every package directory with
 * @salesforce/source-deploy-retrieve, printing progress and readable component failures.
 */
import * as path from 'node:path';
import { spawnSync } from 'node:child_process';
import type { Org } from '@salesforce/core';
import { SfProject } from '@salesforce/core';
import { ComponentSet, ComponentStatus } from '@salesforce/source-deploy-retrieve';
import type {
  DeployMessage,
  DeployResult,
  MetadataApiDeployStatus,
} from '@salesforce/source-deploy-retrieve';
import type { Output } from './cli';
import { OrgScriptError } from './cli';

const asArray = <T>(v: T | T[] | undefined): T[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);

/** One progress line per change of state (components, then tests). */
export function renderProgress(
  s: Pick<
    MetadataApiDeployStatus,
    | 'status'
    | 'numberComponentsDeployed'
    | 'numberComponentsTotal'
    | 'numberComponentErrors'
    | 'numberTestsCompleted'
    | 'numberTestsTotal'
    | 'numberTestErrors'
  >,
): string {
  let line = `  ${s.status}: ${s.numberComponentsDeployed ?? 0}/${s.numberComponentsTotal ?? 0} components`;
  if (s.numberComponentErrors) line += `, ${s.numberComponentErrors} errors`;
  if (s.numberTestsTotal) {
    line += `; tests ${s.numberTestsCompleted ?? 0}/${s.numberTestsTotal}`;
    if (s.numberTestErrors) line += `, ${s.numberTestErrors} failed`;
  }
  return line;
}

function location(
  filePath: string | undefined,
  line?: number | string,
  column?: number | string,
  root = process.cwd(),
): string {
  if (!filePath) return '';
  const rel = path.isAbsolute(filePath) ? path.relative(root, filePath) : filePath;
  if (line === undefined || line === '' || line === null) return ` (${rel})`;
  return ` (${rel}:${line}${column !== undefined && column !== '' ? `:${column}` : ''})`;
}

/**
 * The failures of a deploy, one block per component: `Type Name (file:line:col)` then the
 * platform's message; falls back to the raw component failures and the request error.
 */
export function renderDeployFailures(
  result: Pick<DeployResult, 'response' | 'getFileResponses'>,
  root = process.cwd(),
): string[] {
  const lines: string[] = [];
  const seen = new Set<string>();
  for (const r of result.getFileResponses()) {
    if (r.state !== ComponentStatus.Failed) continue;
    const key = `${r.type}|${r.fullName}|${r.lineNumber ?? ''}|${r.error}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const kind = r.problemType === 'Warning' ? 'WARN' : 'ERROR';
    lines.push(
      `  ${kind} ${r.type} ${r.fullName}${location(r.filePath, r.lineNumber, r.columnNumber, root)}`,
    );
    // SDR appends " (line:col)" to the message; the location is already on the line above.
    lines.push(`        ${r.error.replace(/ \(\d+:\d+\)$/, '')}`);
  }
  if (lines.length === 0) {
    for (const f of asArray<DeployMessage>(result.response.details?.componentFailures)) {
      lines.push(
        `  ERROR ${f.componentType ?? 'Component'} ${f.fullName}${location(f.fileName, f.lineNumber, f.columnNumber, root)}`,
      );
      lines.push(`        ${f.problem ?? 'unknown problem'}`);
    }
  }
  for (const t of asArray(result.response.details?.runTestResult?.failures)) {
    lines.push(`  TEST FAILED ${t.name}.${t.methodName}: ${t.message}`);
    if (t.stackTrace) lines.push(`        ${t.stackTrace}`);
  }
  if (lines.length === 0 && result.response.errorMessage) {
    lines.push(
      `  ${result.response.errorStatusCode ? `${result.response.errorStatusCode}: ` : ''}${result.response.errorMessage}`,
    );
  }
  return lines;
}

export interface DeployOptions {
  out: Output;
  projectDir?: string;
  testLevel?: string;
  waitMinutes?: number;
  /** Injectable for tests: turns the component set into a deploy result. */
  run?: (components: ComponentSet, org: Org) => Promise<DeployResult>;
}

async function defaultRun(
  components: ComponentSet,
  org: Org,
  out: Output,
  testLevel: string,
  waitMinutes: number,
): Promise<DeployResult> {
  const deploy = await components.deploy({
    usernameOrConnection: org.getConnection(),
    apiOptions: { rollbackOnError: true, testLevel: testLevel as 'NoTestRun' },
  });
  out.info(`  deploy id ${deploy.id ?? '(pending)'}`);
  let last = '';
  deploy.onUpdate((s) => {
    const line = renderProgress(s);
    if (line !== last) out.info(line);
    last = line;
  });
  return deploy.pollStatus(2000, waitMinutes * 60);
}

/** Runs `npm run build`; the deploy must ship the generated LWC bundles of the current sources. */
export function runBuild(out: Output, cwd = process.cwd()): void {
  out.info('Building (npm run build)...');
  const r = spawnSync('npm', ['run', '--silent', 'build'], {
    cwd,
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (r.error || r.status !== 0) {
    throw new OrgScriptError('The build failed, so nothing was deployed.', [
      'Fix the build (npm run build), or deploy what is there with --skip-build.',
    ]);
  }
}

/** Deploys every package directory of the project to `org`; throws a readable error on failure. */
export async function deployProject(org: Org, options: DeployOptions): Promise<DeployResult> {
  const project = await SfProject.resolve(options.projectDir);
  const dirs = project.getUniquePackageDirectories().map((d) => d.fullPath);
  const components = ComponentSet.fromSource(dirs);
  const testLevel = options.testLevel ?? 'NoTestRun';
  const valid = ['NoTestRun', 'RunLocalTests', 'RunAllTestsInOrg', 'RunSpecifiedTests'];
  if (!valid.includes(testLevel))
    throw new OrgScriptError(`Unknown --test-level "${testLevel}".`, [`Use one of ${valid.join(', ')}.`]);
  const root = project.getPath();
  options.out.info(
    `Deploying ${components.size} components from ${dirs.map((d) => path.relative(root, d) || '.').join(', ')} to ${org.getUsername() ?? org.getOrgId()} (tests: ${testLevel})...`,
  );
  const result = options.run
    ? await options.run(components, org)
    : await defaultRun(components, org, options.out, testLevel, options.waitMinutes ?? 33);
  if (!result.response.success) {
    const failures = renderDeployFailures(result, root);
    const n = result.response.numberComponentErrors || failures.filter((l) => l.startsWith('  ERROR')).length;
    throw new OrgScriptError(`Deploy failed (${result.response.status}): ${n} component error(s).`, failures);
  }
  const warnings = renderDeployFailures(result, root).filter((l) => l.startsWith('  WARN'));
  for (const w of warnings) options.out.info(w);
  options.out.info(
    `Deployed ${result.response.numberComponentsDeployed} components (${result.response.status}).`,
  );
  return result;
}
