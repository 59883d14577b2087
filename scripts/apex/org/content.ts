/**
 * Salesforce Files (ContentVersion, ContentDocument, ContentDocumentLink): what the platform does around an
 * insert, as the object reference documents it.
 *
 * - A ContentVersion inserted without `ContentDocumentId` is the first version of a new file: the platform
 *   creates its ContentDocument (owned by the running user, `LatestPublishedVersionId` = the version), fills
 *   the version's `ContentDocumentId`, defaults `FirstPublishLocationId` to the running user, and links the
 *   file to its owner (ShareType I) and, when `FirstPublishLocationId` is a record, to that record (ShareType V).
 * - A ContentVersion inserted with `ContentDocumentId` is a new version of that file: it becomes the latest
 *   (`IsLatest`), the earlier versions stop being latest, and the document follows it (title, latest id).
 *   `FirstPublishLocationId` cannot be chosen for a later version (not modelled: NotSupportedError).
 * - A ContentDocumentLink between a file and an entity that are already linked is refused (DUPLICATE_VALUE).
 * - ContentDocumentLink can only be queried with a filter on `ContentDocumentId` or `LinkedEntityId`
 *   (`=` or `IN`).
 * - A version's `Checksum` is the MD5 (hex) of its `VersionData`, `ContentSize` its size in bytes.
 * Only the new row's `Id` is written back to the caller's sObject (the caller re-queries `ContentDocumentId`).
 */
import { createHash } from 'node:crypto';
import { ApexBlob } from '../lang/blob';
import { ApexId } from '../lang/id';
import { NotSupportedError } from '../lang/errors';
import type { Condition, QueryModel } from '../soql/model';
import { queryError } from '../soql/query-errors';
import type { RecordStore, StoredRecord } from './model';
import { dmlError, type DmlError } from './dml-results';
import { idOf } from './records';

const VERSION = 'contentversion';
const LINK = 'contentdocumentlink';
const USER_PREFIX = '005';

/** File types the platform derives from a path's extension (the ones a package plausibly writes). */
const FILE_TYPES: Record<string, string> = {
  txt: 'TEXT',
  csv: 'CSV',
  pdf: 'PDF',
  json: 'JSON',
  html: 'HTML',
  xml: 'XML',
  png: 'PNG',
  jpg: 'JPG',
  jpeg: 'JPG',
};

export function fileTypeOf(pathOnClient: unknown): string {
  const path = typeof pathOnClient === 'string' ? pathOnClient : '';
  const dot = path.lastIndexOf('.');
  return (dot >= 0 && FILE_TYPES[path.slice(dot + 1).toLowerCase()]) || 'UNKNOWN';
}

export function isContentObject(objectName: string): boolean {
  const n = objectName.toLowerCase();
  return n === VERSION || n === LINK;
}

/**
 * Per-row errors of an insert the platform refuses before saving (validation phase); fills the values the
 * platform sets on a version before it is saved (`IsLatest`, `VersionNumber`, `FileType`,
 * `Checksum`, `ContentSize`).
 */
export async function beforeContentInsert(
  store: RecordStore,
  objectName: string,
  values: StoredRecord[],
): Promise<(DmlError | null)[]> {
  const n = objectName.toLowerCase();
  if (n === VERSION) return Promise.all(values.map((v) => prepareVersion(store, v)));
  if (n === LINK) return duplicateLinks(store, values);
  return values.map(() => null);
}

async function prepareVersion(store: RecordStore, v: StoredRecord): Promise<DmlError | null> {
  const documentId = idOf(v.ContentDocumentId ?? null);
  v.IsLatest = true;
  v.FileType = fileTypeOf(v.PathOnClient);
  if (v.VersionData instanceof ApexBlob) {
    v.Checksum = createHash('md5').update(v.VersionData.bytes).digest('hex');
    v.ContentSize = v.VersionData.size();
  }
  if (!documentId) {
    v.VersionNumber = '1';
    return null;
  }
  if (idOf(v.FirstPublishLocationId ?? null))
    throw new NotSupportedError('FirstPublishLocationId on a later version of a file');
  const versions = (await store.scan('ContentVersion')).filter(
    (r) => idOf(r.ContentDocumentId ?? null) === documentId,
  );
  v.VersionNumber = String(versions.length + 1);
  return null;
}

