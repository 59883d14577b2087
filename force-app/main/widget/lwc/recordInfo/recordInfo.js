// Generated from lwc-ts/widget/recordInfo/recordInfo.ts by `npm run build`; do not edit.
/**
 * A record inside the widget, from the object's field mappings and related lists
 * (`WidgetController.getRecordDetails`):
 * - `variant="bubble"` — the info bubble (the "i" next to a result): the first 5 overview fields,
 *   the related lists, and Link Chat on the record and on each related record of the skill's objects;
 * - `variant="view"` — the record view: every mapped field, the related lists and the **Actions**
 *   menu (Link Chat, Unlink Chat, SF Full View).
 * Fires `linkchange` with the new `WidgetDtos.LinkState` after a link or unlink.
 */
import { LightningElement, api } from 'lwc';
import getRecordDetails from '@salesforce/apex/WidgetController.getRecordDetails';
import { reduceErrors } from 'c/reduceErrors';
import { changeLink } from 'c/linkChange';

import { fullViewUrl, openFullView } from 'c/sfFullView';








/** The info bubble shows the first 5 overview fields (guide, Field Mapping › Include in Overview). */
export const OVERVIEW_FIELDS = 5;

















export default class RecordInfo extends LightningElement {
  /** `bubble` (info bubble) or `view` (record view with Actions). */
  @api variant = 'bubble';
  /** The session (skill, org URL, console option). */
  @api session;
  /** The focused conversation (sent back on Link Chat / Unlink Chat). */
  @api conversation;
  /** The conversation's links, to show what is linked. */
  @api links;

  @api
  get recordId() {
    return this.currentId;
  }
  set recordId(value) {
    const changed = value !== this.currentId;
    this.currentId = value;
    if (changed && this.connected) void this.load();
  }

  details;
  loading = false;
  busy = false;
  error = '';
  /** Where SF Full View opened the record when not where the skill asked (not in a console). */
  fullViewNotice = '';
  currentId;
  connected = false;

  connectedCallback() {
    this.connected = true;
    void this.load();
  }

  disconnectedCallback() {
    this.connected = false;
  }

  async load() {
    const id = this.currentId;
    if (!id) return;
    this.loading = true;
    this.error = '';
    try {
      const details = await getRecordDetails({
        request: { skillName: this.session?.skillName, skillId: this.session?.skillId, recordId: id }
      });
      if (id === this.currentId) this.details = details;
    } catch (e) {
      if (id === this.currentId) this.error = reduceErrors(e).join(' ');
    } finally {
      if (id === this.currentId) this.loading = false;
    }
  }

  get containerClass() {
    return this.isView ? 'record-view' : 'record-bubble slds-box slds-box_x-small slds-theme_shade';
  }

  get isView() {
    return this.variant === 'view';
  }

  get title() {
    const d = this.details;
    return d ? `${d.objectLabel ?? ''}: ${d.name ?? ''}` : '';
  }

  get fields() {
    const all = this.details?.fields ?? [];
    if (this.isView) return all;
    return all.filter((f) => f.inOverview === true).slice(0, OVERVIEW_FIELDS);
  }

  get hasFields() {
    return this.fields.length > 0;
  }

  linkedIds() {
    return new Set((this.links?.records ?? []).map((r) => r.id ?? ''));
  }

  get isLinked() {
    return this.linkedIds().has(this.details?.id ?? '');
  }

  get relatedLists() {
    const linked = this.linkedIds();
    return (this.details?.relatedLists ?? []).map((l, i) => ({
      key: `${l.objectApiName ?? 'list'}-${i}`,
      label: l.label ?? l.objectApiName ?? '',
      columns: (l.columns ?? []).map((c, j) => ({ key: `${i}-${j}`, label: c })),
      rows: (l.rows ?? []).map((r) => ({
        key: r.id ?? '',
        id: r.id ?? '',
        name: r.name ?? '',
        cells: (r.cells ?? []).map((c, j) => ({ key: `${r.id ?? ''}-${j}`, value: c })),
        linked: linked.has(r.id ?? '')
      })),
      hasRows: (l.rows ?? []).length > 0,
      linkable: l.linkable === true,
      message: l.message ?? ''
    }));
  }

  get fullViewUrl() {
    return fullViewUrl(this.session?.orgUrl, this.details?.id);
  }

  async openFullView(url) {
    const outcome = await openFullView(url, this.details?.name ?? url, this.session?.useServiceConsole);
    this.fullViewNotice = outcome.notice;
  }

  handleLink(event) {
    void this.change('link', event.detail.recordId);
  }

  /** Actions › New <Object> from this record (e.g. New Case on an Account), pre-filling its lookup. */
  get newOptions() {
    return (this.session?.objects ?? []).
    filter((o) => o.canCreate === true).
    map((o) => ({ label: `New ${o.label ?? o.apiName ?? ''}`, value: `new:${o.apiName ?? ''}` }));
  }

  handleAction(event) {
    const action = event.detail.value;
    if (action.startsWith('new:') && this.details) {
      const context = {
        id: this.details.id,
        objectApiName: this.details.objectApiName,
        name: this.details.name
      };
      this.dispatchEvent(
        new CustomEvent('newrecord', { detail: { objectApiName: action.slice(4), context } })
      );
      return;
    }
    if (action === 'link') void this.change('link', this.details?.id);
    if (action === 'unlink') void this.change('unlink', this.details?.id);
    if (action === 'fullView' && this.fullViewUrl) void this.openFullView(this.fullViewUrl);
  }

  handleClose() {
    this.dispatchEvent(new CustomEvent('close'));
  }

  async change(kind, recordId) {
    if (!recordId || this.busy) return;
    this.busy = true;
    this.error = '';
    this.error = await changeLink(this, kind, this.conversation, recordId);
    this.busy = false;
  }
}
