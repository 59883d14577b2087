/**
 * The seed every offline org starts from. Custom settings and custom metadata reads are the
 * built-in classes' (`system/settings.ts`, tested in `system/__tests__/settings.test.ts`).
 */
import { newOrg } from './helpers';

describe('seed data', () => {
  it('holds the org, the profiles, the admin, the permission sets, lead statuses and custom metadata', async () => {
    const org = await newOrg();
    expect((await org.store.scan('Organization')).map((o) => o.TimeZoneSidKey)).toEqual([
      'America/Los_Angeles',
    ]);
    expect((await org.store.scan('Profile')).map((p) => p.Name)).toEqual([
      'System Administrator',
      'Standard User',
      'Minimum Access - Salesforce',
    ]);
    expect((await org.store.scan('PermissionSet')).map((p) => p.Name)).toEqual([
      'LiveEngage_Admin',
      'LiveEngage_Agent',
      'LiveEngage_Supervisor',
    ]);
    expect((await org.store.get(org.seeded.adminUserId))?.Name).toBe('Local Admin');
    expect(
      (await org.store.scan('LeadStatus')).filter((s) => s.IsConverted).map((s) => s.MasterLabel),
    ).toEqual(['Closed - Converted']);
    const fields = await org.store.scan('LivePerson_Field__mdt');
    expect(fields.length).toBeGreaterThan(50);
    expect(fields.find((f) => f.DeveloperName === 'CSAT')).toMatchObject({
      MasterLabel: 'CSAT Rate',
      Messaging__c: true,
      Msg_Api_Field__c: 'info.csatRate',
      Api_Field__c: null,
    });
  });
});
