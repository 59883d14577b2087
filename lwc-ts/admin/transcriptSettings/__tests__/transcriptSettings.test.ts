import TranscriptSettings from 'c/transcriptSettings';
import saveTranscriptSettings from '@salesforce/apex/CustomizationSettingsController.saveTranscriptSettings';
import { apexMock } from '../../../testing/apexMocks';
import { errorPanelText, find, fire, flush, get, unmountAll } from '../../../testing/mount';
import { helpMessageOf } from '../../../testing/lightning/validatable';
import type { Field, Section } from '../../customizationSettings/__tests__/data/view';
import { activeView, mountSection } from '../../customizationSettings/__tests__/data/view';

const mockSave = apexMock(saveTranscriptSettings);

const saveMode = (el: Section): Field => get<Field>(el, '[data-name="transcriptSaveMode"]');
const save = (el: Section): Field => get<Field>(el, 'c-settings-section', '[data-id="save-transcript"]');

describe('c-transcript-settings', () => {
  afterEach(() => {
    unmountAll();
    jest.clearAllMocks();
  });

  it('saves the save mode and shows a thrown error in the panel', async () => {
    mockSave.mockRejectedValueOnce({
      body: { message: 'You do not have permission to configure LiveEngage.' },
    });
    const el = await mountSection('c-transcript-settings', TranscriptSettings);
    expect(saveMode(el).value).toBe('Field');
    expect(saveMode(el).options).toHaveLength(3);
    fire(saveMode(el), 'change', { value: 'Field and Attachment' });
    fire(save(el), 'click');
    await flush();
    expect(mockSave).toHaveBeenCalledWith({ saveMode: 'Field and Attachment' });
    expect(errorPanelText(find(el, 'c-settings-section'))).toBe(
      'You do not have permission to configure LiveEngage.',
    );
  });

  it('shows a refused mode on the field', async () => {
    mockSave.mockResolvedValueOnce({
      success: false,
      message: 'Fix the highlighted fields, then save again. Nothing was saved.',
      fieldErrors: [
        { field: 'transcriptSaveMode', message: 'Choose Field, Attachment or Field and Attachment.' },
      ],
    });
    const el = await mountSection('c-transcript-settings', TranscriptSettings);
    fire(save(el), 'click');
    await flush();
    expect(helpMessageOf(saveMode(el))).toBe('Choose Field, Attachment or Field and Attachment.');
  });

  it("opens Chat Transcript's field mapping page", async () => {
    const el = await mountSection('c-transcript-settings', TranscriptSettings);
    const opened: string[] = [];
    el.addEventListener('configure', (e) => opened.push((e as CustomEvent<string>).detail));
    fire(get(el, '[data-action="configure"]'), 'click');
    expect(opened).toEqual(['Chat_Transcript__c']);
  });

  it('is grayed out while disabled', async () => {
    const el = await mountSection('c-transcript-settings', TranscriptSettings, activeView(), true);
    expect(saveMode(el).disabled).toBe(true);
    expect(save(el).disabled).toBe(true);
    expect(get<Field>(el, '[data-action="configure"]').disabled).toBe(true);
  });
});
