import CreateForm from 'c/createForm';
import getCreateForm from '@salesforce/apex/WidgetController.getCreateForm';
import saveAndLink from '@salesforce/apex/WidgetController.saveAndLink';
import linkChat from '@salesforce/apex/WidgetController.linkChat';
import { fieldViews, initialValue, lookupCandidates, missingRequired } from '../formFields';
import type { WidgetDtos_CreateForm } from 'apex-dtos';
import { apexMock, dto } from '../../../testing/apexMocks';
import { find, flush, mount as mountComponent } from '../../../testing/mount';
import { linkButton } from '../../../testing/linkAction';

const formMock = apexMock(getCreateForm);
const saveMock = apexMock(saveAndLink);
const linkMock = apexMock(linkChat);

const ACME = '001000000000001AAA';
const DUP = '00Q000000000009AAA';

const leadForm = dto<WidgetDtos_CreateForm>()({
  objectApiName: 'Lead',
  label: 'Lead',
  useAssignmentRules: true,
  assignmentRulesEditable: true,
  fields: [
    {
      apiName: 'Email',
      label: 'Email',
      type: 'EMAIL',
      required: true,
      editable: true,
      sdkPath: 'surveyQuestions.preChat.email.value',
      length: 80,
    },
    {
      apiName: 'LeadSource',
      label: 'Lead Source',
      type: 'PICKLIST',
      required: false,
      editable: false,
      defaultValue: 'Web',
      options: [
        { value: 'Web', label: 'Web' },
        { value: 'Phone Inquiry', label: 'Phone Inquiry' },
      ],
    },
    {
      apiName: 'LastName',
      label: 'Last Name',
      type: 'STRING',
      required: true,
      editable: true,
      addedAsRequired: true,
    },
    {
      apiName: 'Company',
      label: 'Company',
      type: 'STRING',
      required: true,
      editable: true,
      addedAsRequired: true,
    },
  ],
});

const model = { surveyQuestions: { preChat: { email: { value: 'dana@example.org' } } } };
const session = { skillName: 'Sales', skillId: '42' };
const conversation = { rtSessionId: '4294971234', isMessaging: false, skillName: 'Sales' };

type Host = HTMLElement & Record<string, unknown>;

const mount = (props: Record<string, unknown> = {}): Promise<Host> =>
  mountComponent<Record<string, unknown>>('c-create-form', CreateForm, {
    objectApiName: 'Lead',
    session,
    conversation,
    sdkModel: model,
    ...props,
  });

type Field = HTMLElement & Record<string, unknown>;
const q = (el: Host, sel: string) => find<Field>(el, sel);

function type(el: Host, apiName: string, value: string): void {
  const input = q(el, `[data-field="${apiName}"]`)!;
  input.dispatchEvent(new CustomEvent('change', { detail: { value }, bubbles: true, composed: true }));
}

/** Fills the Lead's required fields and presses Save & Link. */
async function fillAndSave(el: Host): Promise<void> {
  type(el, 'LastName', 'Reyes');
  type(el, 'Company', 'Example Corp');
  await flush();
  (q(el, '[data-id="save-and-link"]') as HTMLElement).click();
  await flush();
}

