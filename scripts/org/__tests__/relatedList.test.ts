import {
  addRelatedList,
  chatTranscriptRelatedList,
  hasRelatedList,
  relatedListsOf,
  withNamespace,
} from '../lib/relatedList';
import type { LayoutLike } from '../lib/relatedList';

const contactsList = { fields: ['FULL_NAME'], relatedList: 'RelatedContactList' };

describe('Chat Transcripts related list patch', () => {
  it('builds the related list for a lookup, newest first', () => {
    expect(chatTranscriptRelatedList('Case__c')).toEqual({
      fields: ['NAME', 'Channel__c', 'Start_Time__c', 'Agent_Name__c', 'Status__c'],
      relatedList: 'Chat_Transcript__c.Case__c',
      sortField: 'Start_Time__c',
      sortOrder: 'Desc',
    });
  });

  it('applies the namespace prefix to custom names only, never twice', () => {
    expect(chatTranscriptRelatedList('Account__c', 'LiveEngage')).toEqual({
      fields: [
        'NAME',
        'LiveEngage__Channel__c',
        'LiveEngage__Start_Time__c',
        'LiveEngage__Agent_Name__c',
        'LiveEngage__Status__c',
      ],
      relatedList: 'LiveEngage__Chat_Transcript__c.LiveEngage__Account__c',
      sortField: 'LiveEngage__Start_Time__c',
      sortOrder: 'Desc',
    });
    expect(withNamespace('Acme__Channel__c', 'LiveEngage')).toBe('Acme__Channel__c');
    expect(withNamespace('NAME', 'LiveEngage')).toBe('NAME');
    expect(withNamespace('Channel__c', '')).toBe('Channel__c');
  });

  it('adds the related list to a layout without it and leaves the input untouched', () => {
    const layout: LayoutLike = {
      fullName: 'Case-Case Layout',
      relatedLists: [contactsList],
      layoutSections: [],
    };
    const item = chatTranscriptRelatedList('Case__c');
    const { layout: patched, changed } = addRelatedList(layout, item);
    expect(changed).toBe(true);
    expect(patched.relatedLists).toEqual([contactsList, item]);
    expect(patched.layoutSections).toBe(layout.layoutSections);
    expect(layout.relatedLists).toEqual([contactsList]);
  });

  it('handles layouts with no related lists or a single one (not an array)', () => {
    const item = chatTranscriptRelatedList('Lead__c');
    expect(addRelatedList<LayoutLike>({ fullName: 'Lead-Lead Layout' }, item).layout.relatedLists).toEqual([
      item,
    ]);
    expect(addRelatedList({ fullName: 'L', relatedLists: null }, item).layout.relatedLists).toEqual([item]);
    const single = addRelatedList({ fullName: 'L', relatedLists: contactsList }, item);
    expect(single.layout.relatedLists).toEqual([contactsList, item]);
    expect(relatedListsOf({ relatedLists: contactsList })).toEqual([contactsList]);
  });

  it('is idempotent: a second run changes nothing, whatever the case or columns', () => {
    const item = chatTranscriptRelatedList('Account__c');
    const once = addRelatedList({ fullName: 'Account-Account Layout' }, item);
    const twice = addRelatedList(once.layout, item);
    expect(twice.changed).toBe(false);
    expect(twice.layout).toBe(once.layout);
    const adminMade = { relatedLists: [{ relatedList: 'chat_transcript__c.account__c', fields: ['NAME'] }] };
    expect(hasRelatedList(adminMade, item.relatedList)).toBe(true);
    expect(addRelatedList(adminMade, item).changed).toBe(false);
  });
});
