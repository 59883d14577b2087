// Generated from lwc-ts/core/adminSave/adminSave.ts by `npm run build`; do not edit.
/**
 * One save path for the admin components: calls the Apex save, maps the `AdminSaveResult` field errors
 * by field, puts anything else in the page errors (normalised by `c/reduceErrors`) and shows a toast
 * either way. The component keeps its own state; it only copies the outcome into it.
 */
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { reduceErrors } from 'c/reduceErrors';
import { showFieldErrors } from 'c/fieldErrors';


/** What every admin save returns (`AdminSaveResult`, `ActivationResult`). */






/** Toast titles; `failure` is the page error when the server refuses without a message. */






/** The usual labels: "<what> saved" / "<what> not saved". */
export function labelsFor(what) {
  return { saved: `${what} saved`, notSaved: `${what} not saved`, failure: `${what} not saved.` };
}












/** Field errors by field name; two messages for one field are both kept. */
export function fieldErrorsOf(reply) {
  const errors = {};
  for (const e of reply.fieldErrors ?? []) {
    const key = e.field ?? '';
    const message = e.message ?? '';
    errors[key] = errors[key] ? `${errors[key]} ${message}` : message;
  }
  return errors;
}

export async function saveWithFeedback(
host,
labels,
call)
{
  const toast = (title, message, variant) => {
    host.dispatchEvent(new ShowToastEvent({ title, message, variant }));
  };
  try {
    const result = await call();
    const fieldErrors = fieldErrorsOf(result);
    if (result.success !== true) {
      const pageErrors = [result.message ?? labels.failure];
      toast(labels.notSaved, pageErrors[0], 'error');
      return { ok: false, result, fieldErrors, pageErrors };
    }
    toast(labels.saved, result.message ?? '', 'success');
    return { ok: true, result, fieldErrors, pageErrors: [] };
  } catch (error) {
    const pageErrors = reduceErrors(error);
    toast(labels.notSaved, pageErrors[0] ?? '', 'error');
    return { ok: false, fieldErrors: {}, pageErrors };
  }
}

/** A component that shows its own save: a spinner while `saving`, `errors` in its error panel. */





/**
 * One save of an admin section: `saveWithFeedback`, then each field error under its input in `scope`
 * (`c/fieldErrors`) and the rest in `section.errors`; on success a `saved` event (bubbling, composed)
 * tells the page hosting the section to reload. Resolves true when saved.
 */
export async function saveSection(
section,
scope,
what,
call)
{
  section.saving = true;
  section.errors = [];
  const outcome = await saveWithFeedback(section, labelsFor(what), call);
  section.saving = false;
  section.errors = [...outcome.pageErrors, ...showFieldErrors(scope, outcome.fieldErrors)];
  if (outcome.ok) section.dispatchEvent(new CustomEvent('saved', { bubbles: true, composed: true }));
  return outcome.ok;
}
