import ObjectSettings from 'c/objectSettings';
import saveObjectSettings from '@salesforce/apex/CustomizationSettingsController.saveObjectSettings';
import { apexMock } from '../../../testing/apexMocks';
import { errorPanelText, find, fire, flush, get } from '../../../testing/mount';
import { helpMessageOf } from '../../../testing/lightning/validatable';
import { fieldOf } from '../../../testing/fields';
import { clickSave, refusedSave, saveButton } from '../../../testing/sectionSave';
import type { Field, Section } from '../../customizationSettings/__tests__/data/view';
import { activeView, mountSection } from '../../customizationSettings/__tests__/data/view';

const mockSave = apexMock(saveObjectSettings);

const input = (el: Section, selector: string): Field => get<Field>(el, selector);
const field = (el: Section, name: string): Field => fieldOf<Field>(el, name);
/** The labels of the options in an object's block. */
const labels = (el: Section, apiName: string): string[] =>
  Array.from(
    get(el, `[data-object-block="${apiName}"] c-field-inputs`).shadowRoot!.querySelectorAll<Field>(
      '[data-name]',
    ),
  ).map((o) => o.label ?? '');

describe('c-object-settings', () => {
  it('lists the objects and renders each selected object with the options Apex says apply to it', async () => {
    const el = await mountSection('c-object-settings', ObjectSettings);
    const list = field(el, 'selectedObjects');
    expect(list.options!.map((o) => o.value)).toEqual([
      'Account',
      'Contact',
      'Lead',
      'Case',
      'Opportunity',
      'Invoice__c',
    ]);
    expect(list.value).toEqual(['Account', 'Lead', 'Invoice__c']);
    const blocks = Array.from(el.shadowRoot.querySelectorAll('[data-object-block]')).map((b) =>
      b.getAttribute('data-object-block'),
    );
    expect(blocks).toEqual(['Account', 'Lead', 'Invoice__c']);
    expect(labels(el, 'Account')).toEqual(['Allow Account Creation']);
    expect(labels(el, 'Lead')).toEqual(['Use Lead Assignment Rules', 'User Edit Use Lead Assignment Rules']);
    expect(labels(el, 'Invoice__c')).toEqual([
      'Account is Mandatory',
      'Contact is Mandatory',
      'Account Field',
      'Contact Field',
    ]);
    // A lookup option is a picker of the object's lookups; the stored value is shown.
    const accountField = field(el, 'Invoice__c.accountField');
    expect(accountField.tagName).toBe('LIGHTNING-COMBOBOX');
    expect(accountField.options).toEqual([
      { label: '--None--', value: '' },
      { label: 'Customer (Customer__c)', value: 'Customer__c' },
    ]);
    expect((field(el, 'Account.allowCreation') as Field & { checked: boolean }).checked).toBe(true);
    expect((field(el, 'Lead.useAssignmentRules') as Field & { checked: boolean }).checked).toBe(true);
    expect(field(el, 'Invoice__c.contactField').value).toBe('');
  });

  it('saves the selection in order, the search checkboxes and the options, and tells the page', async () => {
    mockSave.mockResolvedValue({ success: true, message: 'Object Settings saved', fieldErrors: [] });
    const el = await mountSection('c-object-settings', ObjectSettings);
    const saved = jest.fn();
    el.addEventListener('saved', saved);
    fire(field(el, 'selectedObjects'), 'change', { value: ['Account', 'Case', 'Invoice__c'] });
    await flush();
    expect(labels(el, 'Case')).toEqual([
      'Case Account is Mandatory',
      'Case Contact is Mandatory',
      'Use Case Assignment Rules',
      'User Edit Use Case Assignment Rules',
    ]);
    fire(field(el, 'Case.accountMandatory'), 'change', { checked: true });
    fire(field(el, 'Invoice__c.accountField'), 'change', {
      value: 'Customer__c',
    });
    fire(field(el, 'disableOnloadAutoSearch'), 'change', { checked: true });
    await clickSave(el, 'save-objects');
    const request = mockSave.mock.calls[0][0].request!;
    expect(request.selectedObjects).toEqual(['Account', 'Case', 'Invoice__c']);
    expect(request.disableOnloadAutoSearch).toBe(true);
    expect(request.disableModifyOnloadSearch).toBe(true);
    expect(request.options!.find((o) => o.apiName === 'Case')!.accountMandatory).toBe(true);
    expect(request.options!.find((o) => o.apiName === 'Invoice__c')!.accountField).toBe('Customer__c');
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('shows the field errors Apex returns on their inputs and the message in the panel', async () => {
    mockSave.mockResolvedValue(
      refusedSave({
        selectedObjects: 'Foo__c is not available.',
        'Invoice__c.accountField': 'Choose the Account Field: Account is mandatory for Invoice__c.',
      }),
    );
    const el = await mountSection('c-object-settings', ObjectSettings);
    await clickSave(el, 'save-objects');
    expect(helpMessageOf(field(el, 'selectedObjects'))).toBe('Foo__c is not available.');
    const accountField = field(el, 'Invoice__c.accountField');
    expect(helpMessageOf(accountField)).toContain('Account is mandatory');
    expect(errorPanelText(find(el, 'c-settings-section'))).toContain('Nothing was saved');
    // Editing the field clears its error.
    fire(accountField, 'change', { value: 'Customer__c' });
    expect(helpMessageOf(accountField)).toBe('');
  });

  it('opens the page of a saved object only, and keeps unsaved edits when another section saved', async () => {
    const el = await mountSection('c-object-settings', ObjectSettings);
    const opened: string[] = [];
    el.addEventListener('configure', (e) => opened.push((e as CustomEvent<string>).detail));
    const configure = input(el, '[data-action="configure"][data-object="Account"]');
    expect(configure.disabled).toBe(false);
    expect(configure.title).toBe('Configure Field Mapping, Related Lists, and Search Filters for Account');
    fire(configure, 'click');
    expect(opened).toEqual(['Account']);

    fire(field(el, 'selectedObjects'), 'change', {
      value: ['Account', 'Lead', 'Invoice__c', 'Case'],
    });
    await flush();
    expect(input(el, '[data-action="configure"][data-object="Case"]').disabled).toBe(true);
    el.view = { ...activeView(), transcriptSaveMode: 'Attachment' };
    await flush();
    expect(field(el, 'selectedObjects').value).toEqual(['Account', 'Lead', 'Invoice__c', 'Case']);
    el.view = { ...activeView(), selectedObjects: ['Account'] };
    await flush();
    expect(field(el, 'selectedObjects').value).toEqual(['Account']);
  });

  it('is grayed out while disabled', async () => {
    const el = await mountSection('c-object-settings', ObjectSettings, activeView(), true);
    expect(field(el, 'selectedObjects').disabled).toBe(true);
    expect(field(el, 'Account.allowCreation').disabled).toBe(true);
    expect(input(el, '[data-action="configure"][data-object="Account"]').disabled).toBe(true);
    expect(saveButton(el, 'save-objects').disabled).toBe(true);
  });
});
