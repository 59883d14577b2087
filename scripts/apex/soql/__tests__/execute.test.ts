import { ApexList, ApexSet, ApexSObject, type ApexValue } from '../../interp/values';
import { Decimal } from '../../lang/decimal';
import { ApexDate, ApexDatetime } from '../../lang/temporal';
import { executeQuery } from '../execute';
import { queryFromText } from '../parse-text';
import { FakeStore, testEnv, type TestEnv } from './fake-org';

function org() {
  const store = new FakeStore();
  const owner = store.add('User', { Name: 'Olive Owner', Email: 'olive@example.com' });
  const acme = store.add('Account', {
    Name: 'Acme',
    Industry: 'Tech',
    AnnualRevenue: Decimal.valueOf('100.50'),
    NumberOfEmployees: 50,
    Tags__c: 'a;b',
    Founded__c: ApexDate.newInstance(2024, 3, 14),
    Active__c: true,
    CreatedDate: ApexDatetime.parseIso('2024-03-14T08:00:00Z'),
    OwnerId: owner,
  });
  const globex = store.add('Account', {
    Name: 'globex',
    Industry: 'Energy',
    AnnualRevenue: Decimal.valueOf('20'),
    NumberOfEmployees: 5,
    Tags__c: 'b;c',
    Founded__c: ApexDate.newInstance(2020, 1, 1),
    Active__c: false,
    CreatedDate: ApexDatetime.parseIso('2024-03-01T08:00:00Z'),
    ParentId: acme,
  });
  const initech = store.add('Account', {
    Name: '50% Off',
    Industry: null,
    NumberOfEmployees: null,
    OwnerId: owner,
  });
  const c1 = store.add('Contact', { LastName: 'Smith', Email: 'S@x.com', AccountId: acme });
  const c2 = store.add('Contact', { LastName: 'jones', Email: null, AccountId: acme });
  const c3 = store.add('Contact', { LastName: 'Orphan', AccountId: null });
  return { store, owner, acme, globex, initech, c1, c2, c3 };
}

async function run(env: TestEnv, text: string): Promise<ApexValue> {
  return executeQuery(queryFromText(text), env);
}

async function names(env: TestEnv, text: string, field = 'Name'): Promise<ApexValue[]> {
  const list = (await run(env, text)) as ApexList;
  return list.items.map((r) => (r as ApexSObject).read(field));
}

