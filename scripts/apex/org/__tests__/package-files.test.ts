import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { packageFiles, packageFolders } from '../package-files';

let root: string;
beforeAll(() => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'package-files-'));
  for (const f of [
    'main/b/classes/Zed.cls',
    'main/b/classes/Alpha.cls',
    'main/a/pages/Home.page',
    'main/a/classes/Mid.cls',
    'main/a/classes/Mid.cls-meta.xml',
    'main/.sfdx/classes/Hidden.cls',
    'node_modules/x/classes/Dep.cls',
    'tests/Loose.cls',
  ]) {
    fs.mkdirSync(path.join(root, path.dirname(f)), { recursive: true });
    fs.writeFileSync(path.join(root, f), '');
  }
});
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const rel = (files: string[]) => files.map((f) => path.relative(root, f).split(path.sep).join('/'));

describe('package files', () => {
  it('walks folders depth first in name order, leaving out dot folders and node_modules', () => {
    expect(rel(packageFolders(root))).toEqual([
      '',
      'main',
      'main/a',
      'main/a/classes',
      'main/a/pages',
      'main/b',
      'main/b/classes',
      'tests',
    ]);
    expect(packageFolders(path.join(root, 'missing'))).toEqual([]);
  });

  it('finds files by suffix, optionally only in folders of one name', () => {
    expect(rel(packageFiles(root, '.cls'))).toEqual([
      'main/a/classes/Mid.cls',
      'main/b/classes/Alpha.cls',
      'main/b/classes/Zed.cls',
      'tests/Loose.cls',
    ]);
    expect(rel(packageFiles(root, '.cls', 'classes'))).toHaveLength(3);
    expect(rel(packageFiles(root, '.page', 'classes'))).toEqual([]);
  });
});
