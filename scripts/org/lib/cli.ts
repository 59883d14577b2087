/**
 * Shared plumbing of the org scripts: argument parsing, user-facing errors (no stack traces), output.
 */
import { parseArgs } from 'node:util';

/** A failure the user can act on: printed as is, exit code 1, never a stack trace. */
export class OrgScriptError extends Error {
  readonly hints: string[];

  constructor(message: string, hints: string[] = []) {
    super(message);
    this.name = 'OrgScriptError';
    this.hints = hints;
  }
}

/** Where scripts write; tests capture it. */
export interface Output {
  info(line: string): void;
  error(line: string): void;
}

export const consoleOutput: Output = {
  info: (line) => process.stdout.write(`${line}\n`),
  error: (line) => process.stderr.write(`${line}\n`),
};

export interface CommonArgs {
  targetOrg?: string;
  targetDevHub?: string;
  alias?: string;
  durationDays?: number;
  wait?: number;
  skipBuild: boolean;
  testLevel?: string;
  tests?: string;
  createPackage: boolean;
  installationKey?: string;
  skipValidation: boolean;
  noSampleData: boolean;
  noLayouts: boolean;
  user?: string;
  open: boolean;
  help: boolean;
  verbose: boolean;
}

function positiveInt(flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n <= 0)
    throw new OrgScriptError(`--${flag} must be a positive whole number, got "${value}".`);
  return n;
}

/** Parses the flags every org script understands; unknown flags are an error with the list of known ones. */
export function parseCommonArgs(argv: string[]): CommonArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: false,
      strict: true,
      options: {
        'target-org': { type: 'string', short: 'o' },
        'target-dev-hub': { type: 'string', short: 'v' },
        alias: { type: 'string', short: 'a' },
        'duration-days': { type: 'string', short: 'd' },
        wait: { type: 'string', short: 'w' },
        'skip-build': { type: 'boolean', default: false },
        'test-level': { type: 'string', short: 'l' },
        tests: { type: 'string', short: 't' },
        'create-package': { type: 'boolean', default: false },
        'installation-key': { type: 'string', short: 'k' },
        'skip-validation': { type: 'boolean', default: false },
        'no-sample-data': { type: 'boolean', default: false },
        'no-layouts': { type: 'boolean', default: false },
        user: { type: 'string', short: 'u' },
        open: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
        verbose: { type: 'boolean', default: false },
      },
    });
  } catch (e) {
    throw new OrgScriptError(e instanceof Error ? e.message : String(e), [
      'Run with --help to see the flags.',
    ]);
  }
  const v = parsed.values;
  return {
    targetOrg: v['target-org'],
    targetDevHub: v['target-dev-hub'],
    alias: v.alias,
    durationDays: positiveInt('duration-days', v['duration-days']),
    wait: positiveInt('wait', v.wait),
    skipBuild: v['skip-build'] ?? false,
    testLevel: v['test-level'],
    tests: v.tests,
    createPackage: v['create-package'] ?? false,
    installationKey: v['installation-key'],
    skipValidation: v['skip-validation'] ?? false,
    noSampleData: v['no-sample-data'] ?? false,
    noLayouts: v['no-layouts'] ?? false,
    user: v.user,
    open: v.open ?? false,
    help: v.help ?? false,
    verbose: v.verbose ?? false,
  };
}

/** Error text for anything thrown by the Salesforce libraries (name and message, no stack). */
export function describeError(e: unknown): string {
  if (e instanceof Error) {
    const name = e.name && e.name !== 'Error' && e.name !== 'SfError' ? `${e.name}: ` : '';
    return `${name}${e.message}`;
  }
  return String(e);
}

/**
 * Runs a script body: prints OrgScriptErrors with their hints, other errors as one line (the stack
 * only with --verbose), and returns the exit code (0 ok, 1 failure).
 */
export async function runScript(
  body: () => Promise<void>,
  out: Output = consoleOutput,
  verbose = process.argv.includes('--verbose'),
): Promise<number> {
  try {
    await body();
    return 0;
  } catch (e) {
    if (e instanceof OrgScriptError) {
      out.error(e.message);
      for (const h of e.hints) out.error(h);
    } else {
      out.error(describeError(e));
      if (verbose && e instanceof Error && e.stack) out.error(e.stack);
    }
    return 1;
  }
}

/** Entry-point helper: `main(() => ...)` sets the exit code. */
export function main(body: () => Promise<void>): void {
  void runScript(body).then((code) => {
    process.exitCode = code;
  });
}