describe('SOQL filters', () => {
  const o = org();
  const env = testEnv(o.store);

  it('compares text case-insensitively with = and !=, != keeping nulls', async () => {
    expect(await names(env, "SELECT Name FROM Account WHERE Name = 'ACME'")).toEqual(['Acme']);
    expect(await names(env, "SELECT Name FROM Account WHERE Industry != 'tech'")).toEqual([
      'globex',
      '50% Off',
    ]);
  });

  it('tests null with = null and != null', async () => {
    expect(await names(env, 'SELECT Name FROM Account WHERE Industry = null')).toEqual(['50% Off']);
    expect(await names(env, 'SELECT Name FROM Account WHERE Industry != NULL')).toEqual(['Acme', 'globex']);
  });

  it('orders numbers, never matching null with < or >', async () => {
    expect(await names(env, 'SELECT Name FROM Account WHERE NumberOfEmployees > 5')).toEqual(['Acme']);
    expect(await names(env, 'SELECT Name FROM Account WHERE NumberOfEmployees >= 5')).toEqual([
      'Acme',
      'globex',
    ]);
    expect(await names(env, 'SELECT Name FROM Account WHERE NumberOfEmployees < 50')).toEqual(['globex']);
    expect(await names(env, 'SELECT Name FROM Account WHERE NumberOfEmployees <= 50')).toEqual([
      'Acme',
      'globex',
    ]);
    expect(await names(env, 'SELECT Name FROM Account WHERE AnnualRevenue = 100.5')).toEqual(['Acme']);
  });

  it('combines AND, OR and NOT', async () => {
    expect(
      await names(
        env,
        "SELECT Name FROM Account WHERE (Industry = 'Tech' OR Industry = 'Energy') AND NumberOfEmployees < 10",
      ),
    ).toEqual(['globex']);
    expect(await names(env, "SELECT Name FROM Account WHERE NOT Industry = 'Tech'")).toEqual([
      'globex',
      '50% Off',
    ]);
    expect(await names(env, 'SELECT Name FROM Account WHERE Active__c = true')).toEqual(['Acme']);
  });

  it('matches LIKE with % and _, case-insensitively, and escaped wildcards literally', async () => {
    expect(await names(env, "SELECT Name FROM Account WHERE Name LIKE 'a%'")).toEqual(['Acme']);
    expect(await names(env, "SELECT Name FROM Account WHERE Name LIKE '_LOBEX'")).toEqual(['globex']);
    expect(await names(env, "SELECT Name FROM Account WHERE Name LIKE '%\\%%'")).toEqual(['50% Off']);
    expect(await names(env, "SELECT Name FROM Account WHERE Name LIKE '50\\_%'")).toEqual([]);
    env.binds.set('p', '%\\%%');
    expect(await names(env, 'SELECT Name FROM Account WHERE Name LIKE :p')).toEqual(['50% Off']);
  });

  it('takes IN / NOT IN from literal lists and List or Set binds of Ids in 15 or 18 characters', async () => {
    expect(await names(env, "SELECT Name FROM Account WHERE Industry IN ('tech', 'energy')")).toEqual([
      'Acme',
      'globex',
    ]);
    expect(await names(env, "SELECT Name FROM Account WHERE Industry NOT IN ('tech')")).toEqual([
      'globex',
      '50% Off',
    ]);
    const ids = new ApexList({ name: 'String' }, [o.acme.to15(), o.initech.value]);
    env.binds.set('ids', ids);
    expect(await names(env, 'SELECT Name FROM Account WHERE Id IN :ids')).toEqual(['Acme', '50% Off']);
    const set = new ApexSet({ name: 'Id' });
    set.add(o.globex);
    env.binds.set('idset', set);
    expect(await names(env, 'SELECT Name FROM Account WHERE Id NOT IN :idset')).toEqual(['Acme', '50% Off']);
    expect(await names(env, `SELECT Name FROM Account WHERE Id = '${o.globex.to15()}'`)).toEqual(['globex']);
  });

  it('refuses a malformed Id with the platform message', async () => {
    await expect(run(env, "SELECT Name FROM Account WHERE Id = 'nope'")).rejects.toMatchObject({
      apexType: 'System.QueryException',
      message: 'invalid ID field: nope',
    });
  });

  it('binds an sObject to an Id comparison by its Id, and binds scalars of every kind', async () => {
    const acc = new ApexSObject('Account');
    acc.write('Id', o.acme);
    env.binds.set('acc', acc);
    expect(await names(env, 'SELECT LastName FROM Contact WHERE AccountId = :acc', 'LastName')).toEqual([
      'Smith',
      'jones',
    ]);
    env.binds.set('n', 5);
    expect(await names(env, 'SELECT Name FROM Account WHERE NumberOfEmployees = :n')).toEqual(['globex']);
    env.binds.set('n', 'five');
    await expect(run(env, 'SELECT Name FROM Account WHERE NumberOfEmployees = :n')).rejects.toMatchObject({
      message: 'Invalid bind expression type of String for column of type Integer',
    });
  });

  it('applies INCLUDES / EXCLUDES to multi-select picklists (; means all of)', async () => {
    expect(await names(env, "SELECT Name FROM Account WHERE Tags__c INCLUDES ('a')")).toEqual(['Acme']);
    expect(await names(env, "SELECT Name FROM Account WHERE Tags__c INCLUDES ('c', 'a;b')")).toEqual([
      'Acme',
      'globex',
    ]);
    expect(await names(env, "SELECT Name FROM Account WHERE Tags__c EXCLUDES ('a')")).toEqual([
      'globex',
      '50% Off',
    ]);
  });

  it('compares dates, datetimes and date literals in the user time zone', async () => {
    expect(await names(env, 'SELECT Name FROM Account WHERE Founded__c = 2024-03-14')).toEqual(['Acme']);
    expect(await names(env, 'SELECT Name FROM Account WHERE Founded__c = TODAY')).toEqual(['Acme']);
    expect(await names(env, 'SELECT Name FROM Account WHERE Founded__c < LAST_N_DAYS:30')).toEqual([
      'globex',
    ]);
    // 08:00Z on the 14th is the 14th at 01:00 in Los Angeles: today.
    expect(await names(env, 'SELECT Name FROM Account WHERE CreatedDate = TODAY')).toEqual(['Acme']);
    expect(await names(env, 'SELECT Name FROM Account WHERE CreatedDate = THIS_MONTH')).toEqual([
      'Acme',
      'globex',
    ]);
    expect(await names(env, 'SELECT Name FROM Account WHERE CreatedDate > 2024-03-10T00:00:00Z')).toEqual([
      'Acme',
    ]);
    await expect(run(env, 'SELECT Name FROM Account WHERE CreatedDate > 2024-03-10')).rejects.toMatchObject({
      apexType: 'System.QueryException',
    });
  });

  it('filters on parent fields through relationship paths', async () => {
    expect(await names(env, "SELECT LastName FROM Contact WHERE Account.Name = 'acme'", 'LastName')).toEqual([
      'Smith',
      'jones',
    ]);
    expect(await names(env, "SELECT Name FROM Account WHERE Parent.Owner.Name LIKE 'Olive%'")).toEqual([
      'globex',
    ]);
  });

  it('runs semi-joins and anti-joins', async () => {
    expect(await names(env, 'SELECT Name FROM Account WHERE Id IN (SELECT AccountId FROM Contact)')).toEqual([
      'Acme',
    ]);
    expect(
      await names(env, 'SELECT Name FROM Account WHERE Id NOT IN (SELECT AccountId FROM Contact)'),
    ).toEqual(['globex', '50% Off']);
  });
});

