/**
 * Reading and driving `c-config-list` in a jest test, given the list itself or a section that renders it:
 *
 *   const list = configListOf(await mount('c-search-filters', SearchFilters, { config }));
 *   list.click('[data-id="add"]');
 *   list.change('fieldApiName', { value: 'OwnerId' });
 *   expect(list.cells('a02')).toEqual(['Account Type', 'equals', 'Customer']);
 */
import { errorPanelText, find, fire, get } from './mount';
import { changeField, fieldOf } from './fields';

export type ListInput = HTMLElement & {
  options?: { value: string }[];
  value?: unknown;
  fieldLevelHelp?: string;
};

export function configListOf(host: Element) {
  const list = (): HTMLElement =>
    host.tagName.toLowerCase() === 'c-config-list' ? (host as HTMLElement) : get(host, 'c-config-list');
  const input = (name: string): ListInput => fieldOf<ListInput>(list(), name);
  return {
    list,
    input,
    click: (selector: string): void => fire(get(list(), selector), 'click'),
    /** As the base component sends it (bubbling, composed): `{ value }`, or `{ checked }` for a checkbox. */
    change: (name: string, detail: object): void => changeField(list(), name, detail),
    editor: (): HTMLElement | null => find(list(), '[data-id="editor"]'),
    button: (id: string, action: 'edit' | 'delete'): HTMLElement | null =>
      find(list(), `[data-row="${id}"] [data-action="${action}"]`),
    /** The texts of a row's header and cells, without its actions. */
    cells: (id: string): string[] => {
      const row = get(list(), `[data-row="${id}"]`);
      return Array.from(row.querySelectorAll('th, td:not(:last-child)')).map((c) => c.textContent ?? '');
    },
    errors: (): string => errorPanelText(list()),
  };
}
