/**
 * Transcript redaction section of Customization Settings: card numbers and the admin's `label => pattern`
 * rules, checked as typed and tried on a sample with the TS twin `c/transcriptRedaction` (the same checks
 * Apex makes on save; Apex applies the saved rules).
 */
import ViewSection from 'c/viewSection';
import saveRedactionSettings from '@salesforce/apex/CustomizationSettingsController.saveRedactionSettings';
import { parsePatterns, redact } from 'c/transcriptRedaction';
import { clearFieldError } from 'c/fieldErrors';
import type { CustomizationDtos_View as View } from 'apex-dtos';

export default class RedactionSettings extends ViewSection {
  labels = {
    heading: 'Transcript redaction',
    saveLabel: 'Save Transcript redaction',
    saveId: 'save-redaction',
  };
  readonly placeholder = 'SSN => \\d{3}-\\d{2}-\\d{4}';
  cardNumbers = false;
  patterns = '';
  sample = '';
  /** Apex refused the patterns as saved: its message shows on the field instead of the hints. */
  refused = false;

  storedValues(view: View | undefined): unknown {
    return [view?.redactCardNumbers, view?.redactionPatterns];
  }

  load(view: View | undefined): void {
    this.cardNumbers = view?.redactCardNumbers === true;
    this.patterns = view?.redactionPatterns ?? '';
  }

  /** Problems of the rules as typed. */
  get hints(): { key: string; text: string }[] {
    if (this.refused) return [];
    return parsePatterns(this.patterns).errors.map((e) => ({
      key: `${e.line}-${e.code}`,
      text: `Line ${e.line}: ${e.message}`,
    }));
  }

  get hasHints(): boolean {
    return this.hints.length > 0;
  }

  /** The sample text as it would be stored with the rules as typed. */
  get preview(): string {
    return redact(this.sample, { cardNumbers: this.cardNumbers, patterns: this.patterns }) ?? '';
  }

  handleField(event: CustomEvent<{ value?: string; checked?: boolean }>): void {
    const name = (event.target as HTMLElement).dataset.name;
    if (name === 'redactCardNumbers') this.cardNumbers = event.detail.checked === true;
    if (name === 'redactionPatterns') {
      this.patterns = event.detail.value ?? '';
      this.refused = false;
      clearFieldError(event);
    }
    if (name === 'redactionSample') this.sample = event.detail.value ?? '';
  }

  async handleSave(): Promise<void> {
    const saved = await this.save('Transcript redaction', () =>
      saveRedactionSettings({ redactCardNumbers: this.cardNumbers, redactionPatterns: this.patterns }),
    );
    const field = this.template?.querySelector(
      '[data-name="redactionPatterns"]',
    ) as HTMLTextAreaElement | null;
    this.refused = !saved && field?.checkValidity() === false;
  }
}
