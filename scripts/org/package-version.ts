/** npm run package:version [-- --target-dev-hub <alias>] [--installation-key <key>] [--create-package] [--skip-validation] [--wait 60] */
import { main, OrgScriptError, parseCommonArgs, consoleOutput } from './lib/cli';
import { resolveOrg, withAuthHint } from './lib/auth';
import { createPackageVersion, withPackagingProject } from './lib/packaging';

const USAGE = `npm run package:version -- [--target-dev-hub <alias>] [--installation-key <key>] [--create-package] [--skip-validation] [--wait 60]
Creates a 2GP managed package version (namespace LiveEngage) from config/sfdx-project.packaging.json,
which is swapped in for sfdx-project.json during the run only. (--target-org is a synonym of --target-dev-hub.)`;

main(async () => {
  const args = parseCommonArgs(process.argv.slice(2));
  if (args.help) return consoleOutput.info(USAGE);
  if (args.targetDevHub && args.targetOrg && args.targetDevHub !== args.targetOrg) {
    throw new OrgScriptError('Give the Dev Hub once: --target-dev-hub <alias>.');
  }
  const hub = await resolveOrg('devhub', 'package:version', args.targetDevHub ?? args.targetOrg);
  const root = process.cwd();
  await withPackagingProject(root, () =>
    withAuthHint(hub, 'devhub', () =>
      createPackageVersion(hub, {
        root,
        out: consoleOutput,
        installationKey: args.installationKey,
        createPackage: args.createPackage,
        skipValidation: args.skipValidation,
        waitMinutes: args.wait,
      }),
    ),
  );
});
