// Generated from lwc-ts/widget/quickLinks/quickLinks.ts by `npm run build`; do not edit.
/**
 * Quick Links (guide, "Linking a chat/messaging conversation to an existing Salesforce record"): an
 * indicator, highlighted once the conversation is linked, that lists the linked records with SF Full
 * View and Unlink Chat. Fires `linkchange` with the new `WidgetDtos.LinkState` after an unlink.
 */
import { LightningElement, api } from 'lwc';
import { changeLink } from 'c/linkChange';
import { fullViewUrl, openFullView } from 'c/sfFullView';









export default class QuickLinks extends LightningElement {
  /** The conversation's transcript links. */
  @api links;
  /** The focused conversation (sent back to Apex on Unlink Chat). */
  @api conversation;
  /** The org's own domain, for SF Full View. */
  @api orgUrl;
  /** The skill's Use Service Console. */
  @api useServiceConsole = false;

  open = false;
  busyId = '';
  error = '';
  /** Where SF Full View opened the record when not where the skill asked (not in a console). */
  notice = '';

  get linked() {
    return this.links?.linked === true;
  }

  get count() {
    return this.links?.records?.length ?? 0;
  }

  get buttonLabel() {
    return this.linked ? `Quick Links (${this.count})` : 'Quick Links';
  }

  get buttonClass() {
    return this.linked ? 'quicklinks-button quicklinks-linked' : 'quicklinks-button';
  }

  get summary() {
    return this.linked ?
    `This conversation is linked to ${this.count} record${this.count === 1 ? '' : 's'}.` :
    'This conversation is not linked to a Salesforce record yet: use Link Chat on a record.';
  }

  get rows() {
    return (this.links?.records ?? []).map((r) => ({
      id: r.id ?? '',
      label: r.objectLabel ?? r.objectApiName ?? '',
      name: r.name ?? r.id ?? '',
      url: fullViewUrl(this.orgUrl, r.id)
    }));
  }

  /** SF Full View: a Service Console tab when the skill uses the console and the page is in one. */
  async handleFullView(event) {
    event.preventDefault();
    const link = event.currentTarget;
    const row = this.rows.find((r) => r.id === link.dataset.fullView);
    if (!row?.url) return;
    this.notice = (await openFullView(row.url, row.name, this.useServiceConsole)).notice;
  }

  get expanded() {
    return this.open ? 'true' : 'false';
  }

  toggle() {
    this.open = !this.open;
  }

  async handleUnlink(event) {
    const recordId = event.detail.recordId;
    if (!recordId || this.busyId) return;
    this.busyId = recordId;
    this.error = '';
    this.error = await changeLink(this, 'unlink', this.conversation, recordId);
    this.busyId = '';
  }
}
