import { ApexId } from '../../lang/id';
import {
  hierarchyInstance,
  metadataAll,
  metadataInstance,
  orgDefaults,
  settingValuesAt,
} from '../custom-settings';
import { context, dml, dmlFailure, newOrg, sobject } from './helpers';

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

describe('hierarchy custom settings', () => {
  it('returns an empty record, never null, when nothing is stored', async () => {
    const org = await newOrg();
    const owners = {
      userId: org.seeded.adminUserId,
      profileId: org.seeded.profileIds.get('System Administrator') as string,
      orgId: org.seeded.orgId,
    };
    const s = await hierarchyInstance(org.store, 'LiveEngage_Preferences__c', owners);
    expect(s.type).toBe('LiveEngage_Preferences__c');
    expect(s.read('Id')).toBeNull();
    expect((await orgDefaults(org.store, 'LiveEngage_Preferences__c', owners)).read('Id')).toBeNull();
    expect(await settingValuesAt(org.store, 'LiveEngage_Preferences__c', owners.userId)).toBeNull();
  });

  it('merges user → profile → org field by field', async () => {
    const org = await newOrg();
    const ctx = context(org);
    const profileId = org.seeded.profileIds.get('System Administrator') as string;
    const owners = { userId: org.seeded.adminUserId, profileId, orgId: org.seeded.orgId };
    const object = org.metadata.schema.object('LiveEngage_Preferences__c');
    const text = [...(object?.fields.values() ?? [])].filter(
      (f) => f.custom && (f.type === 'string' || f.type === 'picklist'),
    );
    const nums = [...(object?.fields.values() ?? [])].filter((f) => f.custom && f.type === 'double');
    expect(text.length + nums.length).toBeGreaterThanOrEqual(2);
    const [a, b] = [...text, ...nums].map((f) => f.name);
    const valueFor = (name: string, v: string): string | number =>
      nums.some((f) => f.name === name) ? v.length : v;
    await dml(ctx, 'insert', [
      sobject('LiveEngage_Preferences__c', { [a]: valueFor(a, 'org'), [b]: valueFor(b, 'orgb') }),
    ]);
    await dml(ctx, 'insert', [
      sobject('LiveEngage_Preferences__c', { SetupOwnerId: ApexId.of(profileId), [a]: valueFor(a, 'prof') }),
    ]);
    const mine = await hierarchyInstance(org.store, 'LiveEngage_Preferences__c', owners);
    expect([mine.read(a), mine.read(b)]).toEqual([valueFor(a, 'prof'), valueFor(b, 'orgb')]);
    expect((await orgDefaults(org.store, 'LiveEngage_Preferences__c', owners)).read(a)).toEqual(
      valueFor(a, 'org'),
    );
    const dup = await dmlFailure(dml(ctx, 'insert', [sobject('LiveEngage_Preferences__c', {})]));
    expect(dup.message).toContain(
      'DUPLICATE_VALUE, duplicate value found: SetupOwnerId duplicates value on record with id:',
    );
  });
});

describe('custom metadata', () => {
  it('getAll keys by DeveloperName; getInstance finds by name or Id, null when missing', async () => {
    const org = await newOrg();
    const all = await metadataAll(org.store, 'LivePerson_Field__mdt');
    const csat = all.get('CSAT');
    expect(csat?.read('MasterLabel')).toBe('CSAT Rate');
    expect((await metadataInstance(org.store, 'LivePerson_Field__mdt', 'CSAT'))?.read('Id')).toEqual(
      csat?.read('Id'),
    );
    expect(
      (await metadataInstance(org.store, 'LivePerson_Field__mdt', (csat?.read('Id') as ApexId).value))?.read(
        'DeveloperName',
      ),
    ).toBe('CSAT');
    expect(await metadataInstance(org.store, 'LivePerson_Field__mdt', 'Nope')).toBeNull();
  });
});
