import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { MockTestOrgData, TestContext } from '@salesforce/core/testSetup';
import type { Connection } from '@salesforce/core';
import type { ApexTestProgressValue, CodeCoverageResult, TestResult } from '@salesforce/apex-node';
import { evaluateCoverage, failedTests, renderTestReport, runApexTests } from '../lib/apexTests';
import { SILENT, capturedOutput } from './output';

function cov(
  name: string,
  covered: number,
  uncovered: number,
  type: 'ApexClass' | 'ApexTrigger' = 'ApexClass',
): CodeCoverageResult {
  const total = covered + uncovered;
  return {
    apexId: `01p${name}`,
    name,
    type,
    numLinesCovered: covered,
    numLinesUncovered: uncovered,
    percentage: total ? `${Math.round((covered / total) * 100)}%` : '0%',
    coveredLines: [],
    uncoveredLines: [],
  };
}

function result(codecoverage: CodeCoverageResult[], failing = 0): TestResult {
  const tests = [
    {
      id: '07M1',
      queueItemId: '709',
      stackTrace: null,
      message: null,
      asyncApexJobId: '707',
      methodName: 'it_should_work',
      outcome: 'Pass',
      apexLogId: null,
      apexClass: {
        id: '01p',
        name: 'WidgetController_Tests',
        namespacePrefix: '',
        fullName: 'WidgetController_Tests',
      },
      runTime: 5,
      testTimestamp: '',
      fullName: 'WidgetController_Tests.it_should_work',
    },
    ...Array.from({ length: failing }, (_, i) => ({
      id: `07M9${i}`,
      queueItemId: '709',
      stackTrace: 'Class.Sync_Tests.it_breaks: line 12, column 1',
      message: 'System.AssertException: Assertion Failed: expected 2, got 1',
      asyncApexJobId: '707',
      methodName: 'it_breaks',
      outcome: 'Fail',
      apexLogId: null,
      apexClass: { id: '01q', name: 'Sync_Tests', namespacePrefix: '', fullName: 'Sync_Tests' },
      runTime: 5,
      testTimestamp: '',
      fullName: 'Sync_Tests.it_breaks',
    })),
  ];
  return {
    summary: {
      failRate: '0%',
      testsRan: tests.length,
      orgId: '00D',
      outcome: failing ? 'Failed' : 'Passed',
      passing: 1,
      failing,
      skipped: 0,
      passRate: '100%',
      skipRate: '0%',
      testStartTime: '',
      testExecutionTimeInMs: 10,
      testTotalTimeInMs: 10,
      commandTimeInMs: 10,
      hostname: 'https://example.my.salesforce.com',
      username: 'admin@example.com',
      testRunId: '707',
      userId: '005',
      orgWideCoverage: '91%',
    },
    tests,
    codecoverage,
  } as unknown as TestResult;
}

describe('org:test coverage gates', () => {
  it('computes per-class and lines-weighted org-wide coverage', () => {
    const v = evaluateCoverage(result([cov('A', 90, 10), cov('B', 30, 0), cov('C', 0, 0)]));
    expect(v.classes.map((c) => [c.name, c.percent])).toEqual([
      ['A', 90],
      ['B', 100],
      ['C', 100],
    ]);
    expect(v.coveredLines).toBe(120);
    expect(v.totalLines).toBe(130);
    expect(v.orgWidePercent).toBe(92.3);
    expect(v.reportedOrgWide).toBe('91%');
    expect(v.ok).toBe(true);
  });

  it('fails a class under 75 % even when it rounds to 75.0', () => {
    const v = evaluateCoverage(result([cov('Tiny', 7496, 2504), cov('Big', 100000, 0)]));
    expect(v.belowClass.map((c) => c.name)).toEqual(['Tiny']);
    expect(v.belowClass[0].percent).toBe(75);
    expect(v.orgWideOk).toBe(true);
    expect(v.ok).toBe(false);
  });

  it('accepts exactly 75 % per class and exactly 90 % org-wide', () => {
    const v = evaluateCoverage(result([cov('A', 75, 25), cov('B', 105, 0)]));
    expect(v.belowClass).toEqual([]);
    expect(v.orgWidePercent).toBe(87.8);
    expect(v.orgWideOk).toBe(false);
    const w = evaluateCoverage(result([cov('A', 75, 25), cov('B', 285, 15)]));
    expect(w.coveredLines * 100).toBe(90 * w.totalLines);
    expect(w.ok).toBe(true);
  });

  it('fails org-wide under 90 % with every class above 75 %', () => {
    const v = evaluateCoverage(
      result([cov('A', 80, 20), cov('B', 85, 15), cov('Trig', 4, 1, 'ApexTrigger')]),
    );
    expect(v.belowClass).toEqual([]);
    expect(v.orgWideOk).toBe(false);
    expect(v.ok).toBe(false);
  });

  it('treats a run without coverage data as failing', () => {
    const v = evaluateCoverage(result([]));
    expect(v.orgWideOk).toBe(false);
    expect(v.ok).toBe(false);
  });

  it('renders failures, the table and the verdict', () => {
    const r = result([cov('LivePersonClient', 60, 40), cov('WidgetController', 9, 0)], 1);
    const lines = renderTestReport(r, evaluateCoverage(r));
    expect(lines[0]).toBe('Tests: 2 ran, 1 passed, 1 failed, 0 skipped (Failed).');
    expect(lines[1]).toBe(
      '  FAIL Sync_Tests.it_breaks: System.AssertException: Assertion Failed: expected 2, got 1',
    );
    expect(lines).toContain('  LivePersonClient   60.0%  (60/100 lines)  < 75%');
    expect(lines).toContain('  WidgetController  100.0%  (9/9 lines)');
    expect(lines).toContain('FAIL org-wide coverage 63.3% is under 90%.');
    expect(lines).toContain('FAIL LivePersonClient coverage 60.0% is under 75%.');
    expect(failedTests(r)).toHaveLength(1);
  });
});

