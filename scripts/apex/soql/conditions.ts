/**
 * WHERE / HAVING: a {@link Condition} compiled into a synchronous predicate over a row of values
 * keyed by operand. Binds and semi-joins are evaluated once, at compile time (as the platform does
 * before running the query).
 */
import { ApexList, ApexSet, type ApexValue } from '../interp/values';
import { NotSupportedError } from '../lang/errors';
import { Decimal } from '../lang/decimal';
import { ApexDate, ApexDatetime, ApexTime } from '../lang/temporal';
import {
  comparableEquals,
  comparableOrder,
  toComparable,
  type Comparable,
  type ValueKind,
} from './comparable';
import { dateLiteralRange } from './date-literals';
import { likeMatcher } from './like';
import type { BindNode, Condition, Operand, QueryModel, ValueNode } from './model';
import { queryError } from './query-errors';
import { likePatternFromBind, plainText } from './soql-string';

export type Row = ReadonlyMap<string, ApexValue>;
export type Predicate = (row: Row) => boolean;

/** What a condition's left side is in this context (a field in WHERE, a field or aggregate in HAVING). */
export interface OperandInfo {
  key: string;
  kind: ValueKind;
  /** The column as named in messages (`Name`, `COUNT(Id)`). */
  label: string;
  columnType: string;
  multipicklist: boolean;
}

export interface ConditionScope {
  operand(o: Operand): OperandInfo;
  resolveBind(node: BindNode): Promise<ApexValue>;
  /** The values of a semi-join's single selected field. */
  semiJoin(query: QueryModel): Promise<ApexValue[]>;
  today: ApexDate;
  timeZone: string;
}

export async function compileCondition(cond: Condition, scope: ConditionScope): Promise<Predicate> {
  switch (cond.kind) {
    case 'and': {
      const parts = await Promise.all(cond.items.map((c) => compileCondition(c, scope)));
      return (row) => parts.every((p) => p(row));
    }
    case 'or': {
      const parts = await Promise.all(cond.items.map((c) => compileCondition(c, scope)));
      return (row) => parts.some((p) => p(row));
    }
    case 'not': {
      const inner = await compileCondition(cond.item, scope);
      return (row) => !inner(row);
    }
    case 'compare':
      return compileComparison(cond, scope);
  }
}

async function compileComparison(
  cond: Extract<Condition, { kind: 'compare' }>,
  scope: ConditionScope,
): Promise<Predicate> {
  const info = scope.operand(cond.left);
  const read = (row: Row): Comparable | null =>
    toComparable(info.kind, row.get(info.key) ?? null, info.columnType);
  switch (cond.op) {
    case 'like': {
      if (info.kind !== 'text') throw queryError(`invalid operator on ${info.label}: LIKE`);
      const pattern = await likePattern(cond.value, scope);
      if (pattern === null) return () => false;
      const match = likeMatcher(pattern);
      return (row) => {
        const v = row.get(info.key) ?? null;
        return typeof v === 'string' && match(v);
      };
    }
    case 'in':
    case 'not in': {
      const list = await operandList(cond.value, info, scope);
      const hasNull = list.includes(null);
      const values = list.filter((c): c is Comparable => c !== null);
      const contains = (row: Row): boolean => {
        const v = read(row);
        return v === null ? hasNull : values.some((x) => comparableEquals(v, x));
      };
      return cond.op === 'in' ? contains : (row) => !contains(row);
    }
    case 'includes':
    case 'excludes': {
      if (!info.multipicklist)
        throw queryError(`invalid operator on ${info.label}: ${cond.op.toUpperCase()}`);
      const wanted = (await stringList(cond.value, scope)).map((s) =>
        s.split(';').map((x) => x.trim().toLowerCase()),
      );
      const includes = (row: Row): boolean => {
        const v = row.get(info.key) ?? null;
        if (typeof v !== 'string') return false;
        const have = new Set(v.split(';').map((x) => x.trim().toLowerCase()));
        return wanted.some((all) => all.every((x) => have.has(x)));
      };
      return cond.op === 'includes' ? includes : (row) => !includes(row);
    }
    default: {
      const op = cond.op;
      const operand = await single(cond.value, info, scope);
      if (op === '=' || op === '!=') {
        const eq = (row: Row): boolean => {
          const v = read(row);
          return v === null || operand === null ? v === operand : comparableEquals(v, operand);
        };
        return op === '=' ? eq : (row) => !eq(row);
      }
      if (operand === null) return () => false;
      return (row) => {
        const v = read(row);
        return v !== null && comparableOrder(v, op, operand);
      };
    }
  }
}

