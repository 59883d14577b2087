/** ORDER BY: default ASC NULLS FIRST, DESC NULLS LAST; text case-insensitive; stable for ties. */
import { compareComparables, toComparable, type Comparable, type ValueKind } from './comparable';
import type { Row } from './conditions';

export interface OrderKey {
  key: string;
  kind: ValueKind;
  columnType: string;
  descending: boolean;
  nullsFirst: boolean | null;
}

export function sortRows<T extends Row>(rows: T[], keys: OrderKey[]): T[] {
  if (keys.length === 0) return rows;
  const decorated = rows.map((row, index) => ({
    row,
    index,
    values: keys.map((k): Comparable | null => toComparable(k.kind, row.get(k.key) ?? null, k.columnType)),
  }));
  decorated.sort((a, b) => {
    for (let i = 0; i < keys.length; i++) {
      const c = compareOne(a.values[i], b.values[i], keys[i]);
      if (c !== 0) return c;
    }
    return a.index - b.index;
  });
  return decorated.map((d) => d.row);
}

function compareOne(a: Comparable | null, b: Comparable | null, key: OrderKey): number {
  const nullsFirst = key.nullsFirst ?? !key.descending;
  if (a === null || b === null) {
    if (a === b) return 0;
    return (a === null) === nullsFirst ? -1 : 1;
  }
  const c = compareComparables(a, b);
  return key.descending ? -c : c;
}
