/** Assert and System.assert*: pass silently, fail with Apex's messages; Limits counts what the platform spends. */
import { ApexError } from '../../lang/errors';
import { listPlatform } from './fake-platform';
import { run, runtimeOf } from './harness';

async function failure(body: string): Promise<string> {
  try {
    await run(body);
  } catch (e) {
    if (e instanceof ApexError && e.apexType === 'System.AssertException') return e.message;
    throw e;
  }
  throw new Error('the assertion passed');
}

test('passing assertions return normally', async () => {
  expect(
    await run(
      `Assert.areEqual(2, 1 + 1); Assert.areNotEqual('a', 'b'); Assert.isTrue(true); Assert.isFalse(false);
       Assert.isNull(null); Assert.isNotNull(1); Assert.isInstanceOfType('x', String.class);
       Assert.isNotInstanceOfType(1, String.class); System.assert(true); System.assertEquals(1, 1);
       System.assertNotEquals(1, 2); return 'ok';`,
    ),
  ).toBe('ok');
});

test('failed assertions carry the expected and actual values and the message', async () => {
  expect(await failure(`Assert.areEqual(1, 2, 'numbers');`)).toBe(
    'Assertion Failed: Expected: 1, Actual: 2: numbers',
  );
  expect(await failure(`System.assertEquals('a', 'A');`)).toBe('Assertion Failed: Expected: a, Actual: A');
  expect(await failure(`Assert.isTrue(false, 'flag');`)).toContain('flag');
  expect(await failure(`Assert.fail('stop');`)).toContain('stop');
  expect(await failure(`Assert.isNotNull(null);`)).toMatch(/^Assertion Failed/);
});

test('Limits reports queries used and the limit, per transaction', async () => {
  const rt = runtimeOf(
    {
      'L.cls': `public class L { public static String run() {
        List<Account> a = [SELECT Id FROM Account]; a = [SELECT Id FROM Account];
        return Limits.getQueries() + '/' + Limits.getLimitQueries(); } }`,
    },
    listPlatform([]),
  );
  expect(await rt.transaction({ isTest: true }).callStatic('L', 'run')).toBe('2/100');
  expect(await rt.transaction({ isTest: true, async: true }).callStatic('L', 'run')).toBe('2/200');
});
