/**
 * `npm run package:version`: creates a 2GP managed package version of the packaged directory on a Dev Hub.
 *
 * NebulaLogger style: the dev project's `sfdx-project.json` keeps `"namespace": ""`; the packaging
 * variant `config/sfdx-project.packaging.json` (namespace `LiveEngage`, package aliases) is swapped
 * in for the duration of this script only and the dev file is always restored.
 *
 * The version is created the way `sf package version create` does it, over the Tooling API: the
 * package directory converted to metadata format (source-deploy-retrieve) and zipped with a
 * `package2-descriptor.json` (and, when the version's tests run, its `unpackagedMetadata` directory
 * as `unpackaged-metadata-package.zip`), posted as a `Package2VersionCreateRequest`, then polled.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import JSZip from 'jszip';
import type { Connection, Org } from '@salesforce/core';
import { SfProject } from '@salesforce/core';
import { MetadataConverter } from '@salesforce/source-deploy-retrieve';
import type { Output } from './cli';
import { describeError, OrgScriptError } from './cli';
import { packageDirComponents, packagedDirectory, type PackageDir, type ProjectJson } from './sfdx-project';

export const PACKAGING_PROJECT = path.join('config', 'sfdx-project.packaging.json');
export const PACKAGE_NAMESPACE = 'LiveEngage';

function readJson<T>(file: string): T {
  try {
    return JSON.parse(fs.readFileSync(file, 'utf8')) as T;
  } catch (e) {
    throw new OrgScriptError(`Could not read ${file}: ${describeError(e)}`);
  }
}

function writeJson(file: string, value: unknown): void {
  fs.writeFileSync(file, `${JSON.stringify(value, null, 2)}\n`);
}

/**
 * Runs `fn` with the packaging variant in place of `sfdx-project.json`, restoring the dev file
 * afterwards (also on error and on Ctrl-C).
 */
