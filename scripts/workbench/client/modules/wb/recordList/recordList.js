/**
 * Workbench-only host component: a list view of the local org's records of one object
 * (Chat Transcripts, Event Log tabs), or a record's related list (`parentId` + `relationship`), rendered with the
 * real `lightning-datatable`.
 * Data: `GET /__ui/list/<objectApiName>` (or `/__ui/related/<parentId>/<relationship>`) → `{ label, columns, rows,
 * actions }`. `actions` are the object's
 * LWC quick actions from force-app metadata, offered as row actions and run by the real compiled
 * component (headless: `recordId` then `invoke()`), as the record page runs them in an org.
 */
import { LightningElement, api } from 'lwc';

export default class RecordList extends LightningElement {
  @api objectApiName;
  @api iconName = 'standard:record';
  @api parentId;
  @api relationship;
  label = '';
  columns = [];
  rows = [];
  actions = [];
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
      const url =
        this.parentId && this.relationship
          ? `/__ui/related/${encodeURIComponent(this.parentId)}/${encodeURIComponent(this.relationship)}`
          : `/__ui/list/${encodeURIComponent(this.objectApiName)}`;
      const res = await fetch(url);
      const body = await res.json();
      if (!res.ok) throw new Error(body.message || res.statusText);
      this.label = body.label;
      this.actions = body.actions ?? [];
      this.columns = this.actions.length
        ? [
            ...body.columns,
            {
              type: 'action',
              typeAttributes: { rowActions: this.actions.map((a) => ({ label: a.label, name: a.name })) },
            },
          ]
        : body.columns;
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

  get hostsSyncChat() {
    return this.actions.some((a) => a.component === 'syncChat');
  }

  async handleRowAction(event) {
    const action = this.actions.find((a) => a.name === event.detail.action.name);
    const host = action && this.refs[action.component];
    if (!host) {
      this.error = `The workbench does not host the ${action ? action.component : 'unknown'} action.`;
      return;
    }
    host.recordId = event.detail.row.Id;
    await host.invoke();
    await this.load();
  }
}