describe('c-create-form', () => {
  beforeEach(() => {
    formMock.mockReset();
    saveMock.mockReset();
    linkMock.mockReset();
    formMock.mockResolvedValue(leadForm);
  });

  it('asks for the form and pre-fills from the pre-chat survey and the default value', async () => {
    const el = await mount();
    expect(formMock).toHaveBeenCalledWith({
      request: { skillName: 'Sales', skillId: '42', objectApiName: 'Lead', isMessaging: false },
    });
    expect(q(el, 'h3')!.textContent).toBe('New Lead');
    expect(q(el, '[data-field="Email"]')!.value).toBe('dana@example.org');
    expect(q(el, '[data-field="LeadSource"]')!.value).toBe('Web');
    expect(q(el, '[data-field="LeadSource"]')!.disabled).toBe(true);
    expect(q(el, '[data-row="Company"]')!.textContent).toContain('Required by Salesforce');
    expect(q(el, '[data-id="assignment-rules"]')!.checked).toBe(true);
  });

  it('New Case from a Contact pre-selects the Contact and its Account, and saves both', async () => {
    const ANN = '003000000000001AAA';
    formMock.mockResolvedValue({
      objectApiName: 'Case',
      label: 'Case',
      contextParents: [{ id: ACME, objectApiName: 'Account', objectLabel: 'Account', name: 'Acme' }],
      fields: [
        { apiName: 'Subject', label: 'Subject', type: 'STRING', required: false, editable: true },
        { apiName: 'AccountId', label: 'Account', type: 'REFERENCE', referenceTo: 'Account', editable: true },
        { apiName: 'ContactId', label: 'Contact', type: 'REFERENCE', referenceTo: 'Contact', editable: true },
      ],
    });
    saveMock.mockResolvedValue({ success: true, recordId: '500000000000001AAA', links: { linked: true } });
    const el = await mount({
      objectApiName: 'Case',
      context: { id: ANN, objectApiName: 'Contact', name: 'Ann Lee' },
    });
    expect(formMock.mock.calls[0][0].request).toMatchObject({ objectApiName: 'Case', contextId: ANN });
    expect(q(el, '[data-field="AccountId"]')!.value).toBe(ACME);
    expect(q(el, '[data-field="AccountId"]')!.options).toEqual([
      { label: '--None--', value: '' },
      { label: 'Acme', value: ACME },
    ]);
    expect(q(el, '[data-field="ContactId"]')!.value).toBe(ANN);
    (q(el, '[data-id="save-and-link"]') as HTMLElement).click();
    await flush();
    expect(saveMock.mock.calls[0][0].request.values).toMatchObject({ AccountId: ACME, ContactId: ANN });
  });

  it('shows a checkbox field as a checkbox, never required, and saves what the agent ticked', async () => {
    formMock.mockResolvedValue({
      objectApiName: 'Case',
      label: 'Case',
      fields: [
        { apiName: 'IsEscalated', label: 'Escalated', type: 'BOOLEAN', required: true, editable: true },
        { apiName: 'Subject', label: 'Subject', type: 'STRING', required: true, editable: true },
      ],
    });
    saveMock.mockResolvedValue({ success: true, recordId: '500000000000001AAA', links: { linked: true } });
    const el = await mount({ objectApiName: 'Case' });
    const box = q(el, '[data-field="IsEscalated"]')!;
    expect(box.tagName).toBe('LIGHTNING-INPUT');
    expect(box.type).toBe('checkbox');
    expect(box.checked).toBe(false);
    expect(box.required).toBe(false);
    expect(q(el, '[data-field="Subject"]')!.type).toBe('text');
    expect(q(el, '[data-field="Subject"]')!.required).toBe(true);
    box.dispatchEvent(
      new CustomEvent('change', { detail: { checked: true }, bubbles: true, composed: true }),
    );
    type(el, 'Subject', 'Refund');
    await flush();
    expect(q(el, '[data-field="IsEscalated"]')!.checked).toBe(true);
    (q(el, '[data-id="save-and-link"]') as HTMLElement).click();
    await flush();
    expect(saveMock.mock.calls[0][0].request.values).toEqual({ IsEscalated: 'true', Subject: 'Refund' });
  });

  it('a missing required field shows an inline error and saves nothing', async () => {
    const el = await mount();
    type(el, 'LastName', 'Reyes');
    await flush();
    (q(el, '[data-id="save-and-link"]') as HTMLElement).click();
    await flush();
    expect(saveMock).not.toHaveBeenCalled();
    expect(q(el, '[data-error="Company"]')!.textContent).toBe('Complete this field.');
    expect(q(el, '[data-id="form-message"]')!.textContent).toContain('nothing was saved');
    type(el, 'Company', 'Example Corp');
    await flush();
    expect(q(el, '[data-error="Company"]')).toBeNull();
  });

  it('Save & Link sends the values, then reports the links and the new record', async () => {
    const links = { linked: true, records: [{ id: '00Q000000000001AAA' }] };
    saveMock.mockResolvedValue({ success: true, recordId: '00Q000000000001AAA', links });
    const el = await mount();
    const linkchange = jest.fn();
    const saved = jest.fn();
    el.addEventListener('linkchange', linkchange);
    el.addEventListener('saved', saved);
    await fillAndSave(el);
    expect(saveMock).toHaveBeenCalledWith({
      request: {
        conversation,
        objectApiName: 'Lead',
        values: { Email: 'dana@example.org', LeadSource: 'Web', LastName: 'Reyes', Company: 'Example Corp' },
        saveAnyway: false,
        useAssignmentRules: true,
      },
    });
    expect((linkchange.mock.calls[0][0] as CustomEvent).detail).toEqual(links);
    expect((saved.mock.calls[0][0] as CustomEvent).detail).toEqual({ recordId: '00Q000000000001AAA' });
  });

  it('offers the duplicates a rule found: Link Chat to one, or Save anyway', async () => {
    saveMock.mockResolvedValueOnce({
      success: false,
      message: 'Use one of these records?',
      duplicates: [{ id: DUP, name: 'Dana Reyes' }],
      canSaveAnyway: true,
      fieldErrors: [],
    });
    saveMock.mockResolvedValueOnce({
      success: true,
      recordId: '00Q000000000002AAA',
      links: { linked: true },
    });
    linkMock.mockResolvedValue({ linked: true, records: [{ id: DUP }] });
    const el = await mount();
    await fillAndSave(el);
    expect(q(el, `[data-duplicate="${DUP}"]`)!.textContent).toBe('Dana Reyes');
    expect(q(el, '[data-id="form-message"]')!.textContent).toBe('Use one of these records?');
    (q(el, '[data-id="save-anyway"]') as HTMLElement).click();
    await flush();
    expect((saveMock.mock.calls[1][0] as { request: { saveAnyway: boolean } }).request.saveAnyway).toBe(true);
  });

  it('links to a duplicate instead of saving', async () => {
    saveMock.mockResolvedValue({
      success: false,
      duplicates: [{ id: DUP, name: 'Dana' }],
      canSaveAnyway: false,
    });
    linkMock.mockResolvedValue({ linked: true, records: [{ id: DUP }] });
    const el = await mount();
    const close = jest.fn();
    el.addEventListener('close', close);
    await fillAndSave(el);
    expect(q(el, '[data-id="save-anyway"]')).toBeNull();
    linkButton(el, DUP)!.click();
    await flush();
    expect(linkMock).toHaveBeenCalledWith({ request: { conversation, recordId: DUP } });
    expect(close).toHaveBeenCalled();
  });

  it('shows server field errors next to their fields', async () => {
    saveMock.mockResolvedValue({
      success: false,
      message: 'Nothing was saved: correct the fields marked.',
      fieldErrors: [{ field: 'Email', message: 'Email: invalid email address' }],
    });
    const el = await mount();
    await fillAndSave(el);
    expect(q(el, '[data-error="Email"]')!.textContent).toBe('Email: invalid email address');
  });
});

