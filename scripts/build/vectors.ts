/**
 * `config/vectors/*.json` (the one home of the contract vectors, read by TS tests) → the static
 * resource `LiveEngageContractVectors` that the Apex tests read:
 * `{ "<file name without .json>": <file content>, ... }`, keys sorted, pretty JSON.
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { emptyPlan, type Plan } from './outputs';

export const VECTORS_DIR = 'config/vectors';
export const RESOURCE_NAME = 'LiveEngageContractVectors';
export const RESOURCE_BASE = `force-app/tests/liveperson/staticresources/${RESOURCE_NAME}`;

export const RESOURCE_META = `<?xml version="1.0" encoding="UTF-8"?>
<StaticResource xmlns="http://soap.sforce.com/2006/04/metadata">
    <cacheControl>Private</cacheControl>
    <contentType>application/json</contentType>
    <description>Contract vectors shared by the TypeScript and Apex tests. Generated from config/vectors/*.json by npm run build; do not edit.</description>
</StaticResource>
`;

export function planVectors(root: string): Plan {
  const plan = emptyPlan();
  const dir = path.join(root, VECTORS_DIR);
  const owned = [`${RESOURCE_BASE}.json`, `${RESOURCE_BASE}.resource-meta.xml`];
  plan.owned = owned.filter((p) => fs.existsSync(path.join(root, p)));
  let names: string[] = [];
  try {
    names = fs
      .readdirSync(dir)
      .filter((n) => n.endsWith('.json'))
      .sort();
  } catch {
    return plan;
  }
  if (names.length === 0) return plan;

  const merged: Record<string, unknown> = {};
  for (const n of names) {
    const text = fs.readFileSync(path.join(dir, n), 'utf8');
    try {
      merged[n.slice(0, -'.json'.length)] = JSON.parse(text);
    } catch (e) {
      plan.errors.push(`${VECTORS_DIR}/${n}: invalid JSON: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  plan.files.set(`${RESOURCE_BASE}.json`, JSON.stringify(merged, null, 2) + '\n');
  plan.files.set(`${RESOURCE_BASE}.resource-meta.xml`, RESOURCE_META);
  return plan;
}
