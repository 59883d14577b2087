/**
 * One save path for the admin components: calls the Apex save, maps the `AdminSaveResult` field errors
 * by field, puts anything else in the page errors (normalised by `c/reduceErrors`) and shows a toast
 * either way. The component keeps its own state; it only copies the outcome into it.
 */
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { reduceErrors } from 'c/reduceErrors';
import { showFieldErrors } from 'c/fieldErrors';
import type { AdminFieldError } from 'apex-dtos';

/** What every admin save returns (`AdminSaveResult`, `ActivationResult`). */
export interface SaveReply {
  success?: boolean;
  message?: string;
  fieldErrors?: AdminFieldError[];
}

/** Toast titles; `failure` is the page error when the server refuses without a message. */
export interface SaveLabels {
  saved: string;
  notSaved: string;
  failure: string;
}

/** The usual labels: "<what> saved" / "<what> not saved". */
export function labelsFor(what: string): SaveLabels {
  return { saved: `${what} saved`, notSaved: `${what} not saved`, failure: `${what} not saved.` };
}

export type FieldErrors = Record<string, string>;

export interface SaveOutcome<R extends SaveReply> {
  /** True only when the server answered `success: true`. */
  ok: boolean;
  /** The server's answer; undefined when the call threw. */
  result?: R;
  fieldErrors: FieldErrors;
  pageErrors: string[];
}

/** Field errors by field name; two messages for one field are both kept. */
export function fieldErrorsOf(reply: SaveReply): FieldErrors {
  const errors: FieldErrors = {};
  for (const e of reply.fieldErrors ?? []) {
    const key = e.field ?? '';
    const message = e.message ?? '';
    errors[key] = errors[key] ? `${errors[key]} ${message}` : message;
  }
  return errors;
}

export async function saveWithFeedback<R extends SaveReply>(
  host: EventTarget,
  labels: SaveLabels,
  call: () => Promise<R>,
): Promise<SaveOutcome<R>> {
  const toast = (title: string, message: string, variant: 'success' | 'error'): void => {
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
export interface SavingSection extends EventTarget {
  saving: boolean;
  errors: string[];
}

/**
 * One save of an admin section: `saveWithFeedback`, then each field error under its input in `scope`
 * (`c/fieldErrors`) and the rest in `section.errors`; on success a `saved` event (bubbling, composed)
 * tells the page hosting the section to reload. Resolves true when saved.
 */
export async function saveSection(
  section: SavingSection,
  scope: ParentNode,
  what: string,
  call: () => Promise<SaveReply>,
): Promise<boolean> {
  section.saving = true;
  section.errors = [];
  const outcome = await saveWithFeedback(section, labelsFor(what), call);
  section.saving = false;
  section.errors = [...outcome.pageErrors, ...showFieldErrors(scope, outcome.fieldErrors)];
  if (outcome.ok) section.dispatchEvent(new CustomEvent('saved', { bubbles: true, composed: true }));
  return outcome.ok;
}
