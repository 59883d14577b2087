/**
 * The save steps the Customization Settings section tests share:
 *
 *   mockSave.mockResolvedValue(refusedSave({ transcriptSaveMode: 'Choose a mode.' }));
 *   await clickSave(el, 'save-transcript');
 *   expect(helpMessageOf(fieldOf(el, 'transcriptSaveMode'))).toBe('Choose a mode.');
 */
import type { AdminSaveResult } from 'apex-dtos';
import { fire, flush, get } from './mount';

export const FIX_FIELDS = 'Fix the highlighted fields, then save again. Nothing was saved.';

/** Apex's answer to a refused save (`AdminSaveResult`): one message per field, and the page message. */
export function refusedSave(errors: Record<string, string>, message = FIX_FIELDS): AdminSaveResult {
  const fieldErrors = Object.entries(errors).map(([field, text]) => ({ field, message: text }));
  return { success: false, message, fieldErrors };
}

/** The Save button of the section's `c-settings-section`. */
export function saveButton(section: Element, saveId: string): HTMLElement & { disabled?: boolean } {
  return get(section, 'c-settings-section', `[data-id="${saveId}"]`);
}

/** Clicks the section's Save and waits for the save and the re-render it causes. */
export async function clickSave(section: Element, saveId: string): Promise<void> {
  fire(saveButton(section, saveId), 'click');
  await flush();
}
