/** npm run org:create [-- --target-dev-hub <alias>] [--alias liveengage-dev] [--duration-days 7] */
import { main, parseCommonArgs, consoleOutput } from './lib/cli';
import { resolveDevHub } from './lib/auth';
import { createScratchOrg } from './lib/scratch';

const USAGE = `npm run org:create -- [--target-dev-hub <alias>] [--alias liveengage-dev] [--duration-days 7]
Creates a scratch org from config/project-scratch-def.json on your Dev Hub and makes it the default target-org.
(--target-org is accepted as a synonym of --target-dev-hub.)`;

main(async () => {
  const args = parseCommonArgs(process.argv.slice(2));
  if (args.help) return consoleOutput.info(USAGE);
  const hub = await resolveDevHub('org:create', args);
  await createScratchOrg(hub, {
    root: process.cwd(),
    out: consoleOutput,
    alias: args.alias,
    durationDays: args.durationDays,
  });
});
