import type { AxeResults } from 'axe-core';
import { failingViolations } from './helpers/accessibility';

function violation(id: string, impact: AxeResults['violations'][number]['impact'], targets: string[]) {
  return {
    id,
    impact,
    help: `help of ${id}`,
    nodes: targets.map((t) => ({ target: [t], failureSummary: `fix ${t}` })),
  } as unknown as AxeResults['violations'][number];
}

describe('failingViolations', () => {
  test('keeps serious and critical violations, one line per element', () => {
    const lines = failingViolations({
      violations: [
        violation('label', 'critical', ['#a', '#b']),
        violation('list', 'serious', ['#c']),
        violation('region', 'moderate', ['#d']),
        violation('empty-heading', 'minor', ['#e']),
      ],
    });
    expect(lines).toEqual([
      'label (critical): help of label — ["#a"]: fix #a',
      'label (critical): help of label — ["#b"]: fix #b',
      'list (serious): help of list — ["#c"]: fix #c',
    ]);
  });

  test('nothing fails a page with only moderate or minor findings', () => {
    expect(failingViolations({ violations: [violation('region', 'moderate', ['#d'])] })).toEqual([]);
  });
});
