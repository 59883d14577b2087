/**
 * A query model checked against the schema: every path resolved (unknown names fail with
 * Salesforce's QueryException text), child subqueries matched to their relationship, aggregate
 * columns named, and the list of paths each row needs.
 */
import type { ChildRelationship, ObjectInfo, Schema } from '../org/model';
import { aggregateKey, type ResolvedAggregate } from './aggregate';
import { columnTypeName, kindOf } from './comparable';
import type { OperandInfo } from './conditions';
import type { AggregateCall, Condition, FieldPath, Operand, QueryModel } from './model';
import type { OrderKey } from './order';
import { objectOrFail, resolvePath, type ResolvedPath } from './paths';
import { queryError, unknownRelationship } from './query-errors';
import type { PathUse } from './security';

export type Column =
  | { kind: 'field'; path: ResolvedPath; name: string }
  | { kind: 'aggregate'; agg: ResolvedAggregate; name: string };

export interface AggregateSpec {
  columns: Column[];
  groupBy: ResolvedPath[];
  aggregates: ResolvedAggregate[];
}

export interface SubqueryPlan {
  relationship: ChildRelationship;
  plan: QueryPlan;
}

export interface QueryPlan {
  model: QueryModel;
  object: ObjectInfo;
  /** Plain SELECT fields (non-aggregate queries). */
  fields: ResolvedPath[];
  subqueries: SubqueryPlan[];
  /** `SELECT COUNT() FROM …`: the query returns an Integer. */
  countOnly: boolean;
  /** Aggregate query: AggregateResult rows with these columns. */
  aggregate: AggregateSpec | null;
  orderBy: OrderKey[];
  /** Every path the rows are read for (WHERE, ORDER BY, GROUP BY, aggregated fields), by key. */
  rowPaths: Map<string, ResolvedPath>;
  operand(o: Operand): OperandInfo;
  /** Every path the query names, and those of SELECT alone (for the security checks). */
  uses: PathUse[];
  selectUses: PathUse[];
}

export function infoOf(path: ResolvedPath): OperandInfo {
  return {
    key: path.key,
    kind: kindOf(path.field),
    label: path.field.name,
    columnType: columnTypeName(path.field),
    multipicklist: path.field.type === 'multipicklist',
  };
}

function operandsOf(cond: Condition | null): Operand[] {
  if (cond === null) return [];
  if (cond.kind === 'compare') return [cond.left];
  if (cond.kind === 'not') return operandsOf(cond.item);
  return cond.items.flatMap(operandsOf);
}

export function planQuery(model: QueryModel, schema: Schema): QueryPlan {
  return planOn(model, objectOrFail(schema, model.from), schema);
}

