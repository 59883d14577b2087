/** Static resources of the package (`staticresources/*.resource-meta.xml` + the file beside it) as `StaticResource` rows. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApexBlob } from '../lang/blob';
import { ApexId } from '../lang/id';
import type { RecordStore } from './model';
import { packageFiles } from './package-files';

export interface StaticResourceSource {
  name: string;
  contentType: string;
  cacheControl: string;
  body: Uint8Array;
}

const tag = (xml: string, name: string): string | undefined =>
  new RegExp(`<${name}>([^<]*)</${name}>`).exec(xml)?.[1]?.trim();

export function loadStaticResources(packageDir: string): StaticResourceSource[] {
  const metas = packageFiles(packageDir, '.resource-meta.xml', 'staticresources');
  return metas.sort().map((meta) => {
    const name = path.basename(meta, '.resource-meta.xml');
    const dir = path.dirname(meta);
    const file = fs.readdirSync(dir).find((f) => f.startsWith(name + '.') && !f.endsWith('-meta.xml'));
    if (!file) throw new Error(`static resource ${name}: no file beside ${meta}`);
    const xml = fs.readFileSync(meta, 'utf8');
    return {
      name,
      contentType: tag(xml, 'contentType') ?? 'application/octet-stream',
      cacheControl: tag(xml, 'cacheControl') ?? 'Private',
      body: new Uint8Array(fs.readFileSync(path.join(dir, file))),
    };
  });
}

export async function insertStaticResources(
  store: RecordStore,
  resources: StaticResourceSource[],
): Promise<void> {
  for (const r of resources) {
    await store.insert('StaticResource', {
      Id: ApexId.of(store.newId('StaticResource')),
      Name: r.name,
      ContentType: r.contentType,
      CacheControl: r.cacheControl,
      Body: new ApexBlob(r.body),
      BodyLength: r.body.length,
    });
  }
}
