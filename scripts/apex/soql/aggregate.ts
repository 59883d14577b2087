/** GROUP BY and the aggregate functions over rows that passed WHERE. */
import type { ApexValue } from '../interp/values';
import { Decimal, toDecimal } from '../lang/decimal';
import {
  columnTypeName,
  compareComparables,
  kindOf,
  toComparable,
  type Comparable,
  type ValueKind,
} from './comparable';
import type { Row } from './conditions';
import type { AggregateCall } from './model';
import type { ResolvedPath } from './paths';

/** An aggregate call with its field resolved (null for `COUNT()`). */
export interface ResolvedAggregate {
  call: AggregateCall;
  path: ResolvedPath | null;
  key: string;
  kind: ValueKind;
  columnType: string;
}

export function aggregateKey(call: AggregateCall): string {
  return `${call.fn}(${call.field ? call.field.path.join('.').toLowerCase() : ''})`;
}

function comparableKey(c: Comparable | null): string {
  if (c === null) return 'null';
  if (c.kind === 'number') return 'n' + c.value.stripTrailingZeros().toString();
  if (c.kind === 'range') return 'r' + String(c.from);
  return c.kind[0] + String(c.value);
}

/** Rows split by the GROUP BY values (text groups case-insensitively), in first-seen order. */
export function groupRows(rows: Row[], by: { key: string; kind: ValueKind; columnType: string }[]): Row[][] {
  const groups = new Map<string, Row[]>();
  for (const row of rows) {
    const k = by
      .map((g) => comparableKey(toComparable(g.kind, row.get(g.key) ?? null, g.columnType)))
      .join('\u0000');
    const list = groups.get(k);
    if (list) list.push(row);
    else groups.set(k, [row]);
  }
  return [...groups.values()];
}

/** COUNT/COUNT_DISTINCT → Integer; SUM/AVG → Decimal (null over no values); MIN/MAX → the field's own value. */
export function aggregateValue(agg: ResolvedAggregate, rows: Row[]): ApexValue {
  if (agg.path === null) return rows.length;
  const key = agg.path.key;
  // Values compare by the aggregated field's own type (the result's type may differ: COUNT_DISTINCT).
  const fieldKind = kindOf(agg.path.field);
  const fieldType = columnTypeName(agg.path.field);
  const values = rows.map((r) => r.get(key) ?? null).filter((v) => v !== null);
  switch (agg.call.fn) {
    case 'count':
      return values.length;
    case 'count_distinct':
      return new Set(values.map((v) => comparableKey(toComparable(fieldKind, v, fieldType)))).size;
    case 'sum':
    case 'avg': {
      if (values.length === 0) return null;
      const sum = values.reduce<Decimal>((acc, v) => acc.add(toDecimal(v) ?? Decimal.ZERO), Decimal.ZERO);
      return agg.call.fn === 'sum' ? sum : sum.divide(Decimal.fromNumber(values.length));
    }
    case 'min':
    case 'max': {
      let best: ApexValue = null;
      let bestKey: Comparable | null = null;
      for (const v of values) {
        const c = toComparable(fieldKind, v, fieldType);
        if (c === null) continue;
        const order = bestKey === null ? 0 : compareComparables(c, bestKey);
        if (bestKey === null || (agg.call.fn === 'min' ? order < 0 : order > 0)) {
          best = v;
          bestKey = c;
        }
      }
      return best;
    }
  }
}
