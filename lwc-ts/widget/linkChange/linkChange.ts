/**
 * Link Chat / Unlink Chat for one record, the one round trip every widget component makes: on
 * success `host` fires `linkchange` with the new `WidgetDtos.LinkState`; a refusal comes back as the
 * message to show (never thrown), '' when the change was made.
 */
import linkChat from '@salesforce/apex/WidgetController.linkChat';
import unlinkChat from '@salesforce/apex/WidgetController.unlinkChat';
import { reduceErrors } from 'c/reduceErrors';
import type { WidgetDtos_Conversation } from 'apex-dtos';

export type LinkKind = 'link' | 'unlink';

export async function changeLink(
  host: EventTarget,
  kind: LinkKind,
  conversation: WidgetDtos_Conversation | undefined,
  recordId: string,
): Promise<string> {
  try {
    const request = { request: { conversation, recordId } };
    const state = kind === 'link' ? await linkChat(request) : await unlinkChat(request);
    host.dispatchEvent(new CustomEvent('linkchange', { detail: state }));
    return '';
  } catch (e) {
    return reduceErrors(e).join(' ');
  }
}
