import { OrgScriptError, parseCommonArgs, runScript } from '../lib/cli';
import { capturedOutput, SILENT } from './output';

describe('org script plumbing', () => {
  it('parses the common flags', () => {
    const a = parseCommonArgs([
      '--target-org',
      'dev',
      '--skip-build',
      '--duration-days',
      '3',
      '-l',
      'RunLocalTests',
    ]);
    expect(a).toMatchObject({
      targetOrg: 'dev',
      skipBuild: true,
      durationDays: 3,
      testLevel: 'RunLocalTests',
      help: false,
    });
    expect(parseCommonArgs(['-v', 'hub', '--create-package'])).toMatchObject({
      targetDevHub: 'hub',
      createPackage: true,
    });
  });

  it('rejects unknown flags and bad numbers with a user error', () => {
    expect(() => parseCommonArgs(['--nope'])).toThrow(OrgScriptError);
    expect(() => parseCommonArgs(['--duration-days', 'x'])).toThrow(
      '--duration-days must be a positive whole number, got "x".',
    );
  });

  it('prints a user error with its hints and exits 1', async () => {
    const out = capturedOutput();
    const { lines } = out;
    const code = await runScript(async () => {
      throw new OrgScriptError('No org.', ['  sf org login web --alias x']);
    }, out);
    expect(code).toBe(1);
    expect(lines).toEqual(['No org.', '  sf org login web --alias x']);
  });

  it('prints an unexpected error on one line, the stack only when verbose', async () => {
    const boom = async () => {
      const e = new Error('socket hang up');
      e.name = 'FetchError';
      throw e;
    };
    const quiet = capturedOutput();
    expect(await runScript(boom, quiet, false)).toBe(1);
    expect(quiet.lines).toEqual(['FetchError: socket hang up']);
    const loud = capturedOutput();
    await runScript(boom, loud, true);
    expect(loud.lines[1]).toMatch(/\n\s+at /);
  });

  it('exits 0 when the body succeeds', async () => {
    expect(await runScript(async () => undefined, SILENT)).toBe(0);
  });
});
