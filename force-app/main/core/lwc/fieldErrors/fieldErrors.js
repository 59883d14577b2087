// Generated from lwc-ts/core/fieldErrors/fieldErrors.ts by `npm run build`; do not edit.
/**
 * One way to show a field's error: on the base component itself. `setCustomValidity` + `reportValidity`
 * make lightning-input, -combobox, -textarea, -dual-listbox and -radio-group render the message under
 * the field in red and point the field's aria-describedby at it, so a template holds no error markup.
 * A field is an input with `data-name="<field>"`, the name the Apex `AdminFieldError.field` uses. To
 * clear every error an editor shows, show none: `showFieldErrors(scope, {})`. Inputs rendered by a
 * `c-field-inputs` in `scope` (a field group: `data-field-group`, its inputs in its own shadow tree) are
 * reached through its methods.
 */







/** A `c-field-inputs`: shows the errors of the fields it renders. */







function isValidating(element) {
  const candidate = element;
  return typeof candidate.setCustomValidity === 'function' && typeof candidate.reportValidity === 'function';
}

function fieldInputs(scope) {
  return Array.from(scope.querySelectorAll('[data-name]')).filter(isValidating);
}

function fieldGroups(scope) {
  return Array.from(scope.querySelectorAll('[data-field-group]'));
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
  for (const group of scope ? fieldGroups(scope) : []) {
    group.showErrors(errors);
    for (const field of group.fieldNames) if (errors[field]) shown.add(field);
  }
  return Object.entries(errors).
  filter(([field, message]) => message && !shown.has(field)).
  map(([, message]) => message);
}

/** Shows one field's error (e.g. a section's own check of its value) under its input in `scope`. */
export function showFieldError(scope, field, message) {
  for (const input of fieldInputs(scope).filter((i) => i.dataset.name === field)) {
    input.setCustomValidity(message);
    input.reportValidity();
  }
  for (const group of fieldGroups(scope)) group.showFieldError(field, message);
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
  const checks = scope ? [...fieldInputs(scope), ...fieldGroups(scope)] : [];
  return checks.reduce((valid, input) => input.reportValidity() && valid, true);
}
