import { loadSchema } from '../schema';
import { isRequired } from '../fields';

const schema = loadSchema();

describe('schema from force-app metadata', () => {
  it('derives custom object fields with their real attributes', () => {
    const ct = schema.object('chat_transcript__c');
    expect(ct?.name).toBe('Chat_Transcript__c');
    expect(ct?.kind).toBe('custom');
    expect(ct?.sharingModel).toBe('Private');
    const conv = ct?.fields.get('conversation_id__c');
    expect(conv).toMatchObject({
      name: 'Conversation_Id__c',
      type: 'string',
      length: 255,
      unique: true,
      caseSensitive: true,
      externalId: true,
      label: 'Conversation ID',
    });
    const account = ct?.fields.get('account__c');
    expect(account).toMatchObject({
      type: 'reference',
      referenceTo: ['Account'],
      // traversed from the transcript as Account__r; the declared name is the Account's child relationship
      relationshipName: 'Account__r',
      childRelationshipName: 'Chat_Transcripts__r',
      deleteConstraint: 'SetNull',
    });
    const channel = ct?.fields.get('channel__c');
    expect(channel?.restrictedPicklist).toBe(true);
    expect(channel?.picklistValues.map((p) => p.value)).toEqual(['Chat', 'Messaging']);
    const name = ct?.fields.get('name');
    expect(name).toMatchObject({
      autoNumber: true,
      displayFormat: 'CT-{000000}',
      createable: false,
      nameField: true,
    });
    expect(ct?.fields.get('ownerid')).toMatchObject({ referenceTo: ['Group', 'User'], createable: true });
  });

  it('maps Number fields to double with precision and scale', () => {
    expect(schema.object('Enabled_Object__c')?.fields.get('sort_order__c')).toMatchObject({
      type: 'double',
      precision: 4,
      scale: 0,
    });
  });

  it('exposes child relationships on the parent', () => {
    const rels = schema.object('Account')?.childRelationships.map((r) => r.relationshipName);
    expect(rels).toEqual(
      expect.arrayContaining(['Contacts', 'Opportunities', 'Cases', 'Chat_Transcripts__r']),
    );
    expect(
      schema.object('User')?.childRelationships.find((r) => r.childObject === 'Event_Log__c')
        ?.relationshipName,
    ).toBe('LiveEngage_Event_Logs__r');
  });

  it('reads custom settings, custom metadata types and platform events', () => {
    expect(schema.object('LiveEngage_Settings__c')).toMatchObject({
      kind: 'setting',
      settingType: 'Hierarchy',
    });
    expect(schema.object('LiveEngage_Settings__c')?.fields.get('setupownerid')?.referenceTo).toEqual([
      'Organization',
      'Profile',
      'User',
    ]);
    expect(schema.object('LivePerson_Field__mdt')?.kind).toBe('metadata');
    expect(schema.object('LivePerson_Field__mdt')?.fields.has('developername')).toBe(true);
    expect(schema.object('Event_Log_Event__e')).toMatchObject({
      kind: 'event',
      publishBehavior: 'PublishImmediately',
    });
  });

  it('declares standard objects with required fields and compound names', () => {
    const required = (o: string): string[] =>
      [...(schema.object(o)?.fields.values() ?? [])]
        .filter(isRequired)
        .map((f) => f.name)
        .sort();
    expect(required('Lead')).toEqual(['Company', 'LastName']);
    expect(required('Contact')).toEqual(['LastName']);
    expect(required('Opportunity')).toEqual(['CloseDate', 'Name', 'StageName']);
    expect(required('Case')).toEqual([]);
    expect(schema.object('Contact')?.fields.get('name')).toMatchObject({
      calculated: true,
      createable: false,
    });
    expect(schema.object('Case')?.fields.get('casenumber')).toMatchObject({
      autoNumber: true,
      nameField: true,
    });
    const created = schema.object('Account')?.fields.get('createddate');
    expect(created).toMatchObject({ type: 'datetime', createable: false, updateable: false });
  });

  it('finds objects by key prefix and gives ours stable prefixes', () => {
    expect(schema.byKeyPrefix('001')?.name).toBe('Account');
    const ours = schema.objects().filter((o) => o.custom);
    expect(new Set(ours.map((o) => o.keyPrefix)).size).toBe(ours.length);
    expect(schema.object('LivePerson_Field__mdt')?.keyPrefix.startsWith('m')).toBe(true);
  });
});
