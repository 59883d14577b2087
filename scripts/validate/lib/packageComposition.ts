/**
 * `package-composition` (part of the metadata check): what ships in the managed package. The
 * packaged directory of sfdx-project.json (the one with a `package` name) holds no `@IsTest` class
 * and no static resource that only tests read; its `unpackagedMetadata` directory holds those, is
 * itself a package directory (so a deploy to a dev org brings the tests) and nothing packaged names
 * anything in it (the package is built and compiled without it).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import type { SourceComponent } from '@salesforce/source-deploy-retrieve';
import { packageDirComponents, packagedDirectory, readProjectJson } from '../../org/lib/sfdx-project';
import { type Finding, error, listFiles } from './findings';

const RULE = 'package-composition';

/** Source files whose text can name an Apex class or a static resource. */
const SOURCE_FILE = /\.(cls|trigger|page|component|js|html|cmp|app|evt|design)$/i;

/** Blanks out `//` and block comments (newlines kept, so offsets keep their line); strings stay. */
export function withoutComments(text: string): string {
  let out = '';
  let quote = '';
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quote) {
      out += c;
      if (c === '\\') out += text[++i] ?? '';
      else if (c === quote) quote = '';
    } else if (c === "'" || c === '"' || c === '`') {
      quote = c;
      out += c;
    } else if (c === '/' && text[i + 1] === '/') {
      while (i < text.length && text[i] !== '\n') i++;
      out += '\n';
    } else if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end < 0 ? text.length : end + 2;
      out += text.slice(i, stop).replace(/[^\n]/g, ' ');
      i = stop - 1;
    } else out += c;
  }
  return out;
}

/** A class annotated `@IsTest` (the annotation comes before the `class` keyword). */
export function isTestClass(source: string): boolean {
  const code = withoutComments(source);
  const classAt = code.search(/\bclass\b/i);
  return /@istest\b/i.test(classAt < 0 ? code : code.slice(0, classAt));
}

function lineOf(text: string, index: number): number {
  return text.slice(0, index).split('\n').length;
}

function inside(dir: string, file: string): boolean {
  const rel = path.relative(dir, file);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

function contentFile(c: SourceComponent): string | undefined {
  return c.walkContent()[0] ?? c.xml;
}

/** Every way the layout of sfdx-project.json lets test-only metadata into the package. */
export function packageCompositionFindings(projectDir: string): Finding[] {
  const projectFile = path.join(projectDir, 'sfdx-project.json');
  const project = readProjectJson(projectFile);
  const packaged = packagedDirectory(project);
  if (!packaged) return [];
  const findings: Finding[] = [];
  const packagedDir = path.resolve(projectDir, packaged.path);
  const testsPath = packaged.unpackagedMetadata?.path;
  const testsDir = testsPath ? path.resolve(projectDir, testsPath) : undefined;
  if (testsDir) {
    if (!fs.existsSync(testsDir))
      findings.push(error(projectFile, 0, RULE, `unpackagedMetadata ${testsPath} does not exist`));
    if (inside(packagedDir, testsDir) || inside(testsDir, packagedDir))
      findings.push(
        error(
          projectFile,
          0,
          RULE,
          `unpackagedMetadata ${testsPath} overlaps the package directory ${packaged.path}`,
        ),
      );
    if (!project.packageDirectories.some((d) => path.resolve(projectDir, d.path) === testsDir))
      findings.push(
        error(
          projectFile,
          0,
          RULE,
          `unpackagedMetadata ${testsPath} is not a package directory, so a deploy to a dev org leaves the tests out`,
        ),
      );
  }
  const shipped = packageDirComponents(projectDir, packaged.path).getSourceComponents().toArray();
  const testOnly =
    testsDir && fs.existsSync(testsDir) && !inside(packagedDir, testsDir)
      ? packageDirComponents(projectDir, path.relative(projectDir, testsDir)).getSourceComponents().toArray()
      : [];
  const moveHint = testsPath ? `move it to ${testsPath}` : 'name a directory for it in unpackagedMetadata';

  for (const c of shipped.filter((x) => x.type.name === 'ApexClass')) {
    const file = contentFile(c);
    if (file && isTestClass(fs.readFileSync(file, 'utf8')))
      findings.push(error(file, 0, RULE, `test class ${c.fullName} ships in the package; ${moveHint}`));
  }

  const sources = listFiles(packagedDir)
    .filter((f) => SOURCE_FILE.test(f))
    .map((file) => ({ file, code: withoutComments(fs.readFileSync(file, 'utf8')) }));
  const named = (name: string) => new RegExp(`\\b${name}\\b`);

  const testSources =
    testsDir && fs.existsSync(testsDir) ? listFiles(testsDir).filter((f) => SOURCE_FILE.test(f)) : [];
  for (const c of shipped.filter((x) => x.type.name === 'StaticResource')) {
    const re = named(c.fullName);
    if (sources.some((s) => re.test(s.code))) continue;
    if (testSources.some((f) => re.test(withoutComments(fs.readFileSync(f, 'utf8')))))
      findings.push(
        error(
          c.xml ?? packagedDir,
          0,
          RULE,
          `static resource ${c.fullName} is read only by tests; ${moveHint}`,
        ),
      );
  }

  for (const c of testOnly.filter((x) => x.type.name === 'ApexClass' || x.type.name === 'StaticResource')) {
    const re = named(c.fullName);
    for (const s of sources) {
      const m = re.exec(s.code);
      if (m)
        findings.push(
          error(
            s.file,
            lineOf(s.code, m.index),
            RULE,
            `names ${c.type.name} ${c.fullName}, which lives in ${testsPath} and does not ship with the package`,
          ),
        );
    }
  }
  return findings;
}