describe('SOQL ordering and paging', () => {
  const o = org();
  const env = testEnv(o.store);

  it('sorts ASC NULLS FIRST by default, DESC NULLS LAST, text case-insensitively', async () => {
    expect(await names(env, 'SELECT Name FROM Account ORDER BY Industry')).toEqual([
      '50% Off',
      'globex',
      'Acme',
    ]);
    expect(await names(env, 'SELECT Name FROM Account ORDER BY Industry DESC')).toEqual([
      'Acme',
      'globex',
      '50% Off',
    ]);
    expect(await names(env, 'SELECT Name FROM Account ORDER BY Industry ASC NULLS LAST')).toEqual([
      'globex',
      'Acme',
      '50% Off',
    ]);
    expect(await names(env, 'SELECT Name FROM Account ORDER BY Name')).toEqual(['50% Off', 'Acme', 'globex']);
    expect(
      await names(env, 'SELECT Name FROM Account ORDER BY NumberOfEmployees DESC NULLS FIRST, Name'),
    ).toEqual(['50% Off', 'Acme', 'globex']);
  });

  it('applies LIMIT and OFFSET, literal or bound', async () => {
    expect(await names(env, 'SELECT Name FROM Account ORDER BY Name LIMIT 2')).toEqual(['50% Off', 'Acme']);
    env.binds.set('lim', 1);
    env.binds.set('off', 1);
    expect(await names(env, 'SELECT Name FROM Account ORDER BY Name LIMIT :lim OFFSET :off')).toEqual([
      'Acme',
    ]);
    await expect(run(env, 'SELECT Name FROM Account OFFSET 2001')).rejects.toMatchObject({
      message: 'Maximum SOQL offset allowed is 2000',
    });
  });
});