describe('org:test run', () => {
  const $$ = new TestContext();
  let conn: Connection;
  let dir: string;

  beforeEach(async () => {
    const testOrg = new MockTestOrgData();
    await $$.stubAuths(testOrg);
    conn = await testOrg.getConnection();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'org-test-'));
  });

  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('runs local tests with coverage, reports progress and writes JUnit + JSON', async () => {
    const r = result([cov('WidgetController', 9, 0), cov('LivePersonClient', 95, 5)]);
    const service = {
      runTestAsynchronous: jest.fn(
        async (
          _config: unknown,
          _coverage?: boolean,
          _immediate?: boolean,
          progress?: { report(v: ApexTestProgressValue): void },
        ) => {
          progress?.report({
            type: 'PollingClientProgress',
            value: 'pollingProcessingTestRun',
            testRunId: '707',
            message: 'Processing test run 707',
          });
          progress?.report({
            type: 'FormatTestResultProgress',
            value: 'queryingForAggregateCodeCoverage',
            message: 'Querying for aggregate code coverage results',
          });
          return r;
        },
      ),
      writeResultFiles: jest.fn(
        async (_res: unknown, cfg: { dirPath: string; resultFormats?: string[] }, _coverage?: boolean) => {
          const files = (cfg.resultFormats ?? []).map((f) =>
            path.join(cfg.dirPath, `test-result.${f === 'junit' ? 'xml' : f}`),
          );
          for (const f of files) fs.writeFileSync(f, 'x');
          return files;
        },
      ),
    };
    const out = capturedOutput();
    const { lines } = out;
    const { verdict, files } = await runApexTests(conn, { out, outputDir: dir, service: service as never });
    expect(service.runTestAsynchronous.mock.calls[0][0]).toEqual({
      testLevel: 'RunLocalTests',
      skipCodeCoverage: false,
    });
    expect(service.runTestAsynchronous.mock.calls[0][1]).toBe(true);
    const cfg = service.writeResultFiles.mock.calls[0][1];
    expect(cfg).toMatchObject({ dirPath: dir, resultFormats: ['junit', 'json'] });
    expect(cfg).toHaveProperty('fileInfos.0.filename', 'coverage-gates.json');
    expect(cfg).toHaveProperty('fileInfos.0.content.orgWidePercent', 95.4);
    expect(cfg).toHaveProperty('fileInfos.0.content.thresholds', { orgWide: 90, perClass: 75 });
    expect(service.writeResultFiles.mock.calls[0][2]).toBe(true);
    expect(files.map((f) => path.basename(f))).toEqual(['test-result.xml', 'test-result.json']);
    expect(verdict.ok).toBe(true);
    expect(lines).toContain('  Processing test run 707');
    expect(lines).toContain(`Reports: ${dir} (JUnit and JSON)`);
  });

  it('runs the named test classes', async () => {
    const service = {
      runTestAsynchronous: jest.fn(async () => result([cov('A', 1, 0)])),
      writeResultFiles: jest.fn(async () => []),
    };
    await runApexTests(conn, {
      out: SILENT,
      outputDir: dir,
      tests: 'A_Tests,B_Tests',
      service: service as never,
    });
    expect(service.runTestAsynchronous.mock.calls[0]).toContainEqual({
      testLevel: 'RunSpecifiedTests',
      skipCodeCoverage: false,
      classNames: 'A_Tests,B_Tests',
    });
    await expect(
      runApexTests(conn, { out: SILENT, outputDir: dir, testLevel: 'Bogus', service: service as never }),
    ).rejects.toThrow('Unknown --test-level "Bogus".');
  });
});
