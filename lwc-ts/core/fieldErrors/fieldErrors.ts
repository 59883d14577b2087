/**
 * One way to show a field's error: on the base component itself. `setCustomValidity` + `reportValidity`
 * make lightning-input, -combobox, -textarea, -dual-listbox and -radio-group render the message under
 * the field in red and point the field's aria-describedby at it, so a template holds no error markup.
 * A field is an input with `data-name="<field>"`, the name the Apex `AdminFieldError.field` uses. To
 * clear every error an editor shows, show none: `showFieldErrors(scope, {})`. Inputs rendered by a
 * `c-field-inputs` in `scope` (a field group: `data-field-group`, its inputs in its own shadow tree) are
 * reached through its methods.
 */
import type { FieldErrors } from 'c/adminSave';

export interface ValidatingInput extends HTMLElement {
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
}

/** A `c-field-inputs`: shows the errors of the fields it renders. */
interface FieldGroup extends HTMLElement {
  fieldNames: string[];
  showErrors(errors: FieldErrors): string[];
  showFieldError(name: string, message: string): void;
  reportValidity(): boolean;
}

function isValidating(element: Element): element is ValidatingInput {
  const candidate = element as Partial<ValidatingInput>;
  return typeof candidate.setCustomValidity === 'function' && typeof candidate.reportValidity === 'function';
}

function fieldInputs(scope: ParentNode): ValidatingInput[] {
  return Array.from(scope.querySelectorAll('[data-name]')).filter(isValidating);
}

function fieldGroups(scope: ParentNode): FieldGroup[] {
  return Array.from(scope.querySelectorAll<FieldGroup>('[data-field-group]'));
}

/**
 * Shows each error under the input of its field in `scope` and clears the error of every other input
 * there. Returns the messages of fields no input in `scope` shows, for the page's error panel.
 */
export function showFieldErrors(scope: ParentNode | null, errors: FieldErrors): string[] {
  const shown = new Set<string>();
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
  return Object.entries(errors)
    .filter(([field, message]) => message && !shown.has(field))
    .map(([, message]) => message);
}

/** Shows one field's error (e.g. a section's own check of its value) under its input in `scope`. */
export function showFieldError(scope: ParentNode, field: string, message: string): void {
  for (const input of fieldInputs(scope).filter((i) => i.dataset.name === field)) {
    input.setCustomValidity(message);
    input.reportValidity();
  }
  for (const group of fieldGroups(scope)) group.showFieldError(field, message);
}

/** For an input's change handler: the error of a field goes once the admin edits it. */
export function clearFieldError(event: Event): void {
  const input = event.currentTarget ?? event.target;
  if (input instanceof Element && isValidating(input)) {
    input.setCustomValidity('');
    input.reportValidity();
  }
}

/** Shows the base components' own checks (required, length, pattern) in `scope`; true when all pass. */
export function reportFieldValidity(scope: ParentNode | null): boolean {
  const checks = scope ? [...fieldInputs(scope), ...fieldGroups(scope)] : [];
  return checks.reduce((valid, input) => input.reportValidity() && valid, true);
}
