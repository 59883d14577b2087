/**
 * Transcript redaction section of Customization Settings: card numbers and the admin's `label => pattern`
 * rules, checked as typed and tried on a sample with the TS twin `c/transcriptRedaction` (the same checks
 * Apex makes on save; Apex applies the saved rules).
 */
import ViewSection from 'c/viewSection';
import saveRedactionSettings from '@salesforce/apex/CustomizationSettingsController.saveRedactionSettings';
import { parsePatterns, redact } from 'c/transcriptRedaction';
import { checkbox, textarea, type FieldChange, type FieldInput } from 'c/fieldInputs';
import type FieldInputs from 'c/fieldInputs';
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

  get ruleFields(): FieldInput[] {
    const { disabled, placeholder } = this;
    const maxLength = this.view?.redactionPatternsMaxLength;
    return [
      checkbox('redactCardNumbers', 'Redact card numbers (13-19 digits passing the Luhn check)', {
        checked: this.cardNumbers,
        disabled,
      }),
      textarea('redactionPatterns', 'Redaction patterns', {
        value: this.patterns,
        placeholder,
        maxLength,
        disabled,
        className: 'slds-m-top_small',
      }),
    ];
  }

  get sampleFields(): FieldInput[] {
    const label = 'Try the rules on a sample text (not saved)';
    return [textarea('redactionSample', label, { value: this.sample, className: 'slds-m-top_small' })];
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

  handleField(event: CustomEvent<FieldChange>): void {
    const { name, value } = event.detail;
    if (name === 'redactCardNumbers') this.cardNumbers = value === true;
    if (name === 'redactionPatterns') {
      this.patterns = String(value ?? '');
      this.refused = false;
    }
    if (name === 'redactionSample') this.sample = String(value ?? '');
  }

  async handleSave(): Promise<void> {
    const saved = await this.save('Transcript redaction', () =>
      saveRedactionSettings({ redactCardNumbers: this.cardNumbers, redactionPatterns: this.patterns }),
    );
    // Only the patterns can be refused on a field: a shown field error is theirs.
    const rules = this.refs?.rules as FieldInputs | undefined;
    this.refused = !saved && rules?.checkValidity() === false;
  }
}
