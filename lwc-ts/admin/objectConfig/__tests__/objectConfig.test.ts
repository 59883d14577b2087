import { createElement } from 'lwc';
import ObjectConfig, { pathError } from 'c/objectConfig';
import getObjectConfig from '@salesforce/apex/ObjectConfigController.getObjectConfig';
import saveFieldMapping from '@salesforce/apex/ObjectConfigController.saveFieldMapping';
import saveSearchFilter from '@salesforce/apex/ObjectConfigController.saveSearchFilter';
import deleteConfigRecord from '@salesforce/apex/ObjectConfigController.deleteConfigRecord';
import getRelatedFields from '@salesforce/apex/ObjectConfigController.getRelatedFields';
import saveRelatedList from '@salesforce/apex/ObjectConfigController.saveRelatedList';

jest.mock('@salesforce/apex/ObjectConfigController.getObjectConfig', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock('@salesforce/apex/ObjectConfigController.saveFieldMapping', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock('@salesforce/apex/ObjectConfigController.saveSearchFilter', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock('@salesforce/apex/ObjectConfigController.deleteConfigRecord', () => ({ default: jest.fn() }), {
  virtual: true,
});

jest.mock('@salesforce/apex/ObjectConfigController.getRelatedFields', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock('@salesforce/apex/ObjectConfigController.saveRelatedList', () => ({ default: jest.fn() }), {
  virtual: true,
});

const mockRelatedFields = getRelatedFields as unknown as jest.Mock;
const mockSaveRelated = saveRelatedList as unknown as jest.Mock;
const mockGet = getObjectConfig as unknown as jest.Mock;
const mockSaveMapping = saveFieldMapping as unknown as jest.Mock;
const mockSaveFilter = saveSearchFilter as unknown as jest.Mock;
const mockDelete = deleteConfigRecord as unknown as jest.Mock;

type Host = HTMLElement & { shadowRoot: ShadowRoot; objectApiName?: string };
type Cmp = HTMLElement & { options?: { label: string; value: string }[]; value?: unknown };

const ACCOUNT = {
  objectApiName: 'Account',
  label: 'Account',
  isTranscript: false,
  maxOverview: 5,
  fields: [
    {
      apiName: 'Name',
      label: 'Account Name',
      type: 'STRING',
      mappable: true,
      writable: true,
      operators: ['equals', 'notEquals', 'contains', 'startsWith'],
      picklistValues: [],
    },
    {
      apiName: 'Type',
      label: 'Account Type',
      type: 'PICKLIST',
      mappable: true,
      writable: true,
      operators: ['equals', 'notEquals', 'contains', 'startsWith'],
      picklistValues: ['Customer', 'Prospect'],
    },
    {
      apiName: 'OwnerId',
      label: 'Owner ID',
      type: 'REFERENCE',
      mappable: true,
      writable: true,
      operators: ['equals', 'notEquals'],
      picklistValues: [],
    },
    {
      apiName: 'Description',
      label: 'Description',
      type: 'TEXTAREA',
      mappable: true,
      writable: true,
      operators: [],
      picklistValues: [],
    },
  ],
  mappings: [
    {
      id: 'a01',
      fieldApiName: 'Name',
      editability: 'Editable',
      livePersonField: 'Visitor_Name',
      inOverview: true,
      required: true,
    },
  ],
  livePersonFields: [
    { value: 'Visitor_Name', label: 'Visitor Name' },
    { value: 'Other', label: 'Other (enter the paths)' },
  ],
  filters: [{ id: 'a02', fieldApiName: 'Type', operator: 'equals', value: 'Customer' }],
  relatedLists: [
    {
      id: 'a03',
      relatedObject: 'Case',
      relationshipField: 'AccountId',
      fields: ['CaseNumber', 'Subject'],
      sortField: 'CreatedDate',
      recordCount: 5,
      sortDirection: 'DESC',
    },
  ],
  relatedObjects: [
    { value: 'Contact.AccountId', label: 'Contacts (Contact.AccountId)' },
    { value: 'Case.AccountId', label: 'Cases (Case.AccountId)' },
  ],
  recordCounts: [5, 10, 15, 20, 25],
  operatorOptions: [
    { value: 'equals', label: 'equals' },
    { value: 'notEquals', label: 'not equal to' },
    { value: 'contains', label: 'contains' },
    { value: 'startsWith', label: 'starts with' },
    { value: 'lessThan', label: 'less than' },
  ],
};

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

async function mount(config: unknown = ACCOUNT, objectApiName = 'Account'): Promise<Host> {
  mockGet.mockResolvedValue(config);
  const el = createElement('c-object-config', { is: ObjectConfig }) as Host;
  el.objectApiName = objectApiName;
  document.body.appendChild(el);
  await flush();
  return el;
}

const q = (el: Host, s: string): Cmp | null => el.shadowRoot.querySelector<Cmp>(s);
const text = (el: Host, s: string): string => q(el, s)?.textContent?.trim() ?? '';
/** Text of the shared error panel (c-error-panel) of the page. */
const pageErrors = (el: Host): string =>
  (q(el, 'c-error-panel') as unknown as Host | null)?.shadowRoot
    .querySelector('[data-id="page-errors"]')
    ?.textContent?.trim() ?? '';
const fire = (node: Element | null, name: string, detail?: unknown): void => {
  if (!node) throw new Error('no element');
  node.dispatchEvent(new CustomEvent(name, { detail }));
};

describe('c-object-config', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it('lists mappings with the overview count and filters', async () => {
    const el = await mount();
    expect(mockGet).toHaveBeenCalledWith({ objectApiName: 'Account' });
    expect(text(el, '[data-mapping="a01"]')).toContain('Account Name');
    expect(text(el, '[data-mapping="a01"]')).toContain('Visitor Name');
    expect(text(el, '[data-id="overview-count"]')).toContain('1 of 5');
    expect(text(el, '[data-filter="a02"]')).toContain('Account Type equals Customer');
  });

  it('checks an "Other" path while typing and does not call Apex with a malformed one', async () => {
    const el = await mount();
    fire(q(el, '[data-id="add-mapping"]'), 'click');
    await flush();
    fire(q(el, '[data-name="fieldApiName"]'), 'change', { value: 'Description' });
    fire(q(el, '[data-name="livePersonField"]'), 'change', { value: 'Other' });
    await flush();
    expect(q(el, '[data-name="sdkPath"]')).not.toBeNull();
    fire(q(el, '[data-name="sdkPath"]'), 'change', { value: 'surveyQuestions.preChat[' });
    await flush();
    expect(text(el, '[data-error-for="sdkPath"]')).toMatch(/^Not a valid LivePerson path: /);
    expect(q(el, '[data-error-for="sdkPath"]')!.id).toContain('sdkPath-error');
    expect(q(el, '[data-name="sdkPath"]')!.getAttribute('aria-describedby')).toBe(
      q(el, '[data-error-for="sdkPath"]')!.id,
    );
    fire(q(el, '[data-id="save-mapping"]'), 'click');
    await flush();
    expect(mockSaveMapping).not.toHaveBeenCalled();

    mockSaveMapping.mockResolvedValue({ success: true, message: 'saved', fieldErrors: [] });
    fire(q(el, '[data-name="sdkPath"]'), 'change', {
      value: 'surveyQuestions.preChat.customizedQuestions[displayName=Order].value',
    });
    fire(q(el, '[data-name="inOverview"]'), 'change', { checked: true });
    await flush();
    expect(q(el, '[data-error-for="sdkPath"]')).toBeNull();
    fire(q(el, '[data-id="save-mapping"]'), 'click');
    await flush();
    expect(mockSaveMapping).toHaveBeenCalledWith({
      mapping: expect.objectContaining({
        objectApiName: 'Account',
        fieldApiName: 'Description',
        livePersonField: 'Other',
        sdkPath: 'surveyQuestions.preChat.customizedQuestions[displayName=Order].value',
        inOverview: true,
      }),
    });
    await flush();
    expect(q(el, '[data-id="mapping-editor"]')).toBeNull();
    expect(mockGet).toHaveBeenCalledTimes(2);
  });

  it('shows server field errors next to the fields and keeps the editor open', async () => {
    mockSaveMapping.mockResolvedValue({
      success: false,
      message: 'Fix the highlighted fields, then save again. Nothing was saved.',
      fieldErrors: [
        { field: 'inOverview', message: 'Only the first 5 fields appear in the overview bubble.' },
      ],
    });
    const el = await mount();
    fire(q(el, 'lightning-button[data-id="a01"]'), 'click');
    await flush();
    fire(q(el, '[data-id="save-mapping"]'), 'click');
    await flush();
    expect(text(el, '[data-error-for="inOverview"]')).toContain('first 5');
    expect(pageErrors(el)).toContain('Nothing was saved');
    expect(q(el, '[data-id="mapping-editor"]')).not.toBeNull();
  });

  it('offers only the operators valid for the chosen field and shows a value error', async () => {
    mockSaveFilter.mockResolvedValue({
      success: false,
      message: 'Fix the highlighted fields, then save again. Nothing was saved.',
      fieldErrors: [
        {
          field: 'value',
          message: 'This Id belongs to a Account record; Owner ID needs the Id of a User record.',
        },
      ],
    });
    const el = await mount();
    fire(q(el, '[data-id="add-filter"]'), 'click');
    await flush();
    expect(
      q(el, '[data-id="filter-editor"] [data-name="fieldApiName"]')!.options!.map((o) => o.value),
    ).toEqual(['Name', 'Type', 'OwnerId']);
    fire(q(el, '[data-id="filter-editor"] [data-name="fieldApiName"]'), 'change', { value: 'OwnerId' });
    await flush();
    expect(q(el, '[data-name="operator"]')!.options!.map((o) => o.value)).toEqual(['equals', 'notEquals']);
    fire(q(el, '[data-id="filter-editor"] [data-name="value"]'), 'change', { value: '001000000000001' });
    fire(q(el, '[data-id="save-filter"]'), 'click');
    await flush();
    expect(mockSaveFilter).toHaveBeenCalledWith({
      filter: expect.objectContaining({
        fieldApiName: 'OwnerId',
        operator: 'equals',
        value: '001000000000001',
      }),
    });
    expect(text(el, '[data-error-for="filter-value"]')).toContain('needs the Id of a User');
  });

  it('deletes a filter and goes back', async () => {
    mockDelete.mockResolvedValue({ success: true, message: 'Deleted.', fieldErrors: [] });
    const el = await mount();
    fire(q(el, '[data-filter="a02"] lightning-button'), 'click');
    await flush();
    expect(mockDelete).toHaveBeenCalledWith({ recordId: 'a02' });
    const close = jest.fn();
    el.addEventListener('close', close);
    fire(q(el, '[data-id="back"]'), 'click');
    expect(close).toHaveBeenCalled();
  });

  it('lists the transcript fields that cannot be mapped with the reason, and no filters', async () => {
    const el = await mount(
      {
        ...ACCOUNT,
        objectApiName: 'Chat_Transcript__c',
        label: 'Chat Transcript',
        isTranscript: true,
        mappings: [],
        filters: [],
        fields: [
          {
            apiName: 'Notes__c',
            label: 'Notes',
            type: 'STRING',
            mappable: true,
            writable: true,
            operators: [],
          },
          {
            apiName: 'Score__c',
            label: 'Score',
            type: 'DOUBLE',
            mappable: false,
            reason:
              'This is a double field; LivePerson values are text, so only Text (up to 255) and Long Text Area fields can be mapped.',
            operators: [],
          },
        ],
      },
      'Chat_Transcript__c',
    );
    expect(text(el, '[data-id="refused-fields"]')).toContain('Score (Score__c): This is a double field');
    expect(q(el, '[data-id="add-filter"]')).toBeNull();
    fire(q(el, '[data-id="add-mapping"]'), 'click');
    await flush();
    expect(q(el, '[data-name="fieldApiName"]')!.options!.map((o) => o.value)).toEqual(['Notes__c']);
  });

  it('shows a load failure', async () => {
    mockGet.mockRejectedValue({ body: { message: 'Invoice__c cannot be configured' } });
    const el = createElement('c-object-config', { is: ObjectConfig }) as Host;
    el.objectApiName = 'Invoice__c';
    document.body.appendChild(el);
    await flush();
    expect(pageErrors(el)).toBe('Invoice__c cannot be configured');
  });

  it('configures a related list of at most 4 fields', async () => {
    mockRelatedFields.mockResolvedValue([
      { value: 'LastName', label: 'Last Name' },
      { value: 'Email', label: 'Email' },
      { value: 'Description', label: 'Description *' },
    ]);
    mockSaveRelated.mockResolvedValueOnce({
      success: false,
      message: 'Fix the highlighted fields, then save again. Nothing was saved.',
      fieldErrors: [{ field: 'sortField', message: 'Choose a field of Contact that can be sorted.' }],
    });
    const el = await mount();
    expect(text(el, '[data-related="a03"]')).toContain(
      'Case.AccountId: CaseNumber, Subject; 5 records by CreatedDate descending',
    );
    fire(q(el, '[data-id="add-related"]'), 'click');
    await flush();
    fire(q(el, '[data-name="relatedObject"]'), 'change', { value: 'Contact.AccountId' });
    await flush();
    expect(mockRelatedFields).toHaveBeenCalledWith({ objectApiName: 'Account', relatedObject: 'Contact' });
    expect(q(el, '[data-name="sortField"]')!.options!.map((o) => o.value)).toEqual(['LastName', 'Email']);
    fire(q(el, '[data-id="related-editor"] [data-name="fields"]'), 'change', {
      value: ['a', 'b', 'c', 'd', 'e'],
    });
    await flush();
    expect(text(el, '[data-error-for="related-fields"]')).toContain('at most 4');
    expect(q(el, '[data-id="related-editor"] [data-name="fields"]')!.getAttribute('aria-describedby')).toBe(
      q(el, '[data-error-for="related-fields"]')!.id,
    );
    fire(q(el, '[data-id="related-editor"] [data-name="fields"]'), 'change', {
      value: ['LastName', 'Email'],
    });
    fire(q(el, '[data-name="recordCount"]'), 'change', { value: '10' });
    fire(q(el, '[data-name="sortDirection"]'), 'change', { value: 'ASC' });
    await flush();
    expect(q(el, '[data-error-for="related-fields"]')).toBeNull();
    fire(q(el, '[data-id="save-related"]'), 'click');
    await flush();
    expect(mockSaveRelated).toHaveBeenCalledWith({
      related: expect.objectContaining({
        objectApiName: 'Account',
        relatedObject: 'Contact',
        relationshipField: 'AccountId',
        fields: ['LastName', 'Email'],
        recordCount: 10,
        sortDirection: 'ASC',
      }),
    });
    expect(text(el, '[data-error-for="related-sortField"]')).toContain('can be sorted');
    mockSaveRelated.mockResolvedValueOnce({ success: true, message: 'saved', fieldErrors: [] });
    fire(q(el, '[data-name="sortField"]'), 'change', { value: 'LastName' });
    fire(q(el, '[data-id="save-related"]'), 'click');
    await flush();
    await flush();
    expect(q(el, '[data-id="related-editor"]')).toBeNull();
  });

  it('edits an existing related list with its fields loaded', async () => {
    mockRelatedFields.mockResolvedValue([{ value: 'Subject', label: 'Subject' }]);
    const el = await mount();
    fire(q(el, '[data-related="a03"] lightning-button'), 'click');
    await flush();
    expect(mockRelatedFields).toHaveBeenCalledWith({ objectApiName: 'Account', relatedObject: 'Case' });
    expect(q(el, '[data-name="relatedObject"]')!.value).toBe('Case.AccountId');
    fire(q(el, '[data-id="cancel-related"]'), 'click');
    await flush();
    expect(q(el, '[data-id="related-editor"]')).toBeNull();
  });

  it('validates paths like the widget does', () => {
    expect(pathError('')).toBeUndefined();
    expect(pathError('info.startTime')).toBeUndefined();
    expect(pathError('a[')).toMatch(/^Not a valid LivePerson path/);
  });
});
