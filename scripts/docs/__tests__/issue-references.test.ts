import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';

const ROOT = path.resolve(__dirname, '../../..');
/** "issue 14", "issues 12 and 13", "issue #7": work-tracker numbers mean nothing to the next reader. */
const ISSUE_REFERENCE = /\bissues? #?\d+\b/i;

function trackedTextFiles(): string[] {
  const out = execFileSync(
    'git',
    ['ls-files', '-z', 'README.md', 'docs', 'force-app/main', 'lwc-ts', 'scripts', 'config'],
    {
      cwd: ROOT,
      encoding: 'utf8',
    },
  );
  return out
    .split('\0')
    .filter((f) => f && !f.includes('/graph-engine-proofs/') && fs.existsSync(path.join(ROOT, f)))
    .filter((f) => /\.(ts|js|html|cls|trigger|page|md|xml|json)$/.test(f));
}

describe('comments and docs', () => {
  it('say what the code does, not which tracker issue asked for it', () => {
    const hits: string[] = [];
    for (const file of trackedTextFiles()) {
      if (file === 'scripts/docs/__tests__/issue-references.test.ts') continue;
      fs.readFileSync(path.join(ROOT, file), 'utf8')
        .split('\n')
        .forEach((line, i) => {
          if (ISSUE_REFERENCE.test(line)) hits.push(`${file}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(hits).toEqual([]);
  });
});
