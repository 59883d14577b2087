/** What a query runs against: the org's data side, the running user and the interpreter's services. */
import type { ApexValue } from '../interp/values';
import type { ApexDatetime } from '../lang/temporal';
import type { Access, RecordStore, Schema } from '../org/model';
import type { BindNode } from './model';

/** Governor-limit hooks; each throws `ApexLimitError` when the limit is passed. */
export interface QueryLimits {
  /** One call per SOQL query and one per child subquery in its SELECT. */
  countQuery(): void;
  countRows(rows: number): void;
}

export interface QueryEnv {
  store: RecordStore;
  schema: Schema;
  /** The running user's permissions; required for user mode and for sharing. */
  access: Access | null;
  /**
   * The access mode the statement runs in when the query has no WITH USER_MODE / SYSTEM_MODE clause
   * (`Database.query(q, AccessLevel.USER_MODE)`, or the class's API-version default).
   */
  defaultMode: 'user' | 'system';
  /** `with sharing` in effect for system-mode queries (records filtered, fields not). */
  withSharing: boolean;
  /** Evaluates a bind expression in the caller's scope (or from the `queryWithBinds` map). */
  resolveBind(node: BindNode): ApexValue | Promise<ApexValue>;
  /** The running user's IANA time zone (date literals such as TODAY are days in this zone). */
  timeZone: string;
  now(): ApexDatetime;
  limits: QueryLimits;
}
