/**
 * The in-memory record store of an Apex test run: records per object in insertion order, deleted
 * rows kept in the recycle bin (`IsDeleted = true`) for undelete, and an undo log for savepoints.
 */
import { idChecksum } from '../lang/id';
import { ApexId } from '../lang/id';
import type { RecordStore, Schema, StoredRecord } from './model';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';

/** `keyPrefix` + 12-character base-62 counter + checksum: a valid 18-character Id. */
export function formatId(keyPrefix: string, n: number): string {
  let body = '';
  let v = n;
  do {
    body = BASE62.charAt(v % 62) + body;
    v = Math.floor(v / 62);
  } while (v > 0);
  const id15 = keyPrefix + body.padStart(12, '0');
  return id15 + idChecksum(id15);
}

/** The counter an Id of {@link formatId} was made from (its 12 base-62 characters after the key prefix). */
export function idCounter(id: string): number {
  let n = 0;
  for (const c of id.slice(3, 15)) n = n * 62 + BASE62.indexOf(c);
  return n;
}

interface Entry {
  object: string;
  record: StoredRecord;
  deleted: boolean;
}

type Undo = { kind: 'insert'; id: string } | { kind: 'replace'; id: string; before: Entry };

class Savepoint {
  constructor(
    readonly store: MemoryRecordStore,
    readonly position: number,
  ) {}
}

export class MemoryRecordStore implements RecordStore {
  private readonly byObject = new Map<string, Map<string, Entry>>();
  private readonly byId = new Map<string, Entry>();
  private log: Undo[] = [];
  private counter = 0;

  constructor(readonly schema: Schema) {}

  private objectRows(objectName: string): Map<string, Entry> {
    const key = objectName.toLowerCase();
    let rows = this.byObject.get(key);
    if (!rows) {
      rows = new Map();
      this.byObject.set(key, rows);
    }
    return rows;
  }

  /** Stored field names take the schema's spelling (`conversation_id__c` → `Conversation_Id__c`). */
  private canonical(objectName: string, record: StoredRecord): StoredRecord {
    const object = this.schema.object(objectName);
    const out: StoredRecord = {};
    for (const [k, v] of Object.entries(record)) out[object?.fields.get(k.toLowerCase())?.name ?? k] = v;
    return out;
  }

  private idOf(record: StoredRecord): string {
    const id = record.Id;
    if (id instanceof ApexId) return id.value;
    if (typeof id === 'string') return ApexId.of(id).value;
    throw new Error('record without Id');
  }

  scan(objectName: string): Promise<StoredRecord[]> {
    return Promise.resolve(this.scanSync(objectName));
  }

  /** Live records, synchronously (sharing checks resolve parents with it). */
  scanSync(objectName: string, includeDeleted = false): StoredRecord[] {
    const rows = this.byObject.get(objectName.toLowerCase());
    if (!rows) return [];
    const out: StoredRecord[] = [];
    for (const e of rows.values()) if (includeDeleted || !e.deleted) out.push(e.record);
    return out;
  }

  get(id: string): Promise<StoredRecord | undefined> {
    return Promise.resolve(this.getSync(id));
  }

  getSync(id: string): StoredRecord | undefined {
    const e = this.byId.get(normalize(id));
    return e && !e.deleted ? e.record : undefined;
  }

  /** A record in the recycle bin (deleted, not yet rolled back or undeleted). */
  getDeleted(id: string): Promise<StoredRecord | undefined> {
    const e = this.byId.get(normalize(id));
    return Promise.resolve(e?.deleted ? e.record : undefined);
  }

  /** The object a stored (live or deleted) record belongs to. */
  objectOf(id: string): string | undefined {
    return this.byId.get(normalize(id))?.object;
  }

  insert(objectName: string, record: StoredRecord): Promise<void> {
    const object = this.schema.object(objectName);
    const rec = this.canonical(objectName, record);
    const id = this.idOf(rec);
    if (this.byId.has(id)) throw new Error(`record ${id} already stored`);
    const entry: Entry = { object: object?.name ?? objectName, record: rec, deleted: false };
    this.objectRows(objectName).set(id, entry);
    this.byId.set(id, entry);
    this.log.push({ kind: 'insert', id });
    return Promise.resolve();
  }

  update(objectName: string, id: string, changes: StoredRecord): Promise<void> {
    const key = normalize(id);
    const entry = this.byId.get(key);
    if (!entry || entry.deleted) throw new Error(`no live record ${id} to update`);
    this.replace(key, { ...entry, record: { ...entry.record, ...this.canonical(objectName, changes) } });
    return Promise.resolve();
  }

  delete(_objectName: string, id: string): Promise<void> {
    const key = normalize(id);
    const entry = this.byId.get(key);
    if (!entry || entry.deleted) throw new Error(`no live record ${id} to delete`);
    const isDeleted = Object.keys(entry.record).find((k) => k.toLowerCase() === 'isdeleted') ?? 'IsDeleted';
    this.replace(key, { ...entry, deleted: true, record: { ...entry.record, [isDeleted]: true } });
    return Promise.resolve();
  }

  /** Brings a record back from the recycle bin. */
  undelete(_objectName: string, id: string): Promise<void> {
    const key = normalize(id);
    const entry = this.byId.get(key);
    if (!entry?.deleted) throw new Error(`no deleted record ${id} to undelete`);
    const isDeleted = Object.keys(entry.record).find((k) => k.toLowerCase() === 'isdeleted') ?? 'IsDeleted';
    this.replace(key, { ...entry, deleted: false, record: { ...entry.record, [isDeleted]: false } });
    return Promise.resolve();
  }

  private replace(id: string, next: Entry): void {
    const before = this.byId.get(id);
    if (!before) throw new Error(`no record ${id}`);
    this.log.push({ kind: 'replace', id, before });
    this.byId.set(id, next);
    this.objectRows(next.object).set(id, next);
  }

  savepoint(): Promise<unknown> {
    return Promise.resolve(new Savepoint(this, this.log.length));
  }

  rollback(token: unknown): Promise<void> {
    if (!(token instanceof Savepoint) || token.store !== this || token.position > this.log.length) {
      return Promise.reject(new Error('invalid savepoint'));
    }
    while (this.log.length > token.position) {
      const undo = this.log.pop() as Undo;
      if (undo.kind === 'insert') {
        const entry = this.byId.get(undo.id);
        this.byId.delete(undo.id);
        if (entry) this.objectRows(entry.object).delete(undo.id);
      } else {
        this.byId.set(undo.id, undo.before);
        this.objectRows(undo.before.object).set(undo.id, undo.before);
      }
    }
    return Promise.resolve();
  }

  /** Forgets the undo history (the state so far becomes the base no savepoint can go below). */
  commit(): void {
    this.log = [];
  }

  /** Records restored with their Ids (a saved local org): new Ids count on from past `n`. */
  advanceIdCounter(n: number): void {
    this.counter = Math.max(this.counter, n);
  }

  newId(objectName: string): string {
    const object = this.schema.object(objectName);
    if (!object) throw new Error(`unknown object ${objectName}`);
    this.counter += 1;
    return formatId(object.keyPrefix, this.counter);
  }
}

function normalize(id: string): string {
  return ApexId.of(id).value;
}
