import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import JSZip from 'jszip';
import { MockTestOrgData, TestContext } from '@salesforce/core/testSetup';
import { Org } from '@salesforce/core';
import { OrgScriptError } from '../lib/cli';
import { createPackageVersion, parseVersionNumber, withPackagingProject } from '../lib/packaging';
import { fakeOrgRequests, queryResult } from './fakeOrg';
import type { FakeCall } from './fakeOrg';
import { capturedOutput } from './output';

const DEV_PROJECT = {
  packageDirectories: [
    {
      path: 'force-app/main',
      default: true,
      package: 'LiveEngage for Salesforce',
      versionNumber: '0.1.0.NEXT',
      unpackagedMetadata: { path: 'force-app/tests' },
    },
    { path: 'force-app/tests', default: false },
  ],
  namespace: '',
  sourceApiVersion: '66.0',
};

const APEX_META =
  '<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata"><apiVersion>66.0</apiVersion><status>Active</status></ApexClass>\n';

function packagingProject(aliases: Record<string, string> = {}) {
  return {
    packageDirectories: [
      {
        path: 'force-app/main',
        default: true,
        package: 'LiveEngage for Salesforce',
        versionName: "Winter '27",
        versionNumber: '0.1.0.NEXT',
        versionDescription: 'LiveEngage',
        definitionFile: 'config/project-scratch-def.json',
        unpackagedMetadata: { path: 'force-app/tests' },
      },
      { path: 'force-app/tests', default: false },
    ],
    namespace: 'LiveEngage',
    sourceApiVersion: '66.0',
    packageAliases: aliases,
  };
}

