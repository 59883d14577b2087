/**
 * Customization Settings tab: loads the view once and lays out its sections, each a component that saves
 * itself (Object Settings, Skills, Configure Skills, Chat Transcript Settings, Transcript redaction, Widget
 * URL) and Sync Jobs (`c-sync-jobs`). Disabled, with the reason on the page, until the integration is
 * activated; a user without the permission sees only why. A section's `saved` (bubbling) reloads the view (a section
 * keeps its unsaved edits unless its own stored values changed); `configure` opens an object's page
 * (`c-object-config`).
 */
import { LightningElement } from 'lwc';
import getCustomizationSettings from '@salesforce/apex/CustomizationSettingsController.getCustomizationSettings';
import { reduceErrors } from 'c/reduceErrors';
import type { CustomizationDtos_View as View } from 'apex-dtos';

export default class CustomizationSettings extends LightningElement {
  view: View | undefined;
  loading = true;
  pageErrors: string[] = [];
  /** The object whose page is open, or '' for the sections. */
  configuring = '';

  connectedCallback(): void {
    void this.load();
  }

  async load(): Promise<void> {
    try {
      this.view = await getCustomizationSettings();
      this.pageErrors = [];
    } catch (error) {
      this.pageErrors = reduceErrors(error);
    } finally {
      this.loading = false;
    }
  }

  get ready(): boolean {
    return !this.loading && this.view !== undefined;
  }

  get refused(): boolean {
    return this.ready && this.view?.canConfigure !== true;
  }

  get showSections(): boolean {
    return this.ready && this.view?.canConfigure === true && this.configuring === '';
  }

  get showObjectConfig(): boolean {
    return this.ready && this.view?.canConfigure === true && this.configuring !== '';
  }

  /** Everything is grayed out until activation. */
  get disabled(): boolean {
    return this.view?.activated !== true;
  }

  get showDisabledReason(): boolean {
    return this.showSections && !!this.view?.disabledReason;
  }

  handleSaved(): void {
    void this.load();
  }

  handleConfigure(event: CustomEvent<string>): void {
    this.configuring = event.detail;
  }

  handleCloseConfig(): void {
    this.configuring = '';
  }
}
