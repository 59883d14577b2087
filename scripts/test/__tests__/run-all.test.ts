/**
 * Counting rules of the test orchestrator: each jest test is one result; a suite that fails to run
 * is one failure (it has no test results of its own).
 */
import { countJest } from '../run-all';

describe('run-all countJest', () => {
  it('counts every passed and failed jest test', () => {
    const counts = countJest(
      {
        testResults: [
          {
            name: '/repo/a.test.ts',
            status: 'failed',
            assertionResults: [
              { status: 'passed', fullName: 'a one' },
              { status: 'failed', fullName: 'a two', failureMessages: ['boom'] },
              { status: 'pending', fullName: 'a skipped' },
            ],
          },
          {
            name: '/repo/b.test.ts',
            status: 'passed',
            assertionResults: [{ status: 'passed', fullName: 'b' }],
          },
        ],
      },
      '/repo',
    );
    expect(counts.passed).toBe(2);
    expect(counts.failed).toBe(1);
    expect(counts.failures[0]).toContain('a.test.ts › a two');
  });

  it('counts a suite that failed to run as one failure', () => {
    const counts = countJest(
      {
        testResults: [
          { name: '/repo/c.test.ts', status: 'failed', message: 'SyntaxError', assertionResults: [] },
        ],
      },
      '/repo',
    );
    expect(counts).toEqual({
      passed: 0,
      failed: 1,
      failures: ['c.test.ts (suite failed to run)\nSyntaxError'],
    });
  });
});
