// Generated from lwc-ts/widget/peopleSearch/searchRows.ts by `npm run build`; do not edit.
/**
 * Flattens a search result (`WidgetDtos.SearchResult`) into the rows the People Search list shows:
 * a heading per object, Accounts with their Contacts indented under them. Pure.
 */




























function row(
record,
level,
linkedIds,
groupKey,
infoId)
{
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
    infoLabel: `Details of ${recordName}`
  };
}

export function searchGroups(
result,
linkedIds,
infoId = '')
{
  return (result?.groups ?? []).map((g, index) => {
    const key = `${g.objectApiName ?? 'group'}-${index}`;
    const rows = [];
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
      hasRows: rows.length > 0
    };
  });
}
