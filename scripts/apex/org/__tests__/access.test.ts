import { ApexId } from '../../lang/id';
import { ApexSObject } from '../../interp/values';
import type { LocalOrg } from '../org';
import { stripInaccessible } from '../strip-inaccessible';
import { checkCustomPermission } from '../access';
import { context, dml, dmlFailure, newOrg, recordId, sobject } from './helpers';

let seq = 0;
async function user(org: LocalOrg, profile: string, permissionSets: string[] = []): Promise<string> {
  seq++;
  const u = sobject('User', {
    LastName: `Tester ${seq}`,
    Email: `t${seq}@example.org`,
    Username: `t${seq}@example.org.test`,
    Alias: `t${seq}`,
    ProfileId: ApexId.of(org.seeded.profileIds.get(profile) as string),
    TimeZoneSidKey: 'America/New_York',
    LocaleSidKey: 'en_US',
    EmailEncodingKey: 'UTF-8',
    LanguageLocaleKey: 'en_US',
  });
  const ctx = context(org);
  await dml(ctx, 'insert', [u]);
  const assignments = permissionSets.map((name) =>
    sobject('PermissionSetAssignment', {
      AssigneeId: u.read('Id'),
      PermissionSetId: ApexId.of(org.seeded.permissionSetIds.get(name) as string),
    }),
  );
  await dml(ctx, 'insert', assignments);
  return recordId(u);
}

describe('object and field access by profile and permission set', () => {
  it('System Administrator can do everything except custom permissions', async () => {
    const org = await newOrg();
    const a = org.accessFor(org.seeded.adminUserId);
    expect([a.canRead('Chat_Transcript__c'), a.canCreate('Event_Log__c'), a.canDelete('Account')]).toEqual([
      true,
      true,
      true,
    ]);
    expect(a.fieldEditable('Chat_Transcript__c', 'Conversation_Id__c')).toBe(true);
    expect(a.fieldEditable('Account', 'CreatedDate')).toBe(false);
    expect(checkCustomPermission(a, 'LiveEngage_Configure')).toBe(false);
  });

  it('Standard User has CRUD on standard objects and nothing on custom objects', async () => {
    const org = await newOrg();
    const a = org.accessFor(await user(org, 'Standard User'));
    expect([a.canRead('Lead'), a.canCreate('Lead'), a.canEdit('Contact'), a.canDelete('Case')]).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(a.canRead('Chat_Transcript__c')).toBe(false);
    expect(a.fieldReadable('Chat_Transcript__c', 'Conversation_Id__c')).toBe(false);
    expect(a.canRead('LiveEngage_Settings__c')).toBe(false);
    expect(a.canCreate('User')).toBe(false);
  });

  it('Minimum Access sees nothing but users', async () => {
    const org = await newOrg();
    const a = org.accessFor(await user(org, 'Minimum Access - Salesforce'));
    expect([a.canRead('Account'), a.canRead('Chat_Transcript__c'), a.canRead('User')]).toEqual([
      false,
      false,
      true,
    ]);
  });

  it('LiveEngage_Agent grants read on configuration and create/edit on transcripts, with field permissions', async () => {
    const org = await newOrg();
    const a = org.accessFor(await user(org, 'Minimum Access - Salesforce', ['LiveEngage_Agent']));
    expect([a.canRead('Enabled_Object__c'), a.canEdit('Enabled_Object__c')]).toEqual([true, false]);
    expect([
      a.canCreate('Chat_Transcript__c'),
      a.canEdit('Chat_Transcript__c'),
      a.canDelete('Chat_Transcript__c'),
    ]).toEqual([true, true, false]);
    expect(a.fieldEditable('Chat_Transcript__c', 'Account__c')).toBe(true);
    expect(a.fieldReadable('Chat_Transcript__c', 'Conversation_Id__c')).toBe(true);
    expect(a.fieldEditable('Chat_Transcript__c', 'Conversation_Id__c')).toBe(false);
    expect(checkCustomPermission(a, 'LiveEngage_Configure')).toBe(false);
  });

  it('LiveEngage_Admin adds Modify All on its objects, settings access and the custom permission', async () => {
    const org = await newOrg();
    const a = org.accessFor(await user(org, 'Standard User', ['LiveEngage_Admin']));
    // The audit trail is read-only to admins; sync runs are theirs to resume across admins.
    expect([a.canDelete('Event_Log__c'), a.canCreate('Event_Log__c'), a.canEdit('Sync_Run__c')]).toEqual([
      false,
      false,
      true,
    ]);
    expect(a.canRead('LiveEngage_Preferences__c')).toBe(true);
    expect(a.canRead('LivePerson_Field__mdt')).toBe(true);
    expect(checkCustomPermission(a, 'LiveEngage_Configure')).toBe(true);
    expect(a.canAccessClass('WidgetController')).toBe(true);
    expect(a.canAccessPage('ChatLink')).toBe(true);
  });
});

