/**
 * `npm run lp:fixtures` — starts the simulator, performs real HTTP requests (token, domain,
 * skills, chat and messaging pages, get-by-id, every auth failure and fault) and writes the Apex
 * `HttpCalloutMock` fixture static resource. `--check` fails when the committed file is stale.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  captureFixtures,
  FIXTURE_META,
  FIXTURE_META_PATH,
  FIXTURE_PATH,
  fixturesToJson,
  readCommittedFixtures,
} from './fixtures';

async function main(): Promise<void> {
  const root = path.resolve(__dirname, '..', '..');
  const check = process.argv.includes('--check');
  const fixtures = await captureFixtures();
  const text = fixturesToJson(fixtures);
  if (check) {
    if (readCommittedFixtures(root) !== text) {
      console.error(`${FIXTURE_PATH} is stale: run npm run lp:fixtures`);
      process.exit(1);
    }
    console.log(`${FIXTURE_PATH} is up to date (${Object.keys(fixtures).length} fixtures)`);
    return;
  }
  mkdirSync(path.dirname(path.join(root, FIXTURE_PATH)), { recursive: true });
  writeFileSync(path.join(root, FIXTURE_PATH), text);
  writeFileSync(path.join(root, FIXTURE_META_PATH), FIXTURE_META);
  console.log(
    `wrote ${FIXTURE_PATH}: ${Object.keys(fixtures).length} fixtures, ${Buffer.byteLength(text)} bytes`,
  );
  for (const [name, f] of Object.entries(fixtures)) console.log(`  ${name}  ${f.status}`);
}

main().catch((e: unknown) => {
  console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
  process.exit(1);
});
