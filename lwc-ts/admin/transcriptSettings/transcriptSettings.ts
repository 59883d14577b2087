/**
 * Chat Transcript Settings section of Customization Settings: the save mode (Field, Attachment or both) and
 * the link to Chat Transcript's field mapping page (`configure` event, detail = its API name).
 */
import ViewSection from 'c/viewSection';
import saveTranscriptSettings from '@salesforce/apex/CustomizationSettingsController.saveTranscriptSettings';
import { clearFieldError } from 'c/fieldErrors';
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

  get saveModeOptions(): { label: string; value: string }[] {
    return (this.view?.saveModeOptions ?? []).map((o) => ({ label: o.label ?? '', value: o.value ?? '' }));
  }

  handleChange(event: CustomEvent<{ value: string }>): void {
    this.saveMode = event.detail.value;
    clearFieldError(event);
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
