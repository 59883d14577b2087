// Generated from lwc-ts/core/reduceErrors/reduceErrors.ts by `npm run build`; do not edit.
/**
 * One error normaliser for every error panel (lwc-recipes' `reduceErrors`, typed).
 *
 * Turns whatever an LWC can receive — an Apex `AuraHandledException` (`{ body: { message } }`), a DML
 * error (`body.pageErrors` / `body.fieldErrors`), a UI API error (`body.output.errors`), an array of
 * any of these, a JS `Error`, a string — into a list of unique, non-empty, human-readable messages.
 * It never throws and never returns raw JSON.
 */

/** Message used when an error carries no readable text at all. */
export const UNKNOWN_ERROR =
'Unknown error. Try again; if it persists, ask your administrator to check the Event Log.';



const isObj = (v) => typeof v === 'object' && v !== null;

function text(v) {
  return typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined;
}

function fromMessages(list) {
  if (!Array.isArray(list)) return [];
  return list.map((e) => isObj(e) ? text(e.message) : text(e)).filter((m) => m !== undefined);
}

function fromFieldErrors(fieldErrors) {
  if (!isObj(fieldErrors)) return [];
  return Object.values(fieldErrors).flatMap(fromMessages);
}

function fromBody(body) {
  if (Array.isArray(body)) return fromMessages(body);
  if (!isObj(body)) return [];
  const out = [];
  out.push(...fromMessages(body.pageErrors));
  out.push(...fromFieldErrors(body.fieldErrors));
  if (isObj(body.output)) {
    out.push(...fromMessages(body.output.errors));
    out.push(...fromFieldErrors(body.output.fieldErrors));
  }
  if (out.length === 0) {
    const m = text(body.message);
    if (m) out.push(m);
  }
  return out;
}

function fromOne(error) {
  if (error === null || error === undefined) return [];
  const asText = text(error);
  if (asText) return [asText];
  if (!isObj(error)) return [];
  const body = fromBody(error.body);
  if (body.length > 0) return body;
  if (error.status === 0) return ['The server could not be reached. Check your connection and try again.'];
  const detail = isObj(error.detail) ? text(error.detail.message) : undefined;
  const m = text(error.message) ?? detail ?? text(error.statusText);
  return m ? [m] : [];
}

/**
 * Normalises one error or a list of errors into unique readable messages (empty input → empty list).
 * @param errors anything a wire, an imperative Apex call or a `try` can produce
 * @returns messages, in order of appearance, without duplicates
 */
export function reduceErrors(errors) {
  const list = Array.isArray(errors) ? errors : [errors];
  const all = list.flatMap(fromOne);
  const hadError = list.some((e) => e !== null && e !== undefined);
  const unique = [...new Set(all)];
  return unique.length === 0 && hadError ? [UNKNOWN_ERROR] : unique;
}

export default reduceErrors;
