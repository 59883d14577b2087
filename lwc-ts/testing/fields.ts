/**
 * Reading and driving the inputs a component renders through `c-field-inputs`, in a jest test:
 *
 *   const mode = fieldOf(section, 'transcriptSaveMode');
 *   changeField(section, 'transcriptSaveMode', { value: 'Attachment' });
 *   expect(helpMessageOf(fieldOf(section, 'transcriptSaveMode'))).toBe('Choose a mode.');
 *
 * `host` is the component whose template holds the `c-field-inputs` (or one itself).
 */
import { findInAny } from './mount';

export type FieldElement = HTMLElement & {
  label?: string;
  value?: unknown;
  checked?: boolean;
  disabled?: boolean;
  options?: { label: string; value: string }[];
  fieldLevelHelp?: string;
};

/** The input of field `name`, or null. */
export function findField<T extends Element = FieldElement>(host: Element, name: string): T | null {
  const selector = `[data-name="${name}"]`;
  if (host.tagName.toLowerCase() === 'c-field-inputs')
    return host.shadowRoot?.querySelector<T>(selector) ?? null;
  return findInAny<T>(host, 'c-field-inputs', selector);
}

/** The input of field `name`; throws naming it when there is none. */
export function fieldOf<T extends Element = FieldElement>(host: Element, name: string): T {
  const found = findField<T>(host, name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
}

/** The field's `change` as its base component sends it: `{ value }`, or `{ checked }` for a checkbox. */
export function changeField(host: Element, name: string, detail: object): void {
  fieldOf(host, name).dispatchEvent(new CustomEvent('change', { detail, bubbles: true, composed: true }));
}
