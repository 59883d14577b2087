/**
 * The package layout named by `sfdx-project.json`: the packaged directory (the one with a `package`
 * name) and the directories of its `unpackagedMetadata` (Apex tests and their resources, deployed to
 * dev orgs and used by the package version's test run, never shipped).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ComponentSet } from '@salesforce/source-deploy-retrieve';

export interface PackageDir {
  path: string;
  package?: string;
  versionName?: string;
  versionNumber?: string;
  versionDescription?: string;
  definitionFile?: string;
  default?: boolean;
  unpackagedMetadata?: { path: string };
}

export interface ProjectJson {
  packageDirectories: PackageDir[];
  namespace?: string;
  packageAliases?: Record<string, string>;
  [key: string]: unknown;
}

export function readProjectJson(file: string): ProjectJson {
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as ProjectJson;
  if (!Array.isArray(json.packageDirectories) || json.packageDirectories.length === 0)
    throw new Error(`${file} has no packageDirectories.`);
  return json;
}

/** The directory that becomes the package: the first with a `package` name. */
export function packagedDirectory(project: ProjectJson): PackageDir | undefined {
  return project.packageDirectories.find((d) => d.package);
}

/** The source components of a package directory, as the version build converts them. */
export function packageDirComponents(root: string, dir: string): ComponentSet {
  return ComponentSet.fromSource(path.join(root, dir));
}
