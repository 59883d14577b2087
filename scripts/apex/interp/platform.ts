/**
 * What the interpreter asks of the platform (implemented by `org/` and `soql/`): sObject types,
 * DML statements and inline SOQL/SOSL. The interpreter passes the executing class's effective
 * sharing mode and the statement's access mode; the platform applies them.
 */
import type { ApexParserRuleContext, ExpressionContext } from '@apexdevtools/apex-parser';
import type { Ctx } from './native';
import type { ApexSObject, ApexValue, TypeRef } from './values';

/** `as user` / `as system` / `WITH USER_MODE` …; `default` when the statement names none. */
export type AccessMode = 'user' | 'system' | 'default';

/** The sharing the executing code runs with, after resolving inherited/omitted keywords. */
export type SharingMode = 'with' | 'without';

export interface ExecutionMode {
  access: AccessMode;
  sharing: SharingMode;
  /** The executing class's API version (v67 changes the defaults, apex-semantics §9.6). */
  apiVersion: number;
}

export interface DmlRequest {
  op: 'insert' | 'update' | 'upsert' | 'delete' | 'undelete' | 'merge';
  /** An sObject or a List of sObjects (merge: the master record). */
  value: ApexValue;
  /** upsert: the external-id field as written (`Ext_Id__c`), else null. */
  upsertField: string | null;
  /** merge: the record(s) merged into the master. */
  mergeWith: ApexValue;
  mode: ExecutionMode;
}

export interface QueryRequest {
  kind: 'soql' | 'sosl';
  /** The parser's `SoqlLiteralContext` / `SoslLiteralContext`. */
  ctx: ApexParserRuleContext;
  mode: ExecutionMode;
  /** Evaluates a bind expression (`:name`, `:obj.list`) in the scope of the query. */
  bind(expr: ExpressionContext): Promise<ApexValue>;
}

export interface Platform {
  /** The declared spelling of an sObject type (`account` → `Account`), undefined when there is none. */
  sobjectType(name: string): string | undefined;
  /** The Apex type of an sObject field (`Account`, `Name` → `String`); undefined for an unknown field. */
  fieldType(sobjectType: string, field: string): TypeRef | undefined;
  /** `new Account(Name = 'x')` and `new Account()`: a new in-memory record (defaults applied by the platform). */
  newSObject(ctx: Ctx, type: string, fields: [string, ApexValue][]): ApexSObject | Promise<ApexSObject>;
  /** Static members of an sObject type: `Account.SObjectType`, `Account.Name` (a field token), `X__c.getInstance()`. */
  sobjectStatic(ctx: Ctx, type: string, member: string, args: ApexValue[] | null): Promise<ApexValue>;
  dml(ctx: Ctx, request: DmlRequest): Promise<void>;
  /** Inline `[SELECT …]` (a List, or a single sObject/Integer per the query) and `[FIND …]`. */
  query(ctx: Ctx, request: QueryRequest): Promise<ApexValue>;
}