async function single(node: ValueNode, info: OperandInfo, scope: ConditionScope): Promise<Comparable | null> {
  if (node.kind === 'list' || node.kind === 'semiJoin') {
    throw queryError(`unexpected value list for operator on ${info.label}`);
  }
  if (node.kind === 'bind') {
    const v = await scope.resolveBind(node);
    if (v instanceof ApexList || v instanceof ApexSet) {
      throw new NotSupportedError('SOQL collection bind with an operator other than IN / NOT IN');
    }
    return toComparable(info.kind, v, info.columnType);
  }
  return literal(node, info, scope);
}

async function operandList(
  node: ValueNode,
  info: OperandInfo,
  scope: ConditionScope,
): Promise<(Comparable | null)[]> {
  if (node.kind === 'list') return Promise.all(node.values.map((v) => single(v, info, scope)));
  if (node.kind === 'semiJoin') {
    const values = await scope.semiJoin(node.query);
    return values.map((v) => toComparable(info.kind, v, info.columnType));
  }
  if (node.kind === 'bind') {
    const v = await scope.resolveBind(node);
    const items = v instanceof ApexList ? v.items : v instanceof ApexSet ? [...v.values()] : [v];
    return items.map((x) => toComparable(info.kind, x, info.columnType));
  }
  throw queryError(`unexpected token: ${node.kind} (IN needs a list, a subquery or a bind)`);
}

async function stringList(node: ValueNode, scope: ConditionScope): Promise<string[]> {
  const items: ApexValue[] =
    node.kind === 'list'
      ? node.values.map((v) => (v.kind === 'string' ? plainText(v.value) : null))
      : node.kind === 'string'
        ? [plainText(node.value)]
        : node.kind === 'bind'
          ? await bindItems(node, scope)
          : [null];
  return items.map((s) => {
    if (typeof s !== 'string') throw queryError('INCLUDES and EXCLUDES take string values');
    return s;
  });
}

async function bindItems(node: BindNode, scope: ConditionScope): Promise<ApexValue[]> {
  const v = await scope.resolveBind(node);
  return v instanceof ApexList ? v.items : v instanceof ApexSet ? [...v.values()] : [v];
}

async function likePattern(node: ValueNode, scope: ConditionScope): Promise<string | null> {
  if (node.kind === 'string') return node.value;
  if (node.kind === 'null') return null;
  if (node.kind === 'bind') {
    const v = await scope.resolveBind(node);
    if (v === null) return null;
    if (typeof v !== 'string') throw queryError('LIKE needs a String value');
    return likePatternFromBind(v);
  }
  throw queryError('LIKE needs a string value');
}

function literal(node: ValueNode, info: OperandInfo, scope: ConditionScope): Comparable | null {
  const mismatch = (): Error =>
    queryError(
      `value of filter criterion for field '${info.label}' must be of type ${info.columnType.toLowerCase()}` +
        (info.kind === 'text' || info.kind === 'id'
          ? ' and should be enclosed in quotes'
          : ' and should not be enclosed in quotes'),
    );
  switch (node.kind) {
    case 'null':
      return null;
    case 'boolean':
      if (info.kind !== 'boolean') throw mismatch();
      return { kind: 'boolean', value: node.value };
    case 'number':
      if (info.kind !== 'number') throw mismatch();
      return { kind: 'number', value: Decimal.valueOf(node.text.replace(/^\+/, '')) };
    case 'string':
      if (info.kind !== 'text' && info.kind !== 'id') throw mismatch();
      return toComparable(info.kind, plainText(node.value), info.columnType);
    case 'date':
      if (info.kind !== 'date') throw mismatch();
      return toComparable('date', ApexDate.parseIso(node.text), info.columnType);
    case 'datetime':
      if (info.kind !== 'datetime') throw mismatch();
      return toComparable('datetime', ApexDatetime.parseIso(node.text), info.columnType);
    case 'dateLiteral': {
      const range = dateLiteralRange(node.name, node.n, scope.today);
      if (info.kind === 'date') return { kind: 'range', from: range.from.epochDay, to: range.to.epochDay };
      if (info.kind === 'datetime') {
        const midnight = ApexTime.fromMsOfDay(0);
        return {
          kind: 'range',
          from: ApexDatetime.ofDateTime(range.from, midnight, scope.timeZone).instant,
          to: ApexDatetime.ofDateTime(range.to, midnight, scope.timeZone).instant,
        };
      }
      throw mismatch();
    }
    default:
      throw queryError(`unexpected value for ${info.label}`);
  }
}
