import ObjectSettings from 'c/objectSettings';
import saveObjectSettings from '@salesforce/apex/CustomizationSettingsController.saveObjectSettings';
import { apexMock } from '../../../testing/apexMocks';
import { errorPanelText, find, fire, flush, get, unmountAll } from '../../../testing/mount';
import { helpMessageOf } from '../../../testing/lightning/validatable';
import type { Field, Section } from '../../customizationSettings/__tests__/data/view';
import { activeView, mountSection } from '../../customizationSettings/__tests__/data/view';

const mockSave = apexMock(saveObjectSettings);

const input = (el: Section, selector: string): Field => get<Field>(el, selector);
const labels = (el: Section, apiName: string): string[] =>
  Array.from(
    el.shadowRoot.querySelectorAll<HTMLElement & { label: string }>(
      `[data-object-block="${apiName}"] [data-option]`,
    ),
  ).map((o) => o.label);

describe('c-object-settings', () => {
  afterEach(() => {
    unmountAll();
    jest.clearAllMocks();
  });

  it('lists the objects and renders each selected object with the options Apex says apply to it', async () => {
    const el = await mountSection('c-object-settings', ObjectSettings);
    const list = input(el, '[data-name="selectedObjects"]');
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
    const accountField = input(el, 'lightning-combobox[data-name="Invoice__c.accountField"]');
    expect(accountField.options).toEqual([
      { label: '--None--', value: '' },
      { label: 'Customer (Customer__c)', value: 'Customer__c' },
    ]);
    expect((input(el, '[data-name="Account.allowCreation"]') as Field & { checked: boolean }).checked).toBe(
      true,
    );
    expect((input(el, '[data-name="Lead.useAssignmentRules"]') as Field & { checked: boolean }).checked).toBe(
      true,
    );
    expect(input(el, '[data-name="Invoice__c.contactField"]').value).toBe('');
  });

  it('saves the selection in order, the search checkboxes and the options, and tells the page', async () => {
    mockSave.mockResolvedValue({ success: true, message: 'Object Settings saved', fieldErrors: [] });
    const el = await mountSection('c-object-settings', ObjectSettings);
    const saved = jest.fn();
    el.addEventListener('saved', saved);
    fire(input(el, '[data-name="selectedObjects"]'), 'change', { value: ['Account', 'Case', 'Invoice__c'] });
    await flush();
    expect(labels(el, 'Case')).toEqual([
      'Case Account is Mandatory',
      'Case Contact is Mandatory',
      'Use Case Assignment Rules',
      'User Edit Use Case Assignment Rules',
    ]);
    fire(input(el, '[data-object="Case"][data-option="accountMandatory"]'), 'change', { checked: true });
    fire(input(el, '[data-object="Invoice__c"][data-option="accountField"]'), 'change', {
      value: 'Customer__c',
    });
    fire(input(el, '[data-name="disableOnloadAutoSearch"]'), 'change', { checked: true });
    fire(get(el, 'c-settings-section', '[data-id="save-objects"]'), 'click');
    await flush();
    const request = mockSave.mock.calls[0][0].request!;
    expect(request.selectedObjects).toEqual(['Account', 'Case', 'Invoice__c']);
    expect(request.disableOnloadAutoSearch).toBe(true);
    expect(request.disableModifyOnloadSearch).toBe(true);
    expect(request.options!.find((o) => o.apiName === 'Case')!.accountMandatory).toBe(true);
    expect(request.options!.find((o) => o.apiName === 'Invoice__c')!.accountField).toBe('Customer__c');
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('shows the field errors Apex returns on their inputs and the message in the panel', async () => {
    mockSave.mockResolvedValue({
      success: false,
      message: 'Fix the highlighted fields, then save again. Nothing was saved.',
      fieldErrors: [
        { field: 'selectedObjects', message: 'Foo__c is not available.' },
        {
          field: 'Invoice__c.accountField',
          message: 'Choose the Account Field: Account is mandatory for Invoice__c.',
        },
      ],
    });
    const el = await mountSection('c-object-settings', ObjectSettings);
    fire(get(el, 'c-settings-section', '[data-id="save-objects"]'), 'click');
    await flush();
    expect(helpMessageOf(input(el, '[data-name="selectedObjects"]'))).toBe('Foo__c is not available.');
    const accountField = input(el, '[data-name="Invoice__c.accountField"]');
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

    fire(input(el, '[data-name="selectedObjects"]'), 'change', {
      value: ['Account', 'Lead', 'Invoice__c', 'Case'],
    });
    await flush();
    expect(input(el, '[data-action="configure"][data-object="Case"]').disabled).toBe(true);
    el.view = { ...activeView(), transcriptSaveMode: 'Attachment' };
    await flush();
    expect(input(el, '[data-name="selectedObjects"]').value).toEqual([
      'Account',
      'Lead',
      'Invoice__c',
      'Case',
    ]);
    el.view = { ...activeView(), selectedObjects: ['Account'] };
    await flush();
    expect(input(el, '[data-name="selectedObjects"]').value).toEqual(['Account']);
  });

  it('is grayed out while disabled', async () => {
    const el = await mountSection('c-object-settings', ObjectSettings, activeView(), true);
    expect(input(el, '[data-name="selectedObjects"]').disabled).toBe(true);
    expect(input(el, '[data-name="Account.allowCreation"]').disabled).toBe(true);
    expect(input(el, '[data-action="configure"][data-object="Account"]').disabled).toBe(true);
    expect(get<Field>(el, 'c-settings-section', '[data-id="save-objects"]').disabled).toBe(true);
  });
});
