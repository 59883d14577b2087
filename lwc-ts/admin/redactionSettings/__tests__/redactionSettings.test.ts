import RedactionSettings from 'c/redactionSettings';
import saveRedactionSettings from '@salesforce/apex/CustomizationSettingsController.saveRedactionSettings';
import type { CustomizationDtos_View as View } from 'apex-dtos';
import { apexMock } from '../../../testing/apexMocks';
import { errorPanelText, find, fire, flush, textOf } from '../../../testing/mount';
import { helpMessageOf } from '../../../testing/lightning/validatable';
import { fieldOf } from '../../../testing/fields';
import { clickSave, saveButton } from '../../../testing/sectionSave';
import type { Field, Section } from '../../customizationSettings/__tests__/data/view';
import { activeView, mountSection } from '../../customizationSettings/__tests__/data/view';

const mockSave = apexMock(saveRedactionSettings);
const SSN = 'SSN => \\d{3}-\\d{2}-\\d{4}';
const storedView = (): View => ({
  ...activeView(),
  redactCardNumbers: true,
  redactionPatterns: SSN,
});

const input = (el: Section, name: string): Field => fieldOf<Field>(el, name);

describe('c-redaction-settings', () => {
  it('shows the stored rules, checks them as typed and previews a sample', async () => {
    const el = await mountSection('c-redaction-settings', RedactionSettings, storedView());
    expect(input(el, 'redactCardNumbers').checked).toBe(true);
    expect(input(el, 'redactionPatterns').value).toBe(SSN);
    expect(find(el, '[data-id="redaction-hints"]')).toBeNull();
    expect(find(el, '[data-id="redaction-preview"]')).toBeNull();

    fire(input(el, 'redactionSample'), 'change', { value: 'card 4111 1111 1111 1111, SSN 123-45-6789' });
    await flush();
    expect(textOf(el, '[data-id="redaction-preview"]')).toBe(
      'card [redacted: card number], SSN [redacted: SSN]',
    );

    fire(input(el, 'redactCardNumbers'), 'change', { checked: false });
    fire(input(el, 'redactionPatterns'), 'change', { value: `${SSN}\nbad => ^x` });
    await flush();
    expect(textOf(el, '[data-id="redaction-preview"]')).toBe('card 4111 1111 1111 1111, SSN [redacted: SSN]');
    expect(textOf(el, '[data-id="redaction-hints"]')).toBe(
      'Line 2: Anchors ^ and $ are not supported: a pattern is matched anywhere in each line.',
    );
  });

  it('saves the rules, shows the field error Apex returns instead of the hints, and clears it on edit', async () => {
    mockSave.mockResolvedValueOnce({
      success: false,
      message: 'Check the highlighted fields.',
      fieldErrors: [{ field: 'redactionPatterns', message: 'Line 1: The pattern matches empty text.' }],
    });
    const el = await mountSection('c-redaction-settings', RedactionSettings, {
      ...storedView(),
      redactCardNumbers: false,
      redactionPatterns: '',
    });
    fire(input(el, 'redactCardNumbers'), 'change', { checked: true });
    fire(input(el, 'redactionPatterns'), 'change', { value: 'x => a*' });
    await clickSave(el, 'save-redaction');
    expect(mockSave).toHaveBeenCalledWith({ redactCardNumbers: true, redactionPatterns: 'x => a*' });
    expect(helpMessageOf(input(el, 'redactionPatterns'))).toBe('Line 1: The pattern matches empty text.');
    expect(find(el, '[data-id="redaction-hints"]')).toBeNull();

    fire(input(el, 'redactionPatterns'), 'change', { value: 'x => ab' });
    await flush();
    expect(helpMessageOf(input(el, 'redactionPatterns'))).toBe('');
    mockSave.mockResolvedValueOnce({
      success: true,
      message: 'Transcript redaction saved.',
      fieldErrors: [],
    });
    await clickSave(el, 'save-redaction');
    expect(mockSave).toHaveBeenLastCalledWith({ redactCardNumbers: true, redactionPatterns: 'x => ab' });
    expect(errorPanelText(find(el, 'c-settings-section'))).toBe('');
    // The page reloads the view: the stored rules are shown.
    el.view = { ...storedView(), redactionPatterns: 'x => ab' };
    await flush();
    expect(input(el, 'redactionPatterns').value).toBe('x => ab');
  });

  it('is grayed out while disabled, with the stored limit on the rules', async () => {
    const el = await mountSection('c-redaction-settings', RedactionSettings, storedView(), true);
    expect(input(el, 'redactCardNumbers').disabled).toBe(true);
    expect(input(el, 'redactionPatterns').disabled).toBe(true);
    expect(input(el, 'redactionPatterns').maxLength).toBe(1530);
    expect(input(el, 'redactionPatterns').label).toBe('Redaction patterns');
    expect(input(el, 'redactionSample').disabled).toBeFalsy();
    expect(saveButton(el, 'save-redaction').disabled).toBe(true);
  });
});
