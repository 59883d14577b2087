import { apexMock } from '../../../testing/apexMocks';
import {
  type Host,
  errorPanelText,
  find,
  fire,
  flush,
  get,
  mount,
  textOf,
  unmountAll,
} from '../../../testing/mount';
import { helpMessageOf } from '../../../testing/lightning/validatable';
import deleteConfigRecord from '@salesforce/apex/ObjectConfigController.deleteConfigRecord';
import type { ConfigRow } from 'c/configList';
import ListHost from './listHost/listHost';

const mockDelete = apexMock(deleteConfigRecord);

const ROWS: ConfigRow[] = [
  { id: 'r1', cells: ['First', 'plain'], editTitle: 'Edit First', deleteTitle: 'Delete First' },
  { id: 'r2', cells: ['Second', 'fixed'], deleteTitle: 'Delete Second' },
];

type Section = Host & { events: string[]; editorTitle: string; save: ListHost['save'] };
const mountList = (props: { rows?: ConfigRow[]; editorTitle?: string } = {}): Promise<Section> =>
  mount('c-list-host', ListHost, { rows: ROWS, editorTitle: '', ...props }) as unknown as Promise<Section>;
const list = (el: Section) => get(el, 'c-config-list');
const input = (el: Section) => get(el, '[data-name="label"]');
const button = (el: Section, selector: string) => get(el, 'c-config-list', selector);

describe('c-config-list', () => {
  afterEach(() => {
    unmountAll();
    jest.clearAllMocks();
  });

  it('lists the rows with the column headers and only the actions a row has', async () => {
    const el = await mountList();
    expect(
      Array.from(list(el).shadowRoot!.querySelectorAll('thead th')).map((th) => th.textContent?.trim()),
    ).toEqual(['Name', 'Kind', 'Actions']);
    expect(textOf(el, 'c-config-list', '[data-row="r1"] th')).toBe('First');
    expect(textOf(el, 'c-config-list', '[data-row="r1"] td')).toBe('plain');
    expect(find(el, 'c-config-list', '[data-row="r1"] [data-action="edit"]')?.title).toBe('Edit First');
    expect(find(el, 'c-config-list', '[data-row="r2"] [data-action="edit"]')).toBeNull();
    expect(find(el, 'c-config-list', '[data-row="r2"] [data-action="delete"]')?.title).toBe('Delete Second');
  });

  it('shows no table without rows, and the editor only while it has a title', async () => {
    const el = await mountList({ rows: [] });
    expect(find(el, 'c-config-list', '[data-id="rows"]')).toBeNull();
    expect((button(el, '[data-id="add"]') as HTMLElement & { label: string }).label).toBe('Add Thing');
    expect(find(el, 'c-config-list', '[data-id="editor"]')).toBeNull();
    el.editorTitle = 'Add Thing';
    await flush();
    const editor = button(el, '[data-id="editor"]');
    expect(editor.getAttribute('role')).toBe('group');
    expect(editor.getAttribute('aria-label')).toBe('Add Thing');
    expect(textOf(el, 'c-config-list', '[data-id="editor"] h4')).toBe('Add Thing');
  });

  it('sends add, edit, delete, save and cancel with the row id', async () => {
    const el = await mountList({ editorTitle: 'Edit First' });
    fire(button(el, '[data-id="add"]'), 'click');
    fire(button(el, '[data-row="r1"] [data-action="edit"]'), 'click');
    fire(button(el, '[data-row="r2"] [data-action="delete"]'), 'click');
    fire(button(el, '[data-id="save"]'), 'click');
    fire(button(el, '[data-id="cancel"]'), 'click');
    expect(el.events).toEqual(['add', 'edit r1', 'delete r2', 'save', 'cancel']);
  });

  it('shows a refused save under the slotted input and in the panel, and clears both on cancel', async () => {
    mockDelete.mockResolvedValue({
      success: false,
      message: 'Fix the highlighted fields, then save again. Nothing was saved.',
      fieldErrors: [
        { field: 'label', message: 'Enter a label.' },
        { field: 'kind', message: 'No input shows this one.' },
      ],
    });
    const el = await mountList({ editorTitle: 'Add Thing' });
    const saved = jest.fn();
    el.addEventListener('saved', saved);
    expect(await el.save('Thing', () => deleteConfigRecord({ recordId: 'r1' }))).toBe(false);
    await flush();
    expect(helpMessageOf(input(el))).toBe('Enter a label.');
    expect(errorPanelText(list(el))).toContain('Nothing was saved');
    expect(errorPanelText(list(el))).toContain('No input shows this one.');
    expect(saved).not.toHaveBeenCalled();
    fire(button(el, '[data-id="cancel"]'), 'click');
    await flush();
    expect(helpMessageOf(input(el))).toBe('');
    expect(errorPanelText(list(el))).toBe('');
  });

  it('tells the page hosting the section when a save succeeds', async () => {
    mockDelete.mockResolvedValue({ success: true, message: 'Deleted.', fieldErrors: [] });
    const el = await mountList();
    const saved = jest.fn();
    document.body.addEventListener('saved', saved);
    const toast = jest.fn();
    el.addEventListener('lightning__showtoast', toast);
    expect(await el.save('Deletion', () => deleteConfigRecord({ recordId: 'r2' }))).toBe(true);
    expect(mockDelete).toHaveBeenCalledWith({ recordId: 'r2' });
    expect(saved).toHaveBeenCalledTimes(1);
    document.body.removeEventListener('saved', saved);
  });

  it('shows a thrown save and a section failure in the panel', async () => {
    mockDelete.mockRejectedValue({ body: { message: 'Insufficient access' } });
    const el = await mountList();
    expect(await el.save('Deletion', () => deleteConfigRecord({ recordId: 'r2' }))).toBe(false);
    await flush();
    expect(errorPanelText(list(el))).toBe('Insufficient access');
    (list(el) as unknown as { showErrors(m: string[]): void }).showErrors(['Could not load the fields.']);
    await flush();
    expect(errorPanelText(list(el))).toBe('Could not load the fields.');
  });
});