async function duplicateLinks(store: RecordStore, values: StoredRecord[]): Promise<(DmlError | null)[]> {
  const keyOf = (r: StoredRecord): string =>
    `${idOf(r.ContentDocumentId ?? null)}/${idOf(r.LinkedEntityId ?? null)}`;
  const existing = new Set((await store.scan('ContentDocumentLink')).map(keyOf));
  return values.map((v) => {
    const key = keyOf(v);
    if (!existing.has(key)) {
      existing.add(key);
      return null;
    }
    return dmlError(
      'DUPLICATE_VALUE',
      `Document with ID: ${idOf(v.ContentDocumentId ?? null)} is already linked with the entity with ID: ${idOf(v.LinkedEntityId ?? null)}`,
      ['LinkedEntityId'],
    );
  });
}

/** After a version is stored: its document (new or followed), the owner's and the record's links. */
export async function afterContentInsert(
  store: RecordStore,
  objectName: string,
  saved: StoredRecord[],
  userId: string,
  audit: StoredRecord,
): Promise<void> {
  if (objectName.toLowerCase() !== VERSION) return;
  for (const v of saved) {
    const versionId = idOf(v.Id) as string;
    const documentId = idOf(v.ContentDocumentId ?? null);
    if (documentId) {
      for (const other of await store.scan('ContentVersion')) {
        const otherId = idOf(other.Id) as string;
        if (idOf(other.ContentDocumentId ?? null) === documentId && otherId !== versionId)
          await store.update('ContentVersion', otherId, { IsLatest: false });
      }
      await store.update('ContentDocument', documentId, {
        Title: v.Title ?? null,
        LatestPublishedVersionId: ApexId.of(versionId),
        FileType: v.FileType ?? null,
        ...withoutCreation(audit),
      });
      continue;
    }
    const newDocumentId = store.newId('ContentDocument');
    await store.insert('ContentDocument', {
      ...audit,
      Id: ApexId.of(newDocumentId),
      Title: v.Title ?? null,
      OwnerId: ApexId.of(userId),
      LatestPublishedVersionId: ApexId.of(versionId),
      FileType: v.FileType ?? null,
    });
    const location = idOf(v.FirstPublishLocationId ?? null) ?? userId;
    await store.update('ContentVersion', versionId, {
      ContentDocumentId: ApexId.of(newDocumentId),
      FirstPublishLocationId: ApexId.of(location),
    });
    await link(store, newDocumentId, userId, 'I', audit);
    if (location.slice(0, 3) !== USER_PREFIX) await link(store, newDocumentId, location, 'V', audit);
  }
}

function withoutCreation(audit: StoredRecord): StoredRecord {
  const { LastModifiedDate, LastModifiedById, SystemModstamp } = audit;
  return { LastModifiedDate, LastModifiedById, SystemModstamp };
}

async function link(
  store: RecordStore,
  documentId: string,
  entityId: string,
  shareType: string,
  audit: StoredRecord,
): Promise<void> {
  const id = store.newId('ContentDocumentLink');
  await store.insert('ContentDocumentLink', {
    ...audit,
    Id: ApexId.of(id),
    ContentDocumentId: ApexId.of(documentId),
    LinkedEntityId: ApexId.of(entityId),
    ShareType: shareType,
    Visibility: 'AllUsers',
  });
}

/** The platform refuses a ContentDocumentLink query without an Id filter on the document or the linked entity. */
export function checkContentDocumentLinkQuery(model: QueryModel): void {
  if (model.from.toLowerCase() !== LINK) return;
  if (model.where && hasIdFilter(model.where)) return;
  throw queryError(
    "Implementation restriction: ContentDocumentLink requires a filter by a single Id on ContentDocumentId or LinkedEntityId using the equals operator or multiple Id's using the IN operator.",
  );
}

function hasIdFilter(c: Condition): boolean {
  if (c.kind === 'and') return c.items.some(hasIdFilter);
  if (c.kind !== 'compare' || c.left.kind !== 'field') return false;
  const field = c.left.field.path.join('.').toLowerCase();
  return (field === 'contentdocumentid' || field === 'linkedentityid') && (c.op === '=' || c.op === 'in');
}
