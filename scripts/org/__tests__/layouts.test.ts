import { MockTestOrgData, TestContext } from '@salesforce/core/testSetup';
import type { Connection } from '@salesforce/core';
import { OrgScriptError } from '../lib/cli';
import {
  addChatTranscriptRelatedLists,
  displayName,
  layoutFailures,
  packageNamespace,
  projectNamespace,
} from '../lib/layouts';
import type { LayoutLike } from '../lib/relatedList';
import { fakeOrgRequests } from './fakeOrg';
import { capturedOutput } from './output';

interface SaveError {
  statusCode: string;
  message: string;
  fields?: string[];
}

/** An in-memory org for conn.metadata list/read/update of type Layout. */
function fakeLayouts(
  conn: Connection,
  $$: TestContext,
  layouts: LayoutLike[],
  failing: Record<string, SaveError> = {},
) {
  const store = new Map(layouts.map((l) => [String(l.fullName), structuredClone(l)]));
  const reads: string[][] = [];
  const updates: LayoutLike[][] = [];
  $$.SANDBOX.stub(conn.metadata, 'list').callsFake(
    async () => [...store.keys()].map((fullName) => ({ fullName, type: 'Layout' })) as never,
  );
  $$.SANDBOX.stub(conn.metadata, 'read').callsFake((async (_type: string, names: string | string[]) => {
    const list = Array.isArray(names) ? names : [names];
    reads.push(list);
    return list.map((n) => structuredClone(store.get(n)) ?? {});
  }) as never);
  $$.SANDBOX.stub(conn.metadata, 'update').callsFake((async (
    _type: string,
    md: LayoutLike | LayoutLike[],
  ) => {
    const list = Array.isArray(md) ? md : [md];
    updates.push(structuredClone(list));
    return list.map((l) => {
      const name = String(l.fullName);
      if (failing[name]) return { fullName: name, success: false, errors: failing[name] };
      store.set(name, structuredClone(l));
      return { fullName: name, success: true };
    });
  }) as never);
  return { store, reads, updates };
}

const rl = (relatedList: string) => ({ fields: ['NAME'], relatedList });

const STANDARD_LAYOUTS: LayoutLike[] = [
  { fullName: 'Account-Account Layout', relatedLists: [rl('RelatedContactList')] },
  { fullName: 'Account-Account %28Marketing%29 Layout' },
  { fullName: 'Contact-Contact Layout', relatedLists: rl('RelatedActivityList') },
  { fullName: 'Lead-Lead Layout', relatedLists: [rl('Chat_Transcript__c.Lead__c')] },
  { fullName: 'Case-Case Layout', relatedLists: [] },
  { fullName: 'CaseClose-Close Case Layout' },
  { fullName: 'Opportunity-Opportunity Layout' },
  { fullName: 'PersonAccount-Person Account Layout' },
  { fullName: 'Chat_Transcript__c-Chat Transcript Layout' },
];

