/**
 * Prettier check of the Apex sources (`prettier-plugin-apex`, the repo's .prettierrc.json). The
 * `format:check` gate covers every other file type. Runs `prettier --check` in a child process (so
 * it overlaps the other checks), then finds the first differing line of each unformatted file.
 * The repo's .gitignore (which prettier reads as an ignore file) lists `tmp/`, and that matches every
 * file under os.tmpdir(): we pass the Apex files explicitly, with `--ignore-path /dev/null`.
 * prettier-plugin-apex also reports unparsable Apex ("Missing ';' at '}'"), without a line.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { type Check, type Finding, error, listApexFiles } from './findings';
import { run } from './apexLs';

async function firstDifferentLine(repoDir: string, file: string): Promise<number> {
  try {
    const prettier = (await import('prettier')) as typeof import('prettier');
    const configFile = path.join(repoDir, '.prettierrc.json');
    const options = (await prettier.resolveConfig(file, { config: configFile })) ?? {};
    const source = fs.readFileSync(file, 'utf8');
    const formatted = await prettier.format(source, {
      ...options,
      filepath: file,
      plugins: [require.resolve('prettier-plugin-apex', { paths: [repoDir] })],
    });
    const a = source.split('\n');
    const b = formatted.split('\n');
    for (let i = 0; i < Math.max(a.length, b.length); i++) if (a[i] !== b[i]) return i + 1;
  } catch {
    /* fall through: whole file */
  }
  return 0;
}

export const prettierApexCheck: Check = {
  name: 'prettier-apex',
  async run(ctx) {
    const files = listApexFiles(ctx);
    if (files.length === 0) return { findings: [] };
    const bin = path.join(ctx.repoDir, 'node_modules', 'prettier', 'bin', 'prettier.cjs');
    const res = await run(
      process.execPath,
      [
        bin,
        '--check',
        '--config',
        path.join(ctx.repoDir, '.prettierrc.json'),
        '--ignore-path',
        os.devNull,
        '--no-color',
        ...files,
      ],
      { cwd: ctx.repoDir },
    );
    const findings: Finding[] = [];
    const resolveFile = (p: string): string => (path.isAbsolute(p) ? p : path.join(ctx.repoDir, p));
    for (const raw of (res.stdout + '\n' + res.stderr).split('\n')) {
      const line = raw.trim();
      const warn = /^\[warn\] (.+\.(?:cls|trigger))$/i.exec(line);
      if (warn) {
        const file = resolveFile(warn[1]);
        const at = await firstDifferentLine(ctx.repoDir, file);
        findings.push(
          error(
            file,
            at,
            'prettier',
            `not formatted (run: npx prettier --write ${path.relative(ctx.projectDir, file)})`,
          ),
        );
        continue;
      }
      const err = /^\[error\] (.+\.(?:cls|trigger)): (.*)$/i.exec(line);
      if (err) {
        const pos = /\((\d+):(\d+)\)/.exec(err[2]);
        findings.push(error(resolveFile(err[1]), pos ? Number(pos[1]) : 0, 'prettier', err[2]));
      }
    }
    if (res.code !== 0 && findings.length === 0) {
      findings.push(
        error(
          ctx.projectDir,
          0,
          'prettier',
          `prettier exited ${res.code}: ${(res.stderr || res.stdout).slice(0, 800)}`,
        ),
      );
    }
    return { findings, notes: [`${files.length} Apex files checked`] };
  },
};
