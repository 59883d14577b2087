import { createElement } from 'lwc';
import CustomizationSettings, { screenLabel, screenOptions } from 'c/customizationSettings';
import getCustomizationSettings from '@salesforce/apex/CustomizationSettingsController.getCustomizationSettings';
import getSkills from '@salesforce/apex/CustomizationSettingsController.getSkills';
import saveObjectSettings from '@salesforce/apex/CustomizationSettingsController.saveObjectSettings';
import saveSkills from '@salesforce/apex/CustomizationSettingsController.saveSkills';
import saveSkillConfig from '@salesforce/apex/CustomizationSettingsController.saveSkillConfig';
import saveTranscriptSettings from '@salesforce/apex/CustomizationSettingsController.saveTranscriptSettings';
import saveRedactionSettings from '@salesforce/apex/CustomizationSettingsController.saveRedactionSettings';
import activeView from './data/view.json';

jest.mock(
  '@salesforce/apex/CustomizationSettingsController.getCustomizationSettings',
  () => ({ default: jest.fn() }),
  { virtual: true },
);
jest.mock('@salesforce/apex/CustomizationSettingsController.getSkills', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock(
  '@salesforce/apex/CustomizationSettingsController.saveObjectSettings',
  () => ({ default: jest.fn() }),
  {
    virtual: true,
  },
);
jest.mock('@salesforce/apex/CustomizationSettingsController.saveSkills', () => ({ default: jest.fn() }), {
  virtual: true,
});
jest.mock(
  '@salesforce/apex/CustomizationSettingsController.saveSkillConfig',
  () => ({ default: jest.fn() }),
  {
    virtual: true,
  },
);
jest.mock(
  '@salesforce/apex/CustomizationSettingsController.saveTranscriptSettings',
  () => ({ default: jest.fn() }),
  { virtual: true },
);
jest.mock(
  '@salesforce/apex/CustomizationSettingsController.saveRedactionSettings',
  () => ({ default: jest.fn() }),
  { virtual: true },
);

jest.mock(
  '@salesforce/apex/SyncJobsController.getSyncJobs',
  () => ({ default: jest.fn(() => Promise.resolve({ activated: true, canConfigure: true, jobs: [] })) }),
  { virtual: true },
);

jest.mock(
  '@salesforce/apex/ObjectConfigController.getObjectConfig',
  () => ({
    default: jest.fn(() => Promise.resolve({ objectApiName: 'Account', label: 'Account', fields: [] })),
  }),
  { virtual: true },
);

const mockGet = getCustomizationSettings as unknown as jest.Mock;
const mockSkills = getSkills as unknown as jest.Mock;
const mockSaveObjects = saveObjectSettings as unknown as jest.Mock;
const mockSaveSkills = saveSkills as unknown as jest.Mock;
const mockSaveSkillConfig = saveSkillConfig as unknown as jest.Mock;
const mockSaveTranscript = saveTranscriptSettings as unknown as jest.Mock;
const mockSaveRedaction = saveRedactionSettings as unknown as jest.Mock;

type Host = HTMLElement & { shadowRoot: ShadowRoot };
type Cmp = HTMLElement & {
  value?: unknown;
  options?: { label: string; value: string }[];
  disabled?: boolean;
  checked?: boolean;
};

const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));
const LIVE_SKILLS = {
  success: true,
  skills: [
    { value: '3856001210', label: 'Billing' },
    { value: '3856001310', label: 'Sales' },
  ],
  message: null,
};

async function mount(view: unknown = activeView): Promise<Host> {
  mockGet.mockResolvedValue(view);
  const el = createElement('c-customization-settings', { is: CustomizationSettings }) as Host;
  document.body.appendChild(el);
  await flush();
  await flush();
  return el;
}

const q = (el: Host, selector: string): Cmp | null => el.shadowRoot.querySelector<Cmp>(selector);
const text = (el: Host, selector: string): string => q(el, selector)?.textContent?.trim() ?? '';
/** Text of the shared error panel (c-error-panel) of the page. */
const pageErrors = (el: Host): string =>
  (q(el, 'c-error-panel') as unknown as Host | null)?.shadowRoot
    .querySelector('[data-id="page-errors"]')
    ?.textContent?.trim() ?? '';
