/**
 * The list + add/edit/delete + editor shape of an admin configuration section, once. A section renders
 * its records through it and puts its editor inputs in the default slot, each input with
 * `data-name="<field>"` (the `AdminFieldError.field` name):
 *
 *   <c-config-list lwc:ref="list" columns={columns} rows={rows} add-label="Add Search Filter"
 *       editor-title={editorTitle} onadd={handleAdd} onedit={handleEdit} ondelete={handleDelete}
 *       onsave={handleSave} oncancel={handleCancel}>
 *     <template lwc:if={draft}> ...inputs... </template>
 *   </c-config-list>
 *
 * - `columns`: the header labels; `rows`: `ConfigRow`s, the first cell is the row's header. A row shows
 *   Edit when it has an `editTitle` and Delete when it has a `deleteTitle` (their accessible names).
 * - `editorTitle`: while set, the editor box (this title, the slot, Save and Cancel) is shown.
 * - Events: `add`; `edit` and `delete` with `detail.id`; `save` and `cancel` from the editor's bar.
 *   Opening and cancelling clear the editor's field errors and the list's error panel.
 * - `save(what, call)`: runs one Apex save or delete of the section through `c/adminSave` (spinner,
 *   toast), shows each field error under its slotted input and the rest in the list's error panel; on
 *   success it sends `saved` (bubbling and composed, so the page hosting the section reloads) and
 *   resolves true.
 * - `showErrors(messages)`: shows messages of the section's own failures (e.g. a load) in the panel.
 */
import { LightningElement, api } from 'lwc';
import { labelsFor, saveWithFeedback, type SaveReply } from 'c/adminSave';
import { showFieldErrors } from 'c/fieldErrors';

export interface ConfigRow {
  id: string;
  cells: string[];
  /** Accessible name of the row's Edit button; no Edit button without it. */
  editTitle?: string;
  /** Accessible name of the row's Delete button; no Delete button without it. */
  deleteTitle?: string;
}

export default class ConfigList extends LightningElement {
  @api columns: string[] = [];
  @api rows: ConfigRow[] = [];
  @api addLabel = '';
  @api editorTitle = '';

  saving = false;
  errors: string[] = [];

  get hasRows(): boolean {
    return (this.rows ?? []).length > 0;
  }

  get tableRows(): { id: string; header: string; cells: { key: string; text: string }[]; row: ConfigRow }[] {
    return (this.rows ?? []).map((row) => ({
      id: row.id,
      header: row.cells[0] ?? '',
      cells: row.cells.slice(1).map((text, i) => ({ key: `${row.id}-${i}`, text })),
      row,
    }));
  }

  @api
  async save(what: string, call: () => Promise<SaveReply>): Promise<boolean> {
    this.saving = true;
    this.errors = [];
    const outcome = await saveWithFeedback(this, labelsFor(what), call);
    this.saving = false;
    this.errors = [...outcome.pageErrors, ...showFieldErrors(this.slotted(), outcome.fieldErrors)];
    if (outcome.ok) this.dispatchEvent(new CustomEvent('saved', { bubbles: true, composed: true }));
    return outcome.ok;
  }

  @api
  showErrors(messages: string[]): void {
    this.errors = messages;
  }

  handleAdd(): void {
    this.reset();
    this.dispatchEvent(new CustomEvent('add'));
  }

  handleEdit(event: Event): void {
    this.reset();
    this.dispatchEvent(new CustomEvent('edit', { detail: { id: this.rowId(event) } }));
  }

  handleDelete(event: Event): void {
    this.dispatchEvent(new CustomEvent('delete', { detail: { id: this.rowId(event) } }));
  }

  handleSave(): void {
    this.dispatchEvent(new CustomEvent('save'));
  }

  handleCancel(): void {
    this.reset();
    this.dispatchEvent(new CustomEvent('cancel'));
  }

  private reset(): void {
    this.errors = [];
    // Reported, not only cleared: an input that stays (Edit of another row) must stop showing the message.
    showFieldErrors(this.slotted(), {});
  }

  /** The section's inputs passed into the slot (this component's light DOM). */
  private slotted(): ParentNode {
    return this as unknown as ParentNode;
  }

  private rowId(event: Event): string {
    return (event.currentTarget as HTMLElement).dataset.id ?? '';
  }
}