describe('formFields', () => {
  it('pre-fills lookups from the record the form came from, then the links', () => {
    const candidates = lookupCandidates({ id: ACME, objectApiName: 'Account', name: 'Acme' }, [
      { id: ACME, objectApiName: 'Account', name: 'Acme' },
      { id: '003000000000001AAA', objectApiName: 'Contact', name: 'Dana' },
    ]);
    expect(candidates).toHaveLength(2);
    const field = { apiName: 'AccountId', type: 'REFERENCE', referenceTo: 'Account', required: true };
    expect(initialValue(field, {}, candidates)).toBe(ACME);
    const [view] = fieldViews([field], { AccountId: ACME }, {}, candidates);
    expect(view.isCombobox).toBe(true);
    expect(view.props.options).toEqual([
      { label: '--None--', value: '' },
      { label: 'Acme', value: ACME },
    ]);
  });

  it('coerces conversation values to the field type and ignores bad paths', () => {
    const number = { apiName: 'NumberOfEmployees', type: 'INTEGER' };
    expect(
      initialValue(
        { ...number, sdkPath: 'SDE.customerDetails[0].companySize' },
        { SDE: { customerDetails: [{ companySize: '250' }] } },
        [],
      ),
    ).toBe('250');
    expect(initialValue({ ...number, sdkPath: 'a[', defaultValue: '5' }, {}, [])).toBe('5');
    expect(fieldViews([number], {}, {}, [])[0]).toMatchObject({
      isInput: true,
      props: { type: 'number', step: '1' },
    });
  });

  it('checks required fields, but never a checkbox', () => {
    expect(
      missingRequired(
        [
          { apiName: 'A', required: true, type: 'STRING' },
          { apiName: 'B', required: true, type: 'BOOLEAN' },
          { apiName: 'C', required: false, type: 'STRING' },
        ],
        { A: '  ' },
      ),
    ).toEqual({ A: 'Complete this field.' });
  });
});
