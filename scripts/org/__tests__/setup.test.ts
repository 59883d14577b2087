import { MockTestOrgData, TestContext } from '@salesforce/core/testSetup';
import type { Connection } from '@salesforce/core';
import { OrgScriptError } from '../lib/cli';
import { assignPermissionSets, loadSampleData, readSampleData, soqlString } from '../lib/setup';
import { fakeOrgRequests, queryResult } from './fakeOrg';
import type { FakeCall, Handler } from './fakeOrg';
import { capturedOutput } from './output';

describe('org:setup', () => {
  const $$ = new TestContext();
  let conn: Connection;
  let testOrg: MockTestOrgData;
  const out = capturedOutput();
  const { lines } = out;
  const theUser: Handler = (c) =>
    c.soql?.startsWith('SELECT Id FROM User') ? queryResult([{ Id: '005A' }]) : undefined;
  const bothPermissionSets: Handler = (c) =>
    c.soql?.startsWith('SELECT Id, Name FROM PermissionSet')
      ? queryResult([
          { Id: '0PS1', Name: 'LiveEngage_Admin' },
          { Id: '0PS2', Name: 'LiveEngage_Agent' },
        ])
      : undefined;

  beforeEach(async () => {
    lines.length = 0;
    testOrg = new MockTestOrgData();
    await $$.stubAuths(testOrg);
    conn = await testOrg.getConnection();
  });

  it('quotes SOQL strings', () => {
    expect(soqlString("O'Brien \\ x")).toBe("'O\\'Brien \\\\ x'");
  });

  it('assigns only the permission sets the user lacks', async () => {
    const calls: FakeCall[] = [];
    $$.fakeConnectionRequest = fakeOrgRequests(
      calls,
      theUser,
      bothPermissionSets,
      (c) =>
        c.soql?.startsWith('SELECT PermissionSetId') ? queryResult([{ PermissionSetId: '0PS1' }]) : undefined,
      (c) =>
        c.method === 'POST' && c.path === '/composite/sobjects'
          ? [{ id: '0Pa1', success: true, errors: [] }]
          : undefined,
    );
    const n = await assignPermissionSets(conn, testOrg.username, out);
    expect(n).toBe(1);
    const post = calls.find((c) => c.method === 'POST');
    expect(post?.body).toMatchObject({
      records: [
        { attributes: { type: 'PermissionSetAssignment' }, AssigneeId: '005A', PermissionSetId: '0PS2' },
      ],
    });
    expect(calls[0].soql).toBe(`SELECT Id FROM User WHERE Username = '${testOrg.username}' LIMIT 1`);
    expect(lines).toEqual([
      `  LiveEngage_Admin: already assigned to ${testOrg.username}`,
      `  LiveEngage_Agent: assigned to ${testOrg.username}`,
    ]);
  });

  it('says to deploy first when the permission sets are missing', async () => {
    $$.fakeConnectionRequest = fakeOrgRequests([], theUser, (c) =>
      c.soql?.startsWith('SELECT Id, Name FROM PermissionSet') ? queryResult([]) : undefined,
    );
    const err = (await assignPermissionSets(conn, testOrg.username, out).catch(
      (e: unknown) => e,
    )) as OrgScriptError;
    expect(err).toBeInstanceOf(OrgScriptError);
    expect(err.message).toBe(
      'The permission set(s) LiveEngage_Admin, LiveEngage_Agent are not in this org yet.',
    );
    expect(err.hints[0]).toContain('npm run org:deploy');
  });

  it('renders save errors readably', async () => {
    $$.fakeConnectionRequest = fakeOrgRequests(
      [],
      theUser,
      bothPermissionSets,
      (c) => (c.soql?.startsWith('SELECT PermissionSetId') ? queryResult([]) : undefined),
      (c) =>
        c.method === 'POST'
          ? [
              {
                success: false,
                errors: [{ statusCode: 'FIELD_INTEGRITY_EXCEPTION', message: 'License mismatch' }],
              },
              { id: '0Pa2', success: true, errors: [] },
            ]
          : undefined,
    );
    const err = (await assignPermissionSets(conn, testOrg.username, out).catch(
      (e: unknown) => e,
    )) as OrgScriptError;
    expect(err.hints).toEqual(['  PermissionSetAssignment #1: FIELD_INTEGRITY_EXCEPTION: License mismatch']);
  });

  it('creates only the missing sample records and links contacts to their accounts', async () => {
    const calls: FakeCall[] = [];
    $$.fakeConnectionRequest = fakeOrgRequests(
      calls,
      (c) =>
        c.soql?.includes('FROM Account') ? queryResult([{ Id: '001X', Name: 'Example Corp' }]) : undefined,
      (c) => (c.soql?.includes('FROM Contact') ? queryResult([]) : undefined),
      (c) =>
        c.soql?.includes('FROM Lead')
          ? queryResult([{ Id: '00QX', Email: 'marco.bianchi@example.net' }])
          : undefined,
      (c) => (c.soql?.includes('FROM Enabled_Object__c') ? queryResult([]) : undefined),
      (c) => {
        if (c.method !== 'POST') return undefined;
        const records = (c.body as { records: unknown[] }).records;
        return records.map((_, i) => ({ id: `a0${i}${records.length}`, success: true, errors: [] }));
      },
    );
    const created = await loadSampleData(conn, out);
    const posts = calls
      .filter((c) => c.method === 'POST')
      .map((c) => c.body as { records: Array<Record<string, unknown>> });
    const types = posts.map((p) => p.records[0].attributes);
    expect(types).toEqual([{ type: 'Account' }, { type: 'Contact' }, { type: 'Enabled_Object__c' }]);
    expect(posts[0].records.map((r) => r.Name)).toEqual(['Globex']);
    const contacts = posts[1].records;
    expect(contacts.map((r) => [r.Email, r.AccountId])).toEqual([
      ['dana@example.org', '001X'],
      ['priya.natarajan@example.com', 'a001'],
    ]);
    expect(contacts[0]).not.toHaveProperty('@Account');
    expect(created).toBe(1 + 2 + 5);
    expect(lines).toContain('  Lead: 0 created, 1 already there');
    expect(calls.find((c) => c.soql?.includes('FROM Contact'))?.soql).toBe(
      "SELECT Id, Email FROM Contact WHERE Email IN ('dana@example.org', 'priya.natarajan@example.com')",
    );
  });

  it('ships sample data for the LiveEngage configuration objects', () => {
    const groups = readSampleData();
    expect(groups.map((g) => g.object)).toEqual(['Account', 'Contact', 'Lead', 'Enabled_Object__c']);
    expect(groups[3].rows.map((r) => r.Object_Api_Name__c)).toEqual([
      'Account',
      'Contact',
      'Lead',
      'Case',
      'Opportunity',
    ]);
  });
});
