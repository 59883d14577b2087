import FieldInputs, {
  checkbox,
  combobox,
  dualListbox,
  numberField,
  radioGroup,
  textField,
  textarea,
  type FieldChange,
  type FieldInput,
} from 'c/fieldInputs';
import { showFieldErrors, reportFieldValidity } from 'c/fieldErrors';
import { type Host, mount } from '../../../testing/mount';
import { changeField, fieldOf, type FieldElement } from '../../../testing/fields';
import { helpMessageOf } from '../../../testing/lightning/validatable';

const ONE = [{ label: 'One', value: '1' }];
const FIELDS: FieldInput[] = [
  textField('label', 'Label', { value: 'Hi', help: 'Shown to agents.', maxLength: 80, required: true }),
  numberField('limit', 'Limit', { value: 5 }),
  checkbox('active', 'Active', { checked: true, disabled: true }),
  combobox('kind', 'Kind', { options: ONE, value: '1' }),
  dualListbox('columns', 'Columns', { options: ONE, value: ['1'] }),
  textarea('notes', 'Notes', { placeholder: 'a => b', className: 'slds-m-top_small' }),
  radioGroup('mode', 'Mode', { options: ONE, value: '1' }),
];

type Inputs = Host & {
  fields: FieldInput[];
  fieldNames: string[];
  showErrors(errors: Record<string, string>): string[];
  showFieldError(name: string, message: string): void;
  checkValidity(): boolean;
};
type Field = FieldElement & { type?: string; maxLength?: number; placeholder?: string; sourceLabel?: string };

const mountInputs = async (fields = FIELDS) =>
  (await mount('c-field-inputs', FieldInputs, { fields })) as unknown as Inputs;

describe('c-field-inputs', () => {
  it('renders each descriptor as its base component with its properties, named by data-name', async () => {
    const el = await mountInputs();
    const tags = Array.from(el.shadowRoot.querySelectorAll('[data-name]')).map(
      (i) => `${i.tagName.toLowerCase()} ${(i as HTMLElement).dataset.name}`,
    );
    expect(tags).toEqual([
      'lightning-input label',
      'lightning-input limit',
      'lightning-input active',
      'lightning-combobox kind',
      'lightning-dual-listbox columns',
      'lightning-textarea notes',
      'lightning-radio-group mode',
    ]);
    const label = fieldOf<Field>(el, 'label');
    expect([label.label, label.value, label.fieldLevelHelp, label.maxLength]).toEqual([
      'Label',
      'Hi',
      'Shown to agents.',
      80,
    ]);
    expect(fieldOf<Field>(el, 'limit').type).toBe('number');
    expect(fieldOf<Field>(el, 'active').type).toBe('checkbox');
    expect(fieldOf<Field>(el, 'active').disabled).toBe(true);
    expect(fieldOf<Field>(el, 'columns').sourceLabel).toBe('Available Columns');
    expect(fieldOf<Field>(el, 'notes').placeholder).toBe('a => b');
    expect(fieldOf(el, 'notes').parentElement?.className).toBe('slds-m-top_small');
    expect(el.fieldNames).toEqual(['label', 'limit', 'active', 'kind', 'columns', 'notes', 'mode']);
  });

  it('sends one change with the name and value (a checkbox its checked state) and stops the input own', async () => {
    const el = await mountInputs();
    const changes: FieldChange[] = [];
    el.addEventListener('change', (e) => changes.push((e as CustomEvent<FieldChange>).detail));
    changeField(el, 'active', { checked: false });
    changeField(el, 'columns', { value: ['1', '2'] });
    fieldOf(el, 'kind').dispatchEvent(new CustomEvent('change', { detail: { value: '1' } }));
    expect(changes).toEqual([
      { name: 'active', value: false },
      { name: 'columns', value: ['1', '2'] },
      { name: 'kind', value: '1' },
    ]);
  });

  it('shows errors on its inputs, returns the rest, and an edited field loses its error', async () => {
    const el = await mountInputs();
    expect(el.showErrors({ label: 'Enter a label.', '': 'Not enabled.' })).toEqual(['Not enabled.']);
    expect(helpMessageOf(fieldOf(el, 'label'))).toBe('Enter a label.');
    expect(el.checkValidity()).toBe(false);
    changeField(el, 'label', { value: 'New' });
    expect(helpMessageOf(fieldOf(el, 'label'))).toBe('');
    el.showFieldError('kind', 'Choose a kind.');
    expect(helpMessageOf(fieldOf(el, 'kind'))).toBe('Choose a kind.');
    expect(el.checkValidity()).toBe(false);
  });

  it('is reached by c/fieldErrors as a field group of the scope that holds it', async () => {
    const el = await mountInputs([textField('label', 'Label', { value: 'Hi' })]);
    const scope = document.body;
    expect(showFieldErrors(scope, { label: 'Enter a label.', other: 'Elsewhere.' })).toEqual(['Elsewhere.']);
    expect(helpMessageOf(fieldOf(el, 'label'))).toBe('Enter a label.');
    expect(reportFieldValidity(scope)).toBe(false);
    showFieldErrors(scope, {});
    expect(helpMessageOf(fieldOf(el, 'label'))).toBe('');
    expect(reportFieldValidity(scope)).toBe(true);
  });
});
