import { LightningElement, api } from 'lwc';
import type { SaveReply } from 'c/adminSave';
import type { ConfigListElement } from 'c/configList';

/** A section that puts its own input in the editor's slot. */
export default class SlotHost extends LightningElement {
  @api
  save(what: string, call: () => Promise<SaveReply>): Promise<boolean> {
    return (this.refs?.list as ConfigListElement).save(what, call);
  }
}
