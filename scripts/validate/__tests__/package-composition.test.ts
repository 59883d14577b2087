/**
 * What ships in the managed package: the packaged directory of sfdx-project.json, resolved by
 * source-deploy-retrieve as the version build resolves it, holds no test class and no test-only
 * static resource; the unpackagedMetadata directory holds them. Then the check itself, on a
 * scratch project with each way test metadata can leak into a package planted once.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceComponent } from '@salesforce/source-deploy-retrieve';
import { APEX_META, REPO, makeTmpRepo, removeTmpRepo, writeFiles } from '../../build/__tests__/tmpRepo';
import {
  type PackageDir,
  packageDirComponents,
  packagedDirectory,
  readProjectJson,
} from '../../org/lib/sfdx-project';
import { listFiles } from '../lib/findings';
import { isTestClass, packageCompositionFindings, withoutComments } from '../lib/packageComposition';

const TEST_RESOURCES = ['LiveEngageContractVectors', 'LivePersonApiFixtures'];

function components(dir: string): SourceComponent[] {
  return packageDirComponents(REPO, dir).getSourceComponents().toArray();
}

function namesOf(cs: SourceComponent[], type: string): string[] {
  return cs
    .filter((c) => c.type.name === type)
    .map((c) => c.fullName)
    .sort();
}

describe('the package of this repository', () => {
  const project = readProjectJson(path.join(REPO, 'sfdx-project.json'));
  const packaged = packagedDirectory(project) as PackageDir;
  const testsDir = packaged.unpackagedMetadata?.path as string;
  const shipped = components(packaged.path);
  const tests = components(testsDir);

  it('is one directory with its tests beside it, the same in the packaging project', () => {
    expect(packaged.path).toBe('force-app/main');
    expect(testsDir).toBe('force-app/tests');
    expect(project.packageDirectories.map((d) => d.path)).toEqual([packaged.path, testsDir]);
    // Every folder of force-app is a package directory: nothing escapes both deploy and package.
    expect(fs.readdirSync(path.join(REPO, 'force-app')).sort()).toEqual(['main', 'tests']);
    const packaging = readProjectJson(path.join(REPO, 'config/sfdx-project.packaging.json'));
    const layout = (dirs: PackageDir[]) =>
      dirs.map((d) => ({ path: d.path, package: d.package, unpackaged: d.unpackagedMetadata?.path }));
    expect(layout(packaging.packageDirectories)).toEqual(layout(project.packageDirectories));
  });

  it('ships no test class, no test-only static resource and nothing from the test directory', () => {
    expect(shipped.length).toBeGreaterThan(100);
    const classes = shipped.filter((c) => c.type.name === 'ApexClass');
    const testClasses = classes.filter((c) => isTestClass(fs.readFileSync(c.content!, 'utf8')));
    expect(testClasses.map((c) => c.fullName)).toEqual([]);
    expect(namesOf(shipped, 'StaticResource')).not.toEqual(expect.arrayContaining([TEST_RESOURCES[0]]));
    expect(namesOf(shipped, 'StaticResource')).not.toEqual(expect.arrayContaining([TEST_RESOURCES[1]]));
    const files = shipped.flatMap((c) => [c.xml, ...c.walkContent()]).filter((f): f is string => !!f);
    expect(
      files.filter((f) => !path.resolve(REPO, f).startsWith(path.join(REPO, packaged.path) + path.sep)),
    ).toEqual([]);
  });

  it('keeps every @IsTest class of force-app and both test resources in the test directory', () => {
    const allTestClasses = listFiles(path.join(REPO, 'force-app'))
      .filter((f) => f.endsWith('.cls') && isTestClass(fs.readFileSync(f, 'utf8')))
      .map((f) => path.basename(f, '.cls'))
      .sort();
    expect(allTestClasses.length).toBeGreaterThan(30);
    expect(namesOf(tests, 'ApexClass')).toEqual(allTestClasses);
    expect(namesOf(tests, 'StaticResource')).toEqual(expect.arrayContaining(TEST_RESOURCES));
  });

  it('passes the package-composition rule', () => {
    expect(packageCompositionFindings(REPO)).toEqual([]);
  });
});

describe('package-composition', () => {
  const RESOURCE_META = `<?xml version="1.0" encoding="UTF-8"?>
<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">
    <cacheControl>Private</cacheControl>
    <contentType>application/json</contentType>
</StaticResource>
`;
  let root: string;
  afterEach(() => removeTmpRepo(root));

  const project = (dirs: PackageDir[]) =>
    JSON.stringify({ packageDirectories: dirs, namespace: '', sourceApiVersion: '66.0' });
  const layout = [
    {
      path: 'force-app/main',
      default: true,
      package: 'P',
      versionNumber: '0.1.0.NEXT',
      unpackagedMetadata: { path: 'force-app/tests' },
    },
    { path: 'force-app/tests', default: false },
  ];
  const messages = () =>
    packageCompositionFindings(root).map((f) => `${path.relative(root, f.file)}:${f.line}: ${f.message}`);

  it('names each test-only piece that would ship, and each packaged reference into the tests', () => {
    root = makeTmpRepo({
      'sfdx-project.json': project(layout),
      // a test class in the package
      'force-app/main/a/classes/Leaky_Tests.cls': '/** helper */\n@IsTest\nprivate class Leaky_Tests {}\n',
      'force-app/main/a/classes/Leaky_Tests.cls-meta.xml': APEX_META,
      // a resource only a test reads
      'force-app/main/a/staticresources/Vectors.json': '{}',
      'force-app/main/a/staticresources/Vectors.resource-meta.xml': RESOURCE_META,
      // a resource the package itself reads stays
      'force-app/main/a/staticresources/Logo.json': '{}',
      'force-app/main/a/staticresources/Logo.resource-meta.xml': RESOURCE_META,
      // packaged code naming a test class (a comment naming it is fine)
      'force-app/main/a/classes/Service.cls': [
        '// see TestData for the fixtures',
        'public with sharing class Service {',
        "  String logo = 'Logo';",
        '  Object o = TestData.make();',
        '}',
        '',
      ].join('\n'),
      'force-app/main/a/classes/Service.cls-meta.xml': APEX_META,
      'force-app/tests/a/classes/TestData.cls':
        "@IsTest\npublic class TestData {\n  String v = 'Vectors';\n}\n",
      'force-app/tests/a/classes/TestData.cls-meta.xml': APEX_META,
    });
    expect(messages().sort()).toEqual([
      'force-app/main/a/classes/Leaky_Tests.cls:0: test class Leaky_Tests ships in the package; move it to force-app/tests',
      'force-app/main/a/classes/Service.cls:4: names ApexClass TestData, which lives in force-app/tests and does not ship with the package',
      'force-app/main/a/staticresources/Vectors.resource-meta.xml:0: static resource Vectors is read only by tests; move it to force-app/tests',
    ]);
  });

  it('wants the test directory deployed, apart from the package and present', () => {
    root = makeTmpRepo({ 'sfdx-project.json': project([layout[0]]) });
    writeFiles(root, { 'force-app/main/a/classes/A.cls': 'public with sharing class A {}\n' });
    writeFiles(root, { 'force-app/main/a/classes/A.cls-meta.xml': APEX_META });
    expect(messages()).toEqual([
      'sfdx-project.json:0: unpackagedMetadata force-app/tests does not exist',
      'sfdx-project.json:0: unpackagedMetadata force-app/tests is not a package directory, so a deploy to a dev org leaves the tests out',
    ]);
    fs.writeFileSync(
      path.join(root, 'sfdx-project.json'),
      project([{ ...layout[0], unpackagedMetadata: { path: 'force-app/main/tests' } }]),
    );
    writeFiles(root, { 'force-app/main/tests/classes/A_Tests.cls': '@IsTest\nprivate class A_Tests {}\n' });
    writeFiles(root, { 'force-app/main/tests/classes/A_Tests.cls-meta.xml': APEX_META });
    expect(messages()).toEqual([
      'sfdx-project.json:0: unpackagedMetadata force-app/main/tests overlaps the package directory force-app/main',
      'sfdx-project.json:0: unpackagedMetadata force-app/main/tests is not a package directory, so a deploy to a dev org leaves the tests out',
      'force-app/main/tests/classes/A_Tests.cls:0: test class A_Tests ships in the package; move it to force-app/main/tests',
    ]);
  });

  it('has nothing to say about a project without a package', () => {
    root = makeTmpRepo({ 'sfdx-project.json': project([{ path: 'force-app', default: true }]) });
    writeFiles(root, { 'force-app/x/classes/X_Tests.cls': '@IsTest\nprivate class X_Tests {}\n' });
    expect(packageCompositionFindings(root)).toEqual([]);
  });

  it('reads code, not comments or the text of strings around them', () => {
    expect(withoutComments("a = 'http://x'; // TestData\n/* TestData\n */ b")).toBe(
      `a = 'http://x'; \n${' '.repeat(11)}\n    b`,
    );
    expect(isTestClass('/** @IsTest in a comment */\npublic class A {}')).toBe(false);
    expect(isTestClass('@IsTest(SeeAllData=false)\nprivate class A {}')).toBe(true);
    expect(isTestClass('public class A {\n  @IsTest\n  static void t() {}\n}')).toBe(false);
  });
});
