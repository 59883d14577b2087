/**
 * Apex snippets run by the interpreter against the org built from force-app: Schema describes,
 * sObject methods, custom settings and custom metadata as Apex code reaches them.
 */
import { runSnippet as run } from '../../test/snippet';

it('describes objects and fields through every syntax form', async () => {
  expect(
    await run(`
      Schema.DescribeSObjectResult d = Chat_Transcript__c.SObjectType.getDescribe(SObjectDescribeOptions.DEFERRED);
      Schema.DescribeFieldResult status = Schema.SObjectType.Chat_Transcript__c.fields.Status__c;
      Schema.DescribeFieldResult lookup = d.fields.getMap().get('ACCOUNT__C').getDescribe();
      return d.getName() + '|' + SObjectType.Account.getLabel() + '|' + status.getName() + '|'
        + (lookup.getType() == Schema.DisplayType.REFERENCE) + '|' + lookup.getReferenceTo()[0]
        + '|' + Account.Name.getDescribe().getLabel()
        + '|' + (Schema.getGlobalDescribe().get('chat_transcript__c') == Chat_Transcript__c.SObjectType);
    `),
  ).toBe('Chat_Transcript__c|Account|Status__c|true|Account|Account Name|true');
});

it('switches on a field’s display type and keys maps by field tokens', async () => {
  expect(
    await run(`
      Map<Schema.SObjectField, Integer> lengths = new Map<Schema.SObjectField, Integer>();
      lengths.put(Chat_Transcript__c.Visitor_Name__c, Chat_Transcript__c.Visitor_Name__c.getDescribe().getLength());
      String kind;
      switch on Chat_Transcript__c.Visitor_Name__c.getDescribe().getType() {
        when STRING { kind = 'text'; }
        when else { kind = 'other'; }
      }
      return kind + ' ' + (lengths.get(Schema.Chat_Transcript__c.Visitor_Name__c) > 0);
    `),
  ).toBe('text true');
});

it('reads and writes sObject fields dynamically, with Apex errors', async () => {
  expect(
    await run(`
      Account a = new Account(Name = 'Acme');
      Object before = a.put('name', 'Beta');
      String message;
      try {
        a.put('Name', 5);
      } catch (System.SObjectException e) {
        message = e.getMessage();
      }
      return before + '|' + a.get('NAME') + '|' + a.getSObjectType() + '|' + message + '|' + a.isSet('Description');
    `),
  ).toBe('Acme|Beta|Account|Illegal assignment from Integer to String|false');
});

it('hierarchy settings are never null; custom metadata comes from force-app', async () => {
  expect(
    await run(`
      LiveEngage_Preferences__c prefs = LiveEngage_Preferences__c.getOrgDefaults();
      LivePerson_Field__mdt f = LivePerson_Field__mdt.getInstance('Conversation_Id');
      return (prefs != null) + '|' + prefs.Id + '|' + f.MasterLabel + '|'
        + LivePerson_Field__mdt.getAll().containsKey('Conversation_Id') + '|'
        + LivePerson_Field__mdt.getInstance('No_Such_Field');
    `),
  ).toBe('true|null|Conversation ID|true|null');
});

it('addError marks the record', async () => {
  expect(
    await run(`
      Account a = new Account(Name = 'Acme');
      Boolean before = a.hasErrors();
      a.addError('Not allowed');
      return before + '|' + a.hasErrors() + '|' + a.getErrors().size();
    `),
  ).toBe('false|true|1');
});

it('a queried record refuses fields the query did not select, through get() too', async () => {
  expect(
    await run(`
      Account a = new Account(Name = 'Acme');
      insert a;
      Account q = [SELECT Id FROM Account WHERE Id = :a.Id];
      try {
        q.get('Name');
        return 'read';
      } catch (System.SObjectException e) {
        return e.getMessage() + '|' + q.isSet('Name') + '|' + (q.get('Id') == a.Id);
      }
    `),
  ).toBe('SObject row was retrieved via SOQL without querying the requested field: Account.Name|false|true');
});
