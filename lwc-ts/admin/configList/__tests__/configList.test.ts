import ConfigList, { checkbox, combobox, dualListbox, textField } from 'c/configList';
import type { ConfigAction, ConfigField, ConfigRow, ConfigView } from 'c/configList';
import deleteConfigRecord from '@salesforce/apex/ObjectConfigController.deleteConfigRecord';
import type { AdminSaveResult } from 'apex-dtos';
import { apexMock, dto } from '../../../testing/apexMocks';
import refused from './data/refused.json';
import { configListOf, type ListInput } from '../../../testing/configList';
import { type Host, flush, mount, textOf } from '../../../testing/mount';
import { helpMessageOf } from '../../../testing/lightning/validatable';
import SlotHost from './slotHost/slotHost';

const mockDelete = apexMock(deleteConfigRecord);

const ROWS: ConfigRow[] = [
  { id: 'r1', cells: ['First', 'plain'], editTitle: 'Edit First', deleteTitle: 'Delete First' },
  { id: 'r2', cells: ['Second', 'fixed'], deleteTitle: 'Delete Second' },
];
const FIELDS: ConfigField[] = [
  textField('label', 'Label', { value: 'Hi', help: 'Shown to agents.', maxLength: 80 }),
  checkbox('active', 'Active', { checked: true }),
  combobox('kind', 'Kind', { options: [{ label: 'Plain', value: 'plain' }], value: 'plain' }),
  dualListbox('columns', 'Columns', { options: [{ label: 'Name', value: 'Name' }], value: ['Name'] }),
];

type List = Host & {
  editorTitle: string;
  addLabel: string;
  save(what: string, call: () => Promise<unknown>): Promise<boolean>;
  showFieldError(name: string, message: string): void;
  showErrors(messages: string[], fieldErrors?: Record<string, string>): void;
};
type Field = ListInput & { label: string; checked?: boolean; maxLength?: number; sourceLabel?: string };

async function mountList(editorTitle = '', rows = ROWS) {
  const view: ConfigView = {
    columns: ['Name', 'Kind'],
    rows,
    addLabel: 'Add Thing',
    editorTitle,
    fields: FIELDS,
  };
  const el = (await mount('c-config-list', ConfigList, view)) as unknown as List;
  const events: string[] = [];
  el.addEventListener('action', (e) => {
    const { action, id, name, value } = (e as CustomEvent<ConfigAction>).detail;
    events.push([action, id ?? name, value].filter((x) => x !== undefined).join(' '));
  });
  return { el, events, list: configListOf(el) };
}

