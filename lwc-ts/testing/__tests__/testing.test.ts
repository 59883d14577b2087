import { createElement } from 'lwc';
import Input from '../lightning/input/input';
import Combobox from '../lightning/combobox/combobox';
import { urlOf } from '../lightning/navigation/navigation';
import { notifyRecordUpdateAvailable, getFieldValue } from 'lightning/uiRecordApi';
import getSkills from '@salesforce/apex/CustomizationSettingsController.getSkills';
import { apexMock } from '../apexMocks';
import { helpMessageOf } from '../lightning/validatable';

type Validating = HTMLElement & {
  required?: boolean;
  value?: unknown;
  setCustomValidity(message: string): void;
  reportValidity(): boolean;
  checkValidity(): boolean;
};

function mount(tag: string, is: unknown): Validating {
  const el = createElement(tag, { is: is as never }) as unknown as Validating;
  document.body.appendChild(el);
  return el;
}

afterEach(() => {
  document.body.innerHTML = '';
});

describe('lightning input stubs', () => {
  it('show a custom message only once reported, and clear it with an empty one', () => {
    const input = mount('lightning-input', Input);
    input.setCustomValidity('Enter a number.');
    expect(helpMessageOf(input)).toBe('');
    expect(input.checkValidity()).toBe(false);
    expect(input.reportValidity()).toBe(false);
    expect(helpMessageOf(input)).toBe('Enter a number.');
    input.setCustomValidity('');
    expect(input.reportValidity()).toBe(true);
    expect(helpMessageOf(input)).toBe('');
  });

  it('refuse an empty required value as the base components do', () => {
    const box = mount('lightning-combobox', Combobox);
    box.required = true;
    expect(box.reportValidity()).toBe(false);
    expect(helpMessageOf(box)).toBe('Complete this field.');
    box.value = 'Account';
    expect(box.reportValidity()).toBe(true);
  });
});

describe('lightning/navigation mock', () => {
  it('gives the Lightning URL of the page references the app uses', () => {
    expect(
      urlOf({
        type: 'standard__recordRelationshipPage',
        attributes: { objectApiName: 'Sync_Run__c', recordId: 'a01', relationshipApiName: 'Event_Logs__r' },
      }),
    ).toBe('/lightning/r/Sync_Run__c/a01/related/Event_Logs__r/view');
    expect(
      urlOf({
        type: 'standard__objectPage',
        attributes: { objectApiName: 'Event_Log__c', actionName: 'list' },
        state: { filterName: 'Errors' },
      }),
    ).toBe('/lightning/o/Event_Log__c/list?filterName=Errors');
  });

  it('refuses a page reference type it cannot resolve', () => {
    expect(() => urlOf({ type: 'standard__webPage', attributes: { url: 'https://x' } })).toThrow(
      /standard__webPage/,
    );
  });
});

describe('apexMock', () => {
  it('drives the generated mock of an Apex import', async () => {
    apexMock(getSkills).mockResolvedValue({ skills: [] });
    await expect(getSkills()).resolves.toEqual({ skills: [] });
  });

  it('refuses a function that is not a jest mock', () => {
    expect(() => apexMock((() => Promise.resolve(1)) as (p: never) => Promise<number>)).toThrow(
      /not the jest mock/,
    );
  });
});

describe('lightning/uiRecordApi mock', () => {
  it('accepts a list of record Ids to refresh', async () => {
    await expect(notifyRecordUpdateAvailable([{ recordId: 'a01000000000001AAA' }])).resolves.toBeUndefined();
  });

  it('refuses what Lightning Data Service refuses: a bare Id, an empty list, a malformed Id', async () => {
    await expect(notifyRecordUpdateAvailable('a01000000000001AAA' as never)).rejects.toThrow(/array/);
    await expect(notifyRecordUpdateAvailable([])).rejects.toThrow(/non-empty/);
    await expect(notifyRecordUpdateAvailable([{ recordId: 'a01' }])).rejects.toThrow(/"a01"/);
    await expect(notifyRecordUpdateAvailable([{} as never])).rejects.toThrow(/record Id/);
  });

  it('keeps the stock stubs for the rest of the module', () => {
    expect(
      getFieldValue(
        { id: 'x', apiName: 'Account', fields: { Name: { value: 'Acme', displayValue: null } } },
        'Account.Name',
      ),
    ).toBe('Acme');
  });
});
