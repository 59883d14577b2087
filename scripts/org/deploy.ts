/** npm run org:deploy [-- --target-org <alias>] [--skip-build] [--test-level NoTestRun|RunLocalTests|...] [--wait <minutes>] [--open] */
import { main, parseCommonArgs, consoleOutput } from './lib/cli';
import { resolveOrg, withAuthHint } from './lib/auth';
import { deployProject, runBuild } from './lib/deploy';
import { openOrg } from './lib/open';

const USAGE = `npm run org:deploy -- [--target-org <alias>] [--skip-build] [--test-level NoTestRun] [--wait 33] [--open]
Builds (npm run build) and deploys every package directory to the org, with progress and readable errors;
--open then opens the org on the LiveEngage Account Settings tab.`;

main(async () => {
  const args = parseCommonArgs(process.argv.slice(2));
  if (args.help) return consoleOutput.info(USAGE);
  const org = await resolveOrg('org', 'org:deploy', args.targetOrg);
  if (!args.skipBuild) runBuild(consoleOutput);
  await withAuthHint(org, 'org', () =>
    deployProject(org, { out: consoleOutput, testLevel: args.testLevel, waitMinutes: args.wait }),
  );
  if (args.open) await withAuthHint(org, 'org', () => openOrg(org, consoleOutput));
});
