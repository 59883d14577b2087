/**
 * The component side of a Customization Settings section, once. A section extends it, renders its inputs
 * inside `c-settings-section`, and says what is its own:
 * - `storedValues(view)`: what it shows of the stored settings. Its edits are reset from a new `view` only
 *   when these changed, so the page's reload after another section's save keeps its unsaved edits;
 * - `load(view)`: its edits from the view;
 * - `save(what, call)` runs its Apex save through its `c-settings-section` (toast, field errors, `saved`).
 */
import { LightningElement, api } from 'lwc';
import type { SaveReply } from 'c/adminSave';
import type SettingsSection from 'c/settingsSection';
import type { CustomizationDtos_View as View } from 'apex-dtos';

export default class ViewSection extends LightningElement {
  @api disabled = false;

  labels: { heading: string; saveLabel: string; saveId: string } = { heading: '', saveLabel: '', saveId: '' };

  private current: View | undefined;
  private loaded: string | undefined;

  /** The page's Customization Settings view. */
  @api
  get view(): View | undefined {
    return this.current;
  }
  set view(view: View | undefined) {
    this.current = view;
    const stored = JSON.stringify(this.storedValues(view) ?? null);
    if (stored === this.loaded) return;
    this.loaded = stored;
    this.load(view);
  }

  get saveDisabled(): boolean {
    return this.disabled;
  }

  /** The properties of its `c-settings-section`. */
  get sectionProps(): Record<string, unknown> {
    return { ...this.labels, disabled: this.saveDisabled };
  }

  storedValues(_view: View | undefined): unknown {
    return null;
  }

  load(_view: View | undefined): void {}

  save(what: string, call: () => Promise<SaveReply>): Promise<boolean> {
    const section = this.template?.querySelector('c-settings-section') as SettingsSection | null | undefined;
    return section ? section.save(what, call) : Promise.resolve(false);
  }
}
