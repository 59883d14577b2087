import * as fs from 'node:fs';
import * as path from 'node:path';
import { MockTestOrgData, TestContext } from '@salesforce/core/testSetup';
import { Org } from '@salesforce/core';
import { ComponentSet, DeployResult, RequestStatus } from '@salesforce/source-deploy-retrieve';
import type { MetadataApiDeployStatus } from '@salesforce/source-deploy-retrieve';
import { OrgScriptError } from '../lib/cli';
import { deployProject, renderDeployFailures, renderProgress } from '../lib/deploy';
import { SILENT, capturedOutput } from './output';

const CLASS = `public with sharing class Greeter {\n    public static String hello() {\n        return 'hi';\n    }\n}\n`;
const META = `<?xml version="1.0" encoding="UTF-8"?>\n<ApexClass xmlns="http://soap.sforce.com/2006/04/metadata">\n    <apiVersion>66.0</apiVersion>\n    <status>Active</status>\n</ApexClass>\n`;

function status(overrides: Partial<MetadataApiDeployStatus>): MetadataApiDeployStatus {
  return {
    id: '0Af000000000001',
    status: RequestStatus.Failed,
    success: false,
    done: true,
    checkOnly: false,
    createdBy: '005',
    createdByName: 'Admin',
    createdDate: '2026-11-28T03:00:00.000Z',
    details: {},
    ignoreWarnings: false,
    lastModifiedDate: '2026-11-28T03:00:00.000Z',
    numberComponentErrors: 0,
    numberComponentsDeployed: 0,
    numberComponentsTotal: 2,
    numberTestErrors: 0,
    numberTestsCompleted: 0,
    numberTestsTotal: 0,
    runTestsEnabled: false,
    rollbackOnError: true,
    ...overrides,
  } as MetadataApiDeployStatus;
}

/** A failed component of a deploy status, as the Metadata API reports it. */
function componentFailure(fields: {
  fileName: string;
  fullName: string;
  componentType: string;
  problem: string;
  lineNumber?: string;
  columnNumber?: string;
}) {
  return {
    changed: 'false',
    created: 'false',
    deleted: 'false',
    success: 'false',
    createdDate: '',
    problemType: 'Error',
    ...fields,
  } as const;
}

/** The test project's one class failing to compile at `lineNumber:columnNumber`. */
const greeterFailure = (lineNumber: string, columnNumber: string, problem: string) =>
  componentFailure({
    fileName: 'classes/Greeter.cls',
    fullName: 'Greeter',
    componentType: 'ApexClass',
    lineNumber,
    columnNumber,
    problem,
  });

