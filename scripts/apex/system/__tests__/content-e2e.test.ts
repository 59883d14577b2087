/** Salesforce Files: first versions create their document and links, later versions follow one document. */
import { runSnippet as run } from '../../test/snippet';

const FIRST = `
  Account a = new Account(Name = 'Acme');
  insert a;
  ContentVersion v1 = new ContentVersion(Title = 'Notes', PathOnClient = 'notes.txt',
    VersionData = Blob.valueOf('one'), FirstPublishLocationId = a.Id);
  insert v1;
`;

it('creates the document of a first version, links it to its owner and its record, and fills only the Id back', async () => {
  expect(
    await run(`${FIRST}
      ContentVersion stored = [SELECT ContentDocumentId, IsLatest, VersionNumber, FileType, FirstPublishLocationId
        FROM ContentVersion WHERE Id = :v1.Id];
      ContentDocument d = [SELECT Title, OwnerId, LatestPublishedVersionId FROM ContentDocument];
      List<ContentDocumentLink> links = [SELECT LinkedEntityId, ShareType FROM ContentDocumentLink
        WHERE ContentDocumentId = :stored.ContentDocumentId ORDER BY ShareType];
      return (v1.ContentDocumentId == null) + '|' + (stored.ContentDocumentId == d.Id) + '|' + stored.IsLatest + '|'
        + stored.VersionNumber + '|' + stored.FileType + '|' + (stored.FirstPublishLocationId == a.Id) + '|'
        + d.Title + '|' + (d.OwnerId == UserInfo.getUserId()) + '|' + (d.LatestPublishedVersionId == v1.Id) + '|'
        + links.size() + '|' + links[0].ShareType + (links[0].LinkedEntityId == UserInfo.getUserId()) + '|'
        + links[1].ShareType + (links[1].LinkedEntityId == a.Id);
    `),
  ).toBe('true|true|true|1|TEXT|true|Notes|true|true|2|Itrue|Vtrue');
});

it('adds a version to the same document: the new one is latest, the document follows it, no new link', async () => {
  expect(
    await run(`${FIRST}
      Id docId = [SELECT ContentDocumentId FROM ContentVersion WHERE Id = :v1.Id].ContentDocumentId;
      ContentVersion v2 = new ContentVersion(Title = 'Notes v2', PathOnClient = 'notes.txt',
        VersionData = Blob.valueOf('two'), ContentDocumentId = docId);
      insert v2;
      List<ContentVersion> versions = [SELECT VersionNumber, IsLatest, VersionData FROM ContentVersion
        WHERE ContentDocumentId = :docId ORDER BY VersionNumber];
      ContentDocument d = [SELECT Title, LatestPublishedVersionId FROM ContentDocument];
      Integer links = [SELECT COUNT() FROM ContentDocumentLink WHERE LinkedEntityId = :a.Id];
      ContentDocumentLink l = [SELECT ContentDocument.LatestPublishedVersion.Checksum,
        ContentDocument.LatestPublishedVersion.ContentSize FROM ContentDocumentLink WHERE LinkedEntityId = :a.Id];
      String md5 = EncodingUtil.convertToHex(Crypto.generateDigest('MD5', Blob.valueOf('two')));
      return versions.size() + '|' + versions[0].IsLatest + versions[1].IsLatest + '|'
        + versions[1].VersionData.toString() + '|' + d.Title + '|' + (d.LatestPublishedVersionId == v2.Id) + '|'
        + links + '|' + [SELECT COUNT() FROM ContentDocument] + '|'
        + (l.ContentDocument.LatestPublishedVersion.Checksum == md5) + '|'
        + l.ContentDocument.LatestPublishedVersion.ContentSize;
    `),
  ).toBe('2|falsetrue|two|Notes v2|true|1|1|true|3');
});

it('requires the version data, refuses a second link to the same entity and a link query without an Id filter', async () => {
  await expect(
    run(`insert new ContentVersion(Title = 'x', PathOnClient = 'x.txt'); return null;`),
  ).rejects.toThrow(/REQUIRED_FIELD_MISSING.*VersionData/);
  await expect(
    run(`${FIRST}
      Id docId = [SELECT ContentDocumentId FROM ContentVersion WHERE Id = :v1.Id].ContentDocumentId;
      insert new ContentDocumentLink(ContentDocumentId = docId, LinkedEntityId = a.Id);
      return null;`),
  ).rejects.toThrow(
    /DUPLICATE_VALUE, Document with ID: 069\w+ is already linked with the entity with ID: 001\w+/,
  );
  await expect(run(`return [SELECT Id FROM ContentDocumentLink];`)).rejects.toThrow(
    /Implementation restriction: ContentDocumentLink requires a filter by a single Id/,
  );
  expect(
    await run(`${FIRST}
      Contact c = new Contact(LastName = 'L');
      insert c;
      Id docId = [SELECT ContentDocumentId FROM ContentVersion WHERE Id = :v1.Id].ContentDocumentId;
      insert new ContentDocumentLink(ContentDocumentId = docId, LinkedEntityId = c.Id, ShareType = 'V');
      return [SELECT ContentDocument.Title FROM ContentDocumentLink WHERE LinkedEntityId IN :new List<Id>{ c.Id }][0]
        .ContentDocument.Title;`),
  ).toBe('Notes');
});

it('rolls the document back with a failed version in a partial insert', async () => {
  expect(
    await run(`
      List<Database.SaveResult> results = Database.insert(new List<ContentVersion>{
        new ContentVersion(Title = 'ok', PathOnClient = 'ok.txt', VersionData = Blob.valueOf('a')),
        new ContentVersion(Title = 'bad', PathOnClient = 'bad.txt')
      }, false);
      return results[0].isSuccess() + '|' + results[1].isSuccess() + '|' + [SELECT COUNT() FROM ContentDocument] + '|'
        + [SELECT COUNT() FROM ContentVersion];
    `),
  ).toBe('true|false|1|1');
});
