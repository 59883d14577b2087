import { LightningElement, api } from 'lwc';
import type { SaveReply } from 'c/adminSave';
import type { ConfigRow } from 'c/configList';

interface ListApi {
  save(what: string, call: () => Promise<SaveReply>): Promise<boolean>;
}

/** A section as the tests of c-config-list see it: one slotted input, the list's events recorded. */
export default class ListHost extends LightningElement {
  @api rows: ConfigRow[] = [];
  @api editorTitle = '';
  readonly columns = ['Name', 'Kind'];
  private readonly seen: string[] = [];

  /** The list's events so far: `add`, `edit <id>`, `delete <id>`, `save`, `cancel`. */
  @api
  get events(): string[] {
    return [...this.seen];
  }

  @api
  save(what: string, call: () => Promise<SaveReply>): Promise<boolean> {
    const list = this.template?.querySelector('c-config-list') as unknown as ListApi;
    return list.save(what, call);
  }

  record(event: CustomEvent<{ id?: string } | null>): void {
    const id = event.detail?.id;
    this.seen.push(id ? `${event.type} ${id}` : event.type);
  }
}
