import { LightningElement, api } from 'lwc';

/**
 * The page-level error panel of the admin pages (one home for its markup): an assertive live region
 * that shows a list of messages in an SLDS error alert. Pass the messages that `c/reduceErrors` made;
 * an empty list shows nothing. `focus()` moves keyboard focus to the alert (for "fix and retry" flows).
 */
export default class ErrorPanel extends LightningElement {
  /** Messages to show, one list item each; duplicates are shown once. */
  @api errors: string[] = [];

  get messages(): string[] {
    return [...new Set((this.errors ?? []).filter((m) => typeof m === 'string' && m !== ''))];
  }

  get hasErrors(): boolean {
    return this.messages.length > 0;
  }

  /** Focuses the alert when it is shown. */
  @api
  focus(): void {
    this.template?.querySelector<HTMLElement>('[data-id="page-errors"]')?.focus();
  }
}
