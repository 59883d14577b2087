import { ApexList, ApexSObject, type ApexValue } from '../../interp/values';
import { Decimal } from '../../lang/decimal';
import { executeQuery } from '../execute';
import { queryFromText } from '../parse-text';
import { FakeAccess, FakeStore, testEnv, type TestEnv } from './fake-org';

function org() {
  const store = new FakeStore();
  const a = store.add('Account', {
    Name: 'A',
    Industry: 'Tech',
    AnnualRevenue: Decimal.valueOf('10.5'),
    NumberOfEmployees: 3,
  });
  store.add('Account', {
    Name: 'B',
    Industry: 'tech',
    AnnualRevenue: Decimal.valueOf('4'),
    NumberOfEmployees: 7,
  });
  store.add('Account', { Name: 'C', Industry: 'Energy', AnnualRevenue: null, NumberOfEmployees: 1 });
  store.add('Contact', { LastName: 'X', Secret__c: 's', AccountId: a });
  return store;
}

const run = (env: TestEnv, text: string): Promise<ApexValue> => executeQuery(queryFromText(text), env);
const rows = async (env: TestEnv, text: string): Promise<ApexSObject[]> =>
  ((await run(env, text)) as ApexList).items as ApexSObject[];

describe('aggregates', () => {
  it('groups (text case-insensitively) and names unaliased columns expr0, expr1 …', async () => {
    const env = testEnv(org());
    const result = (await run(
      env,
      'SELECT Industry, COUNT(Id), SUM(AnnualRevenue) total, MAX(NumberOfEmployees) FROM Account GROUP BY Industry ORDER BY Industry',
    )) as ApexList;
    expect(result.elementType).toEqual({ name: 'AggregateResult' });
    const [energy, tech] = result.items as ApexSObject[];
    expect(energy.read('Industry')).toBe('Energy');
    expect(energy.read('expr0')).toBe(1);
    expect(energy.read('total')).toBeNull();
    expect(energy.read('expr1')).toBe(1);
    expect(tech.read('expr0')).toBe(2);
    expect((tech.read('total') as Decimal).toString()).toBe('14.5');
    expect(tech.read('expr1')).toBe(7);
    expect(env.rows).toBe(3);
  });

  it('aggregates without GROUP BY into one row, with AVG and COUNT_DISTINCT', async () => {
    const env = testEnv(org());
    const [row] = await rows(
      env,
      'SELECT AVG(NumberOfEmployees) a, COUNT_DISTINCT(Industry) d, MIN(Name) FROM Account',
    );
    expect((row.read('a') as Decimal).toString()).toBe('3.66666666666666666666666666666667');
    expect(row.read('d')).toBe(2);
    expect(row.read('expr0')).toBe('A');
  });

  it('filters groups with HAVING and orders by an aggregate', async () => {
    const env = testEnv(org());
    const result = await rows(env, 'SELECT Industry FROM Account GROUP BY Industry HAVING COUNT(Id) > 1');
    expect(result.map((r) => r.read('Industry'))).toEqual(['Tech']);
    const ordered = await rows(
      env,
      'SELECT Industry, COUNT(Id) c FROM Account GROUP BY Industry ORDER BY COUNT(Id) DESC',
    );
    expect(ordered.map((r) => r.read('c'))).toEqual([2, 1]);
  });

  it('refuses a field neither grouped nor aggregated', async () => {
    await expect(run(testEnv(org()), 'SELECT Name, COUNT(Id) FROM Account')).rejects.toMatchObject({
      message: 'Field must be grouped or aggregated: Name',
    });
  });
});

describe('security modes', () => {
  it('WITH USER_MODE refuses and lists every inaccessible field of SELECT, WHERE and ORDER BY', async () => {
    const access = new FakeAccess();
    access.deny('Contact.Secret__c', 'Contact.Email', 'Account.Industry');
    const env = testEnv(org(), access);
    const error = await run(
      env,
      'SELECT LastName, Secret__c, Account.Industry FROM Contact WHERE Email != null WITH USER_MODE ORDER BY LastName',
    ).catch((e: unknown) => e);
    expect(error).toMatchObject({
      apexType: 'System.QueryException',
      message: expect.stringMatching(/^No such column 'Secret__c' on entity 'Contact'/),
      details: { inaccessibleFields: { Contact: ['Secret__c', 'Email'], Account: ['Industry'] } },
    });
  });

  it('WITH USER_MODE refuses an unreadable object and filters records by sharing', async () => {
    const access = new FakeAccess();
    const env = testEnv(org(), access);
    access.hidden = (_o, r) => r.Name === 'B';
    expect((await rows(env, 'SELECT Name FROM Account WITH USER_MODE')).map((r) => r.read('Name'))).toEqual([
      'A',
      'C',
    ]);
    access.deny('Account');
    await expect(run(env, 'SELECT Name FROM Account WITH USER_MODE')).rejects.toMatchObject({
      message: expect.stringMatching(/^sObject type 'Account' is not supported/),
    });
  });

  it('SYSTEM_MODE ignores permissions; with sharing it still filters records', async () => {
    const access = new FakeAccess();
    access.deny('Contact.Secret__c');
    access.hidden = (o) => o === 'Contact';
    const env = testEnv(org(), access);
    expect(await run(env, "SELECT COUNT() FROM Contact WHERE Secret__c = 's' WITH SYSTEM_MODE")).toBe(1);
    env.withSharing = true;
    expect(await run(env, "SELECT COUNT() FROM Contact WHERE Secret__c = 's' WITH SYSTEM_MODE")).toBe(0);
  });

  it('uses the default mode when the query names none, and SECURITY_ENFORCED checks SELECT only', async () => {
    const access = new FakeAccess();
    access.deny('Contact.Secret__c');
    const env = testEnv(org(), access);
    env.defaultMode = 'user';
    await expect(run(env, 'SELECT Secret__c FROM Contact')).rejects.toMatchObject({
      apexType: 'System.QueryException',
    });
    expect(await run(env, "SELECT COUNT() FROM Contact WHERE Secret__c = 's' WITH SECURITY_ENFORCED")).toBe(
      1,
    );
    await expect(run(env, 'SELECT Secret__c FROM Contact WITH SECURITY_ENFORCED')).rejects.toMatchObject({
      message: 'Insufficient permissions: secure query included inaccessible field',
    });
  });
});
