// Generated from lwc-ts/core/fieldErrors/fieldErrors.ts by `npm run build`; do not edit.
/**
 * One way to show a field's error: on the base component itself. `setCustomValidity` + `reportValidity`
 * make lightning-input, -combobox, -textarea, -dual-listbox and -radio-group render the message under
 * the field in red and point the field's aria-describedby at it, so a template holds no error markup.
 * A field is an input with `data-name="<field>"`, the name the Apex `AdminFieldError.field` uses. To
 * clear every error an editor shows, show none: `showFieldErrors(scope, {})`.
 */







function isValidating(element) {
  const candidate = element;
  return typeof candidate.setCustomValidity === 'function' && typeof candidate.reportValidity === 'function';
}

function fieldInputs(scope) {
  return Array.from(scope.querySelectorAll('[data-name]')).filter(isValidating);
}

/**
 * Shows each error under the input of its field in `scope` and clears the error of every other input
 * there. Returns the messages of fields no input in `scope` shows, for the page's error panel.
 */
export function showFieldErrors(scope, errors) {
  const shown = new Set();
  for (const input of scope ? fieldInputs(scope) : []) {
    const field = input.dataset.name ?? '';
    const message = errors[field] ?? '';
    input.setCustomValidity(message);
    input.reportValidity();
    if (message) shown.add(field);
  }
  return Object.entries(errors).
  filter(([field, message]) => message && !shown.has(field)).
  map(([, message]) => message);
}

/** For an input's change handler: the error of a field goes once the admin edits it. */
export function clearFieldError(event) {
  const input = event.currentTarget ?? event.target;
  if (input instanceof Element && isValidating(input)) {
    input.setCustomValidity('');
    input.reportValidity();
  }
}

/** Shows the base components' own checks (required, length, pattern) in `scope`; true when all pass. */
export function reportFieldValidity(scope) {
  return (scope ? fieldInputs(scope) : []).reduce((valid, input) => input.reportValidity() && valid, true);
}
