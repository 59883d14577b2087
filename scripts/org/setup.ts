/** npm run org:setup [-- --target-org <alias>] [--user <username>] [--no-sample-data] */
import { main, parseCommonArgs, consoleOutput } from './lib/cli';
import { resolveOrg, withAuthHint } from './lib/auth';
import { assignPermissionSets, loadSampleData } from './lib/setup';

const USAGE = `npm run org:setup -- [--target-org <alias>] [--user <username>] [--no-sample-data]
Assigns LiveEngage_Admin and LiveEngage_Agent to the user (default: the org's own user) and loads the
sample records of scripts/org/data/sample-data.json (only those not there yet).`;

main(async () => {
  const args = parseCommonArgs(process.argv.slice(2));
  if (args.help) return consoleOutput.info(USAGE);
  const org = await resolveOrg('org', 'org:setup', args.targetOrg);
  const conn = org.getConnection();
  const user = args.user ?? conn.getUsername() ?? org.getUsername() ?? '';
  await withAuthHint(org, 'org', async () => {
    consoleOutput.info('Permission sets:');
    await assignPermissionSets(conn, user, consoleOutput);
    if (!args.noSampleData) {
      consoleOutput.info('Sample data:');
      await loadSampleData(conn, consoleOutput);
    }
  });
  consoleOutput.info('org:setup done.');
});
