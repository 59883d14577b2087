/**
 * npm run sync:backfill -- --org <alias> --from <date> --to <date> [--parallel 1] [--no-wait]
 * npm run sync:backfill -- --workbench [http://127.0.0.1:4300] --from <date> --to <date>
 *
 * Syncs conversations older than a manual sync's 30 days: queues manual runs of ≤ 30-day windows,
 * oldest first, back to LivePerson's retention (13 months), prints progress, and resumes — run the
 * same command again after a stop and it skips the completed windows (read from the org's runs).
 */
import { parseArgs } from 'node:util';
import { main, consoleOutput, OrgScriptError } from './lib/cli';
import { resolveOrg, withAuthHint } from './lib/auth';
import { BackfillError, parseTo, parseWhen, planWindows, describeWindow } from './lib/backfill-plan';
import { runBackfill, type BackfillTarget } from './lib/backfill-run';
import { orgTarget, workbenchHttp, workbenchTarget } from './lib/backfill-targets';

const USAGE = `npm run sync:backfill -- --org <alias> --from <date> --to <date> [--parallel <n>] [--no-wait]
npm run sync:backfill -- --workbench [<url>] --from <date> --to <date>
  --from, --to   a date (2026-01-31; --to includes that day, today excluded) or a date-time with a zone (2026-01-31T12:00:00Z)
  --org          the authorised org (alias or username); --target-org also works
  --workbench    the local workbench of npm start (default http://127.0.0.1:4300) instead of an org
  --parallel     windows running at once (default 1)
  --no-wait      queue and return; run the command again to see progress and queue the next windows
Windows are at most 30 days, oldest first; --from may go back 13 months (LivePerson's retention).`;

const DEFAULT_WORKBENCH = 'http://127.0.0.1:4300';

interface BackfillArgs {
  org?: string;
  workbench?: string;
  from?: string;
  to?: string;
  parallel: number;
  wait: boolean;
  help: boolean;
}

export function parseBackfillArgs(argv: string[]): BackfillArgs {
  // `--workbench` may stand alone: give it the default URL when no value follows.
  const args = argv.flatMap((a, i) =>
    a === '--workbench' && (argv[i + 1] === undefined || argv[i + 1].startsWith('--'))
      ? [a, DEFAULT_WORKBENCH]
      : [a],
  );
  let v;
  try {
    v = parseArgs({
      args,
      strict: true,
      allowPositionals: false,
      options: {
        org: { type: 'string' },
        'target-org': { type: 'string', short: 'o' },
        workbench: { type: 'string' },
        from: { type: 'string' },
        to: { type: 'string' },
        parallel: { type: 'string' },
        'no-wait': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        verbose: { type: 'boolean', default: false },
      },
    }).values;
  } catch (e) {
    throw new OrgScriptError((e as Error).message, [USAGE]);
  }
  const parallel = v.parallel === undefined ? 1 : Number(v.parallel);
  if (!Number.isInteger(parallel) || parallel < 1 || parallel > 10) {
    throw new OrgScriptError(`--parallel must be a whole number from 1 to 10, not "${v.parallel}".`);
  }
  const parsed: BackfillArgs = {
    org: v.org ?? v['target-org'],
    workbench: v.workbench,
    from: v.from,
    to: v.to,
    parallel,
    wait: !v['no-wait'],
    help: v.help ?? false,
  };
  if (parsed.help) return parsed;
  if (!parsed.from || !parsed.to) throw new OrgScriptError('Give both --from and --to.', [USAGE]);
  if (parsed.org && parsed.workbench) throw new OrgScriptError('Give --org or --workbench, not both.');
  return parsed;
}

if (require.main === module) {
  main(async () => {
    const args = parseBackfillArgs(process.argv.slice(2));
    if (args.help) return consoleOutput.info(USAGE);
    let target: BackfillTarget;
    let guard = <T>(body: () => Promise<T>): Promise<T> => body();
    if (args.workbench) {
      target = workbenchTarget(workbenchHttp(args.workbench));
    } else {
      const org = await resolveOrg('org', 'sync:backfill', args.org);
      target = orgTarget(org.getConnection(), `org ${org.getUsername() ?? args.org ?? ''}`);
      guard = (body) => withAuthHint(org, 'org', body);
    }
    await guard(async () => {
      try {
        const now = await target.now();
        const windows = planWindows(
          parseWhen(args.from as string, '--from'),
          parseTo(args.to as string, now),
          now,
        );
        const states = await runBackfill(target, windows, {
          out: consoleOutput,
          parallel: args.parallel,
          wait: args.wait,
        });
        if (states.every((s) => s.state === 'done')) {
          consoleOutput.info(
            `Backfill complete: ${describeWindow({ start: windows[0].start, end: windows[windows.length - 1].end })}`,
          );
        }
      } catch (e) {
        if (e instanceof BackfillError) throw new OrgScriptError(e.message);
        throw e;
      }
    });
  });
}
