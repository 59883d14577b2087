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
import { reportFieldValidity, showFieldErrors, type ValidatingInput } from 'c/fieldErrors';
import type { FieldErrors } from 'c/adminSave';

export type FieldKind =
  'text' | 'number' | 'checkbox' | 'combobox' | 'dualListbox' | 'textarea' | 'radioGroup';

export type Option = { label: string; value: string };

/** Options from the server's `{ label?, value? }` pairs. */
export function toOptions(items: { label?: string; value?: string }[] | undefined): Option[] {
  return (items ?? []).map((o) => ({ label: o.label ?? '', value: o.value ?? '' }));
}

/** One input: its field name, its base component and that component's properties. */
export interface FieldInput {
  kind: FieldKind;
  name: string;
  props: Record<string, unknown>;
  /** Classes of the input's wrapper (spacing). */
  className?: string;
}

/** What a builder takes besides the name and label. */
export interface FieldExtra {
  value?: string | string[] | number;
  checked?: boolean;
  options?: Option[];
  /** Shown by the input's (i) button. */
  help?: string;
  maxLength?: number;
  disabled?: boolean;
  required?: boolean;
  placeholder?: string;
  className?: string;
}

const INPUT_TYPES: Partial<Record<FieldKind, string>> = { checkbox: 'checkbox', number: 'number' };

const build =
  (kind: FieldKind) =>
  (name: string, label: string, extra: FieldExtra = {}): FieldInput => {
    const { help, className, ...rest } = extra;
    const lists =
      kind === 'dualListbox' ? { sourceLabel: `Available ${label}`, selectedLabel: `Selected ${label}` } : {};
    const props = { type: INPUT_TYPES[kind], label, ...rest, fieldLevelHelp: help, ...lists };
    return {
      kind,
      name,
      props: Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)),
      ...(className ? { className } : {}),
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

export interface FieldChange {
  name: string;
  value: string | string[] | boolean | undefined;
}

export default class FieldInputs extends LightningElement {
  @api fields: FieldInput[] = [];

  connectedCallback(): void {
    this.setAttribute('data-field-group', '');
  }

  get inputs(): (FieldInput & Record<string, unknown>)[] {
    return (this.fields ?? []).map((f) => ({
      ...f,
      combobox: f.kind === 'combobox',
      dualListbox: f.kind === 'dualListbox',
      textarea: f.kind === 'textarea',
      radioGroup: f.kind === 'radioGroup',
    }));
  }

  @api
  get fieldNames(): string[] {
    return (this.fields ?? []).map((f) => f.name);
  }

  @api
  showErrors(errors: FieldErrors): string[] {
    return showFieldErrors(this.template, errors);
  }

  @api
  showFieldError(name: string, message: string): void {
    const input = this.input(name);
    input?.setCustomValidity(message);
    input?.reportValidity();
  }

  @api
  reportValidity(): boolean {
    return reportFieldValidity(this.template);
  }

  @api
  checkValidity(): boolean {
    return (this.fields ?? []).every((f) => this.input(f.name)?.checkValidity?.() !== false);
  }

  /**
   * A base component's `change` (some bubble and cross shadow trees, some do not: handled on each input
   * and stopped here), sent on as one `change` of this component.
   */
  handleChange(event: CustomEvent<{ value?: string | string[]; checked?: boolean }>): void {
    event.stopPropagation();
    const name = (event.currentTarget as HTMLElement).dataset.name ?? '';
    this.showFieldError(name, '');
    const isBox = (this.fields ?? []).some((f) => f.name === name && f.kind === 'checkbox');
    const value = isBox ? event.detail.checked === true : event.detail.value;
    this.dispatchEvent(new CustomEvent<FieldChange>('change', { detail: { name, value } }));
  }

  private input(name: string): (ValidatingInput & { checkValidity?: () => boolean }) | null {
    return this.template?.querySelector(`[data-name="${name}"]`) ?? null;
  }
}
