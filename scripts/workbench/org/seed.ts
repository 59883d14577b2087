/**
 * Sample CRM data of the local org, seeded into the local org at each start. Visitors come from the LivePerson simulator, so the widget finds matching records:
 *   visitor 0 → Contact at a business Account      visitor 1 → Person Account
 *   visitor 2 → Lead                               visitor 3 → Contact + open Case + Opportunity
 *   visitors 4..7 → Contacts                       plus a few records that match nobody.
 * To add sample data: add records below (fields that the schema lacks are skipped, so a record
 * may name fields that another part adds later).
 */
import type { WorkbenchOrg } from './local-org';
import type { JsonRecord as SObject } from './field-json';
import type { Visitor } from '../simulator';
import { seedWidgetConfig } from './seed-widget';
// Transcript text is product logic: rendered by the shared module (Apex twin: LivePersonTranscript).
import { renderTranscript } from '../../../lwc-ts/liveperson/transcriptText/transcriptText';

/** Keeps only the fields the object has (so seeds survive schema changes). */
function fit(org: WorkbenchOrg, objectApiName: string, rec: SObject): SObject {
  const def = org.describe(objectApiName);
  if (!def) return {};
  return Object.fromEntries(Object.entries(rec).filter(([k]) => def.fields.get(k.toLowerCase())?.createable));
}

async function insertAll(org: WorkbenchOrg, objectApiName: string, records: SObject[]): Promise<SObject[]> {
  if (!org.describe(objectApiName)) return [];
  return org.insert(
    objectApiName,
    records.map((r) => fit(org, objectApiName, r)),
  );
}

const iso = (msAgo: number) => new Date(Date.now() - msAgo).toISOString();
const HOUR = 3600_000;

export async function seedLocalOrg(org: WorkbenchOrg, visitors: Visitor[]): Promise<void> {
  const v = (i: number): Visitor | undefined => visitors[i];

  const [acme, globex] = await insertAll(org, 'Account', [
    {
      Name: v(0)?.company || 'Acme Corp',
      Industry: 'Technology',
      Type: 'Customer',
      Phone: '+1-212-555-0100',
    },
    { Name: 'Globex', Industry: 'Retail', Type: 'Prospect', Phone: '+1-415-555-0199' },
  ]);
  const contacts: SObject[] = [];
  const contactOf = (x: Visitor, accountId: unknown, title: string): SObject => ({
    FirstName: x.firstName,
    LastName: x.lastName,
    Email: x.email,
    Phone: x.phone,
    Title: title,
    AccountId: accountId,
    MailingCity: x.location.city,
    MailingCountry: x.location.country,
    OwnerId: org.userId,
  });
  if (v(0)) contacts.push(contactOf(v(0) as Visitor, acme?.Id, 'IT Director'));
  if (v(3)) contacts.push(contactOf(v(3) as Visitor, globex?.Id, 'Buyer'));
  for (let i = 4; i < 8; i++)
    if (v(i)) contacts.push(contactOf(v(i) as Visitor, i % 2 ? acme?.Id : globex?.Id, 'Customer'));
  contacts.push({
    FirstName: 'Jordan',
    LastName: 'Example',
    Email: 'jordan.example@example.invalid',
    AccountId: acme?.Id,
  });
  const savedContacts = await insertAll(org, 'Contact', contacts);

  const p = v(1);
  if (p) {
    await insertAll(org, 'Account', [
      {
        Name: p.name,
        IsPersonAccount: true,
        FirstName: p.firstName,
        LastName: p.lastName,
        PersonEmail: p.email,
        PersonMobilePhone: p.phone,
        PersonMailingCity: p.location.city,
        PersonMailingCountry: p.location.country,
        AccountNumber: p.accountNumber,
        Type: 'Customer',
      },
    ]);
  }
  const l = v(2);
  if (l) {
    await insertAll(org, 'Lead', [
      {
        FirstName: l.firstName,
        LastName: l.lastName,
        Email: l.email,
        Phone: l.phone,
        Company: l.company || 'Self',
        Status: 'Open - Not Contacted',
        LeadSource: 'Chat',
      },
    ]);
  }
  const caseContact = savedContacts.find((c) => c.Email === v(3)?.email);
  await insertAll(org, 'Case', [
    {
      Subject: 'Invoice shows a duplicate charge',
      Status: 'Working',
      Priority: 'High',
      Origin: 'Chat',
      AccountId: globex?.Id,
      ContactId: caseContact?.Id,
      SuppliedEmail: v(3)?.email,
    },
  ]);
  await insertAll(org, 'Opportunity', [
    {
      Name: 'Globex — 25 seats',
      StageName: 'Proposal/Price Quote',
      Amount: 14700,
      CloseDate: '2027-01-31',
      AccountId: globex?.Id,
    },
  ]);

  // A few synced transcripts and log entries so the list views show something.
  await insertAll(
    org,
    'Chat_Transcript__c',
    [0, 3, 4]
      .filter((i) => v(i))
      .map((i, k) => {
        const x = v(i) as Visitor;
        return {
          Conversation_Id__c: `workbench-sample-${k + 1}`,
          Channel__c: k === 1 ? 'Messaging' : 'Chat',
          Status__c: 'Closed',
          Start_Time__c: iso((k + 2) * 24 * HOUR),
          End_Time__c: iso((k + 2) * 24 * HOUR - 9 * 60_000),
          Duration_Seconds__c: 540,
          Agent_Name__c: 'Sam Lee',
          Skill_Name__c: k === 1 ? 'Billing' : 'Support',
          Visitor_Name__c: x.name,
          Visitor_Email__c: x.email,
          Visitor_Phone__c: x.phone,
          Transcript__c: renderTranscript({
            channel: 'chat',
            lines: [
              {
                timeL: Date.now() - (k + 2) * 24 * HOUR,
                by: x.firstName,
                source: 'visitor',
                text: 'Hello',
                textType: 'plain',
              },
              {
                timeL: Date.now() - (k + 2) * 24 * HOUR + 30_000,
                by: 'Sam',
                source: 'agent',
                text: `<p>Hi ${x.firstName}, how can I help?</p>`,
                textType: 'html',
              },
            ],
          }),
          Sync_Status__c: 'Synced',
          Last_Synced__c: iso(HOUR),
          Contact__c: savedContacts.find((c) => c.Email === x.email)?.Id,
        };
      }),
  );
  await insertAll(org, 'Event_Log__c', [
    { Type__c: 'Configuration', Message__c: 'Workbench org seeded with sample data', Occurred_At__c: iso(0) },
    {
      Type__c: 'Sync Summary',
      Job__c: 'ConversationSync',
      Message__c: '3 conversations synced, 0 errors',
      Occurred_At__c: iso(HOUR),
    },
  ]);
  await seedWidgetConfig(org, visitors);
}