describe('org:deploy', () => {
  const $$ = new TestContext();
  let root: string;
  let org: Org;

  beforeEach(async () => {
    root = await $$.localPathRetriever($$.id);
    const classes = path.join(root, 'force-app', 'main', 'default', 'classes');
    fs.mkdirSync(classes, { recursive: true });
    fs.writeFileSync(path.join(classes, 'Greeter.cls'), CLASS);
    fs.writeFileSync(path.join(classes, 'Greeter.cls-meta.xml'), META);
    $$.setConfigStubContents('SfProjectJson', {
      contents: { packageDirectories: [{ path: 'force-app', default: true }], sourceApiVersion: '66.0' },
    });
    const testOrg = new MockTestOrgData();
    await $$.stubAuths(testOrg);
    org = await Org.create({ aliasOrUsername: testOrg.username });
  });

  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
  });

  it('renders progress lines', () => {
    expect(
      renderProgress({
        status: RequestStatus.InProgress,
        numberComponentsDeployed: 3,
        numberComponentsTotal: 10,
        numberComponentErrors: 1,
        numberTestsCompleted: 2,
        numberTestsTotal: 5,
        numberTestErrors: 1,
      }),
    ).toBe('  InProgress: 3/10 components, 1 errors; tests 2/5, 1 failed');
  });

  it('renders a component failure with its file, line and column', () => {
    const components = ComponentSet.fromSource(path.join(root, 'force-app'));
    const result = new DeployResult(
      status({
        numberComponentErrors: 1,
        details: {
          componentFailures: greeterFailure('3', '16', 'Variable does not exist: hi'),
        },
      }),
      components,
    );
    const lines = renderDeployFailures(result, root);
    expect(lines).toEqual([
      `  ERROR ApexClass Greeter (${path.join('force-app', 'main', 'default', 'classes', 'Greeter.cls')}:3:16)`,
      '        Variable does not exist: hi',
    ]);
  });

  it('falls back to the raw failures, test failures and the request error', () => {
    const noFiles = { getFileResponses: () => [] };
    expect(
      renderDeployFailures(
        {
          ...noFiles,
          response: status({
            details: {
              componentFailures: [
                componentFailure({
                  fileName: 'objects/Chat_Transcript__c.object',
                  fullName: 'Chat_Transcript__c.Foo__c',
                  componentType: 'CustomField',
                  problem: 'Field type is invalid',
                }),
              ],
              runTestResult: {
                numFailures: '1',
                numTestsRun: '1',
                totalTime: '10',
                failures: {
                  id: '01p',
                  message: 'System.AssertException: Assertion Failed',
                  methodName: 'it_works',
                  name: 'Greeter_Tests',
                  packageName: '',
                  stackTrace: 'Class.Greeter_Tests.it_works: line 5',
                  time: '3',
                  type: 'Class',
                },
              },
            },
          }),
        },
        root,
      ),
    ).toEqual([
      '  ERROR CustomField Chat_Transcript__c.Foo__c (objects/Chat_Transcript__c.object)',
      '        Field type is invalid',
      '  TEST FAILED Greeter_Tests.it_works: System.AssertException: Assertion Failed',
      '        Class.Greeter_Tests.it_works: line 5',
    ]);
    expect(
      renderDeployFailures({
        ...noFiles,
        response: status({ errorStatusCode: 'INVALID_CROSS_REFERENCE_KEY', errorMessage: 'bad' }),
      }),
    ).toEqual(['  INVALID_CROSS_REFERENCE_KEY: bad']);
  });

  it('deploys the package directories and reports success', async () => {
    const out = capturedOutput();
    const { lines } = out;
    const run = jest.fn(
      async (components: ComponentSet) =>
        new DeployResult(
          status({
            status: RequestStatus.Succeeded,
            success: true,
            numberComponentsDeployed: components.size,
          }),
          components,
        ),
    );
    await deployProject(org, {
      out,
      projectDir: root,
      run,
    });
    expect(run).toHaveBeenCalledTimes(1);
    const deployed = run.mock.calls[0][0];
    expect(deployed.toArray().map((c) => `${c.type.name}:${c.fullName}`)).toEqual(['ApexClass:Greeter']);
    expect(lines[0]).toMatch(/^Deploying 1 components from force-app to .* \(tests: NoTestRun\)\.\.\.$/);
    expect(lines[lines.length - 1]).toBe('Deployed 1 components (Succeeded).');
  });

  it('fails with the readable component errors', async () => {
    const run = async (components: ComponentSet) =>
      new DeployResult(
        status({
          numberComponentErrors: 1,
          details: {
            componentFailures: greeterFailure('2', '5', 'Unexpected token'),
          },
        }),
        components,
      );
    const err = (await deployProject(org, {
      out: SILENT,
      projectDir: root,
      run,
    }).catch((e: unknown) => e)) as OrgScriptError;
    expect(err).toBeInstanceOf(OrgScriptError);
    expect(err.message).toBe('Deploy failed (Failed): 1 component error(s).');
    expect(err.hints[0]).toContain('ERROR ApexClass Greeter (');
    expect(err.hints[0]).toContain('Greeter.cls:2:5)');
    expect(err.hints[1]).toBe('        Unexpected token');
  });

  it('refuses an unknown test level', async () => {
    await expect(
      deployProject(org, {
        out: SILENT,
        projectDir: root,
        testLevel: 'Everything',
        run: () => Promise.reject(new Error('not reached')),
      }),
    ).rejects.toThrow('Unknown --test-level "Everything".');
  });
});
