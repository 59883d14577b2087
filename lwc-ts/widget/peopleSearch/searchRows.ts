/**
 * Flattens a search result (`WidgetDtos.SearchResult`) into the rows the People Search list shows:
 * a heading per object, Accounts with their Contacts indented under them. Pure.
 */
import type { WidgetDtos_ResultRecord, WidgetDtos_SearchResult } from 'apex-dtos';

export interface SearchRow {
  key: string;
  id: string;
  name: string;
  detail: string;
  /** 1 = top level, 2 = a Contact under its Account. */
  level: number;
  /** False for an Account shown only as the parent of a matching Contact. */
  matched: boolean;
  linked: boolean;
  rowClass: string;
}

export interface SearchGroupView {
  key: string;
  label: string;
  message: string;
  hasMessage: boolean;
  rows: SearchRow[];
  hasRows: boolean;
}

function row(
  record: WidgetDtos_ResultRecord,
  level: number,
  linkedIds: Set<string>,
  groupKey: string,
): SearchRow {
  const id = record.id ?? '';
  return {
    key: `${groupKey}:${id}`,
    id,
    name: record.name ?? id,
    detail: record.detail ?? '',
    level,
    matched: record.matched !== false,
    linked: linkedIds.has(id),
    rowClass: level === 2 ? 'search-row search-row_child' : 'search-row',
  };
}

export function searchGroups(
  result: WidgetDtos_SearchResult | null | undefined,
  linkedIds: Set<string>,
): SearchGroupView[] {
  return (result?.groups ?? []).map((g, index) => {
    const key = `${g.objectApiName ?? 'group'}-${index}`;
    const rows: SearchRow[] = [];
    for (const record of g.records ?? []) {
      rows.push(row(record, 1, linkedIds, key));
      for (const child of record.children ?? []) rows.push(row(child, 2, linkedIds, key));
    }
    return {
      key,
      label: g.label ?? g.objectApiName ?? '',
      message: g.message ?? '',
      hasMessage: Boolean(g.message),
      rows,
      hasRows: rows.length > 0,
    };
  });
}
