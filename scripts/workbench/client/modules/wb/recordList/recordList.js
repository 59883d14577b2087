/**
 * Workbench-only host component: a list view of the local org's records of one object
 * (Chat Transcripts, Event Log tabs), rendered with the real `lightning-datatable`.
 * Data: `GET /__ui/list/<objectApiName>` → `{ label, columns, rows }`.
 */
import { LightningElement, api } from 'lwc';

export default class RecordList extends LightningElement {
  @api objectApiName;
  @api iconName = 'standard:record';
  label = '';
  columns = [];
  rows = [];
  error;
  loaded = false;

  connectedCallback() {
    this.load();
  }

  get title() {
    return this.loaded ? `${this.label} (${this.rows.length})` : this.label || this.objectApiName;
  }

  get isEmpty() {
    return this.loaded && !this.error && this.rows.length === 0;
  }

  async load() {
    try {
      const res = await fetch(`/__ui/list/${encodeURIComponent(this.objectApiName)}`);
      const body = await res.json();
      if (!res.ok) throw new Error(body.message || res.statusText);
      this.label = body.label;
      this.columns = body.columns;
      this.rows = body.rows;
      this.error = undefined;
    } catch (e) {
      this.error = e.message;
    }
    this.loaded = true;
  }

  handleRefresh() {
    this.load();
  }
}
