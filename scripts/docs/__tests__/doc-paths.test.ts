import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { missingPaths, namedPaths, projectDocs } from '../docPaths';

const ROOT = path.resolve(__dirname, '../../..');

function project(files: Record<string, string>): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-paths-'));
  for (const [rel, text] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(path.join(root, rel), text);
  }
  return root;
}

describe('the project docs', () => {
  it('name only repo files and folders that exist (README.md, docs/*.md)', () => {
    const docs = projectDocs(ROOT);
    expect(docs).toContain('README.md');
    expect(docs).toContain('docs/admin-guide.md');
    expect(missingPaths(ROOT, docs).map((m) => `${m.doc}:${m.line}: ${m.text}`)).toEqual([]);
  });
});

describe('missingPaths', () => {
  let root: string;
  beforeAll(() => {
    root = project({
      '.gitignore': 'node_modules/\nartifacts/\n*.log\n',
      'force-app/main/admin/classes/A.cls': '',
      'force-app/main/sync/classes/B.cls': '',
      'lwc-ts/widget/chatLink/chatLink.ts': '',
      'lwc-ts/widget/chatLink/chatLink.html': '',
      'docs/sync.md': '',
      'package.json': '{}',
      'scripts/real.ts': '',
      'docs/guide.md': [
        '# Guide', // 1
        'Apex in `force-app/main/admin/classes/A.cls` and `force-app/main/admin/classes/Gone.cls`.', // 2
        'See docs/sync.md and docs/nothing.md, [sync](sync.md), [away](missing.md#part).', // 3
        'Parts: `force-app/main/<part>/classes`, `force-app/main/**/classes/*.cls`, `lwc-ts/widget/chatLink/chatLink.{ts,html}`.', // 4
        'No part has it: `force-app/main/<part>/pages` nor `lwc-ts/widget/chatLink/chatLink.{ts,css}`.', // 5
        'Run `npx jest scripts/absent.test.ts --selectProjects scripts` and open `package.json`.', // 6
        'Not checked: `c/agentSdk`, `artifacts/screenshots/x.png`, https://example.com/a/b, `../shared/docs/x.md`.', // 7
        '```sh', // 8
        'cat force-app/inside/a/fence.txt', // 9
        '```', // 10
        '`force-app/main/sync/classes/B.cls:12` is line 12.', // 11
      ].join('\n'),
    });
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  it('reports each path that does not exist, with its line, and nothing else', () => {
    expect(missingPaths(root, ['docs/guide.md']).map((m) => `${m.line}: ${m.text}`)).toEqual([
      '2: force-app/main/admin/classes/Gone.cls',
      '3: missing.md',
      '3: docs/nothing.md',
      '5: force-app/main/<part>/pages',
      '5: lwc-ts/widget/chatLink/chatLink.{ts,css}',
      '6: scripts/absent.test.ts',
    ]);
  });

  it('reads link targets from the document folder and other paths from the repo root', () => {
    const kinds = namedPaths('[a](../x.md) `docs/y.md`').map((n) => `${n.kind} ${n.text}`);
    expect(kinds).toEqual(['text docs/y.md', 'link ../x.md']);
  });
});