describe('sharing by org-wide default', () => {
  it('Read OWD: everyone sees, only the owner or Modify All edits', async () => {
    const org = await newOrg();
    const owner = await user(org, 'Standard User', ['LiveEngage_Agent']);
    const other = await user(org, 'Standard User', ['LiveEngage_Agent']);
    const admin = await user(org, 'Standard User', ['LiveEngage_Admin']);
    const record = { Id: ApexId.of('a0000000000000A'), OwnerId: ApexId.of(owner) };
    expect(org.metadata.schema.object('Enabled_Skill__c')?.sharingModel).toBe('Read');
    expect(org.accessFor(other).canSeeRecord('Enabled_Skill__c', record)).toBe(true);
    expect(org.accessFor(other).canEditRecord('Enabled_Skill__c', record)).toBe(false);
    expect(org.accessFor(owner).canEditRecord('Enabled_Skill__c', record)).toBe(true);
    expect(org.accessFor(admin).canEditRecord('Enabled_Skill__c', record)).toBe(true);
  });

  it('ReadWrite OWD: everyone edits, only the owner deletes', async () => {
    const org = await newOrg();
    const owner = await user(org, 'Standard User');
    const other = await user(org, 'Standard User');
    const record = { OwnerId: ApexId.of(owner) };
    expect(org.accessFor(other).canEditRecord('Account', record)).toBe(true);
    expect(org.accessFor(other).canDeleteRecord('Account', record)).toBe(false);
    expect(org.accessFor(owner).canDeleteRecord('Account', record)).toBe(true);
  });

  it('Private OWD: only the owner or View All sees the record', async () => {
    const org = await newOrg();
    const owner = await user(org, 'Standard User');
    const other = await user(org, 'Standard User');
    const record = { OwnerId: ApexId.of(owner) };
    expect(org.metadata.schema.object('ContentVersion')?.sharingModel).toBe('Private');
    expect(org.accessFor(owner).canSeeRecord('ContentVersion', record)).toBe(true);
    expect(org.accessFor(other).canSeeRecord('ContentVersion', record)).toBe(false);
    expect(org.accessFor(other).canEditRecord('ContentVersion', record)).toBe(false);
    expect(org.accessFor(org.seeded.adminUserId).canSeeRecord('ContentVersion', record)).toBe(true);
  });

  it('ControlledByParent follows the parent account', async () => {
    const org = await newOrg();
    const other = await user(org, 'Standard User');
    const ctx = context(org);
    const acc = sobject('Account', { Name: 'a' });
    await dml(ctx, 'insert', [acc]);
    const contact = { AccountId: acc.read('Id'), OwnerId: ApexId.of(org.seeded.adminUserId) };
    expect(org.accessFor(other).canSeeRecord('Contact', contact)).toBe(true);
    expect(
      org
        .accessFor(other)
        .canSeeRecord('Contact', { AccountId: null, OwnerId: ApexId.of(org.seeded.adminUserId) }),
    ).toBe(false);
  });

  it('user-mode and with-sharing DML check CRUD, FLS and record access', async () => {
    const org = await newOrg();
    const agent = await user(org, 'Minimum Access - Salesforce', ['LiveEngage_Agent']);
    const agentCtx = context(org, agent);
    const denied = await dmlFailure(
      dml(agentCtx, 'insert', [sobject('Enabled_Object__c', { Object_Api_Name__c: 'Account' })], {
        userMode: true,
      }),
    );
    expect(denied.message).toBe(
      'Insert failed. First exception on row 0; first error: INSUFFICIENT_ACCESS_OR_READONLY, insufficient access rights on object id: []',
    );
    const [ok] = await dml(agentCtx, 'insert', [sobject('Chat_Transcript__c', { Account__c: null })], {
      userMode: true,
    });
    expect(ok.success).toBe(true);
    const skill = sobject('Enabled_Skill__c', { Skill_Id__c: '1', Skill_Name__c: 's' });
    await dml(context(org), 'insert', [skill]);
    const update = sobject('Enabled_Skill__c', { Id: skill.read('Id'), Skill_Name__c: 't' });
    const notShared = await dmlFailure(dml(agentCtx, 'update', [update], { withSharing: true }));
    expect(notShared.message).toContain(
      'INSUFFICIENT_ACCESS_OR_READONLY, insufficient access rights on object id: []',
    );
    await dml(agentCtx, 'update', [update]);
  });

  it('user-mode DML reports fields without edit access', async () => {
    const org = await newOrg();
    const std = await user(org, 'Standard User', ['LiveEngage_Agent']);
    const perms = org.metadata.catalog.permissionSets.find((p) => p.name === 'LiveEngage_Agent');
    const locked = [...(org.metadata.schema.object('Chat_Transcript__c')?.fields.values() ?? [])].find(
      (f) =>
        f.custom &&
        f.createable &&
        !perms?.fields.get(`chat_transcript__c.${f.name.toLowerCase()}`)?.editable,
    );
    if (!locked) return expect(locked).toBeUndefined();
    const value =
      locked.type === 'boolean'
        ? true
        : locked.type === 'double'
          ? 1
          : locked.type === 'reference'
            ? null
            : 'v';
    const e = await dmlFailure(
      dml(context(org, std), 'insert', [sobject('Chat_Transcript__c', { [locked.name]: value })], {
        userMode: true,
      }),
    );
    expect(e.details?.rows).toMatchObject([
      { statusCode: 'INVALID_FIELD_FOR_INSERT_UPDATE', fields: [locked.name] },
    ]);
  });
});