describe('c-config-list', () => {
  it('lists the rows under the column headers, with only the actions a row has', async () => {
    const { el, list } = await mountList();
    const headers = Array.from(el.shadowRoot.querySelectorAll('thead th')).map((th) =>
      th.textContent?.trim(),
    );
    expect(headers).toEqual(['Name', 'Kind', 'Actions']);
    expect(list.cells('r1')).toEqual(['First', 'plain']);
    expect(list.button('r1', 'edit')?.title).toBe('Edit First');
    expect(list.button('r2', 'edit')).toBeNull();
    expect(list.button('r2', 'delete')?.title).toBe('Delete Second');
  });

  it('shows no table without rows, and the editor only while it has a title', async () => {
    const { el, list } = await mountList('', []);
    expect(el.shadowRoot.querySelector('[data-id="rows"]')).toBeNull();
    expect((el.shadowRoot.querySelector('[data-id="add"]') as HTMLElement & { label: string }).label).toBe(
      'Add Thing',
    );
    expect(list.editor()).toBeNull();
    el.editorTitle = 'Add Thing';
    await flush();
    expect(list.editor()?.getAttribute('role')).toBe('group');
    expect(list.editor()?.getAttribute('aria-label')).toBe('Add Thing');
    expect(textOf(el, '[data-id="editor"] h4')).toBe('Add Thing');
  });

  it('renders each field as its base component, named by data-name', async () => {
    const { list } = await mountList('Edit First');
    const label = list.input('label') as Field;
    expect([label.tagName, label.label, label.value, label.fieldLevelHelp, label.maxLength]).toEqual([
      'LIGHTNING-INPUT',
      'Label',
      'Hi',
      'Shown to agents.',
      80,
    ]);
    expect((list.input('active') as Field).checked).toBe(true);
    expect(list.input('kind').tagName).toBe('LIGHTNING-COMBOBOX');
    expect(list.input('kind').options?.map((o) => o.value)).toEqual(['plain']);
    const columns = list.input('columns') as Field;
    expect([columns.tagName, columns.sourceLabel, columns.value]).toEqual([
      'LIGHTNING-DUAL-LISTBOX',
      'Available Columns',
      ['Name'],
    ]);
  });

  it('tells the section each action: add, edit, delete, a field change, save and cancel', async () => {
    const { events, list } = await mountList('Edit First');
    list.click('[data-id="add"]');
    list.click('[data-row="r1"] [data-action="edit"]');
    list.click('[data-row="r2"] [data-action="delete"]');
    list.change('label', { value: 'Hello' });
    list.change('active', { checked: false });
    list.click('[data-id="save"]');
    list.click('[data-id="cancel"]');
    expect(events).toEqual([
      'add',
      'edit r1',
      'delete r2',
      'fieldchange label Hello',
      'fieldchange active false',
      'save',
      'cancel',
    ]);
  });

  it("shows a refused save under the fields and in the panel; an edited field's error goes, cancel clears all", async () => {
    mockDelete.mockResolvedValue(dto<AdminSaveResult>()(refused));
    const { el, list } = await mountList('Add Thing');
    const saved = jest.fn();
    el.addEventListener('saved', saved);
    expect(await el.save('Thing', () => deleteConfigRecord({ recordId: 'r1' }))).toBe(false);
    await flush();
    expect(helpMessageOf(list.input('label'))).toBe('Enter a label.');
    expect(list.errors()).toContain('Nothing was saved');
    expect(list.errors()).toContain('No input shows this one.');
    expect(saved).not.toHaveBeenCalled();
    list.change('label', { value: 'Named' });
    expect(helpMessageOf(list.input('label'))).toBe('');
    expect(helpMessageOf(list.input('kind'))).toBe('Choose a kind.');
    list.click('[data-id="cancel"]');
    await flush();
    expect(helpMessageOf(list.input('kind'))).toBe('');
    expect(list.errors()).toBe('');
  });

  it("shows a section's own check of one field, and its own failures", async () => {
    const { el, list } = await mountList('Add Thing');
    el.showFieldError('label', 'Not a valid LivePerson path: a[');
    expect(helpMessageOf(list.input('label'))).toBe('Not a valid LivePerson path: a[');
    el.showErrors(['Could not load the fields.'], { kind: 'Choose a kind.' });
    await flush();
    expect(list.errors()).toBe('Could not load the fields.');
    expect(helpMessageOf(list.input('kind'))).toBe('Choose a kind.');
    expect(helpMessageOf(list.input('label'))).toBe('');
  });

  it('tells the page hosting the section when a save succeeds, with a toast', async () => {
    mockDelete.mockResolvedValue({ success: true, message: 'Deleted.', fieldErrors: [] });
    const { el } = await mountList();
    const saved = jest.fn();
    const toast = jest.fn();
    document.body.addEventListener('saved', saved);
    el.addEventListener('lightning__showtoast', toast);
    expect(await el.save('Deletion', () => deleteConfigRecord({ recordId: 'r2' }))).toBe(true);
    document.body.removeEventListener('saved', saved);
    expect(mockDelete).toHaveBeenCalledWith({ recordId: 'r2' });
    expect(saved).toHaveBeenCalledTimes(1);
    expect(toast).toHaveBeenCalledTimes(1);
  });

  it('shows a thrown save in the panel', async () => {
    mockDelete.mockRejectedValue({ body: { message: 'Insufficient access' } });
    const { el, list } = await mountList();
    expect(await el.save('Deletion', () => deleteConfigRecord({ recordId: 'r2' }))).toBe(false);
    await flush();
    expect(list.errors()).toBe('Insufficient access');
  });

  it('sends each action also as an event of its own name, and shows no Add button without a label', async () => {
    const { el, list } = await mountList();
    const edit = jest.fn();
    el.addEventListener('edit', (e) => edit((e as CustomEvent<ConfigAction>).detail.id));
    list.click('[data-row="r1"] [data-action="edit"]');
    expect(edit).toHaveBeenCalledWith('r1');
    el.addLabel = '';
    await flush();
    expect(el.shadowRoot.querySelector('[data-id="add"]')).toBeNull();
  });

  it('shows a field error under an input the section put in the slot', async () => {
    mockDelete.mockResolvedValue(dto<AdminSaveResult>()(refused));
    const host = await mount('c-slot-host', SlotHost);
    const note = host.shadowRoot.querySelector('[data-name="note"]')!;
    const saved = await (host as unknown as { save: List['save'] }).save('Thing', () =>
      deleteConfigRecord({ recordId: 'r1' }),
    );
    expect(saved).toBe(false);
    expect(helpMessageOf(note)).toBe('Add a note.');
    expect(configListOf(host).errors()).toContain('Enter a label.');
    expect(configListOf(host).errors()).not.toContain('Add a note.');
  });
});
