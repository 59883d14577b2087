import { summarize, summaryLine, type TestResult } from '../report';

const r = (name: string, outcome: TestResult['outcome'], message?: string): TestResult => ({
  name,
  outcome,
  message,
  ms: 1,
});

describe('Apex test summary', () => {
  it('counts passes and failures, and names what is not runnable', () => {
    const s = summarize(
      [r('A.one', 'pass'), r('A.two', 'fail', 'Assertion Failed'), r('B.x', 'unrunnable', 'SOSL')],
      {},
    );
    expect(s.passed).toBe(1);
    expect(s.failed).toBe(1);
    expect(s.unrunnable).toEqual([{ name: 'B.x', feature: 'SOSL' }]);
    expect(summaryLine(s)).toBe('Apex tests: 1 passed, 1 failed, 1 not runnable offline');
  });

  it('reports a listed gap without counting it, and fails when a listed test passes or vanished', () => {
    const s = summarize([r('A.one', 'fail', 'boom'), r('A.two', 'pass')], {
      'A.one': 'needs X',
      'A.two': 'needs Y',
      'A.gone': 'needs Z',
    });
    expect(s.knownGaps).toEqual([{ name: 'A.one', reason: 'needs X', message: 'boom' }]);
    expect(s.passed).toBe(1);
    expect(s.failed).toBe(2);
    expect(s.failures.join('\n')).toContain('A.two: passes now');
    expect(s.failures.join('\n')).toContain('A.gone: listed');
  });
});
