import { createElement } from 'lwc';
import Input from '../../../testing/lightning/input/input';
import Combobox from '../../../testing/lightning/combobox/combobox';
import { clearFieldError, reportFieldValidity, showFieldErrors } from 'c/fieldErrors';
import { helpMessageOf } from '../../../testing/lightning/validatable';

type Field = HTMLElement & { required?: boolean; value?: unknown };

function form(): { scope: HTMLElement; field: (name: string) => Field } {
  const scope = document.createElement('div');
  for (const [name, is] of [
    ['label', Input],
    ['fieldApiName', Combobox],
  ] as const) {
    const el = createElement(name === 'label' ? 'lightning-input' : 'lightning-combobox', { is }) as Field;
    el.dataset.name = name;
    scope.appendChild(el);
  }
  const outside = document.createElement('span');
  outside.dataset.name = 'notAnInput';
  scope.appendChild(outside);
  document.body.appendChild(scope);
  return { scope, field: (name) => scope.querySelector<Field>(`[data-name="${name}"]`)! };
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('c/fieldErrors', () => {
  it('shows each error under its field and returns the ones no field in scope shows', () => {
    const { scope, field } = form();
    const rest = showFieldErrors(scope, {
      label: 'Enter a label.',
      fieldApiName: 'Choose a field.',
      notAnInput: 'Not shown on a span.',
      '': 'The object is not enabled.',
    });
    expect(helpMessageOf(field('label'))).toBe('Enter a label.');
    expect(helpMessageOf(field('fieldApiName'))).toBe('Choose a field.');
    expect(rest).toEqual(['Not shown on a span.', 'The object is not enabled.']);
  });

  it('clears the errors of fields the next answer does not name', () => {
    const { scope, field } = form();
    showFieldErrors(scope, { label: 'Enter a label.' });
    showFieldErrors(scope, { fieldApiName: 'Choose a field.' });
    expect(helpMessageOf(field('label'))).toBe('');
    expect(helpMessageOf(field('fieldApiName'))).toBe('Choose a field.');
  });

  it("clears one field's error when the admin edits it", () => {
    const { scope, field } = form();
    showFieldErrors(scope, { label: 'Enter a label.', fieldApiName: 'Choose a field.' });
    field('label').addEventListener('change', clearFieldError);
    field('label').dispatchEvent(new CustomEvent('change'));
    expect(helpMessageOf(field('label'))).toBe('');
    expect(helpMessageOf(field('fieldApiName'))).toBe('Choose a field.');
  });

  it("reports the base components' own checks; showing no errors clears them all", () => {
    const { scope, field } = form();
    field('fieldApiName').required = true;
    expect(reportFieldValidity(scope)).toBe(false);
    expect(helpMessageOf(field('fieldApiName'))).toBe('Complete this field.');
    showFieldErrors(scope, { label: 'Enter a label.' });
    showFieldErrors(scope, {});
    expect(helpMessageOf(field('label'))).toBe('');
    field('fieldApiName').value = 'Name';
    expect(reportFieldValidity(scope)).toBe(true);
  });

  it('does nothing without a scope but still returns every message', () => {
    expect(showFieldErrors(null, { label: 'Enter a label.' })).toEqual(['Enter a label.']);
    expect(reportFieldValidity(null)).toBe(true);
  });
});
