/**
 * apex-parser parse tree → {@link QueryModel}. Clauses the runtime does not model fail here with
 * NotSupportedError, so a query either has a full model or none.
 */
import type {
  ApexParserRuleContext,
  BoundExpressionContext,
  ConditionalExpressionContext,
  FieldExpressionContext,
  FieldNameContext,
  FieldOrderContext,
  LogicalExpressionContext,
  QueryContext,
  SoqlFunctionContext,
  SubQueryContext,
  SubFieldEntryContext,
  SelectEntryContext,
  ValueContext,
  WhereConditionalExpressionContext,
  WhereLogicalExpressionContext,
} from '@apexdevtools/apex-parser';
import { NotSupportedError } from '../lang/errors';
import type {
  AggregateCall,
  BindNode,
  ComparisonOperator,
  Condition,
  FieldPath,
  OrderItem,
  QueryModel,
  SecurityClause,
  SelectItem,
  ValueNode,
} from './model';
import { unescapeSoqlString } from './soql-string';

/** antlr accessors are typed non-null but return null/undefined when the rule is absent. */
function opt<T>(v: T): T | undefined {
  return v ?? undefined;
}

export function sourceText(ctx: ApexParserRuleContext): string {
  const stream = ctx.start.getInputStream();
  const stop = ctx.stop ?? ctx.start;
  return stream ? stream.getText(ctx.start.start, stop.stop) : ctx.getText();
}

export function buildQuery(ctx: QueryContext): QueryModel {
  if (opt(ctx.usingScope())) throw new NotSupportedError('SOQL USING SCOPE');
  if (opt(ctx.allRowsClause())) throw new NotSupportedError('SOQL ALL ROWS');
  if (opt(ctx.updateList())) throw new NotSupportedError('SOQL UPDATE TRACKING/VIEWSTAT');
  const from = buildFrom(ctx.fromNameList().fieldName_list(), ctx.fromNameList().soqlId_list().length);
  const group = opt(ctx.groupByClause());
  if (group && (opt(group.ROLLUP()) || opt(group.CUBE())))
    throw new NotSupportedError('SOQL GROUP BY ROLLUP/CUBE');
  const groupBy = group
    ? group
        .fieldGroupByList()
        .fieldGroupBy_list()
        .map((g) => {
          if (opt(g.soqlFunction())) throw new NotSupportedError('SOQL GROUP BY on a function');
          return fieldPath(g.fieldName());
        })
    : [];
  const having = group && opt(group.logicalExpression()) ? logical(group.logicalExpression()) : null;
  return {
    select: ctx
      .selectList()
      .selectEntry_list()
      .map((e) => selectItem(e)),
    from: from.name,
    alias: aliasOf(ctx.fromNameList()),
    where: opt(ctx.whereClause()) ? whereLogical(ctx.whereClause().whereLogicalExpression()) : null,
    security: security(ctx),
    groupBy,
    having,
    orderBy: opt(ctx.orderByClause())
      ? ctx.orderByClause().fieldOrderList().fieldOrder_list().map(orderItem)
      : [],
    limit: opt(ctx.limitClause()) ? intOrBind(ctx.limitClause()) : null,
    offset: opt(ctx.offsetClause()) ? intOrBind(ctx.offsetClause()) : null,
    forUpdate: forUpdate(ctx.forClauses()),
    text: sourceText(ctx),
  };
}

function buildSubQuery(ctx: SubQueryContext): QueryModel {
  if (opt(ctx.updateList())) throw new NotSupportedError('SOQL UPDATE TRACKING/VIEWSTAT');
  const from = buildFrom(ctx.fromNameList().fieldName_list(), ctx.fromNameList().soqlId_list().length);
  return {
    select: ctx
      .subFieldList()
      .subFieldEntry_list()
      .map((e) => selectItem(e)),
    from: from.name,
    alias: aliasOf(ctx.fromNameList()),
    where: opt(ctx.whereClause()) ? whereLogical(ctx.whereClause().whereLogicalExpression()) : null,
    security: null,
    groupBy: [],
    having: null,
    orderBy: opt(ctx.orderByClause())
      ? ctx.orderByClause().fieldOrderList().fieldOrder_list().map(orderItem)
      : [],
    limit: opt(ctx.limitClause()) ? intOrBind(ctx.limitClause()) : null,
    offset: null,
    forUpdate: forUpdate(ctx.forClauses()),
    text: sourceText(ctx),
  };
}

