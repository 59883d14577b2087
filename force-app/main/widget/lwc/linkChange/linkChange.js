// Generated from lwc-ts/widget/linkChange/linkChange.ts by `npm run build`; do not edit.
/**
 * Link Chat / Unlink Chat for one record, the one round trip every widget component makes: on
 * success `host` fires `linkchange` with the new `WidgetDtos.LinkState`; a refusal comes back as the
 * message to show (never thrown), '' when the change was made.
 */
import linkChat from '@salesforce/apex/WidgetController.linkChat';
import unlinkChat from '@salesforce/apex/WidgetController.unlinkChat';
import { reduceErrors } from 'c/reduceErrors';




export async function changeLink(
host,
kind,
conversation,
recordId)
{
  try {
    const request = { request: { conversation, recordId } };
    const state = kind === 'link' ? await linkChat(request) : await unlinkChat(request);
    host.dispatchEvent(new CustomEvent('linkchange', { detail: state }));
    return '';
  } catch (e) {
    return reduceErrors(e).join(' ');
  }
}
