// Generated from lwc-ts/widget/linkAction/linkAction.ts by `npm run build`; do not edit.
/**
 * The link control of one record in a widget list: a Linked badge once the conversation is linked
 * to it, else Link Chat (or Unlink Chat, with `kind="unlink"`). Fires `link` or `unlink` with
 * `{ recordId }`; the host makes the change (`c/linkChange`).
 */
import { LightningElement, api } from 'lwc';


export default class LinkAction extends LightningElement {
  /** The record the control links or unlinks. */
  @api recordId;
  /** Whether the conversation is linked to the record (shows the Linked badge). */
  @api linked = false;
  /** What the button does, and the event it fires. */
  @api kind = 'link';

  get label() {
    return this.kind === 'unlink' ? 'Unlink Chat' : 'Link Chat';
  }

  handleClick() {
    this.dispatchEvent(new CustomEvent(this.kind, { detail: { recordId: this.recordId ?? '' } }));
  }
}
