// Generated from lwc-ts/admin/viewSection/viewSection.ts by `npm run build`; do not edit.
/**
 * The component side of a Customization Settings section, once. A section extends it, renders its inputs
 * inside `c-settings-section`, and says what is its own:
 * - `storedValues(view)`: what it shows of the stored settings. Its edits are reset from a new `view` only
 *   when these changed, so the page's reload after another section's save keeps its unsaved edits;
 * - `load(view)`: its edits from the view;
 * - `save(what, call)` runs its Apex save through its `c-settings-section` (toast, field errors, `saved`).
 */
import { LightningElement, api } from 'lwc';




export default class ViewSection extends LightningElement {
  @api disabled = false;

  labels = { heading: '', saveLabel: '', saveId: '' };

  current;
  loaded;

  /** The page's Customization Settings view. */
  @api
  get view() {
    return this.current;
  }
  set view(view) {
    this.current = view;
    const stored = JSON.stringify(this.storedValues(view) ?? null);
    if (stored === this.loaded) return;
    this.loaded = stored;
    this.load(view);
  }

  get saveDisabled() {
    return this.disabled;
  }

  /** The properties of its `c-settings-section`. */
  get sectionProps() {
    return { ...this.labels, disabled: this.saveDisabled };
  }

  storedValues(_view) {
    return null;
  }

  load(_view) {}

  save(what, call) {
    const section = this.template?.querySelector('c-settings-section');
    return section ? section.save(what, call) : Promise.resolve(false);
  }
}