export async function withPackagingProject<T>(root: string, fn: () => Promise<T>): Promise<T> {
  const projectFile = path.join(root, 'sfdx-project.json');
  const packagingFile = path.join(root, PACKAGING_PROJECT);
  if (!fs.existsSync(packagingFile)) {
    throw new OrgScriptError(
      `${PACKAGING_PROJECT} is missing; it holds the packaging variant of sfdx-project.json.`,
    );
  }
  const dev = fs.readFileSync(projectFile, 'utf8');
  const devJson = JSON.parse(dev) as ProjectJson;
  const packaging = readJson<ProjectJson>(packagingFile);
  if (devJson.namespace) {
    throw new OrgScriptError(
      `sfdx-project.json has namespace "${devJson.namespace}"; the dev project must keep "namespace": "" (the packaging namespace lives in ${PACKAGING_PROJECT}).`,
      ['If a previous package:version run was interrupted, restore it: git checkout -- sfdx-project.json'],
    );
  }
  if (packaging.namespace !== PACKAGE_NAMESPACE) {
    throw new OrgScriptError(`${PACKAGING_PROJECT} must have "namespace": "${PACKAGE_NAMESPACE}".`);
  }
  const restore = () => {
    fs.writeFileSync(projectFile, dev);
    SfProject.clearInstances();
  };
  const onSignal = () => {
    restore();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  writeJson(projectFile, packaging);
  SfProject.clearInstances();
  try {
    return await fn();
  } finally {
    process.removeListener('SIGINT', onSignal);
    restore();
  }
}

export interface VersionNumber {
  major: number;
  minor: number;
  patch: number;
  build: number | 'NEXT';
}

export function parseVersionNumber(text: string | undefined): VersionNumber {
  const m = /^(\d+)\.(\d+)\.(\d+)\.(\d+|NEXT)$/.exec(text ?? '');
  if (!m) throw new OrgScriptError(`versionNumber "${text ?? ''}" must look like 1.2.3.NEXT or 1.2.3.4.`);
  return {
    major: Number(m[1]),
    minor: Number(m[2]),
    patch: Number(m[3]),
    build: m[4] === 'NEXT' ? 'NEXT' : Number(m[4]),
  };
}

async function toolingQuery<T>(conn: Connection, soql: string): Promise<T[]> {
  const r = await conn.tooling.query<T & Record<string, unknown>>(soql);
  return r.records as T[];
}

/** What the `NEXT` build token resolves to: the highest existing build of that version + 1 (0 for the first). */
export async function nextBuildNumber(
  conn: Connection,
  packageId: string,
  v: VersionNumber,
): Promise<number> {
  const rows = await toolingQuery<{ expr0: number | null }>(
    conn,
    `SELECT MAX(BuildNumber) FROM Package2Version WHERE Package2Id = '${packageId}' AND MajorVersion = ${v.major} AND MinorVersion = ${v.minor} AND PatchVersion = ${v.patch}`,
  );
  const max = rows[0]?.expr0;
  return typeof max === 'number' ? max + 1 : 0;
}

async function metadataZip(root: string, dir: string): Promise<{ zip: Buffer; components: number }> {
  const components = packageDirComponents(root, dir);
  const converted = await new MetadataConverter().convert(components, 'metadata', { type: 'zip' });
  if (!converted.zipBuffer) throw new OrgScriptError(`Converting ${dir} to metadata format gave no zip.`);
  return { zip: converted.zipBuffer, components: components.size };
}

/**
 * Builds `VersionInfo`: a zip of `package.zip` (metadata format) and `package2-descriptor.json`, plus
 * `unpackaged-metadata-package.zip` when `withTests` (the version's Apex tests run only then, so
 * the CLI sends it only with code coverage).
 */
export async function buildVersionInfo(
  root: string,
  dir: PackageDir,
  descriptor: Record<string, unknown>,
  withTests = false,
): Promise<{ base64: string; components: number; unpackagedComponents: number }> {
  const packaged = await metadataZip(root, dir.path);
  const outer = new JSZip();
  outer.file('package.zip', packaged.zip);
  outer.file('package2-descriptor.json', JSON.stringify(descriptor));
  let unpackagedComponents = 0;
  const unpackaged = dir.unpackagedMetadata?.path;
  if (withTests && unpackaged) {
    if (!fs.existsSync(path.join(root, unpackaged)))
      throw new OrgScriptError(`The unpackagedMetadata directory ${unpackaged} does not exist.`);
    const tests = await metadataZip(root, unpackaged);
    outer.file('unpackaged-metadata-package.zip', tests.zip);
    unpackagedComponents = tests.components;
  }
  const buffer = await outer.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
  return { base64: buffer.toString('base64'), components: packaged.components, unpackagedComponents };
}

export interface PackageVersionOptions {
  root: string;
  out: Output;
  installationKey?: string;
  skipValidation?: boolean;
  createPackage?: boolean;
  waitMinutes?: number;
  pollMs?: number;
  sleep?: (ms: number) => Promise<void>;
}

export interface PackageVersionResult {
  packageId: string;
  requestId: string;
  subscriberPackageVersionId: string;
  versionNumber: string;
  alias: string;
}

const DEFINITION_KEYS = [
  'country',
  'edition',
  'language',
  'features',
  'orgPreferences',
  'snapshot',
  'release',
];

/** Creates the version; call inside {@link withPackagingProject}. */
export async function createPackageVersion(
  hub: Org,
  options: PackageVersionOptions,
): Promise<PackageVersionResult> {
  const { root, out } = options;
  const project = readJson<ProjectJson>(path.join(root, 'sfdx-project.json'));
  const dir = packagedDirectory(project);
  if (!dir?.package)
    throw new OrgScriptError('No package directory with a "package" name in the packaging project.');
  const name = dir.package;
  const conn = hub.getConnection();
  const aliases = { ...(project.packageAliases ?? {}) };
  let packageId = aliases[name];

  if (!packageId) {
    if (!options.createPackage) {
      throw new OrgScriptError(`The package "${name}" has no id in ${PACKAGING_PROJECT} (packageAliases).`, [
        `Create it once on your Dev Hub (the Dev Hub must be linked to the ${PACKAGE_NAMESPACE} namespace, Setup > Namespace Registries):`,
        '  npm run package:version -- --create-package --target-dev-hub devhub',
      ]);
    }
    out.info(`Creating the managed package "${name}" (namespace ${PACKAGE_NAMESPACE})...`);
    const created = (await conn.tooling.create('Package2', {
      Name: name,
      ContainerOptions: 'Managed',
      NamespacePrefix: PACKAGE_NAMESPACE,
      Description: dir.versionDescription ?? name,
      IsOrgDependent: false,
    })) as { id?: string; success?: boolean; errors?: unknown[] };
    if (!created.success || !created.id) {
      throw new OrgScriptError(`Could not create the package: ${JSON.stringify(created.errors ?? created)}`);
    }
    packageId = created.id;
    aliases[name] = packageId;
    persistAliases(root, aliases);
    out.info(`  package id ${packageId} recorded in ${PACKAGING_PROJECT}`);
  }

  const v = parseVersionNumber(dir.versionNumber);
  const build = v.build === 'NEXT' ? await nextBuildNumber(conn, packageId, v) : v.build;
  const versionNumber = `${v.major}.${v.minor}.${v.patch}.${build}`;
  const definition = dir.definitionFile
    ? readJson<Record<string, unknown>>(path.join(root, dir.definitionFile))
    : {};
  const descriptor: Record<string, unknown> = {
    id: packageId,
    versionName: dir.versionName ?? versionNumber,
    versionNumber,
    versionDescription: dir.versionDescription ?? '',
  };
  for (const k of DEFINITION_KEYS) if (definition[k] !== undefined) descriptor[k] = definition[k];

  out.info(`Building version ${versionNumber} of "${name}" from ${dir.path}...`);
  const info = await buildVersionInfo(root, dir, descriptor, !options.skipValidation);
  out.info(
    `  ${info.components} components zipped` +
      (info.unpackagedComponents
        ? `, with ${info.unpackagedComponents} from ${dir.unpackagedMetadata?.path} for the tests only`
        : ''),
  );
  const request: Record<string, unknown> = {
    Package2Id: packageId,
    VersionInfo: info.base64,
    CalculateCodeCoverage: !options.skipValidation,
    SkipValidation: Boolean(options.skipValidation),
  };
  if (options.installationKey) request.InstallKey = options.installationKey;
  const sent = (await conn.tooling.create('Package2VersionCreateRequest', request)) as {
    id?: string;
    success?: boolean;
    errors?: unknown[];
  };
  if (!sent.success || !sent.id)
    throw new OrgScriptError(
      `The Dev Hub refused the version request: ${JSON.stringify(sent.errors ?? sent)}`,
    );
  const requestId = sent.id;
  out.info(`  request ${requestId} queued`);

  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const pollMs = options.pollMs ?? 30_000;
  const deadline = Date.now() + (options.waitMinutes ?? 60) * 60_000;
  let lastStatus = '';
  for (;;) {
    const [req] = await toolingQuery<{
      Status: string;
      Package2VersionId: string | null;
      SubscriberPackageVersionId: string | null;
    }>(
      conn,
      `SELECT Id, Status, Package2VersionId, SubscriberPackageVersionId FROM Package2VersionCreateRequest WHERE Id = '${requestId}'`,
    );
    const status = req?.Status ?? 'Unknown';
    if (status !== lastStatus) out.info(`  ${status}`);
    lastStatus = status;
    if (status === 'Success' && req?.SubscriberPackageVersionId) {
      const alias = `${name}@${v.major}.${v.minor}.${v.patch}-${build}`;
      aliases[alias] = req.SubscriberPackageVersionId;
      persistAliases(root, aliases);
      if (req.Package2VersionId) {
        const [pv] = await toolingQuery<{
          CodeCoverage: { apexCodeCoveragePercentage?: number } | null;
          HasPassedCodeCoverageCheck: boolean | null;
        }>(
          conn,
          `SELECT CodeCoverage, HasPassedCodeCoverageCheck FROM Package2Version WHERE Id = '${req.Package2VersionId}'`,
        );
        const pct = pv?.CodeCoverage?.apexCodeCoveragePercentage;
        if (pct !== undefined)
          out.info(
            `  code coverage ${pct}% (${pv?.HasPassedCodeCoverageCheck ? 'passes' : 'does not pass'} the 75% promotion check)`,
          );
      }
      out.info(
        `Package version ${versionNumber} created: ${req.SubscriberPackageVersionId} (alias "${alias}").`,
      );
      out.info(`Install it: /packaging/installPackage.apexp?p0=${req.SubscriberPackageVersionId}`);
      return {
        packageId,
        requestId,
        subscriberPackageVersionId: req.SubscriberPackageVersionId,
        versionNumber,
        alias,
      };
    }
    if (status === 'Error') {
      const errors = await toolingQuery<{ Message: string }>(
        conn,
        `SELECT Message FROM Package2VersionCreateRequestError WHERE ParentRequestId = '${requestId}'`,
      );
      throw new OrgScriptError(
        `Package version ${versionNumber} failed:`,
        errors.length ? errors.map((e) => `  ${e.Message}`) : ['  (the Dev Hub gave no message)'],
      );
    }
    if (Date.now() > deadline) {
      throw new OrgScriptError(
        `Still ${status} after ${options.waitMinutes ?? 60} minutes; request ${requestId} goes on on the Dev Hub.`,
        [`Check it later: sf package version create report --package-create-request-id ${requestId}`],
      );
    }
    await sleep(pollMs);
  }
}

/** Records package aliases in the packaging project file (the dev file never gets them). */
function persistAliases(root: string, aliases: Record<string, string>): void {
  const file = path.join(root, PACKAGING_PROJECT);
  const json = readJson<ProjectJson>(file);
  json.packageAliases = aliases;
  writeJson(file, json);
  // Keep the swapped-in copy in step for the rest of the run.
  const projectFile = path.join(root, 'sfdx-project.json');
  const current = readJson<ProjectJson>(projectFile);
  if (current.namespace === PACKAGE_NAMESPACE) writeJson(projectFile, json);
}
