/**
 * One section of the Customization Settings page, once: its heading, the section's inputs in the default
 * slot (each with `data-name="<AdminFieldError.field>"`), its error panel and, with `save-label`, its Save
 * button, grayed out while `disabled` or saving:
 *
 *   <c-settings-section lwc:ref="section" heading="Skills" save-label="Save Skills" save-id="save-skills"
 *       disabled={disabled} onsave={handleSave}> ...inputs... </c-settings-section>
 *
 * - `save` event: the Save button was clicked; the section answers with `save(what, call)`, which runs the
 *   Apex save through `c/adminSave` (toast, field errors under the slotted inputs, the rest in the panel)
 *   and sends `saved` (bubbling, composed) on success so the page reloads its view.
 * - `showErrors(messages)`: the section's own failures (e.g. a load) in its panel.
 */
import { LightningElement, api } from 'lwc';
import { saveSection, type SaveReply } from 'c/adminSave';

export default class SettingsSection extends LightningElement {
  @api heading = '';
  /** The Save button's label; no Save button without it. */
  @api saveLabel = '';
  /** `data-id` of the Save button (browser tests find it by it). */
  @api saveId = 'save';
  @api disabled = false;

  saving = false;
  errors: string[] = [];

  get saveDisabled(): boolean {
    return this.disabled || this.saving;
  }

  @api
  save(what: string, call: () => Promise<SaveReply>): Promise<boolean> {
    return saveSection(this, this as unknown as ParentNode, what, call);
  }

  @api
  showErrors(messages: string[]): void {
    this.errors = messages;
  }

  handleSave(): void {
    this.dispatchEvent(new CustomEvent('save'));
  }
}
