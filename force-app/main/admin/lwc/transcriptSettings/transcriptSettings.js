// Generated from lwc-ts/admin/transcriptSettings/transcriptSettings.ts by `npm run build`; do not edit.
/**
 * Chat Transcript Settings section of Customization Settings: the save mode (Field, Attachment or both) and
 * the link to Chat Transcript's field mapping page (`configure` event, detail = its API name).
 */
import ViewSection from 'c/viewSection';
import saveTranscriptSettings from '@salesforce/apex/CustomizationSettingsController.saveTranscriptSettings';
import { combobox, toOptions } from 'c/fieldInputs';


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

  get fields() {
    const options = toOptions(this.view?.saveModeOptions);
    const { disabled, saveMode: value } = this;
    return [combobox('transcriptSaveMode', 'Chat Transcript Save Mode', { options, value, disabled })];
  }

  handleChange(event) {
    this.saveMode = String(event.detail.value ?? '');
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