function planOn(model: QueryModel, object: ObjectInfo, schema: Schema): QueryPlan {
  const rowPaths = new Map<string, ResolvedPath>();
  const uses: PathUse[] = [];
  const selectUses: PathUse[] = [];
  const resolve = (f: FieldPath, forRows: boolean, inSelect = false): ResolvedPath => {
    const path = resolvePath(schema, object, f, model.alias);
    if (forRows) rowPaths.set(path.key, path);
    uses.push({ root: object, path });
    if (inSelect) selectUses.push({ root: object, path });
    return path;
  };
  const aggregates = new Map<string, ResolvedAggregate>();
  const resolveAggregate = (call: AggregateCall, inSelect: boolean): ResolvedAggregate => {
    const key = aggregateKey(call);
    const known = aggregates.get(key);
    if (known) return known;
    const path = call.field ? resolve(call.field, true, inSelect) : null;
    const numeric = call.fn === 'count' || call.fn === 'count_distinct';
    const agg: ResolvedAggregate = {
      call,
      path,
      key,
      kind:
        numeric || path === null
          ? 'number'
          : call.fn === 'sum' || call.fn === 'avg'
            ? 'number'
            : kindOf(path.field),
      columnType:
        numeric || path === null || call.fn === 'sum' || call.fn === 'avg'
          ? 'Decimal'
          : columnTypeName(path.field),
    };
    aggregates.set(key, agg);
    return agg;
  };

  const fields: ResolvedPath[] = [];
  const columns: Column[] = [];
  const subqueries: SubqueryPlan[] = [];
  let unnamed = 0;
  for (const item of model.select) {
    if (item.kind === 'field') {
      const path = resolve(item.field, false, true);
      fields.push(path);
      columns.push({ kind: 'field', path, name: item.alias ?? path.field.name });
    } else if (item.kind === 'aggregate') {
      const agg = resolveAggregate(item.call, true);
      columns.push({ kind: 'aggregate', agg, name: item.alias ?? `expr${unnamed++}` });
    } else {
      subqueries.push(planSubquery(item.query, object, schema));
    }
  }

  const groupBy = model.groupBy.map((f) => resolve(f, true));
  const countOnly =
    model.select.length === 1 &&
    model.select[0].kind === 'aggregate' &&
    model.select[0].call.fn === 'count' &&
    model.select[0].call.field === null;
  const isAggregate = !countOnly && (groupBy.length > 0 || columns.some((c) => c.kind === 'aggregate'));
  if (countOnly && groupBy.length > 0) throw queryError('COUNT() and GROUP BY may not be used together');
  if (isAggregate) {
    if (subqueries.length > 0) throw queryError('Aggregate queries do not support subqueries');
    const grouped = new Set(groupBy.map((p) => p.key));
    for (const c of columns) {
      if (c.kind === 'field' && !grouped.has(c.path.key))
        throw queryError(`Field must be grouped or aggregated: ${c.path.field.name}`);
    }
  }

  for (const operand of operandsOf(model.where)) {
    if (operand.kind === 'aggregate')
      throw queryError('Aggregate functions are not supported in the WHERE clause');
    resolve(operand.field, true);
  }
  for (const operand of operandsOf(model.having)) {
    if (operand.kind === 'aggregate') resolveAggregate(operand.call, false);
    else if (!groupBy.some((g) => g.key === resolvePath(schema, object, operand.field, model.alias).key)) {
      throw queryError(`Field must be grouped or aggregated: ${operand.field.text}`);
    }
  }
  const orderBy: OrderKey[] = model.orderBy.map((o) => {
    if (o.operand.kind === 'aggregate') {
      if (!isAggregate) throw queryError('ORDER BY an aggregate needs an aggregate query');
      const agg = resolveAggregate(o.operand.call, false);
      return {
        key: agg.key,
        kind: agg.kind,
        columnType: agg.columnType,
        descending: o.descending,
        nullsFirst: o.nullsFirst,
      };
    }
    const path = resolve(o.operand.field, true);
    if (isAggregate && !groupBy.some((g) => g.key === path.key)) {
      throw queryError(`Ordered field must be grouped or aggregated: ${path.field.name}`);
    }
    const info = infoOf(path);
    return {
      key: info.key,
      kind: info.kind,
      columnType: info.columnType,
      descending: o.descending,
      nullsFirst: o.nullsFirst,
    };
  });

  const operand = (o: Operand): OperandInfo => {
    if (o.kind === 'aggregate') {
      const agg = aggregates.get(aggregateKey(o.call));
      if (!agg) throw queryError(`unknown aggregate ${aggregateKey(o.call)}`);
      return {
        key: agg.key,
        kind: agg.kind,
        label: aggregateKey(o.call),
        columnType: agg.columnType,
        multipicklist: false,
      };
    }
    return infoOf(resolvePath(schema, object, o.field, model.alias));
  };

  return {
    model,
    object,
    fields,
    subqueries,
    countOnly,
    aggregate: isAggregate ? { columns, groupBy, aggregates: [...aggregates.values()] } : null,
    orderBy,
    rowPaths,
    operand,
    uses: [...uses, ...subqueries.flatMap((s) => s.plan.uses)],
    selectUses: [...selectUses, ...subqueries.flatMap((s) => s.plan.selectUses)],
  };
}

function planSubquery(model: QueryModel, parent: ObjectInfo, schema: Schema): SubqueryPlan {
  const relationship = parent.childRelationships.find(
    (r) => r.relationshipName.toLowerCase() === model.from.toLowerCase(),
  );
  if (!relationship) throw unknownRelationship(model.from, 'FROM part of query call');
  const plan = planOn(model, objectOrFail(schema, relationship.childObject), schema);
  if (plan.aggregate || plan.countOnly)
    throw queryError('Aggregate functions are not supported in subqueries');
  if (plan.subqueries.length > 0) throw queryError('Nesting of semi join sub-selects is not supported');
  return { relationship, plan };
}
