/**
 * The list + add/edit/delete + editor of an admin configuration section, once. A section gives its
 * records and, while one is being edited, the editor's fields as data; this component renders both, each
 * input with `data-name="<field>"` (the `AdminFieldError.field` name). `c/configSection` is the section
 * side of it (`<c-config-list lwc:ref="list" lwc:spread={view} onaction={handleAction}>`).
 *
 * - `columns`: the header labels; `rows`: `ConfigRow`s, the first cell is the row's header. A row shows
 *   Edit when it has an `editTitle` and Delete when it has a `deleteTitle` (accessible names).
 * - `addLabel`: the Add button's label; no Add button without it.
 * - `editorTitle`: while set, the editor box (this title, the `fields`, then any inputs put in the slot,
 *   Save and Cancel) is shown; `c-field-inputs` renders the fields (build them with `textField`,
 *   `checkbox`, `combobox`, `dualListbox`).
 * - Events, each also sent as `action` with `detail.action` naming it: `add`; `edit` and `delete` with
 *   `detail.id`; `fieldchange` with `detail.name` and `detail.value` (a checkbox's checked state, a dual
 *   listbox's array); `save`; `cancel`. An edited field's error goes; opening and cancelling clear every
 *   error.
 * - `save(what, call)`: runs one Apex save or delete through `saveSection` of `c/adminSave` (spinner,
 *   toast, each field error under its input and the rest in the error panel; on success `saved`, bubbling
 *   and composed, so the page hosting the section reloads); resolves true when saved.
 * - `showFieldError(name, message)`: a section's own check of one field (e.g. a parser) under its input.
 * - `showErrors(messages, fieldErrors)`: a section's own failures (a load, checks before a save).
 */
import { LightningElement, api } from 'lwc';
import { saveSection, type FieldErrors, type SaveReply } from 'c/adminSave';
import { showFieldError, showFieldErrors } from 'c/fieldErrors';
import type { FieldChange, FieldInput } from 'c/fieldInputs';

export interface ConfigRow {
  id: string;
  cells: string[];
  /** Accessible name of the row's Edit button; no Edit button without it. */
  editTitle?: string;
  /** Accessible name of the row's Delete button; no Delete button without it. */
  deleteTitle?: string;
}

export type { Option } from 'c/fieldInputs';
/** One input of the editor (built with `textField`, `checkbox`, `combobox`, `dualListbox`). */
export type ConfigField = FieldInput;
export { checkbox, combobox, dualListbox, textField, toOptions } from 'c/fieldInputs';

/** All the list shows, as a section spreads it onto the list (`lwc:spread`). */
export interface ConfigView {
  columns: string[];
  rows: ConfigRow[];
  addLabel: string;
  editorTitle: string;
  fields: ConfigField[];
}

export interface ConfigAction {
  action: 'add' | 'edit' | 'delete' | 'fieldchange' | 'save' | 'cancel';
  id?: string;
  name?: string;
  value?: string | string[] | boolean;
}

/** The list as a section holds it (`lwc:ref="list"`, then `this.refs.list`). */
export type ConfigListElement = HTMLElement & Pick<ConfigList, 'save' | 'showFieldError' | 'showErrors'>;

type Keyed = { key: string; text: string; title?: string };

export default class ConfigList extends LightningElement {
  @api columns: string[] = [];
  @api rows: ConfigRow[] = [];
  @api addLabel = '';
  @api editorTitle = '';
  @api fields: ConfigField[] = [];

  saving = false;
  errors: string[] = [];

  get hasRows(): boolean {
    return (this.rows ?? []).length > 0;
  }

  get tableRows(): { id: string; header: string; cells: Keyed[]; actions: Keyed[] }[] {
    return (this.rows ?? []).map((row) => ({
      id: row.id,
      header: row.cells[0] ?? '',
      cells: row.cells.slice(1).map((text, i) => ({ key: `${row.id}-${i}`, text })),
      actions: [
        { key: 'edit', text: 'Edit', title: row.editTitle },
        { key: 'delete', text: 'Delete', title: row.deleteTitle },
      ].filter((a) => a.title),
    }));
  }

  @api
  save(what: string, call: () => Promise<SaveReply>): Promise<boolean> {
    return saveSection(this, this.fieldScope(), what, call);
  }

  @api
  showFieldError(name: string, message: string): void {
    showFieldError(this.fieldScope(), name, message);
  }

  @api
  showErrors(messages: string[], fieldErrors: FieldErrors = {}): void {
    this.errors = [...messages, ...showFieldErrors(this.fieldScope(), fieldErrors)];
  }

  handleAdd(): void {
    this.reset();
    this.send({ action: 'add' });
  }

  /** A row's Edit or Delete. */
  handleRowAction(event: Event): void {
    const { id, action } = (event.currentTarget as HTMLElement).dataset;
    if (action === 'edit') this.reset();
    this.send({ action: action === 'edit' ? 'edit' : 'delete', id });
  }

  /** An input's change (`c-field-inputs` cleared its error). */
  handleFieldChange(event: CustomEvent<FieldChange>): void {
    this.send({ action: 'fieldchange', ...event.detail });
  }

  handleSave(): void {
    this.send({ action: 'save' });
  }

  handleCancel(): void {
    this.reset();
    this.send({ action: 'cancel' });
  }

  private send(detail: ConfigAction): void {
    this.dispatchEvent(new CustomEvent(detail.action, { detail }));
    this.dispatchEvent(new CustomEvent('action', { detail }));
  }

  /** The inputs of `fields` (this template) and those a section put in the slot (light DOM). */
  private fieldScope(): ParentNode {
    const inputs = (selector: string): Element[] => [
      ...Array.from(this.template?.querySelectorAll(selector) ?? []),
      ...Array.from(this.querySelectorAll(selector)),
    ];
    return { querySelectorAll: inputs } as unknown as ParentNode;
  }

  private reset(): void {
    // Reported, not only cleared: an input that stays (Edit of another row) must stop showing the message.
    this.showErrors([]);
  }
}