describe('package:version', () => {
  const $$ = new TestContext();
  let root: string;
  let hub: Org;
  const out = capturedOutput();
  const { lines } = out;
  const write = (rel: string, value: unknown) => {
    fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
    fs.writeFileSync(
      path.join(root, rel),
      typeof value === 'string' ? value : `${JSON.stringify(value, null, 2)}\n`,
    );
  };
  const read = (rel: string) =>
    JSON.parse(fs.readFileSync(path.join(root, rel), 'utf8')) as Record<string, unknown>;

  beforeEach(async () => {
    lines.length = 0;
    root = fs.mkdtempSync(path.join(os.tmpdir(), 'pkg-'));
    write('sfdx-project.json', DEV_PROJECT);
    write(
      'config/sfdx-project.packaging.json',
      packagingProject({ 'LiveEngage for Salesforce': '0Ho000000000001' }),
    );
    write('config/project-scratch-def.json', {
      edition: 'Enterprise',
      features: ['PersonAccounts'],
      orgName: 'x',
    });
    write('force-app/main/default/classes/Greeter.cls', 'public with sharing class Greeter {}\n');
    write('force-app/main/default/classes/Greeter.cls-meta.xml', APEX_META);
    write('force-app/tests/default/classes/Greeter_Tests.cls', '@IsTest\nprivate class Greeter_Tests {}\n');
    write('force-app/tests/default/classes/Greeter_Tests.cls-meta.xml', APEX_META);
    const testHub = new MockTestOrgData();
    testHub.makeDevHub();
    await $$.stubAuths(testHub);
    hub = await Org.create({ aliasOrUsername: testHub.username });
  });

  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it('parses version numbers', () => {
    expect(parseVersionNumber('1.2.3.NEXT')).toEqual({ major: 1, minor: 2, patch: 3, build: 'NEXT' });
    expect(parseVersionNumber('1.2.3.4')).toEqual({ major: 1, minor: 2, patch: 3, build: 4 });
    expect(() => parseVersionNumber('1.2')).toThrow(OrgScriptError);
  });

  it('swaps the packaging project in and always restores the dev one', async () => {
    const before = fs.readFileSync(path.join(root, 'sfdx-project.json'), 'utf8');
    const seen = await withPackagingProject(root, async () => read('sfdx-project.json').namespace);
    expect(seen).toBe('LiveEngage');
    expect(fs.readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')).toBe(before);
    await expect(
      withPackagingProject(root, async () => {
        throw new Error('boom');
      }),
    ).rejects.toThrow('boom');
    expect(fs.readFileSync(path.join(root, 'sfdx-project.json'), 'utf8')).toBe(before);
  });

  it('refuses a dev project that carries a namespace', async () => {
    write('sfdx-project.json', { ...DEV_PROJECT, namespace: 'LiveEngage' });
    await expect(withPackagingProject(root, async () => 1)).rejects.toThrow(
      /the dev project must keep "namespace": ""/,
    );
  });

  it('creates a version: descriptor, metadata zip, polling, alias', async () => {
    const calls: FakeCall[] = [];
    let polls = 0;
    $$.fakeConnectionRequest = fakeOrgRequests(
      calls,
      (c) => (c.soql?.startsWith('SELECT MAX(BuildNumber)') ? queryResult([{ expr0: 4 }]) : undefined),
      (c) =>
        c.method === 'POST' && c.path === '/tooling/sobjects/Package2VersionCreateRequest'
          ? { id: '08c000000000001', success: true, errors: [] }
          : undefined,
      (c) => {
        if (!c.soql?.includes('FROM Package2VersionCreateRequest WHERE')) return undefined;
        polls++;
        return queryResult([
          polls < 2
            ? { Status: 'InProgress', Package2VersionId: null, SubscriberPackageVersionId: null }
            : {
                Status: 'Success',
                Package2VersionId: '05i000000000001',
                SubscriberPackageVersionId: '04t000000000001',
              },
        ]);
      },
      (c) =>
        c.soql?.startsWith('SELECT CodeCoverage')
          ? queryResult([
              { CodeCoverage: { apexCodeCoveragePercentage: 93 }, HasPassedCodeCoverageCheck: true },
            ])
          : undefined,
    );
    const sleep = jest.fn(async () => undefined);
    const result = await withPackagingProject(root, () =>
      createPackageVersion(hub, { root, out, installationKey: 'secret', sleep, pollMs: 1 }),
    );
    expect(result).toMatchObject({
      packageId: '0Ho000000000001',
      subscriberPackageVersionId: '04t000000000001',
      versionNumber: '0.1.0.5',
      alias: 'LiveEngage for Salesforce@0.1.0-5',
    });
    expect(sleep).toHaveBeenCalledTimes(1);
    const request = calls.find((c) => c.method === 'POST')?.body as Record<string, unknown>;
    expect(request).toMatchObject({
      Package2Id: '0Ho000000000001',
      InstallKey: 'secret',
      CalculateCodeCoverage: true,
      SkipValidation: false,
    });
    const outer = await JSZip.loadAsync(Buffer.from(String(request.VersionInfo), 'base64'));
    const descriptor = JSON.parse(await outer.file('package2-descriptor.json')!.async('string')) as Record<
      string,
      unknown
    >;
    expect(descriptor).toEqual({
      id: '0Ho000000000001',
      versionName: "Winter '27",
      versionNumber: '0.1.0.5',
      versionDescription: 'LiveEngage',
      edition: 'Enterprise',
      features: ['PersonAccounts'],
    });
    const inner = await JSZip.loadAsync(await outer.file('package.zip')!.async('nodebuffer'));
    const names = Object.keys(inner.files);
    expect(names).toEqual(
      expect.arrayContaining(['package.xml', 'classes/Greeter.cls', 'classes/Greeter.cls-meta.xml']),
    );
    expect(names).not.toContain('classes/Greeter_Tests.cls');
    // The tests go beside the package, for its test run only.
    const tests = await JSZip.loadAsync(
      await outer.file('unpackaged-metadata-package.zip')!.async('nodebuffer'),
    );
    expect(Object.keys(tests.files)).toEqual(
      expect.arrayContaining([
        'package.xml',
        'classes/Greeter_Tests.cls',
        'classes/Greeter_Tests.cls-meta.xml',
      ]),
    );
    expect(Object.keys(tests.files)).not.toContain('classes/Greeter.cls');
    expect(lines).toContain('  1 components zipped, with 1 from force-app/tests for the tests only');
    // The alias lands in the packaging config; the dev project is untouched.
    expect(
      (read('config/sfdx-project.packaging.json').packageAliases as Record<string, string>)[
        'LiveEngage for Salesforce@0.1.0-5'
      ],
    ).toBe('04t000000000001');
    expect(read('sfdx-project.json')).toEqual(DEV_PROJECT);
    expect(lines).toContain('  code coverage 93% (passes the 75% promotion check)');
  });

  it('leaves the tests out of a version that skips validation (no test run)', async () => {
    const calls: FakeCall[] = [];
    $$.fakeConnectionRequest = fakeOrgRequests(
      calls,
      (c) => (c.soql?.startsWith('SELECT MAX(BuildNumber)') ? queryResult([]) : undefined),
      (c) => (c.method === 'POST' ? { id: '08c000000000003', success: true, errors: [] } : undefined),
      (c) =>
        c.soql?.includes('FROM Package2VersionCreateRequest WHERE')
          ? queryResult([
              { Status: 'Success', Package2VersionId: null, SubscriberPackageVersionId: '04t000000000003' },
            ])
          : undefined,
    );
    await withPackagingProject(root, () =>
      createPackageVersion(hub, { root, out, skipValidation: true, sleep: async () => undefined, pollMs: 1 }),
    );
    const request = calls.find((c) => c.method === 'POST')?.body as Record<string, unknown>;
    expect(request).toMatchObject({ CalculateCodeCoverage: false, SkipValidation: true });
    const outer = await JSZip.loadAsync(Buffer.from(String(request.VersionInfo), 'base64'));
    expect(Object.keys(outer.files).sort()).toEqual(['package.zip', 'package2-descriptor.json']);
    expect(lines).toContain('  1 components zipped');
  });

  it('names a missing unpackagedMetadata directory', async () => {
    fs.rmSync(path.join(root, 'force-app/tests'), { recursive: true });
    $$.fakeConnectionRequest = fakeOrgRequests([], (c) =>
      c.soql?.startsWith('SELECT MAX(BuildNumber)') ? queryResult([]) : undefined,
    );
    await expect(withPackagingProject(root, () => createPackageVersion(hub, { root, out }))).rejects.toThrow(
      'The unpackagedMetadata directory force-app/tests does not exist.',
    );
  });

  it('reports the Dev Hub’s errors for a failed version', async () => {
    $$.fakeConnectionRequest = fakeOrgRequests(
      [],
      (c) => (c.soql?.startsWith('SELECT MAX(BuildNumber)') ? queryResult([{ expr0: null }]) : undefined),
      (c) => (c.method === 'POST' ? { id: '08c000000000002', success: true, errors: [] } : undefined),
      (c) =>
        c.soql?.includes('FROM Package2VersionCreateRequest WHERE')
          ? queryResult([{ Status: 'Error', Package2VersionId: null, SubscriberPackageVersionId: null }])
          : undefined,
      (c) =>
        c.soql?.includes('FROM Package2VersionCreateRequestError')
          ? queryResult([
              {
                Message:
                  'Greeter: Average test coverage across all Apex Classes and Triggers is 40%, at least 75% test coverage is required.',
              },
            ])
          : undefined,
    );
    const err = (await withPackagingProject(root, () =>
      createPackageVersion(hub, { root, out, sleep: async () => undefined, pollMs: 1 }),
    ).catch((e: unknown) => e)) as OrgScriptError;
    expect(err).toBeInstanceOf(OrgScriptError);
    expect(err.message).toBe('Package version 0.1.0.0 failed:');
    expect(err.hints[0]).toContain('at least 75% test coverage is required');
    expect(read('sfdx-project.json')).toEqual(DEV_PROJECT);
  });

  it('says how to create the package when it has no id, and creates it on request', async () => {
    write('config/sfdx-project.packaging.json', packagingProject());
    const err = (await withPackagingProject(root, () => createPackageVersion(hub, { root, out })).catch(
      (e: unknown) => e,
    )) as OrgScriptError;
    expect(err.message).toBe(
      'The package "LiveEngage for Salesforce" has no id in config/sfdx-project.packaging.json (packageAliases).',
    );
    expect(err.hints).toContain('  npm run package:version -- --create-package --target-dev-hub devhub');

    const calls: FakeCall[] = [];
    $$.fakeConnectionRequest = fakeOrgRequests(
      calls,
      (c) =>
        c.method === 'POST' && c.path === '/tooling/sobjects/Package2'
          ? { id: '0Ho000000000009', success: true, errors: [] }
          : undefined,
      (c) => (c.soql?.startsWith('SELECT MAX(BuildNumber)') ? queryResult([]) : undefined),
      (c) =>
        c.method === 'POST' ? { success: false, errors: [{ message: 'Namespace not linked' }] } : undefined,
    );
    const err2 = (await withPackagingProject(root, () =>
      createPackageVersion(hub, { root, out, createPackage: true }),
    ).catch((e: unknown) => e)) as OrgScriptError;
    expect(calls[0].body).toMatchObject({
      Name: 'LiveEngage for Salesforce',
      ContainerOptions: 'Managed',
      NamespacePrefix: 'LiveEngage',
    });
    expect(
      (read('config/sfdx-project.packaging.json').packageAliases as Record<string, string>)[
        'LiveEngage for Salesforce'
      ],
    ).toBe('0Ho000000000009');
    expect(err2.message).toContain('Namespace not linked');
    expect(read('sfdx-project.json')).toEqual(DEV_PROJECT);
  });
});