function buildFrom(names: FieldNameContext[], aliases: number): { name: string } {
  if (names.length !== 1) throw new NotSupportedError('SOQL FROM with several objects');
  const path = fieldPath(names[0]);
  if (path.path.length !== 1) throw new NotSupportedError(`SOQL FROM ${path.text}`);
  if (aliases > 1) throw new NotSupportedError('SOQL FROM with several aliases');
  return { name: path.path[0] };
}

function aliasOf(ctx: { soqlId_list(): { getText(): string }[] }): string | null {
  const ids = ctx.soqlId_list();
  return ids.length > 0 ? ids[0].getText() : null;
}

function security(ctx: QueryContext): SecurityClause {
  const w = opt(ctx.withClause());
  if (!w) return null;
  if (opt(w.USER_MODE())) return 'user_mode';
  if (opt(w.SYSTEM_MODE())) return 'system_mode';
  if (opt(w.SECURITY_ENFORCED())) return 'security_enforced';
  throw new NotSupportedError(`SOQL ${sourceText(w)}`);
}

function forUpdate(ctx: {
  FOR_list(): unknown[];
  VIEW_list(): unknown[];
  REFERENCE_list(): unknown[];
}): boolean {
  if (ctx.VIEW_list().length > 0 || ctx.REFERENCE_list().length > 0) {
    throw new NotSupportedError('SOQL FOR VIEW / FOR REFERENCE');
  }
  return ctx.FOR_list().length > 0;
}

function selectItem(e: SelectEntryContext | SubFieldEntryContext): SelectItem {
  if (opt(e.typeOf())) throw new NotSupportedError('SOQL TYPEOF');
  const alias = opt(e.soqlId()) ? e.soqlId().getText() : null;
  if (opt(e.subQuery())) {
    if (alias !== null) throw new NotSupportedError('SOQL alias on a subquery');
    return { kind: 'subquery', query: buildSubQuery(e.subQuery()) };
  }
  if (opt(e.soqlFunction())) return { kind: 'aggregate', call: aggregate(e.soqlFunction()), alias };
  return { kind: 'field', field: fieldPath(e.fieldName()), alias };
}

export function fieldPath(ctx: FieldNameContext): FieldPath {
  const path = ctx.soqlId_list().map((s) => s.getText());
  return { path, text: path.join('.') };
}

function aggregate(f: SoqlFunctionContext): AggregateCall {
  const field = opt(f.fieldName()) ? fieldPath(f.fieldName()) : null;
  if (opt(f.COUNT())) return { fn: 'count', field };
  if (opt(f.COUNT_DISTINCT())) return { fn: 'count_distinct', field };
  if (opt(f.SUM())) return { fn: 'sum', field };
  if (opt(f.AVG())) return { fn: 'avg', field };
  if (opt(f.MIN())) return { fn: 'min', field };
  if (opt(f.MAX())) return { fn: 'max', field };
  throw new NotSupportedError(`SOQL function ${sourceText(f)}`);
}

export function orderItem(o: FieldOrderContext): OrderItem {
  const operand = opt(o.soqlFunction())
    ? { kind: 'aggregate' as const, call: aggregate(o.soqlFunction()) }
    : { kind: 'field' as const, field: fieldPath(o.fieldName()) };
  const nullsFirst = opt(o.NULLS()) ? Boolean(opt(o.FIRST())) : null;
  return { operand, descending: Boolean(opt(o.DESC())), nullsFirst };
}

export function intOrBind(ctx: {
  IntegerLiteral(): { getText(): string };
  boundExpression(): BoundExpressionContext;
}): number | BindNode {
  const lit = opt(ctx.IntegerLiteral());
  return lit ? Number(lit.getText()) : bind(ctx.boundExpression());
}

