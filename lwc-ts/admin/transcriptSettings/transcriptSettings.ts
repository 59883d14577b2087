/**
 * Chat Transcript Settings section of Customization Settings: the save mode (Field, Attachment or both) and
 * the link to Chat Transcript's field mapping page (`configure` event, detail = its API name).
 */
import ViewSection from 'c/viewSection';
import saveTranscriptSettings from '@salesforce/apex/CustomizationSettingsController.saveTranscriptSettings';
import { combobox, toOptions, type FieldChange, type FieldInput } from 'c/fieldInputs';
import type { CustomizationDtos_View as View } from 'apex-dtos';

export default class TranscriptSettings extends ViewSection {
  labels = {
    heading: 'Chat Transcript Settings',
    saveLabel: 'Save Chat Transcript Settings',
    saveId: 'save-transcript',
  };
  saveMode = 'Field';

  storedValues(view: View | undefined): unknown {
    return view?.transcriptSaveMode;
  }

  load(view: View | undefined): void {
    this.saveMode = view?.transcriptSaveMode ?? 'Field';
  }

  get fields(): FieldInput[] {
    const options = toOptions(this.view?.saveModeOptions);
    const { disabled, saveMode: value } = this;
    return [combobox('transcriptSaveMode', 'Chat Transcript Save Mode', { options, value, disabled })];
  }

  handleChange(event: CustomEvent<FieldChange>): void {
    this.saveMode = String(event.detail.value ?? '');
  }

  handleConfigure(): void {
    this.dispatchEvent(
      new CustomEvent('configure', { bubbles: true, detail: this.view?.transcriptObject ?? '' }),
    );
  }

  async handleSave(): Promise<void> {
    await this.save('Chat Transcript Settings', () => saveTranscriptSettings({ saveMode: this.saveMode }));
  }
}
