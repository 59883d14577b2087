/**
 * Metadata proof with `@salesforce/source-deploy-retrieve` plus our own XML checks:
 *
 * - `metadata-type`: every file under the package directories belongs to a component of a known
 *   metadata type (`ComponentSet.fromSource` skips unresolvable files silently, so each file it did
 *   not cover is resolved alone: a resolver error names it; a file the resolver ignores
 *   (`.forceignore`d, e.g. a stray `.ts`) does not belong under force-app and is reported too).
 * - `xml`: every `.xml` file is well-formed (fast-xml-parser XMLValidator, file:line). SDR converts a
 *   malformed field file without complaint, so this is the only thing that catches it offline.
 * - `metadata-convert`: the whole set converts to metadata-API format (MetadataConverter, temp dir).
 * - `apex-meta`: every `.cls`/`.trigger` has its `-meta.xml` with apiVersion = sourceApiVersion of
 *   sfdx-project.json and status Active.
 * - `package-composition`: no test-only metadata in the packaged directory (see packageComposition.ts).
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { XMLValidator } from 'fast-xml-parser';
import { type Check, type CheckContext, type Finding, error, listFiles } from './findings';
import { packageCompositionFindings } from './packageComposition';

type SdrComponent = {
  xml?: string;
  content?: string;
  walkContent(): string[];
  getChildren(): SdrComponent[];
};

function coveredFiles(components: Iterable<SdrComponent>): Set<string> {
  const covered = new Set<string>();
  const add = (c: SdrComponent): void => {
    if (c.xml) covered.add(path.resolve(c.xml));
    if (c.content) {
      if (fs.existsSync(c.content) && fs.statSync(c.content).isFile()) covered.add(path.resolve(c.content));
      for (const f of c.walkContent()) covered.add(path.resolve(f));
    }
    for (const child of c.getChildren()) add(child);
  };
  for (const c of components) add(c);
  return covered;
}

export function xmlFindings(files: string[]): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    if (!file.toLowerCase().endsWith('.xml')) continue;
    const text = fs.readFileSync(file, 'utf8');
    const res = XMLValidator.validate(text, { allowBooleanAttributes: true });
    if (res !== true)
      findings.push(
        error(file, res.err.line, 'xml', `malformed XML: ${res.err.msg} (column ${res.err.col})`),
      );
  }
  return findings;
}

export function apexMetaFindings(ctx: CheckContext, files: string[]): Finding[] {
  const findings: Finding[] = [];
  for (const file of files) {
    if (!/\.(cls|trigger)$/i.test(file)) continue;
    const meta = `${file}-meta.xml`;
    if (!fs.existsSync(meta)) {
      findings.push(error(file, 0, 'apex-meta', `missing ${path.basename(meta)}`));
      continue;
    }
    const xml = fs.readFileSync(meta, 'utf8');
    const lines = xml.split('\n');
    const lineOfTag = (tag: string): number =>
      Math.max(0, lines.findIndex((l) => l.includes(`<${tag}>`)) + 1);
    const api = /<apiVersion>\s*([^<]+?)\s*<\/apiVersion>/.exec(xml)?.[1];
    if (api !== ctx.sourceApiVersion) {
      findings.push(
        error(
          meta,
          lineOfTag('apiVersion'),
          'apex-meta',
          `apiVersion ${api ?? '(none)'} differs from sourceApiVersion ${ctx.sourceApiVersion}`,
        ),
      );
    }
    const status = /<status>\s*([^<]+?)\s*<\/status>/.exec(xml)?.[1];
    if (status !== 'Active')
      findings.push(
        error(meta, lineOfTag('status'), 'apex-meta', `status ${status ?? '(none)'}, expected Active`),
      );
  }
  return findings;
}

export const metadataCheck: Check = {
  name: 'metadata (SDR resolve + convert, XML, Apex meta)',
  async run(ctx) {
    const { ComponentSet, MetadataConverter, MetadataResolver } =
      await import('@salesforce/source-deploy-retrieve');
    const files = ctx.packageDirs.flatMap((d) => listFiles(d));
    const findings: Finding[] = [
      ...xmlFindings(files),
      ...apexMetaFindings(ctx, files),
      ...packageCompositionFindings(ctx.projectDir),
    ];
    let cs: InstanceType<typeof ComponentSet> | undefined;
    try {
      cs = ComponentSet.fromSource({ fsPaths: ctx.packageDirs });
    } catch (e) {
      findings.push(
        error(
          ctx.packageDirs[0],
          0,
          'metadata-type',
          `ComponentSet.fromSource failed: ${(e as Error).message}`,
        ),
      );
    }
    const covered = cs ? coveredFiles(cs.getSourceComponents() as Iterable<SdrComponent>) : new Set<string>();
    const resolver = new MetadataResolver();
    for (const file of files) {
      if (covered.has(path.resolve(file))) continue;
      try {
        const comps = resolver.getComponentsFromPath(file);
        if (comps.length === 0) {
          findings.push(
            error(
              file,
              0,
              'metadata-type',
              'ignored by the resolver (.forceignore): a file that never deploys does not belong under force-app',
            ),
          );
        } else {
          findings.push(
            error(
              file,
              0,
              'metadata-type',
              `resolves to ${comps.map((c) => c.type.name).join(', ')} but is not part of the deployable set`,
            ),
          );
        }
      } catch (e) {
        findings.push(error(file, 0, 'metadata-type', (e as Error).message.replace(`${file}: `, '')));
      }
    }
    const notes = [`${files.length} files, ${cs?.size ?? 0} components`];
    if (cs && cs.size > 0) {
      const out = fs.mkdtempSync(path.join(os.tmpdir(), 'validate-mdapi-'));
      try {
        const res = await new MetadataConverter().convert(cs, 'metadata', {
          type: 'directory',
          outputDirectory: out,
        });
        notes.push(`converted ${res.converted?.length ?? 0} components to metadata-API format`);
      } catch (e) {
        findings.push(
          error(
            ctx.packageDirs[0],
            0,
            'metadata-convert',
            `MetadataConverter failed: ${(e as Error).message}`,
          ),
        );
      } finally {
        fs.rmSync(out, { recursive: true, force: true });
      }
    }
    return { findings, notes };
  },
};
