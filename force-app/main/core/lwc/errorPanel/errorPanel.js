// Generated from lwc-ts/core/errorPanel/errorPanel.ts by `npm run build`; do not edit.
import { LightningElement, api } from 'lwc';

/**
 * The page-level error panel of the admin pages (one home for its markup): an assertive live region
 * that shows a list of messages in an SLDS error alert. Pass the messages that `c/reduceErrors` made;
 * an empty list shows nothing. `focus()` moves keyboard focus to the alert (for "fix and retry" flows).
 */
export default class ErrorPanel extends LightningElement {
  /** Messages to show, one list item each; duplicates are shown once. */
  @api errors = [];

  get messages() {
    return [...new Set((this.errors ?? []).filter((m) => typeof m === 'string' && m !== ''))];
  }

  get hasErrors() {
    return this.messages.length > 0;
  }

  /** Focuses the alert when it is shown. */
  @api
  focus() {
    this.template?.querySelector('[data-id="page-errors"]')?.focus();
  }
}