describe('org:setup Chat Transcripts related list', () => {
  const $$ = new TestContext();
  let conn: Connection;
  const out = capturedOutput();
  const { lines } = out;

  beforeEach(async () => {
    lines.length = 0;
    const testOrg = new MockTestOrgData();
    await $$.stubAuths(testOrg);
    conn = await testOrg.getConnection();
  });

  function orgDescribes(objects: string[], accountFields: string[]) {
    $$.fakeConnectionRequest = fakeOrgRequests(
      [],
      (c) => (c.path === '/sobjects' ? { sobjects: objects.map((name) => ({ name })) } : undefined),
      (c) =>
        c.path === '/sobjects/Account/describe'
          ? { name: 'Account', fields: accountFields.map((name) => ({ name })) }
          : undefined,
    );
  }

  it('adds the related list where missing, says "already present" elsewhere, and is idempotent', async () => {
    orgDescribes(['Account', 'Chat_Transcript__c'], ['Id', 'Name']);
    const fake = fakeLayouts(conn, $$, STANDARD_LAYOUTS);
    const first = await addChatTranscriptRelatedLists(conn, out, { namespace: '' });
    expect(first.map((o) => [o.layout, o.status])).toEqual([
      ['Account-Account %28Marketing%29 Layout', 'added'],
      ['Account-Account Layout', 'added'],
      ['Contact-Contact Layout', 'added'],
      ['Lead-Lead Layout', 'already present'],
      ['Case-Case Layout', 'added'],
      ['Opportunity-Opportunity Layout', 'added'],
    ]);
    expect(lines).toContain('  Account-Account (Marketing) Layout: Chat Transcripts related list added');
    expect(lines).toContain('  Lead-Lead Layout: Chat Transcripts related list already present');
    const caseLayout = fake.store.get('Case-Case Layout');
    expect(caseLayout?.relatedLists).toEqual([
      {
        fields: ['NAME', 'Channel__c', 'Start_Time__c', 'Agent_Name__c', 'Status__c'],
        relatedList: 'Chat_Transcript__c.Case__c',
        sortField: 'Start_Time__c',
        sortOrder: 'Desc',
      },
    ]);
    expect(fake.store.get('Contact-Contact Layout')?.relatedLists).toHaveLength(2);
    expect(fake.store.get('CaseClose-Close Case Layout')).toEqual({
      fullName: 'CaseClose-Close Case Layout',
    });
    expect(fake.reads.flat()).not.toContain('PersonAccount-Person Account Layout');
    expect(fake.updates).toHaveLength(1);

    lines.length = 0;
    const second = await addChatTranscriptRelatedLists(conn, out, { namespace: '' });
    expect(second.every((o) => o.status === 'already present')).toBe(true);
    expect(fake.updates).toHaveLength(1);
    expect(layoutFailures(second)).toBeUndefined();
  });

  it('derives the namespace from the org and applies it', async () => {
    orgDescribes(['Account', 'LiveEngage__Chat_Transcript__c'], ['Id']);
    expect(await packageNamespace(conn, '')).toBe('LiveEngage');
    const fake = fakeLayouts(conn, $$, [{ fullName: 'Opportunity-Opportunity Layout' }]);
    const outcomes = await addChatTranscriptRelatedLists(conn, out);
    expect(outcomes).toEqual([
      {
        layout: 'Opportunity-Opportunity Layout',
        relatedList: 'LiveEngage__Chat_Transcript__c.LiveEngage__Opportunity__c',
        status: 'added',
      },
    ]);
    expect(fake.updates[0][0].relatedLists).toEqual([
      expect.objectContaining({
        fields: [
          'NAME',
          'LiveEngage__Channel__c',
          'LiveEngage__Start_Time__c',
          'LiveEngage__Agent_Name__c',
          'LiveEngage__Status__c',
        ],
        sortField: 'LiveEngage__Start_Time__c',
      }),
    ]);
    expect(lines).toEqual([
      '  Account: no page layout found',
      '  Contact: no page layout found',
      '  Lead: no page layout found',
      '  Case: no page layout found',
      '  Opportunity-Opportunity Layout: Chat Transcripts related list added',
    ]);
  });

  it('prefers the project namespace when both objects exist, and needs the object deployed', async () => {
    orgDescribes(['Chat_Transcript__c', 'LiveEngage__Chat_Transcript__c'], []);
    expect(await packageNamespace(conn, 'LiveEngage')).toBe('LiveEngage');
    expect(await packageNamespace(conn, '')).toBe('');
    expect(projectNamespace()).toBe('');
    expect(projectNamespace('/nonexistent/sfdx-project.json')).toBe('');
    orgDescribes(['Account'], []);
    const err = (await packageNamespace(conn, '').catch((e: unknown) => e)) as OrgScriptError;
    expect(err).toBeInstanceOf(OrgScriptError);
    expect(err.message).toBe('Chat_Transcript__c is not in this org yet.');
    expect(err.hints[0]).toContain('npm run org:deploy');
  });

  it('patches the person account layout only when the org has person accounts', async () => {
    orgDescribes(['Chat_Transcript__c'], ['Id', 'IsPersonAccount', 'PersonContactId']);
    const fake = fakeLayouts(conn, $$, STANDARD_LAYOUTS);
    const outcomes = await addChatTranscriptRelatedLists(conn, out);
    expect(outcomes.find((o) => o.layout.startsWith('PersonAccount-'))).toEqual({
      layout: 'PersonAccount-Person Account Layout',
      relatedList: 'Chat_Transcript__c.Account__c',
      status: 'added',
    });
    expect(fake.store.get('PersonAccount-Person Account Layout')?.relatedLists).toEqual([
      expect.objectContaining({ relatedList: 'Chat_Transcript__c.Account__c' }),
    ]);
  });

  it('reports a failing update readably and goes on with the other layouts', async () => {
    orgDescribes(['Chat_Transcript__c'], []);
    fakeLayouts(conn, $$, STANDARD_LAYOUTS.slice(0, 3), {
      'Contact-Contact Layout': {
        statusCode: 'FIELD_INTEGRITY_EXCEPTION',
        message: 'Unknown related list: Chat_Transcript__c.Contact__c',
        fields: ['relatedLists'],
      },
    });
    const outcomes = await addChatTranscriptRelatedLists(conn, out, { personAccounts: false });
    expect(outcomes.map((o) => o.status)).toEqual(['added', 'added', 'error']);
    expect(lines).toContain(
      '  Contact-Contact Layout: ERROR FIELD_INTEGRITY_EXCEPTION: Unknown related list: Chat_Transcript__c.Contact__c (relatedLists)',
    );
    const err = layoutFailures(outcomes);
    expect(err).toBeInstanceOf(OrgScriptError);
    expect(err?.message).toBe('The Chat Transcripts related list could not be added to 1 layout(s):');
    expect(err?.hints[0]).toBe(
      '  Contact-Contact Layout (Chat_Transcript__c.Contact__c): FIELD_INTEGRITY_EXCEPTION: Unknown related list: Chat_Transcript__c.Contact__c (relatedLists)',
    );
    expect(err?.hints[1]).toContain('npm run org:setup');
  });

  it('reports read failures and missing layouts per layout', async () => {
    orgDescribes(['Chat_Transcript__c'], []);
    $$.SANDBOX.stub(conn.metadata, 'list').resolves([
      { fullName: 'Lead-Lead Layout' },
      { fullName: 'Case-Case Layout' },
    ] as never);
    const read = $$.SANDBOX.stub(conn.metadata, 'read');
    read.onFirstCall().resolves([{ fullName: 'Lead-Lead Layout', relatedLists: [] }, {}] as never);
    const update = $$.SANDBOX.stub(conn.metadata, 'update').rejects(
      new Error('INVALID_SESSION_ID: Session expired'),
    );
    const outcomes = await addChatTranscriptRelatedLists(conn, out, { namespace: '', personAccounts: false });
    expect(update.calledOnce).toBe(true);
    expect(outcomes.map((o) => [o.layout, o.status, o.error])).toEqual([
      ['Lead-Lead Layout', 'error', 'INVALID_SESSION_ID: Session expired'],
      ['Case-Case Layout', 'error', 'the layout could not be read (not found)'],
    ]);
    read.reset();
    read.rejects(new Error('sf:INSUFFICIENT_ACCESS: no access'));
    const again = await addChatTranscriptRelatedLists(conn, out, { namespace: '', personAccounts: false });
    expect(again.map((o) => o.error)).toEqual([
      'could not read the layout: sf:INSUFFICIENT_ACCESS: no access',
      'could not read the layout: sf:INSUFFICIENT_ACCESS: no access',
    ]);
  });

  it('reads and updates at most 10 layouts per call', async () => {
    orgDescribes(['Chat_Transcript__c'], []);
    const many = Array.from({ length: 23 }, (_, i) => ({
      fullName: `Account-Layout ${String(i).padStart(2, '0')}`,
    }));
    const fake = fakeLayouts(conn, $$, many);
    const outcomes = await addChatTranscriptRelatedLists(conn, out, { namespace: '', personAccounts: false });
    expect(outcomes.filter((o) => o.status === 'added')).toHaveLength(23);
    expect(fake.reads.map((r) => r.length)).toEqual([10, 10, 3]);
    expect(fake.updates.map((u) => u.length)).toEqual([10, 10, 3]);
  });

  it('shows percent-encoded layout names readably', () => {
    expect(displayName('Account-Account %28Marketing%29 Layout')).toBe('Account-Account (Marketing) Layout');
    expect(displayName('Case-100% bad')).toBe('Case-100% bad');
  });
});
