import TranscriptSettings from 'c/transcriptSettings';
import saveTranscriptSettings from '@salesforce/apex/CustomizationSettingsController.saveTranscriptSettings';
import { apexMock } from '../../../testing/apexMocks';
import { errorPanelText, find, fire, get } from '../../../testing/mount';
import { helpMessageOf } from '../../../testing/lightning/validatable';
import { fieldOf } from '../../../testing/fields';
import { clickSave, refusedSave, saveButton } from '../../../testing/sectionSave';
import type { Field, Section } from '../../customizationSettings/__tests__/data/view';
import { activeView, mountSection } from '../../customizationSettings/__tests__/data/view';

const mockSave = apexMock(saveTranscriptSettings);

const saveMode = (el: Section): Field => fieldOf<Field>(el, 'transcriptSaveMode');

describe('c-transcript-settings', () => {
  it('saves the save mode and shows a thrown error in the panel', async () => {
    mockSave.mockRejectedValueOnce({
      body: { message: 'You do not have permission to configure LiveEngage.' },
    });
    const el = await mountSection('c-transcript-settings', TranscriptSettings);
    expect(saveMode(el).value).toBe('Field');
    expect(saveMode(el).label).toBe('Chat Transcript Save Mode');
    expect(saveMode(el).options).toHaveLength(3);
    fire(saveMode(el), 'change', { value: 'Field and Attachment' });
    await clickSave(el, 'save-transcript');
    expect(mockSave).toHaveBeenCalledWith({ saveMode: 'Field and Attachment' });
    expect(errorPanelText(find(el, 'c-settings-section'))).toBe(
      'You do not have permission to configure LiveEngage.',
    );
  });

  it('shows a refused mode on the field', async () => {
    mockSave.mockResolvedValueOnce(
      refusedSave({ transcriptSaveMode: 'Choose Field, Attachment or Field and Attachment.' }),
    );
    const el = await mountSection('c-transcript-settings', TranscriptSettings);
    await clickSave(el, 'save-transcript');
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
    expect(saveButton(el, 'save-transcript').disabled).toBe(true);
    expect(get<Field>(el, '[data-action="configure"]').disabled).toBe(true);
  });
});
