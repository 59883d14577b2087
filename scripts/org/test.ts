/** npm run org:test [-- --target-org <alias>] [--test-level RunLocalTests] [--tests A_Tests,B_Tests] */
import { main, OrgScriptError, parseCommonArgs, consoleOutput } from './lib/cli';
import { resolveOrg, withAuthHint } from './lib/auth';
import { failedTests, ORG_WIDE_THRESHOLD, PER_CLASS_THRESHOLD, runApexTests } from './lib/apexTests';

const USAGE = `npm run org:test -- [--target-org <alias>] [--test-level RunLocalTests] [--tests A_Tests,B_Tests]
Runs the org's Apex tests with coverage, writes JUnit + JSON under artifacts/org-test/, and fails on a
test failure or on coverage under ${ORG_WIDE_THRESHOLD}% org-wide or ${PER_CLASS_THRESHOLD}% for any class.`;

main(async () => {
  const args = parseCommonArgs(process.argv.slice(2));
  if (args.help) return consoleOutput.info(USAGE);
  const org = await resolveOrg('org', 'org:test', args.targetOrg);
  const { result, verdict } = await withAuthHint(org, 'org', () =>
    runApexTests(org.getConnection(), { out: consoleOutput, testLevel: args.testLevel, tests: args.tests }),
  );
  const failures = failedTests(result).length;
  if (failures > 0 || !verdict.ok) {
    const reasons = [
      failures ? `${failures} test(s) failed` : '',
      verdict.orgWideOk
        ? ''
        : `org-wide coverage ${verdict.orgWidePercent.toFixed(1)}% < ${ORG_WIDE_THRESHOLD}%`,
      verdict.belowClass.length ? `${verdict.belowClass.length} class(es) under ${PER_CLASS_THRESHOLD}%` : '',
    ].filter(Boolean);
    throw new OrgScriptError(`org:test failed: ${reasons.join('; ')}.`);
  }
  consoleOutput.info('org:test passed.');
});
