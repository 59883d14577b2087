// Generated from lwc-ts/core/fieldInputs/fieldInputs.ts by `npm run build`; do not edit.
/**
 * A form's inputs from data, once: each field descriptor becomes its base component (lightning-input of
 * type text, number or checkbox, -combobox, -dual-listbox, -textarea, -radio-group) with the descriptor's
 * `props` spread onto it and `data-name="<name>"` (the `AdminFieldError.field` name).
 *
 *   <c-field-inputs fields={fields} onchange={handleField}></c-field-inputs>
 *   get fields() { return [checkbox('redactCardNumbers', 'Redact card numbers', { checked })]; }
 *
 * - `change` event (not bubbling): `detail.name` and `detail.value` (a checkbox's checked state, a dual
 *   listbox's array). The edited field's error goes first.
 * - Errors (`c/fieldErrors` finds it as a field group in its parent's scope, by `data-field-group`):
 *   `showErrors(errors)` shows each error under its input, clears the others and returns the messages no
 *   input here shows; `showFieldError(name, message)` one field's; `reportValidity()` the base components'
 *   own checks; `checkValidity()` without showing; `fieldNames` the names it renders.
 */
import { LightningElement, api } from 'lwc';
import { reportFieldValidity, showFieldErrors } from 'c/fieldErrors';







/** Options from the server's `{ label?, value? }` pairs. */
export function toOptions(items) {
  return (items ?? []).map((o) => ({ label: o.label ?? '', value: o.value ?? '' }));
}

/** One input: its field name, its base component and that component's properties. */








/** What a builder takes besides the name and label. */













const INPUT_TYPES = { checkbox: 'checkbox', number: 'number' };

const build =
(kind) =>
(name, label, extra = {}) => {
  const { help, className, ...rest } = extra;
  const lists =
  kind === 'dualListbox' ? { sourceLabel: `Available ${label}`, selectedLabel: `Selected ${label}` } : {};
  const props = { type: INPUT_TYPES[kind], label, ...rest, fieldLevelHelp: help, ...lists };
  return {
    kind,
    name,
    props: Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)),
    ...(className ? { className } : {})
  };
};

/** Field descriptors: `combobox('sortField', 'Field to Sort', { options, value })`. */
export const textField = build('text');
export const numberField = build('number');
export const checkbox = build('checkbox');
export const combobox = build('combobox');
export const dualListbox = build('dualListbox');
export const textarea = build('textarea');
export const radioGroup = build('radioGroup');






export default class FieldInputs extends LightningElement {
  @api fields = [];

  connectedCallback() {
    this.setAttribute('data-field-group', '');
  }

  get inputs() {
    return (this.fields ?? []).map((f) => ({
      ...f,
      combobox: f.kind === 'combobox',
      dualListbox: f.kind === 'dualListbox',
      textarea: f.kind === 'textarea',
      radioGroup: f.kind === 'radioGroup'
    }));
  }

  @api
  get fieldNames() {
    return (this.fields ?? []).map((f) => f.name);
  }

  @api
  showErrors(errors) {
    return showFieldErrors(this.template, errors);
  }

  @api
  showFieldError(name, message) {
    const input = this.input(name);
    input?.setCustomValidity(message);
    input?.reportValidity();
  }

  @api
  reportValidity() {
    return reportFieldValidity(this.template);
  }

  @api
  checkValidity() {
    return (this.fields ?? []).every((f) => this.input(f.name)?.checkValidity?.() !== false);
  }

  /**
   * A base component's `change` (some bubble and cross shadow trees, some do not: handled on each input
   * and stopped here), sent on as one `change` of this component.
   */
  handleChange(event) {
    event.stopPropagation();
    const name = event.currentTarget.dataset.name ?? '';
    this.showFieldError(name, '');
    const isBox = (this.fields ?? []).some((f) => f.name === name && f.kind === 'checkbox');
    const value = isBox ? event.detail.checked === true : event.detail.value;
    this.dispatchEvent(new CustomEvent('change', { detail: { name, value } }));
  }

  input(name) {
    return this.template?.querySelector(`[data-name="${name}"]`) ?? null;
  }
}
