// Generated from lwc-ts/admin/transcriptSettings/transcriptSettings.ts by `npm run build`; do not edit.
/**
 * Chat Transcript Settings section of Customization Settings: the save mode (Field, Attachment or both) and
 * the link to Chat Transcript's field mapping page (`configure` event, detail = its API name).
 */
import ViewSection from 'c/viewSection';
import saveTranscriptSettings from '@salesforce/apex/CustomizationSettingsController.saveTranscriptSettings';
import { clearFieldError } from 'c/fieldErrors';


export default class TranscriptSettings extends ViewSection {
  labels = {
    heading: 'Chat Transcript Settings',
    saveLabel: 'Save Chat Transcript Settings',
    saveId: 'save-transcript'
  };
  saveMode = 'Field';

  storedValues(view) {
    return view?.transcriptSaveMode;
  }

  load(view) {
    this.saveMode = view?.transcriptSaveMode ?? 'Field';
  }

  get saveModeOptions() {
    return (this.view?.saveModeOptions ?? []).map((o) => ({ label: o.label ?? '', value: o.value ?? '' }));
  }

  handleChange(event) {
    this.saveMode = event.detail.value;
    clearFieldError(event);
  }

  handleConfigure() {
    this.dispatchEvent(
      new CustomEvent('configure', { bubbles: true, detail: this.view?.transcriptObject ?? '' })
    );
  }

  async handleSave() {
    await this.save('Chat Transcript Settings', () => saveTranscriptSettings({ saveMode: this.saveMode }));
  }
}
