/**
 * The org's data side as the rest of the runtime sees it: schema, records, access. SOQL evaluation
 * (`soql/`) and DML (`org/dml*`) are written against these interfaces; `org/` implements them
 * (an in-memory store for Apex tests; the workbench adapts its local org).
 */
import type { ApexValue } from '../interp/values';

export type FieldType =
  | 'id'
  | 'string'
  | 'textarea'
  | 'email'
  | 'phone'
  | 'url'
  | 'picklist'
  | 'multipicklist'
  | 'boolean'
  | 'integer'
  | 'double'
  | 'currency'
  | 'percent'
  | 'date'
  | 'datetime'
  | 'time'
  | 'reference'
  | 'encryptedstring'
  | 'base64'
  | 'address';

/** One field, named and typed as `Schema.DescribeFieldResult` reports it. */
export interface FieldInfo {
  name: string;
  label: string;
  type: FieldType;
  /** reference fields: target objects; relationshipName: `Account` for `AccountId`, `Parent__r` for `Parent__c`. */
  referenceTo: string[];
  relationshipName?: string;
  /** Custom lookups: the relationship name the parent exposes for its children (`Chat_Transcripts__r`). */
  childRelationshipName?: string;
  length: number;
  precision: number;
  scale: number;
  /** Required on create (not nillable, no default, createable). */
  nillable: boolean;
  unique: boolean;
  caseSensitive: boolean;
  externalId: boolean;
  createable: boolean;
  updateable: boolean;
  /** System-computed (Id, CreatedDate, formula, auto number, compound name). */
  calculated: boolean;
  autoNumber: boolean;
  defaultValue: ApexValue;
  picklistValues: { value: string; label: string; active: boolean; defaultValue: boolean }[];
  custom: boolean;
  namePointing: boolean;
  nameField: boolean;
  /** Filled by the platform on create when left null (`OwnerId`, picklist defaults). */
  defaultedOnCreate?: boolean;
  /** Auto number fields: `CT-{000000}`. */
  displayFormat?: string;
  /** Picklists: only the declared values are accepted. */
  restrictedPicklist?: boolean;
  /** Lookups: what deleting the parent does (`SetNull`, `Restrict`, `Cascade` for master-detail). */
  deleteConstraint?: 'SetNull' | 'Restrict' | 'Cascade';
}

export interface ChildRelationship {
  /** `Contacts`, `Chat_Transcripts__r`. */
  relationshipName: string;
  childObject: string;
  field: string;
  cascadeDelete: boolean;
}

export type ObjectKind = 'standard' | 'custom' | 'setting' | 'metadata' | 'event';

export interface ObjectInfo {
  name: string;
  label: string;
  labelPlural: string;
  keyPrefix: string;
  kind: ObjectKind;
  /** Custom settings: `Hierarchy` or `List`. */
  settingType?: 'Hierarchy' | 'List';
  /** Org-wide default: `Private`, `Read`, `ReadWrite`, `ControlledByParent`, `Public` (settings/metadata/events). */
  sharingModel: string;
  custom: boolean;
  /** Lower-case field name → field. */
  fields: Map<string, FieldInfo>;
  childRelationships: ChildRelationship[];
  /** Platform events: `PublishImmediately` or `PublishAfterCommit`. */
  publishBehavior?: string;
}

export interface Schema {
  /** Case-insensitive; undefined when the org has no such object. */
  object(name: string): ObjectInfo | undefined;
  objects(): ObjectInfo[];
  byKeyPrefix(prefix: string): ObjectInfo | undefined;
}

/** A stored record: field API name (declared spelling) → value in the runtime representation. */
export type StoredRecord = Record<string, ApexValue>;

/** Records, with savepoints. Values are owned by the store: callers copy before mutating. */
export interface RecordStore {
  readonly schema: Schema;
  /** Every live record of an object (SOQL evaluates over these). */
  scan(objectName: string): Promise<StoredRecord[]>;
  get(id: string): Promise<StoredRecord | undefined>;
  insert(objectName: string, record: StoredRecord): Promise<void>;
  update(objectName: string, id: string, changes: StoredRecord): Promise<void>;
  delete(objectName: string, id: string): Promise<void>;
  /** Opaque savepoint token; rollback undoes every write made after it. */
  savepoint(): Promise<unknown>;
  rollback(token: unknown): Promise<void>;
  /** A new Id for an object (`keyPrefix` + counter, 18 characters). */
  newId(objectName: string): string;
  /** The recycle bin (for `undelete` and `ALL ROWS`); stores without one cannot undelete. */
  getDeleted?(id: string): Promise<StoredRecord | undefined>;
  undelete?(objectName: string, id: string): Promise<void>;
}

/** What the running user may do, from profiles and permission sets (object CRUD, FLS) and sharing. */
export interface Access {
  userId: string;
  canRead(objectName: string): boolean;
  canCreate(objectName: string): boolean;
  canEdit(objectName: string): boolean;
  canDelete(objectName: string): boolean;
  fieldReadable(objectName: string, field: string): boolean;
  fieldEditable(objectName: string, field: string): boolean;
  /** Record visibility under `with sharing` (owner, org-wide default, View All / Modify All). */
  canSeeRecord(objectName: string, record: StoredRecord): boolean;
  canEditRecord(objectName: string, record: StoredRecord): boolean;
  /** Delete needs full access (owner, Modify All); defaults to canEditRecord where absent. */
  canDeleteRecord?(objectName: string, record: StoredRecord): boolean;
}
