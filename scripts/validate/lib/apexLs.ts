/**
 * Semantic check of the Apex with apex-ls (Apex Dev Tools), offline on Java 17. Its jar ships inside
 * `@salesforce/code-analyzer-pmd-engine`. It loads the whole project named by sfdx-project.json
 * (classes, triggers and the objects/fields metadata, so it knows our custom fields) and reports
 * unknown types, methods, variables and SObject fields. Exit code 0 = clean, 4 = issues found.
 *
 * Categories and what we do with them:
 * - Syntax, Error, Missing: fail.
 * - Warning (`-d warnings`: e.g. "Local variable is hiding class field", "Overriding a private method
 *   may not work", "... can cause a GACK"): fail too: each names code that misbehaves or breaks in an
 *   org, and each is cheap to fix at the source.
 * - Unused (`-d unused`): not requested: every @AuraEnabled method, Queueable and test looks unused
 *   to a static tool.
 * Quirk: apex-ls does NOT check field names inside inline SOQL (`[SELECT Nope__c FROM X__c]` passes);
 * our own `soql-field` rule (apexSource.ts) covers that.
 */
import { spawn } from 'node:child_process';
import * as path from 'node:path';
import { type Check, type Finding, error } from './findings';

interface ApexLsJson {
  files?: {
    path: string;
    messages: { start: { line: number; offset: number }; category: string; message: string }[];
  }[];
}

export function javaLibDir(repoDir: string): string {
  return path.join(repoDir, 'node_modules', '@salesforce', 'code-analyzer-pmd-engine', 'dist', 'java-lib');
}

export function run(
  cmd: string,
  args: string[],
  opts: { cwd?: string; env?: NodeJS.ProcessEnv } = {},
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, {
      cwd: opts.cwd,
      env: opts.env ?? process.env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

/** Parses apex-ls `-f json` output into findings (exported for tests). */
export function parseApexLsJson(stdout: string): Finding[] {
  const start = stdout.indexOf('{');
  if (start < 0) return [];
  const data = JSON.parse(stdout.slice(start)) as ApexLsJson;
  const findings: Finding[] = [];
  for (const f of data.files ?? []) {
    for (const m of f.messages) {
      if (m.category === 'Unused') continue;
      findings.push(error(f.path, m.start.line, `apexls/${m.category}`, m.message));
    }
  }
  return findings;
}

export const apexLsCheck: Check = {
  name: 'apex-semantics (apex-ls)',
  async run(ctx) {
    const cp = path.join(javaLibDir(ctx.repoDir), '*');
    const args = [
      '-Xss8m',
      '-cp',
      cp,
      'io.github.apexdevtools.apexls.CheckForIssues',
      '-w',
      ctx.projectDir,
      '-n',
      '-f',
      'json',
      '-d',
      'warnings',
    ];
    let res;
    try {
      res = await run('java', args, { cwd: ctx.projectDir });
    } catch (e) {
      return {
        findings: [error(ctx.projectDir, 0, 'apexls/run', `cannot start java: ${(e as Error).message}`)],
      };
    }
    if (res.code !== 0 && res.code !== 4) {
      const tail = (res.stderr || res.stdout).trim().split('\n').slice(-15).join('\n');
      return {
        findings: [
          error(
            path.join(ctx.projectDir, 'sfdx-project.json'),
            0,
            'apexls/run',
            `apex-ls exited ${res.code}:\n${tail}`,
          ),
        ],
      };
    }
    let findings: Finding[];
    try {
      findings = parseApexLsJson(res.stdout);
    } catch (e) {
      return {
        findings: [
          error(
            ctx.projectDir,
            0,
            'apexls/run',
            `unreadable apex-ls output (${(e as Error).message}): ${res.stdout.slice(0, 500)}`,
          ),
        ],
      };
    }
    if (res.code === 4 && findings.length === 0) {
      findings.push(
        error(
          ctx.projectDir,
          0,
          'apexls/run',
          `apex-ls exited 4 (issues) but reported none: ${res.stdout.slice(0, 500)}`,
        ),
      );
    }
    return { findings };
  },
};
