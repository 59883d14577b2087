/**
 * The section side of `c-config-list`, once: the record being edited (`draft`) and what Add, Edit,
 * Cancel, a field change, Save and Delete do to it. A section extends it, renders
 *
 *   <c-config-list lwc:ref="list" lwc:spread={view} onaction={handleAction}></c-config-list>
 *
 * and says what is its own:
 * - `noun` ("Field Mapping": the Add button, the editor's title, "Field mapping saved");
 * - `columns`, `rows` (the records) and `fields` (the editor's inputs for `draft`);
 * - `newDraft()` for Add, `draftOf(id)` for Edit (none: the rows have no Edit), `change(draft, name,
 *   value)` for a field change (default: sets the field);
 * - `saveCall(draft)`: a function making the Apex save, or undefined after refusing the draft itself
 *   (through `this.list`); `deleteCall(id)`: the Apex delete. A successful save closes the editor.
 * - `opened()`: after Add or Edit (e.g. to load options).
 */
import { LightningElement } from 'lwc';
import type { SaveReply } from 'c/adminSave';
import type { ConfigAction, ConfigField, ConfigListElement, ConfigRow, ConfigView } from 'c/configList';

export default class ConfigSection<D extends { id?: string }> extends LightningElement {
  draft: D | undefined;

  /** What a row is ("Field Mapping"). */
  noun = '';
  columns: string[] = [];

  get rows(): ConfigRow[] {
    return [];
  }

  get fields(): ConfigField[] {
    return [];
  }

  get view(): ConfigView {
    const draft = this.draft;
    const editorTitle = draft ? `${draft.id ? 'Edit' : 'Add'} ${this.noun}` : '';
    const fields = draft ? this.fields : [];
    return { columns: this.columns, rows: this.rows, addLabel: `Add ${this.noun}`, editorTitle, fields };
  }

  newDraft(): D {
    return {} as D;
  }

  draftOf(_id: string): D | undefined {
    return undefined;
  }

  change(draft: D, name: string, value: unknown): D {
    return { ...draft, [name]: value };
  }

  saveCall(_draft: D): (() => Promise<SaveReply>) | undefined {
    return undefined;
  }

  deleteCall(id: string): Promise<SaveReply> {
    return Promise.reject(new Error(`${this.noun} ${id} cannot be deleted`));
  }

  opened(): Promise<void> {
    return Promise.resolve();
  }

  async handleAction(event: CustomEvent<ConfigAction>): Promise<void> {
    const { action, id = '', name = '', value } = event.detail;
    if (action === 'add' || action === 'edit') {
      this.draft = action === 'add' ? this.newDraft() : this.draftOf(id);
      await this.opened();
    } else if (action === 'cancel') {
      this.draft = undefined;
    } else if (action === 'fieldchange' && this.draft) {
      this.draft = this.change(this.draft, name, value);
    } else if (action === 'save') {
      await this.save();
    } else if (action === 'delete') {
      await this.list.save('Deletion', () => this.deleteCall(id));
    }
  }

  get list(): ConfigListElement {
    return this.refs?.list as ConfigListElement;
  }

  private async save(): Promise<void> {
    const draft = this.draft;
    const call = draft && this.saveCall(draft);
    const what = this.noun.charAt(0) + this.noun.slice(1).toLowerCase();
    if (call && (await this.list.save(what, call))) this.draft = undefined;
  }
}
