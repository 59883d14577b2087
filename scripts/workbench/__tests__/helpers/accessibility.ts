/**
 * Accessibility check of the browser suites: axe-core (the engine under sa11y) run inside a page or a
 * frame the test already has open (no extra browser), failing on serious and critical violations. The
 * whole page is checked, the workbench's emulated shells included: no rule is disabled.
 */
import * as fs from 'node:fs';
import type { Frame, Page } from 'playwright-core';
import type { AxeResults, ImpactValue } from 'axe-core';
import { ROOT } from '../../paths';

const AXE_SOURCE = fs.readFileSync(require.resolve('axe-core/axe.min.js', { paths: [ROOT] }), 'utf8');

const FAILING_IMPACTS: ImpactValue[] = ['serious', 'critical'];

/** The violations of `results` that fail a test, one readable line per element. */
export function failingViolations(results: Pick<AxeResults, 'violations'>): string[] {
  return results.violations
    .filter((v) => v.impact && FAILING_IMPACTS.includes(v.impact))
    .flatMap((v) =>
      v.nodes.map(
        (n) => `${v.id} (${v.impact}): ${v.help} — ${JSON.stringify(n.target)}: ${n.failureSummary ?? ''}`,
      ),
    );
}

/**
 * Runs axe-core on the document of a page or frame (open shadow roots included) and throws with every
 * serious or critical violation, naming `label` (what the page shows) in the message.
 */
export async function expectAccessible(target: Page | Frame, label: string): Promise<void> {
  if (!(await target.evaluate(() => 'axe' in window))) await target.evaluate(AXE_SOURCE);
  const results = await target.evaluate(() =>
    (window as unknown as { axe: { run(c: Document, o: object): Promise<AxeResults> } }).axe.run(document, {
      resultTypes: ['violations'],
    }),
  );
  const failing = failingViolations(results);
  if (failing.length > 0) {
    throw new Error(
      `${label}: ${failing.length} serious or critical accessibility violation(s):\n${failing.join('\n')}`,
    );
  }
}
