/**
 * SOSL as Apex code meets it: in a test only the fixed search results come back, filtered by each
 * RETURNING clause; outside tests the FIND text is matched over the record store.
 */
import { ApexDatetime } from '../../lang/temporal';
import { parseApexSource } from '../../parse/load';
import { ApexRuntime } from '../../interp/runtime';
import { createLocalOrg, loadOrgMetadata, type LocalOrg } from '../../org/org';
import { openTestTransaction } from '../../test/runner';
import { NATIVE_CLASSES } from '../../system/index';
import { orgPlatform } from '../../system/org-platform';
import { attachServices } from '../../system/services';

const metadata = loadOrgMetadata();

function runtimeFor(body: string): ApexRuntime {
  return ApexRuntime.load({
    units: [parseApexSource('T.cls', `public class T { public static Object run() { ${body} } }`)],
    natives: NATIVE_CLASSES,
    platform: orgPlatform(metadata.schema),
  });
}

async function inTest(body: string): Promise<unknown> {
  const org = await createLocalOrg(metadata, ApexDatetime.fromInstant(0));
  return openTestTransaction(runtimeFor(body), org).callStatic('T', 'run');
}

/** A transaction that is not an Apex test (the workbench's): SOSL matches the text. */
async function outsideTest(body: string): Promise<unknown> {
  const runtime = runtimeFor(body);
  const org: LocalOrg = await createLocalOrg(metadata, ApexDatetime.fromInstant(0));
  const tx = runtime.transaction({ isTest: false, org: { id: org.seeded.orgId, name: 'o', myDomain: 'o' } });
  attachServices(tx, {
    schema: org.metadata.schema,
    store: org.store,
    userId: () => org.seeded.adminUserId,
    access: () => org.accessFor(org.seeded.adminUserId),
    timeZone: () => 'America/Los_Angeles',
    locale: () => 'en_US',
    now: () => Date.now(),
    orgId: org.seeded.orgId,
  });
  return tx.callStatic('T', 'run');
}

const DATA = `
  Account acme = new Account(Name = 'Acme Corp', Phone = '+1 (415) 555-1234');
  Account zed = new Account(Name = 'Zed Ltd');
  insert new List<Account>{ acme, zed };
  Contact ann = new Contact(FirstName = 'Ann', LastName = 'Lee', Email = 'ann.lee@example.com', AccountId = acme.Id);
  Contact bo = new Contact(FirstName = 'Bo', LastName = 'Acme-Smith');
  insert new List<Contact>{ ann, bo };
`;

const names = `
  List<String> out = new List<String>();
  for (List<SObject> rows : found) {
    List<String> n = new List<String>();
    for (SObject r : rows) n.add((String) r.get('Name'));
    out.add(String.join(n, ','));
  }
  return String.join(out, '|');
`;

describe('in an Apex test', () => {
  it('returns nothing until search results are fixed', async () => {
    expect(
      await inTest(`${DATA}
        List<List<SObject>> found = [FIND 'acme' IN ALL FIELDS RETURNING Account(Name), Contact(Name)];
        ${names}`),
    ).toBe('|');
  });

  it('returns the fixed records per RETURNING object, filtered by WHERE, ORDER BY and LIMIT', async () => {
    expect(
      await inTest(`${DATA}
        Test.setFixedSearchResults(new List<Id>{ acme.Id, zed.Id, ann.Id, bo.Id });
        List<List<SObject>> found = Search.query(
          'FIND \\'whatever\\' IN NAME FIELDS RETURNING Account(Name WHERE Name != \\'Zed Ltd\\'), Contact(Name ORDER BY LastName DESC LIMIT 1), Lead(Name)'
        );
        ${names}`),
    ).toBe('Acme Corp|Ann Lee|');
  });

  it('binds the FIND text and WHERE values of an inline search and counts SOSL queries', async () => {
    expect(
      await inTest(`${DATA}
        Test.setFixedSearchResults(new List<Id>{ ann.Id, bo.Id });
        String term = 'lee';
        String last = 'Lee';
        List<List<SObject>> found = [FIND :term RETURNING Contact(Name, Account.Name WHERE LastName = :last)];
        Contact c = (Contact) found[0][0];
        return c.Account.Name + '|' + found[0].size() + '|' + Limits.getSoslQueries() + '/' + Limits.getLimitSoslQueries();
      `),
    ).toBe('Acme Corp|1|1/20');
  });

  it('checks field access in user mode', async () => {
    await expect(
      inTest(`${DATA}
        Test.setFixedSearchResults(new List<Id>{ acme.Id });
        return Search.query('FIND \\'acme\\' RETURNING Account(Name, No_Such_Field__c)', AccessLevel.USER_MODE);
      `),
    ).rejects.toThrow(/No_Such_Field__c/);
  });
});

describe('outside tests', () => {
  it('matches words in the searched fields (ALL, NAME, EMAIL, PHONE)', async () => {
    expect(
      await outsideTest(`${DATA}
        List<List<SObject>> found = Search.query('FIND \\'acme*\\' IN ALL FIELDS RETURNING Account(Name), Contact(Name ORDER BY Name)');
        String all = '';
        for (List<SObject> rows : found) for (SObject r : rows) all += r.get('Name') + ';';
        found = Search.query('FIND \\'ann.lee@example.com\\' IN EMAIL FIELDS RETURNING Contact(Name)');
        all += '|' + found[0].size();
        found = Search.query('FIND \\'example\\' IN NAME FIELDS RETURNING Contact(Name)');
        all += '|' + found[0].size();
        found = [FIND '4155551234' IN PHONE FIELDS RETURNING Account(Name)];
        all += '|' + ((Account) found[0][0]).Name;
        return all;
      `),
    ).toBe('Acme Corp;Bo Acme-Smith;|1|0|Acme Corp');
  });

  it('honours the statement LIMIT across objects and escaped reserved characters', async () => {
    expect(
      await outsideTest(`${DATA}
        List<List<SObject>> found = Search.query('FIND \\'acme\\' RETURNING Account(Name), Contact(Name) LIMIT 1');
        String out = found[0].size() + ',' + found[1].size();
        found = Search.query('FIND \\'acme\\\\-smith\\' RETURNING Contact(Name)');
        return out + '|' + found[0].size();
      `),
    ).toBe('1,0|1');
  });

  it('fails a malformed statement with a QueryException and a short term with a SearchException', async () => {
    await expect(outsideTest(`return Search.query('FIND \\'acme\\' RETURNING');`)).rejects.toThrow(
      /QueryException/,
    );
    await expect(outsideTest(`return Search.query('FIND \\'a\\' RETURNING Account');`)).rejects.toThrow(
      /search term must be longer than one character/,
    );
  });
});