const fire = (node: Element | null, name: string, detail?: unknown): void => {
  if (!node) throw new Error('no element');
  node.dispatchEvent(new CustomEvent(name, { detail }));
};

describe('c-customization-settings', () => {
  beforeEach(() => {
    mockSkills.mockResolvedValue(LIVE_SKILLS);
  });
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
    jest.clearAllMocks();
  });

  it('is grayed out with the reason before activation, and loads no skills', async () => {
    const reason = 'Why are these settings grayed out? LiveEngage is not activated yet.';
    const el = await mount({ ...activeView, activated: false, disabledReason: reason });
    expect(text(el, '[data-id="disabled-reason"]')).toBe(reason);
    expect(q(el, '[data-name="selectedObjects"]')!.disabled).toBe(true);
    expect(q(el, '[data-id="save-objects"]')!.disabled).toBe(true);
    expect(q(el, '[data-name="transcriptSaveMode"]')!.disabled).toBe(true);
    // Sync Jobs, last section, grayed out like the rest
    expect(text(el, 'section[aria-labelledby] h2[id^="sync-heading"]')).toBe('Sync Jobs');
    expect((q(el, 'c-sync-jobs') as unknown as { disabled: boolean }).disabled).toBe(true);
    expect(mockSkills).not.toHaveBeenCalled();
  });

  it('tells a user without the permission why', async () => {
    const el = await mount({
      activated: true,
      canConfigure: false,
      disabledReason: 'No permission: LiveEngage_Configure',
    });
    expect(text(el, '[data-id="refused"]')).toContain('LiveEngage_Configure');
    expect(q(el, '[data-name="selectedObjects"]')).toBeNull();
  });

  it('shows the objects dual list, the options of each selected object and saves them', async () => {
    mockSaveObjects.mockResolvedValue({ success: true, message: 'Object Settings saved', fieldErrors: [] });
    const el = await mount();
    const list = q(el, '[data-name="selectedObjects"]')!;
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

    fire(list, 'change', { value: ['Account', 'Case', 'Invoice__c'] });
    await flush();
    fire(q(el, '[data-object="Case"][data-option="accountMandatory"]'), 'change', { checked: true });
    fire(q(el, '[data-object="Invoice__c"][data-option="accountField"]'), 'change', { value: 'Customer__c' });
    fire(q(el, '[data-name="disableOnloadAutoSearch"]'), 'change', { checked: true });
    fire(q(el, '[data-id="save-objects"]'), 'click');
    await flush();
    const request = mockSaveObjects.mock.calls[0][0].request;
    expect(request.selectedObjects).toEqual(['Account', 'Case', 'Invoice__c']);
    expect(request.disableOnloadAutoSearch).toBe(true);
    expect(request.disableModifyOnloadSearch).toBe(true);
    expect(request.options.find((o: { apiName: string }) => o.apiName === 'Case').accountMandatory).toBe(
      true,
    );
    expect(request.options.find((o: { apiName: string }) => o.apiName === 'Invoice__c').accountField).toBe(
      'Customer__c',
    );
    expect(mockGet).toHaveBeenCalledTimes(2);
  });

  it('shows object field errors next to their fields', async () => {
    mockSaveObjects.mockResolvedValue({
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
    const el = await mount();
    fire(q(el, '[data-id="save-objects"]'), 'click');
    await flush();
    expect(text(el, '[data-error-for="selectedObjects"]')).toBe('Foo__c is not available.');
    expect(text(el, '[data-error-for="Invoice__c.accountField"]')).toContain('Account is mandatory');
    expect(pageErrors(el)).toContain('Nothing was saved');
    // Each field error is linked to its input, so screen readers announce it with the field.
    const listbox = q(el, '[data-name="selectedObjects"]')!;
    expect(listbox.getAttribute('aria-describedby')).toBe(q(el, '[data-error-for="selectedObjects"]')!.id);
    const accountField = q(el, '[data-object="Invoice__c"][data-option="accountField"]')!;
    const accountFieldError = q(el, '[data-error-for="Invoice__c.accountField"]')!;
    expect(accountFieldError.id).toContain('Invoice__c.accountField-error');
    expect(accountField.getAttribute('aria-describedby')).toBe(accountFieldError.id);
  });

  it('lists live skills plus stored ones LivePerson no longer has, and saves the selection', async () => {
    mockSaveSkills.mockResolvedValue({ success: true, message: 'Skills saved', fieldErrors: [] });
    const el = await mount();
    const list = q(el, '[data-name="selectedSkills"]')!;
    expect(list.options).toEqual([
      { value: '3856001210', label: 'Billing' },
      { value: '3856001310', label: 'Sales' },
      { value: '999', label: 'Gone (not found in LivePerson)' },
    ]);
    fire(list, 'change', { value: ['3856001210', '3856001310'] });
    fire(q(el, '[data-id="save-skills"]'), 'click');
    await flush();
    expect(mockSaveSkills).toHaveBeenCalledWith({
      request: {
        skills: [
          { value: '3856001210', label: 'Billing' },
          { value: '3856001310', label: 'Sales' },
        ],
      },
    });
  });

  it('says clearly when the account has no skills', async () => {
    mockSkills.mockResolvedValue({
      success: true,
      skills: [],
      message: 'Your LiveEngage account has no skills yet.',
    });
    const el = await mount({ ...activeView, skills: [] });
    expect(text(el, '[data-id="skills-message"]')).toBe('Your LiveEngage account has no skills yet.');
  });

  it('shows a failed skills call with a retry', async () => {
    mockSkills.mockResolvedValueOnce({
      success: false,
      skills: [],
      message:
        'Could not load the skills from LivePerson. LivePerson answered with a server error (HTTP 503).',
      errorKind: 'SERVER_ERROR',
    });
    const el = await mount();
    expect(text(el, '[data-id="skills-error"]')).toContain('HTTP 503');
    expect(q(el, '[data-id="save-skills"]')!.disabled).toBe(true);
    fire(q(el, '[data-id="retry-skills"]'), 'click');
    await flush();
    expect(q(el, '[data-id="skills-error"]')).toBeNull();
    expect(q(el, '[data-name="selectedSkills"]')!.disabled).toBe(false);
  });

  it('shows a rejected skills call from Apex', async () => {
    mockSkills.mockRejectedValue({ body: { message: 'LiveEngage is not activated yet.' } });
    const el = await mount();
    expect(text(el, '[data-id="skills-error"]')).toBe('LiveEngage is not activated yet.');
  });

  it('configures a skill: objects, default screen, search value, Service Console', async () => {
    mockSaveSkillConfig.mockResolvedValue({
      success: true,
      message: 'Skill Billing saved.',
      fieldErrors: [],
    });
    const el = await mount();
    expect(text(el, '[data-skill="3856001210"]')).toContain('People Search');
    expect(text(el, '[data-skill="999"]')).toContain('Search Lead');
    fire(q(el, 'lightning-button[data-id="3856001210"]'), 'click');
    await flush();
    const editor = q(el, '[data-id="skill-editor"]')!;
    expect(editor).not.toBeNull();
    const screens = q(el, '[data-name="defaultScreen"]')!.options!.map((o) => o.value);
    expect(screens).toEqual(['PeopleSearch', 'Search:Account', 'Search:Lead', 'New:Account', 'New:Lead']);

    fire(q(el, '[data-name="defaultScreen"]'), 'change', { value: 'New:Lead' });
    await flush();
    expect(q(el, '[data-name="searchValue"]')!.disabled).toBe(true);
    fire(q(el, '[data-name="defaultScreen"]'), 'change', { value: 'Search:Lead' });
    fire(q(el, '[data-name="searchValue"]'), 'change', { value: 'Visitor_Name' });
    fire(q(el, '[data-name="useServiceConsole"]'), 'change', { checked: true });
    fire(q(el, '[data-id="save-skill-config"]'), 'click');
    await flush();
    expect(mockSaveSkillConfig).toHaveBeenCalledWith({
      config: expect.objectContaining({
        skillId: '3856001210',
        objects: ['Account', 'Lead'],
        defaultScreen: 'Search:Lead',
        searchValue: 'Visitor_Name',
        useServiceConsole: true,
      }),
    });
    await flush();
    expect(q(el, '[data-id="skill-editor"]')).toBeNull();
  });

  it('keeps the skill editor open with field errors when the save is refused', async () => {
    mockSaveSkillConfig.mockResolvedValue({
      success: false,
      message: 'Fix the highlighted fields, then save again. Nothing was saved.',
      fieldErrors: [{ field: 'defaultScreen', message: 'People Search shows Accounts, Contacts and Leads.' }],
    });
    const el = await mount();
    fire(q(el, 'lightning-button[data-id="3856001210"]'), 'click');
    await flush();
    fire(q(el, '[data-id="save-skill-config"]'), 'click');
    await flush();
    expect(text(el, '[data-error-for="defaultScreen"]')).toContain('People Search');
    expect(q(el, '[data-id="skill-editor"]')).not.toBeNull();
    fire(q(el, '[data-id="cancel-skill-config"]'), 'click');
    await flush();
    expect(q(el, '[data-id="skill-editor"]')).toBeNull();
  });

  it('saves the transcript save mode and shows a thrown error in the panel', async () => {
    mockSaveTranscript.mockRejectedValueOnce({
      body: { message: 'You do not have permission to configure LiveEngage.' },
    });
    const el = await mount();
    fire(q(el, '[data-name="transcriptSaveMode"]'), 'change', { value: 'Field and Attachment' });
    fire(q(el, '[data-id="save-transcript"]'), 'click');
    await flush();
    expect(mockSaveTranscript).toHaveBeenCalledWith({ saveMode: 'Field and Attachment' });
    expect(pageErrors(el)).toBe('You do not have permission to configure LiveEngage.');
  });

  it('shows the stored redaction rules, checks them as typed and previews a sample', async () => {
    const el = await mount({
      ...activeView,
      redactCardNumbers: true,
      redactionPatterns: 'SSN => \\d{3}-\\d{2}-\\d{4}',
      redactionPatternsMaxLength: 1530,
    });
    expect(q(el, '[data-name="redactCardNumbers"]')!.checked).toBe(true);
    expect(q(el, '[data-name="redactionPatterns"]')!.value).toBe('SSN => \\d{3}-\\d{2}-\\d{4}');
    expect(q(el, '[data-id="redaction-hints"]')).toBeNull();

    fire(q(el, '[data-name="redactionSample"]'), 'change', {
      value: 'card 4111 1111 1111 1111, SSN 123-45-6789',
    });
    await flush();
    expect(text(el, '[data-id="redaction-preview"]')).toBe(
      'card [redacted: card number], SSN [redacted: SSN]',
    );

    fire(q(el, '[data-name="redactCardNumbers"]'), 'change', { checked: false });
    fire(q(el, '[data-name="redactionPatterns"]'), 'change', {
      value: 'SSN => \\d{3}-\\d{2}-\\d{4}\nbad => ^x',
    });
    await flush();
    expect(text(el, '[data-id="redaction-preview"]')).toBe('card 4111 1111 1111 1111, SSN [redacted: SSN]');
    expect(text(el, '[data-id="redaction-hints"]')).toBe(
      'Line 2: Anchors ^ and $ are not supported: a pattern is matched anywhere in each line.',
    );
  });

  it('saves the redaction rules and shows the field error Apex returns', async () => {
    mockSaveRedaction.mockResolvedValueOnce({
      success: false,
      message: 'Check the highlighted fields.',
      fieldErrors: [{ field: 'redactionPatterns', message: 'Line 1: The pattern matches empty text.' }],
    });
    const el = await mount();
    fire(q(el, '[data-name="redactCardNumbers"]'), 'change', { checked: true });
    fire(q(el, '[data-name="redactionPatterns"]'), 'change', { value: 'x => a*' });
    fire(q(el, '[data-id="save-redaction"]'), 'click');
    await flush();
    expect(mockSaveRedaction).toHaveBeenCalledWith({ redactCardNumbers: true, redactionPatterns: 'x => a*' });
    expect(text(el, '[data-error-for="redactionPatterns"]')).toBe('Line 1: The pattern matches empty text.');
    expect(q(el, '[data-id="redaction-hints"]')).toBeNull();

    fire(q(el, '[data-name="redactionPatterns"]'), 'change', { value: 'x => ab' });
    await flush();
    expect(q(el, '[data-error-for="redactionPatterns"]')).toBeNull();
    mockSaveRedaction.mockResolvedValueOnce({
      success: true,
      message: 'Transcript redaction saved.',
      fieldErrors: [],
    });
    mockGet.mockResolvedValueOnce({ ...activeView, redactCardNumbers: true, redactionPatterns: 'x => ab' });
    fire(q(el, '[data-id="save-redaction"]'), 'click');
    await flush();
    await flush();
    expect(mockSaveRedaction).toHaveBeenLastCalledWith({
      redactCardNumbers: true,
      redactionPatterns: 'x => ab',
    });
    expect(q(el, '[data-name="redactionPatterns"]')!.value).toBe('x => ab');
    expect(pageErrors(el)).toBe('');
  });

  it('grays out the redaction block before activation', async () => {
    const el = await mount({ ...activeView, activated: false, disabledReason: 'not activated' });
    expect(q(el, '[data-name="redactCardNumbers"]')!.disabled).toBe(true);
    expect(q(el, '[data-name="redactionPatterns"]')!.disabled).toBe(true);
    expect(q(el, '[data-id="save-redaction"]')!.disabled).toBe(true);
  });

  it('shows the widget URL and copies it', async () => {
    const writeText = jest.fn<(t: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const el = await mount();
    expect(q(el, '[data-name="widgetUrl"]')!.value).toBe(
      'https://acme--liveengage.vf.force.com/apex/ChatLink',
    );
    fire(q(el, '[data-copy="widget"]'), 'click');
    await flush();
    expect(writeText).toHaveBeenCalledWith('https://acme--liveengage.vf.force.com/apex/ChatLink');
    expect(text(el, '[data-id="copied"]')).toBe('Widget URL copied.');
    writeText.mockRejectedValueOnce(new Error('denied'));
    fire(q(el, '[data-copy="login"]'), 'click');
    await flush();
    expect(text(el, '[data-id="copied"]')).toContain('Ctrl+C');
  });

  it('shows a load failure', async () => {
    mockGet.mockRejectedValue(new Error('Load failed'));
    const el = createElement('c-customization-settings', { is: CustomizationSettings }) as Host;
    document.body.appendChild(el);
    await flush();
    expect(pageErrors(el)).toBe('Load failed');
  });

  it('opens the per-object page of a saved object and of Chat Transcript, and comes back', async () => {
    const el = await mount();
    const configure = q(el, '[data-action="configure"][data-object="Account"]')!;
    expect(configure.disabled).toBe(false);
    fire(configure, 'click');
    await flush();
    const child = q(el, 'c-object-config') as (Cmp & { objectApiName?: string }) | null;
    expect(child?.objectApiName).toBe('Account');
    expect(q(el, '[data-name="selectedObjects"]')).toBeNull();
    fire(child, 'close');
    await flush();
    expect(q(el, 'c-object-config')).toBeNull();
    fire(q(el, '[data-action="configure"][data-object="Chat_Transcript__c"]'), 'click');
    await flush();
    expect((q(el, 'c-object-config') as Cmp & { objectApiName?: string }).objectApiName).toBe(
      'Chat_Transcript__c',
    );
  });

  it('cannot configure an object before it is saved', async () => {
    const el = await mount();
    fire(q(el, '[data-name="selectedObjects"]'), 'change', {
      value: ['Account', 'Lead', 'Invoice__c', 'Case'],
    });
    await flush();
    expect(q(el, '[data-action="configure"][data-object="Case"]')!.disabled).toBe(true);
  });

  it('labels default screens', () => {
    const labels = { Lead: 'Lead', Invoice__c: 'Invoice' };
    expect(screenLabel(undefined, labels)).toBe('People Search');
    expect(screenLabel('New:Invoice__c', labels)).toBe('New Invoice');
    expect(screenLabel('Search:Lead', labels)).toBe('Search Lead');
    expect(screenOptions([], labels)).toEqual([
      { label: 'People Search (recommended)', value: 'PeopleSearch' },
    ]);
  });
});
