/**
 * The typed query model: what a SOQL query (inline `[SELECT …]` or a `Database.query` string) says,
 * independent of the parse tree. Names keep their source spelling; every lookup lower-cases them.
 */
import type { ExpressionContext } from '@apexdevtools/apex-parser';

/** A field as written, split on dots: `Account.Owner.Name` → `['Account', 'Owner', 'Name']`. */
export interface FieldPath {
  path: string[];
  text: string;
}

export type AggregateFunction = 'count' | 'count_distinct' | 'sum' | 'avg' | 'min' | 'max';

/** `COUNT()` has no field. */
export interface AggregateCall {
  fn: AggregateFunction;
  field: FieldPath | null;
}

export type SelectItem =
  | { kind: 'field'; field: FieldPath; alias: string | null }
  | { kind: 'aggregate'; call: AggregateCall; alias: string | null }
  | { kind: 'subquery'; query: QueryModel };

/** `:expr` — evaluated by the interpreter through the `resolveBind` callback. */
export interface BindNode {
  kind: 'bind';
  expression: ExpressionContext;
  /** The expression as written, without the colon. */
  text: string;
  /** The identifier when the expression is a bare name (`Database.queryWithBinds` keys). */
  name: string | null;
}

export type DateLiteralName = string;

export type ValueNode =
  | { kind: 'null' }
  | { kind: 'boolean'; value: boolean }
  /** A numeric literal as written (sign included): compared numerically. */
  | { kind: 'number'; text: string }
  /** Escapes resolved; `\%` / `\_` held as markers (see soql-string.ts). */
  | { kind: 'string'; value: string }
  /** `2024-01-05`. */
  | { kind: 'date'; text: string }
  /** `2024-01-05T10:00:00Z`, `…+02:00`, `….000Z`. */
  | { kind: 'datetime'; text: string }
  /** `TODAY`, `LAST_N_DAYS:7`: `name` upper-case, `n` for the `_N_` forms. */
  | { kind: 'dateLiteral'; name: DateLiteralName; n: number | null }
  | { kind: 'list'; values: ValueNode[] }
  /** `Id IN (SELECT AccountId FROM Contact)`. */
  | { kind: 'semiJoin'; query: QueryModel }
  | BindNode;

export type ComparisonOperator =
  '=' | '!=' | '<' | '<=' | '>' | '>=' | 'like' | 'in' | 'not in' | 'includes' | 'excludes';

export type Operand = { kind: 'field'; field: FieldPath } | { kind: 'aggregate'; call: AggregateCall };

export type Condition =
  | { kind: 'and'; items: Condition[] }
  | { kind: 'or'; items: Condition[] }
  | { kind: 'not'; item: Condition }
  | { kind: 'compare'; left: Operand; op: ComparisonOperator; value: ValueNode };

export interface OrderItem {
  operand: Operand;
  descending: boolean;
  /** As written; null → ASC NULLS FIRST, DESC NULLS LAST. */
  nullsFirst: boolean | null;
}

export type SecurityClause = 'user_mode' | 'system_mode' | 'security_enforced' | null;

export interface QueryModel {
  select: SelectItem[];
  /** Object API name; for a child subquery the child relationship name (`Contacts`). */
  from: string;
  alias: string | null;
  where: Condition | null;
  security: SecurityClause;
  groupBy: FieldPath[];
  having: Condition | null;
  orderBy: OrderItem[];
  limit: number | BindNode | null;
  offset: number | BindNode | null;
  forUpdate: boolean;
  /** The query as written (for messages). */
  text: string;
}
