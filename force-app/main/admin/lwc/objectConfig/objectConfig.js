// Generated from lwc-ts/admin/objectConfig/objectConfig.ts by `npm run build`; do not edit.
/**
 * Per-object page ("Configure Field Mapping, Related Lists, and Search Filters") opened from Customization
 * Settings: loads the object's configuration once and lays out its sections, `c-field-mappings`,
 * `c-search-filters` and `c-related-lists` (the last two not for Chat Transcript), reloading it when a
 * section saved (`saved`).
 */
import { LightningElement, api } from 'lwc';
import getObjectConfig from '@salesforce/apex/ObjectConfigController.getObjectConfig';
import { reduceErrors } from 'c/reduceErrors';


export default class ObjectConfig extends LightningElement {
  @api objectApiName = '';

  config;
  loading = true;
  pageErrors = [];

  connectedCallback() {
    void this.load();
  }

  async load() {
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

  get ready() {
    return this.config !== undefined;
  }

  get title() {
    const label = this.config?.label ?? this.objectApiName;
    return this.config?.isTranscript ?
    `${label}: Transcript Field Mapping` :
    `${label}: Field Mapping, Related Lists and Search Filters`;
  }

  /** Search filters and related lists apply to the widget's search objects, not to Chat Transcript. */
  get showSearchSections() {
    return this.config?.isTranscript !== true;
  }

  handleSaved() {
    void this.load();
  }

  handleBack() {
    this.dispatchEvent(new CustomEvent('close'));
  }
}
