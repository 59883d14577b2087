// Generated from lwc-ts/widget/createForm/formFields.ts by `npm run build`; do not edit.
/**
 * The create form's view model, pure: initial values (conversation value through the field's SDK
 * path, coerced by `c/valueCoercion`; else the mapping's default; lookups from the record the agent
 * came from or the conversation's links), input kinds, and the client-side required check.
 */

import { sdkValue } from 'c/conversationKey';
import { coerceValue } from 'c/valueCoercion';


/** A record a lookup may point to (the record the form was opened from, or a linked record). */



















const COERCIBLE = {
  DATETIME: 'DATETIME',
  DATE: 'DATE',
  DOUBLE: 'DOUBLE',
  CURRENCY: 'CURRENCY',
  PERCENT: 'PERCENT',
  INTEGER: 'INTEGER',
  STRING: 'STRING',
  TEXTAREA: 'TEXTAREA',
  EMAIL: 'EMAIL',
  PHONE: 'PHONE',
  URL: 'URL',
  BOOLEAN: 'BOOLEAN',
  PICKLIST: 'PICKLIST'
};

const INPUT_TYPES = {
  DATE: 'date',
  DATETIME: 'datetime',
  DOUBLE: 'number',
  CURRENCY: 'number',
  PERCENT: 'number',
  INTEGER: 'number',
  LONG: 'number',
  EMAIL: 'email',
  PHONE: 'tel',
  URL: 'url',
  BOOLEAN: 'checkbox'
};

/** Whether the agent must fill the field in; a checkbox never (unchecked is a value). */
const mustFill = (field) =>
field.required === true && field.type !== 'BOOLEAN';

function specOf(field) {
  const type = COERCIBLE[field.type ?? ''];
  if (!type) return null;
  return {
    type,
    length: field.length ?? undefined,
    scale: field.scale ?? undefined,
    picklistValues: (field.options ?? []).map((o) => ({ value: o.value ?? '', label: o.label ?? undefined })),
    restricted: true
  };
}

/** The value a field starts with, as text ('' when none). */
export function initialValue(field, model, candidates) {
  if (field.type === 'REFERENCE') {
    return candidates.find((c) => c.objectApiName === field.referenceTo)?.id ?? '';
  }
  const spec = specOf(field);
  if (field.sdkPath && spec) {
    let raw;
    try {
      raw = sdkValue(model, field.sdkPath);
    } catch {
      raw = undefined; // a malformed path pre-fills nothing
    }
    const coerced = raw === undefined || raw === null ? null : coerceValue(raw, spec);
    if (coerced !== null && coerced !== '') return String(coerced);
  }
  return field.defaultValue ?? '';
}

/** The fields as the template shows them. */
export function fieldViews(
fields,
values,
errors,
candidates)
{
  return fields.map((f) => {
    const type = f.type ?? 'STRING';
    const apiName = f.apiName ?? '';
    const isReference = type === 'REFERENCE';
    const isCombobox = type === 'PICKLIST' || isReference;
    const options = isReference ?
    [
    { label: '--None--', value: '' },
    ...candidates.
    filter((c) => c.objectApiName === f.referenceTo).
    map((c) => ({ label: c.name, value: c.id }))] :

    (f.options ?? []).map((o) => ({ label: o.label ?? o.value ?? '', value: o.value ?? '' }));
    const value = values[apiName] ?? '';
    const inputType = INPUT_TYPES[type] ?? 'text';
    const isTextarea = type === 'TEXTAREA';
    const isInput = !isCombobox && !isTextarea;
    const props = {
      label: f.label ?? apiName,
      value: type === 'BOOLEAN' ? undefined : value,
      checked: type === 'BOOLEAN' ? value === 'true' : undefined,
      options: isCombobox ? options : undefined,
      required: mustFill(f),
      disabled: f.editable !== true,
      type: isInput ? inputType : undefined,
      step: inputType === 'number' ? f.scale ? String(10 ** -(f.scale ?? 0)) : '1' : undefined,
      maxLength: !isCombobox && f.length && f.length > 0 ? f.length : undefined
    };
    return {
      apiName,
      hint: f.addedAsRequired ? 'Required by Salesforce for every record.' : '',
      isCombobox,
      isTextarea,
      isInput,
      props: Object.fromEntries(Object.entries(props).filter(([, v]) => v !== undefined)),
      error: errors[apiName] ?? '',
      hasError: Boolean(errors[apiName])
    };
  });
}

/** Required fields without a value, with the message shown next to them. */
export function missingRequired(
fields,
values)
{
  const errors = {};
  for (const f of fields) {
    const apiName = f.apiName ?? '';
    if (mustFill(f) && !(values[apiName] ?? '').trim()) {
      errors[apiName] = 'Complete this field.';
    }
  }
  return errors;
}

/**
 * Candidates for lookups: the record the form was opened from, its parents (a Contact's Account, from
 * `WidgetDtos.CreateForm.contextParents`), then the conversation's links. The first candidate of a
 * lookup's object pre-fills it.
 */
export function lookupCandidates(
context,
linked,
contextParents = [])
{
  const result = [];
  const seen = new Set();
  const add = (c) => {
    if (c.id && !seen.has(c.id)) {
      seen.add(c.id);
      result.push(c);
    }
  };
  if (context) add(context);
  for (const r of [...(contextParents ?? []), ...(linked ?? [])])
  add({ id: r.id ?? '', objectApiName: r.objectApiName ?? '', name: r.name ?? '' });
  return result;
}