describe('stripInaccessible', () => {
  it('removes unreadable fields and reports them with the modified indexes', async () => {
    const org = await newOrg();
    const std = await user(org, 'Standard User');
    const records = [sobject('Account', { Name: 'a', Phone: '1' }), sobject('Account', { Name: 'b' })];
    const nested = new ApexSObject('Chat_Transcript__c');
    nested.write('Conversation_Id__c', 'x');
    records[1].write('Parent', sobject('Account', { Name: 'p' }));
    const decision = stripInaccessible(org.accessFor(std), org.metadata.schema, 'READABLE', records);
    expect(decision.modifiedIndexes.size).toBe(0);
    expect(() => stripInaccessible(org.accessFor(std), org.metadata.schema, 'READABLE', [nested])).toThrow(
      'No access to entity',
    );
    const agent = await user(org, 'Standard User', ['LiveEngage_Agent']);
    const t = sobject('Chat_Transcript__c', { Conversation_Id__c: 'x', CreatedDate: 'now' });
    const t2 = sobject('Chat_Transcript__c', { Account__c: null });
    const created = stripInaccessible(org.accessFor(agent), org.metadata.schema, 'CREATABLE', [t2, t]);
    expect([...(created.removedFields.get('Chat_Transcript__c') ?? [])]).toEqual([
      'Conversation_Id__c',
      'CreatedDate',
    ]);
    expect([...created.modifiedIndexes]).toEqual([1]);
    expect(created.records[0].has('Account__c')).toBe(true);
    expect(created.records[1].has('Conversation_Id__c')).toBe(false);
    expect(
      stripInaccessible(org.accessFor(agent), org.metadata.schema, 'READABLE', [t]).records[0].read(
        'Conversation_Id__c',
      ),
    ).toBe('x');
    expect(t.has('CreatedDate')).toBe(true);
  });
});
