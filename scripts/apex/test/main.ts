/**
 * `npm run apex:test [-- --json <file>] [Class[.method] …]`: runs the package's Apex tests offline
 * and prints one line per failing test and the summary (`Apex tests: N passed, N failed …`).
 * Exit 1 when a test failed (known gaps in `gaps.json` do not count; see report.ts).
 */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { summarize, summaryLine } from './report';
import { runApexTests } from './runner';

function gaps(): Record<string, string> {
  const file = path.join(__dirname, 'gaps.json');
  return fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Record<string, string>) : {};
}

async function main(argv: string[]): Promise<number> {
  const jsonAt = argv.indexOf('--json');
  const jsonFile = jsonAt >= 0 ? argv[jsonAt + 1] : undefined;
  const verbose = argv.includes('--verbose');
  const only = argv.filter((a, i) => !a.startsWith('--') && (jsonAt < 0 || i !== jsonAt + 1));
  const t0 = performance.now();
  const results = await runApexTests({
    only,
    onResult: (r) => {
      if (verbose || r.outcome !== 'pass') {
        const detail = r.outcome === 'pass' ? '' : `\n    ${(r.message ?? '').split('\n').join('\n    ')}`;
        process.stdout.write(`${r.outcome.toUpperCase()}  ${r.name}  ${r.ms.toFixed(0)} ms${detail}\n`);
      }
    },
  });
  const summary = summarize(results, only.length ? {} : gaps());
  if (jsonFile) fs.writeFileSync(jsonFile, JSON.stringify(summary, null, 2));
  process.stdout.write(`${summaryLine(summary)} in ${((performance.now() - t0) / 1000).toFixed(1)} s\n`);
  return summary.failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