export function bind(b: BoundExpressionContext): BindNode {
  const expression = b.expression();
  const text = sourceText(expression);
  return { kind: 'bind', expression, text, name: /^[A-Za-z_][A-Za-z0-9_]*$/.test(text) ? text : null };
}

function whereLogical(ctx: WhereLogicalExpressionContext): Condition {
  const parts = ctx.whereConditionalExpression_list().map(whereConditional);
  if (opt(ctx.NOT())) return { kind: 'not', item: parts[0] };
  if (parts.length === 1) return parts[0];
  return { kind: ctx.SOQLOR_list().length > 0 ? 'or' : 'and', items: parts };
}

function whereConditional(ctx: WhereConditionalExpressionContext): Condition {
  if (opt(ctx.whereLogicalExpression())) return whereLogical(ctx.whereLogicalExpression());
  const f = ctx.whereFieldExpression();
  if (opt(f.FORMULA())) throw new NotSupportedError('SOQL FORMULA() filter');
  return comparison(f.fieldExpression());
}

export function logical(ctx: LogicalExpressionContext): Condition {
  const parts = ctx.conditionalExpression_list().map(conditional);
  if (opt(ctx.NOT())) return { kind: 'not', item: parts[0] };
  if (parts.length === 1) return parts[0];
  return { kind: ctx.SOQLOR_list().length > 0 ? 'or' : 'and', items: parts };
}

function conditional(ctx: ConditionalExpressionContext): Condition {
  if (opt(ctx.logicalExpression())) return logical(ctx.logicalExpression());
  return comparison(ctx.fieldExpression());
}

const OPERATORS: Record<string, ComparisonOperator> = {
  '=': '=',
  '!=': '!=',
  '<>': '!=',
  '<': '<',
  '<=': '<=',
  '>': '>',
  '>=': '>=',
  like: 'like',
  in: 'in',
  notin: 'not in',
  includes: 'includes',
  excludes: 'excludes',
};

function comparison(ctx: FieldExpressionContext): Condition {
  const left = opt(ctx.soqlFunction())
    ? { kind: 'aggregate' as const, call: aggregate(ctx.soqlFunction()) }
    : { kind: 'field' as const, field: fieldPath(ctx.fieldName()) };
  const opText = ctx.comparisonOperator().getText().toLowerCase();
  const op = OPERATORS[opText];
  if (op === undefined) throw new NotSupportedError(`SOQL operator ${opText}`);
  return { kind: 'compare', left, op, value: value(ctx.value()) };
}

function value(v: ValueContext): ValueNode {
  if (opt(v.NULL())) return { kind: 'null' };
  if (opt(v.BooleanLiteral()))
    return { kind: 'boolean', value: v.BooleanLiteral().getText().toLowerCase() === 'true' };
  if (opt(v.signedNumber())) return { kind: 'number', text: v.signedNumber().getText() };
  const str = opt(v.StringLiteral()) ?? opt(v.MultilineStringLiteral());
  if (str) {
    return { kind: 'string', value: unescapeSoqlString(str.getText().slice(1, -1)) };
  }
  if (opt(v.DateLiteral())) return { kind: 'date', text: v.DateLiteral().getText() };
  if (opt(v.DateTimeLiteral())) return { kind: 'datetime', text: v.DateTimeLiteral().getText() };
  if (opt(v.TimeLiteral())) throw new NotSupportedError('SOQL time literal');
  if (opt(v.dateFormula())) {
    const [name, n] = v.dateFormula().getText().toUpperCase().split(':');
    return { kind: 'dateLiteral', name, n: n === undefined ? null : Number(n) };
  }
  if (opt(v.IntegralCurrencyLiteral())) throw new NotSupportedError('SOQL currency literal');
  if (opt(v.subQuery())) return { kind: 'semiJoin', query: buildSubQuery(v.subQuery()) };
  if (opt(v.valueList())) return { kind: 'list', values: v.valueList().value_list().map(value) };
  if (opt(v.boundExpression())) return bind(v.boundExpression());
  throw new NotSupportedError(`SOQL value ${sourceText(v)}`);
}
