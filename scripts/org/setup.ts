/** npm run org:setup [-- --target-org <alias>] [--user <username>] [--no-sample-data] [--no-layouts] */
import { main, parseCommonArgs, consoleOutput } from './lib/cli';
import { resolveOrg, withAuthHint } from './lib/auth';
import { assignPermissionSets, loadSampleData } from './lib/setup';
import { addChatTranscriptRelatedLists, layoutFailures } from './lib/layouts';
import type { LayoutOutcome } from './lib/layouts';

const USAGE = `npm run org:setup -- [--target-org <alias>] [--user <username>] [--no-sample-data] [--no-layouts]
Assigns LiveEngage_Admin and LiveEngage_Agent to the user (default: the org's own user), adds the
"Chat Transcripts" related list to the Account, Contact, Lead, Case, Opportunity (and person account)
page layouts that lack it, and loads the sample records of scripts/org/data/sample-data.json (only
those not there yet). Every step can be re-run.`;

main(async () => {
  const args = parseCommonArgs(process.argv.slice(2));
  if (args.help) return consoleOutput.info(USAGE);
  const org = await resolveOrg('org', 'org:setup', args.targetOrg);
  const conn = org.getConnection();
  const user = args.user ?? conn.getUsername() ?? org.getUsername() ?? '';
  let layouts: LayoutOutcome[] = [];
  await withAuthHint(org, 'org', async () => {
    consoleOutput.info('Permission sets:');
    await assignPermissionSets(conn, user, consoleOutput);
    if (!args.noLayouts) {
      consoleOutput.info('Chat Transcripts related list on page layouts:');
      layouts = await addChatTranscriptRelatedLists(conn, consoleOutput);
    }
    if (!args.noSampleData) {
      consoleOutput.info('Sample data:');
      await loadSampleData(conn, consoleOutput);
    }
  });
  const failure = layoutFailures(layouts);
  if (failure) throw failure;
  consoleOutput.info('org:setup done.');
});
