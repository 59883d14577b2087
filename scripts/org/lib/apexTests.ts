/**
 * `npm run org:test`: runs the org's local Apex tests through @salesforce/apex-node's TestService,
 * writes JUnit + JSON reports, and holds the run to the coverage gates (90 % org-wide, 75 % per class).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { Connection } from '@salesforce/core';
import { TestService } from '@salesforce/apex-node';
import type {
  ApexTestProgressValue,
  AsyncTestConfiguration,
  CodeCoverageResult,
  ResultFormat,
  TestLevel,
  TestResult,
} from '@salesforce/apex-node';
import type { Output } from './cli';
import { OrgScriptError } from './cli';

export const ORG_WIDE_THRESHOLD = 90;
export const PER_CLASS_THRESHOLD = 75;
export const REPORT_DIR = path.join('artifacts', 'org-test');

export interface ClassCoverage {
  name: string;
  type: 'ApexClass' | 'ApexTrigger';
  covered: number;
  uncovered: number;
  /** Percentage with one decimal; 100 for a class with no coverable lines. */
  percent: number;
}

export interface CoverageVerdict {
  classes: ClassCoverage[];
  coveredLines: number;
  totalLines: number;
  /** Lines-weighted over every class and trigger in the result (one decimal). */
  orgWidePercent: number;
  /** What Salesforce reported as org-wide coverage, when it did. */
  reportedOrgWide: string | undefined;
  belowClass: ClassCoverage[];
  orgWideOk: boolean;
  ok: boolean;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

/** Computes per-class and org-wide coverage from a TestService result and applies the thresholds. */
export function evaluateCoverage(
  result: Pick<TestResult, 'codecoverage' | 'summary'>,
  thresholds = { orgWide: ORG_WIDE_THRESHOLD, perClass: PER_CLASS_THRESHOLD },
): CoverageVerdict {
  const classes: ClassCoverage[] = (result.codecoverage ?? [])
    .map((c: CodeCoverageResult) => {
      const covered = Math.max(0, c.numLinesCovered ?? 0);
      const uncovered = Math.max(0, c.numLinesUncovered ?? 0);
      const total = covered + uncovered;
      return {
        name: c.name,
        type: c.type,
        covered,
        uncovered,
        percent: total === 0 ? 100 : round1((covered / total) * 100),
      };
    })
    .sort((a, b) => a.percent - b.percent || a.name.localeCompare(b.name));
  const coveredLines = classes.reduce((s, c) => s + c.covered, 0);
  const totalLines = classes.reduce((s, c) => s + c.covered + c.uncovered, 0);
  const orgWidePercent = totalLines === 0 ? 0 : round1((coveredLines / totalLines) * 100);
  // Compare exact ratios, not rounded ones: 74.96 % is below 75 %.
  const belowClass = classes.filter((c) => c.covered * 100 < thresholds.perClass * (c.covered + c.uncovered));
  const orgWideOk = totalLines > 0 && coveredLines * 100 >= thresholds.orgWide * totalLines;
  return {
    classes,
    coveredLines,
    totalLines,
    orgWidePercent,
    reportedOrgWide: result.summary?.orgWideCoverage,
    belowClass,
    orgWideOk,
    ok: orgWideOk && belowClass.length === 0,
  };
}

export interface FailedTest {
  name: string;
  message: string;
  stackTrace: string;
}

export function failedTests(result: Pick<TestResult, 'tests'>): FailedTest[] {
  return (result.tests ?? [])
    .filter((t) => t.outcome !== 'Pass' && t.outcome !== 'Skip')
    .map((t) => ({
      name: t.fullName || `${t.apexClass?.name ?? '?'}.${t.methodName}`,
      message: t.message ?? t.outcome,
      stackTrace: t.stackTrace ?? '',
    }));
}

/** The human summary: failures with messages, the coverage table, the verdict lines. */
export function renderTestReport(
  result: TestResult,
  verdict: CoverageVerdict,
  thresholds = { orgWide: ORG_WIDE_THRESHOLD, perClass: PER_CLASS_THRESHOLD },
): string[] {
  const lines: string[] = [];
  const s = result.summary;
  lines.push(
    `Tests: ${s.testsRan} ran, ${s.passing} passed, ${s.failing} failed, ${s.skipped} skipped (${s.outcome}).`,
  );
  for (const f of failedTests(result)) {
    lines.push(`  FAIL ${f.name}: ${f.message}`);
    if (f.stackTrace) lines.push(`       ${f.stackTrace.split('\n').join('\n       ')}`);
  }
  lines.push('', 'Coverage by class (lowest first):');
  const width = Math.max(10, ...verdict.classes.map((c) => c.name.length));
  for (const c of verdict.classes) {
    const flag =
      c.covered * 100 < thresholds.perClass * (c.covered + c.uncovered) ? `  < ${thresholds.perClass}%` : '';
    lines.push(
      `  ${c.name.padEnd(width)}  ${c.percent.toFixed(1).padStart(5)}%  (${c.covered}/${c.covered + c.uncovered} lines)${flag}`,
    );
  }
  lines.push(
    '',
    `Org-wide coverage: ${verdict.orgWidePercent.toFixed(1)}% (${verdict.coveredLines}/${verdict.totalLines} lines; gate ${thresholds.orgWide}%)` +
      (verdict.reportedOrgWide ? `; Salesforce reports ${verdict.reportedOrgWide}` : ''),
  );
  if (!verdict.orgWideOk)
    lines.push(
      `FAIL org-wide coverage ${verdict.orgWidePercent.toFixed(1)}% is under ${thresholds.orgWide}%.`,
    );
  for (const c of verdict.belowClass)
    lines.push(`FAIL ${c.name} coverage ${c.percent.toFixed(1)}% is under ${thresholds.perClass}%.`);
  return lines;
}

export interface RunApexTestsOptions {
  /** RunLocalTests (default) or RunSpecifiedTests with `tests` (comma-separated class names). */
  testLevel?: string;
  tests?: string;
  outputDir?: string;
  out: Output;
  /** Injectable for tests. */
  service?: Pick<TestService, 'runTestAsynchronous' | 'writeResultFiles'>;
}

function progressLine(p: ApexTestProgressValue): string | undefined {
  switch (p.type) {
    case 'TestQueueProgress': {
      const items = p.value?.records ?? [];
      const done = items.filter((i) => ['Completed', 'Failed', 'Aborted'].includes(String(i.Status))).length;
      return `  ${done}/${items.length} test classes finished`;
    }
    case 'StreamingClientProgress':
    case 'PollingClientProgress':
    case 'FormatTestResultProgress':
      return `  ${p.message}`;
    default:
      return undefined;
  }
}

/** Runs the tests, writes the reports, prints the summary; resolves the verdict, never exits. */
export async function runApexTests(
  connection: Connection,
  options: RunApexTestsOptions,
): Promise<{ result: TestResult; verdict: CoverageVerdict; files: string[] }> {
  const service = options.service ?? new TestService(connection);
  const level = (options.testLevel ?? (options.tests ? 'RunSpecifiedTests' : 'RunLocalTests')) as TestLevel;
  if (!['RunLocalTests', 'RunAllTestsInOrg', 'RunSpecifiedTests'].includes(level)) {
    throw new OrgScriptError(`Unknown --test-level "${level}".`, [
      'Use RunLocalTests (default), RunAllTestsInOrg or RunSpecifiedTests with --tests A_Tests,B_Tests.',
    ]);
  }
  const config: AsyncTestConfiguration = { testLevel: level, skipCodeCoverage: false };
  if (level === 'RunSpecifiedTests') {
    if (!options.tests)
      throw new OrgScriptError('--test-level RunSpecifiedTests needs --tests Class_Tests[,Other_Tests].');
    config.classNames = options.tests;
  }
  let last = '';
  const progress = {
    report: (p: ApexTestProgressValue) => {
      const line = progressLine(p);
      if (line && line !== last) options.out.info(line);
      if (line) last = line;
    },
  };
  options.out.info(`Running Apex tests (${level}) with code coverage...`);
  const raw = await service.runTestAsynchronous(config, true, false, progress);
  if (!('summary' in raw)) throw new OrgScriptError(`The test run ${raw.testRunId} did not return results.`);
  const result = raw as TestResult;
  const outputDir = options.outputDir ?? REPORT_DIR;
  fs.mkdirSync(outputDir, { recursive: true });
  const verdict = evaluateCoverage(result);
  const files = await service.writeResultFiles(
    result,
    {
      dirPath: outputDir,
      resultFormats: ['junit', 'json'] as ResultFormat[],
      fileInfos: [
        {
          filename: 'coverage-gates.json',
          content: { thresholds: { orgWide: ORG_WIDE_THRESHOLD, perClass: PER_CLASS_THRESHOLD }, ...verdict },
        },
      ],
    },
    true,
  );
  for (const line of renderTestReport(result, verdict)) options.out.info(line);
  options.out.info(`Reports: ${outputDir} (JUnit and JSON)`);
  return { result, verdict, files };
}
