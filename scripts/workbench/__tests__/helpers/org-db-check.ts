/**
 * Checks of the local org's record store, run by org.test.ts in a plain Node process (PGlite's
 * WASM loader needs real dynamic imports, which jest's sandbox does not give).
 * Usage: tsx org-db-check.ts [forceAppMain]   (default: the repo's force-app/main)
 */
import * as assert from 'node:assert/strict';
import { LocalOrg } from '../../org/database';
import { seedLocalOrg } from '../../org/seed';
import type { Visitor } from '../../simulator';
import { FORCE_APP_MAIN } from '../../paths';

const visitors = [0, 1, 2, 3, 4].map(
  (k) =>
    ({
      firstName: `First${k}`,
      lastName: `Last${k}`,
      name: `First${k} Last${k}`,
      email: `first${k}.last${k}@example.com`,
      phone: `+1-212-555-010${k}`,
      company: k === 0 ? 'Acme Corp' : '',
      accountNumber: `ACC-10000${k}`,
      location: { city: 'Leeds', country: 'United Kingdom' },
    }) as unknown as Visitor,
);

async function main(forceAppMain: string): Promise<void> {
  const org = await LocalOrg.open({
    dataDir: 'memory://',
    forceAppMain,
    seed: (o) => seedLocalOrg(o, visitors),
  });
  try {
    // Seed: CRM records that match the simulator's visitors.
    const contacts = await org.query('Contact', { where: { Email: visitors[0].email } });
    assert.equal(contacts.length, 1);
    assert.equal(contacts[0].Name, 'First0 Last0', 'Contact.Name is computed like the platform');
    const person = await org.query('Account', { where: { IsPersonAccount: true } });
    assert.equal(person[0]?.PersonEmail, visitors[1].email);
    assert.equal(person[0]?.Name, visitors[1].name);
    assert.equal((await org.query('Lead', { where: { Email: visitors[2].email } })).length, 1);
    const transcripts = await org.query('Chat_Transcript__c');
    assert.ok(transcripts.length > 0, 'sample transcripts seeded');
    // Rendered by the shared lwc-ts module (the product's transcript format), not by the workbench.
    assert.match(
      String(transcripts[0].Transcript__c),
      /^\[\d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC\] First0: Hello\n.*Sam: Hi First0/,
    );

    // Auto-number, typed values, upsert on an external id, unique constraint, field checks.
    const [a] = await org.insert('Chat_Transcript__c', [
      {
        Conversation_Id__c: 'c-1',
        Channel__c: 'Chat',
        Duration_Seconds__c: 42,
        Start_Time__c: '2026-01-02T03:04:05.000Z',
      },
    ]);
    assert.match(String(a.Name), /^CT-\d{6}$/);
    assert.match(String(a.Id), /^a\w{17}$/);
    assert.equal(a.Duration_Seconds__c, 42);
    assert.equal(a.Start_Time__c, '2026-01-02T03:04:05.000Z');
    const [b] = await org.upsert(
      'Chat_Transcript__c',
      [{ Conversation_Id__c: 'c-1', Channel__c: 'Messaging' }],
      'Conversation_Id__c',
    );
    assert.equal(b.Id, a.Id);
    assert.equal(b.Channel__c, 'Messaging');
    await assert.rejects(org.insert('Chat_Transcript__c', [{ Conversation_Id__c: 'c-1' }]), /unique/i);
    await assert.rejects(
      org.query('Chat_Transcript__c', { where: { 'x"; drop table y; --': 1 } }),
      /No such field/,
    );

    // Hierarchy custom settings: org defaults, never null, saved by upsert.
    const blank = await org.getSetting('LiveEngage_Settings__c');
    assert.equal(blank.Activated__c, false);
    assert.equal(blank.Id, undefined);
    await org.saveSetting('LiveEngage_Settings__c', { Account_Id__c: '90233546' });
    await org.saveSetting('LiveEngage_Settings__c', { Activated__c: true });
    const saved = await org.getSetting('LiveEngage_Settings__c');
    assert.equal(saved.Account_Id__c, '90233546');
    assert.equal(saved.Activated__c, true);
    assert.equal((await org.query('LiveEngage_Settings__c')).length, 1);
  } finally {
    await org.close();
  }
  console.log('org-db-check: ok');
}

main(process.argv[2] ?? FORCE_APP_MAIN).catch((e: unknown) => {
  console.error(e);
  process.exitCode = 1;
});
