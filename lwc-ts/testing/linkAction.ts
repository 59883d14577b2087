/** Reading the `c-link-action` controls (Link Chat, Unlink Chat, Linked) of a widget component in a jest test. */
import { findInAny } from './mount';

/** The Link Chat / Unlink Chat button `host` shows for `recordId`; null when there is none (e.g. it is linked). */
export function linkButton(host: Element, recordId: string): HTMLElement | null {
  return findInAny(host, 'c-link-action', `lightning-button[data-id="${recordId}"]`);
}
