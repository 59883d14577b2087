/**
 * Per-object page ("Configure Field Mapping, Related Lists, and Search Filters") opened from Customization
 * Settings: loads the object's configuration once and lays out its sections, `c-field-mappings`,
 * `c-search-filters` and `c-related-lists` (the last two not for Chat Transcript), reloading it when a
 * section saved (`saved`).
 */
import { LightningElement, api } from 'lwc';
import getObjectConfig from '@salesforce/apex/ObjectConfigController.getObjectConfig';
import { reduceErrors } from 'c/reduceErrors';
import type { ObjectConfigDtos_Config as Config } from 'apex-dtos';

export default class ObjectConfig extends LightningElement {
  @api objectApiName = '';

  config: Config | undefined;
  loading = true;
  pageErrors: string[] = [];

  connectedCallback(): void {
    void this.load();
  }

  async load(): Promise<void> {
    this.loading = true;
    this.pageErrors = [];
    try {
      this.config = await getObjectConfig({ objectApiName: this.objectApiName });
    } catch (error) {
      this.pageErrors = reduceErrors(error);
    } finally {
      this.loading = false;
    }
  }

  get ready(): boolean {
    return this.config !== undefined;
  }

  get title(): string {
    const label = this.config?.label ?? this.objectApiName;
    return this.config?.isTranscript
      ? `${label}: Transcript Field Mapping`
      : `${label}: Field Mapping, Related Lists and Search Filters`;
  }

  /** Search filters and related lists apply to the widget's search objects, not to Chat Transcript. */
  get showSearchSections(): boolean {
    return this.config?.isTranscript !== true;
  }

  handleSaved(): void {
    void this.load();
  }

  handleBack(): void {
    this.dispatchEvent(new CustomEvent('close'));
  }
}
