/** npm run package:version [-- --target-dev-hub <alias>] [--installation-key <key>] [--create-package] [--skip-validation] [--wait 60] */
import { main, parseCommonArgs, consoleOutput } from './lib/cli';
import { resolveDevHub, withAuthHint } from './lib/auth';
import { createPackageVersion, withPackagingProject } from './lib/packaging';

const USAGE = `npm run package:version -- [--target-dev-hub <alias>] [--installation-key <key>] [--create-package] [--skip-validation] [--wait 60]
Creates a 2GP managed package version (namespace LiveEngage) from config/sfdx-project.packaging.json,
which is swapped in for sfdx-project.json during the run only. (--target-org is a synonym of --target-dev-hub.)`;

main(async () => {
  const args = parseCommonArgs(process.argv.slice(2));
  if (args.help) return consoleOutput.info(USAGE);
  const hub = await resolveDevHub('package:version', args);
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
