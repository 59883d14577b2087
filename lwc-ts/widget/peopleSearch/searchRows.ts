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
  /** Whether this row's info bubble is open. */
  infoOpen: boolean;
  infoKey: string;
  infoLabel: string;
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
  infoId: string,
): SearchRow {
  const id = record.id ?? '';
  const recordName = record.name ?? id;
  return {
    key: `${groupKey}:${id}`,
    id,
    name: recordName,
    detail: record.detail ?? '',
    level,
    matched: record.matched !== false,
    linked: linkedIds.has(id),
    rowClass: level === 2 ? 'search-row search-row_child' : 'search-row',
    infoOpen: id !== '' && id === infoId,
    infoKey: `${groupKey}:${id}:info`,
    infoLabel: `Details of ${recordName}`,
  };
}

export function searchGroups(
  result: WidgetDtos_SearchResult | null | undefined,
  linkedIds: Set<string>,
  infoId = '',
): SearchGroupView[] {
  return (result?.groups ?? []).map((g, index) => {
    const key = `${g.objectApiName ?? 'group'}-${index}`;
    const rows: SearchRow[] = [];
    for (const record of g.records ?? []) {
      rows.push(row(record, 1, linkedIds, key, infoId));
      for (const child of record.children ?? []) rows.push(row(child, 2, linkedIds, key, infoId));
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
