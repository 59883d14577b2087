import CustomizationSettings from 'c/customizationSettings';
import getCustomizationSettings from '@salesforce/apex/CustomizationSettingsController.getCustomizationSettings';
import getSkills from '@salesforce/apex/CustomizationSettingsController.getSkills';
import saveTranscriptSettings from '@salesforce/apex/CustomizationSettingsController.saveTranscriptSettings';
import getSyncJobs from '@salesforce/apex/SyncJobsController.getSyncJobs';
import getObjectConfig from '@salesforce/apex/ObjectConfigController.getObjectConfig';
import type { CustomizationDtos_View as View } from 'apex-dtos';
import { apexMock, dto } from '../../../testing/apexMocks';
import type { Host } from '../../../testing/mount';
import { fieldOf } from '../../../testing/fields';
import { errorPanelText, find, fire, flush, get, mount, textOf, unmountAll } from '../../../testing/mount';
import viewJson from './data/view.json';

const mockGet = apexMock(getCustomizationSettings);
const mockSkills = apexMock(getSkills);
const mockSaveTranscript = apexMock(saveTranscriptSettings);
const activeView = (): View => dto<View>()(viewJson);
const SECTIONS = [
  'c-object-settings',
  'c-skill-settings',
  'c-skill-defaults',
  'c-transcript-settings',
  'c-redaction-settings',
];

type Child = HTMLElement & { disabled?: boolean; view?: View; objectApiName?: string };

async function mountPage(view: View = activeView()): Promise<Host> {
  mockGet.mockResolvedValue(view);
  const el = await mount('c-customization-settings', CustomizationSettings);
  await flush();
  return el;
}

describe('c-customization-settings', () => {
  beforeEach(() => {
    mockSkills.mockResolvedValue({ success: true, skills: [] });
    apexMock(getSyncJobs).mockResolvedValue({ activated: true, canConfigure: true, jobs: [] });
    apexMock(getObjectConfig).mockResolvedValue({ objectApiName: 'Account', label: 'Account' });
  });
  afterEach(() => {
    unmountAll();
    jest.clearAllMocks();
  });

  it('lays out the sections with the view, then Sync Jobs', async () => {
    const el = await mountPage();
    for (const tag of [...SECTIONS, 'c-widget-url']) expect(get<Child>(el, tag).view).toEqual(activeView());
    for (const tag of SECTIONS) expect(get<Child>(el, tag).disabled).toBe(false);
    expect(textOf(el, 'h2[id^="sync-heading"]')).toBe('Sync Jobs');
    expect(find(el, '[data-id="disabled-reason"]')).toBeNull();
    expect(mockGet).toHaveBeenCalledTimes(1);
  });

  it('is grayed out with the reason before activation, and loads no skills', async () => {
    const reason = 'Why are these settings grayed out? LiveEngage is not activated yet.';
    const el = await mountPage({ ...activeView(), activated: false, disabledReason: reason });
    expect(textOf(el, '[data-id="disabled-reason"]')).toBe(reason);
    for (const tag of [...SECTIONS, 'c-sync-jobs']) expect(get<Child>(el, tag).disabled).toBe(true);
    expect(mockSkills).not.toHaveBeenCalled();
  });

  it('tells a user without the permission why, and shows no section', async () => {
    const el = await mountPage({
      activated: true,
      canConfigure: false,
      disabledReason: 'No permission: LiveEngage_Configure',
    });
    expect(textOf(el, '[data-id="refused"]')).toContain('LiveEngage_Configure');
    expect(find(el, 'c-object-settings')).toBeNull();
  });

  it('shows a load failure', async () => {
    mockGet.mockRejectedValue(new Error('Load failed'));
    const el = await mount('c-customization-settings', CustomizationSettings);
    expect(errorPanelText(el)).toBe('Load failed');
    expect(find(el, 'c-object-settings')).toBeNull();
  });

  it("reloads the view when a section saved, keeping another section's unsaved edits", async () => {
    mockSaveTranscript.mockResolvedValue({
      success: true,
      message: 'Chat Transcript Save Mode saved: Attachment.',
    });
    const el = await mountPage();
    fire(fieldOf(get(el, 'c-object-settings'), 'selectedObjects'), 'change', { value: ['Account'] });
    mockGet.mockResolvedValue({ ...activeView(), transcriptSaveMode: 'Attachment' });
    fire(fieldOf(get(el, 'c-transcript-settings'), 'transcriptSaveMode'), 'change', {
      value: 'Attachment',
    });
    fire(get(el, 'c-transcript-settings', 'c-settings-section', '[data-id="save-transcript"]'), 'click');
    await flush();
    await flush();
    expect(mockGet).toHaveBeenCalledTimes(2);
    expect(get<Child>(el, 'c-transcript-settings').view?.transcriptSaveMode).toBe('Attachment');
    expect(
      fieldOf<Child & { value?: string[] }>(get(el, 'c-object-settings'), 'selectedObjects').value,
    ).toEqual(['Account']);
  });

  it('opens the page of an object a section asks for, and comes back', async () => {
    const el = await mountPage();
    fire(get(el, 'c-object-settings', '[data-action="configure"][data-object="Account"]'), 'click');
    await flush();
    expect(get<Child>(el, 'c-object-config').objectApiName).toBe('Account');
    expect(find(el, 'c-object-settings')).toBeNull();
    fire(get(el, 'c-object-config'), 'close');
    await flush();
    expect(find(el, 'c-object-config')).toBeNull();
    fire(get(el, 'c-transcript-settings', '[data-action="configure"]'), 'click');
    await flush();
    expect(get<Child>(el, 'c-object-config').objectApiName).toBe('Chat_Transcript__c');
  });
});