describe('SOQL results', () => {
  it('returns sObjects with the queried fields (Id always) and nested parents', async () => {
    const o = org();
    const env = testEnv(o.store);
    const list = (await run(
      env,
      'SELECT LastName, Account.Name, Account.Owner.Name FROM Contact ORDER BY LastName',
    )) as ApexList;
    expect(list.elementType).toEqual({ name: 'Contact' });
    const [jones, orphan] = list.items as ApexSObject[];
    expect(jones.read('Id')).toEqual(o.c2);
    expect([...(jones.queried ?? [])].sort()).toEqual(['account', 'accountid', 'id', 'lastname']);
    const account = jones.read('Account') as ApexSObject;
    expect(account.type).toBe('Account');
    expect(account.read('Name')).toBe('Acme');
    expect(account.read('Id')).toEqual(o.acme);
    expect((account.read('Owner') as ApexSObject).read('Name')).toBe('Olive Owner');
    expect(account.queried?.has('industry')).toBe(false);
    expect(orphan.read('LastName')).toBe('Orphan');
    expect(orphan.has('Account')).toBe(true);
    expect(orphan.read('Account')).toBeNull();
  });

  it('fills child subqueries with a list per parent (empty, not null) and counts them as queries and rows', async () => {
    const o = org();
    const env = testEnv(o.store);
    const list = (await run(
      env,
      "SELECT Name, (SELECT LastName FROM Contacts WHERE LastName != 'x' ORDER BY LastName LIMIT 5) FROM Account ORDER BY Name",
    )) as ApexList;
    const byName = new Map((list.items as ApexSObject[]).map((a) => [a.read('Name'), a]));
    const acmeContacts = byName.get('Acme')?.read('Contacts') as ApexList;
    expect(acmeContacts.elementType).toEqual({ name: 'Contact' });
    expect(acmeContacts.items.map((c) => (c as ApexSObject).read('LastName'))).toEqual(['jones', 'Smith']);
    expect((byName.get('globex')?.read('Contacts') as ApexList).items).toEqual([]);
    expect(byName.get('globex')?.queried?.has('contacts')).toBe(true);
    expect(env.queries).toBe(2);
    expect(env.rows).toBe(5);
  });

  it('returns an Integer for SELECT COUNT() and counts it as one row', async () => {
    const o = org();
    const env = testEnv(o.store);
    expect(await run(env, "SELECT COUNT() FROM Contact WHERE LastName != 'Orphan'")).toBe(2);
    expect(await run(env, 'SELECT COUNT() FROM Contact LIMIT 1')).toBe(1);
    expect(env.queries).toBe(2);
    expect(env.rows).toBe(2);
  });

  it('reports unknown objects, fields and relationships with the platform wording', async () => {
    const env = testEnv(org().store);
    await expect(run(env, 'SELECT Id FROM Nope__c')).rejects.toMatchObject({
      apexType: 'System.QueryException',
      message: expect.stringMatching(/^sObject type 'Nope__c' is not supported\./),
    });
    await expect(run(env, 'SELECT Foo FROM Account')).rejects.toMatchObject({
      message: expect.stringMatching(
        /^No such column 'Foo' on entity 'Account'\. If you are attempting to use a custom field/,
      ),
    });
    await expect(run(env, 'SELECT Nope__r.Name FROM Account')).rejects.toMatchObject({
      message: expect.stringMatching(/^Didn't understand relationship 'Nope__r' in field path\./),
    });
    await expect(run(env, 'SELECT Id, (SELECT Id FROM Nopes) FROM Account')).rejects.toMatchObject({
      message: expect.stringMatching(/^Didn't understand relationship 'Nopes' in FROM part of query call\./),
    });
  });

  it('accepts the FROM alias as a field prefix', async () => {
    const env = testEnv(org().store);
    expect(await names(env, "SELECT a.Name FROM Account a WHERE a.Name = 'globex'")).toEqual(['globex']);
  });
});
