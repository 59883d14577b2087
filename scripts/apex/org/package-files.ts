/** Finding metadata files in an SFDX package directory (`force-app`) the way the loaders read them. */
import fs from 'node:fs';
import path from 'node:path';

/** Every folder under `root`, itself included, depth first in name order; dot folders and node_modules are not source. */
export function packageFolders(root: string): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    out.push(dir);
    const subfolders = fs
      .readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory() && !e.name.startsWith('.') && e.name !== 'node_modules')
      .map((e) => e.name)
      .sort((a, b) => a.localeCompare(b));
    for (const name of subfolders) walk(path.join(dir, name));
  };
  if (fs.existsSync(root)) walk(root);
  return out;
}

/** The files directly in `dir` whose names end with `suffix`, in name order. */
export function filesEnding(dir: string, suffix: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isFile() && e.name.endsWith(suffix))
    .map((e) => e.name)
    .sort((a, b) => a.localeCompare(b))
    .map((name) => path.join(dir, name));
}

/** Every file under `root` whose name ends with `suffix`, in folders named `folder` when given. */
export function packageFiles(root: string, suffix: string, folder?: string): string[] {
  return packageFolders(root)
    .filter((dir) => folder === undefined || path.basename(dir) === folder)
    .flatMap((dir) => filesEnding(dir, suffix));
}
