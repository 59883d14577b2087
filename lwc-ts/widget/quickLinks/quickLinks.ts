/**
 * Quick Links (guide, "Linking a chat/messaging conversation to an existing Salesforce record"): an
 * indicator, highlighted once the conversation is linked, that lists the linked records with SF Full
 * View and Unlink Chat. Fires `linkchange` with the new `WidgetDtos.LinkState` after an unlink.
 */
import { LightningElement, api } from 'lwc';
import { changeLink } from 'c/linkChange';
import { fullViewUrl, openFullView } from 'c/sfFullView';
import type { WidgetDtos_Conversation, WidgetDtos_LinkState } from 'apex-dtos';

interface Row {
  id: string;
  label: string;
  name: string;
  url: string | null;
}

export default class QuickLinks extends LightningElement {
  /** The conversation's transcript links. */
  @api links: WidgetDtos_LinkState | undefined;
  /** The focused conversation (sent back to Apex on Unlink Chat). */
  @api conversation: WidgetDtos_Conversation | undefined;
  /** The org's own domain, for SF Full View. */
  @api orgUrl: string | undefined;
  /** The skill's Use Service Console. */
  @api useServiceConsole = false;

  open = false;
  busyId = '';
  error = '';
  /** Where SF Full View opened the record when not where the skill asked (not in a console). */
  notice = '';

  get linked(): boolean {
    return this.links?.linked === true;
  }

  get count(): number {
    return this.links?.records?.length ?? 0;
  }

  get buttonLabel(): string {
    return this.linked ? `Quick Links (${this.count})` : 'Quick Links';
  }

  get buttonClass(): string {
    return this.linked ? 'quicklinks-button quicklinks-linked' : 'quicklinks-button';
  }

  get summary(): string {
    return this.linked
      ? `This conversation is linked to ${this.count} record${this.count === 1 ? '' : 's'}.`
      : 'This conversation is not linked to a Salesforce record yet: use Link Chat on a record.';
  }

  get rows(): Row[] {
    return (this.links?.records ?? []).map((r) => ({
      id: r.id ?? '',
      label: r.objectLabel ?? r.objectApiName ?? '',
      name: r.name ?? r.id ?? '',
      url: fullViewUrl(this.orgUrl, r.id),
    }));
  }

  /** SF Full View: a Service Console tab when the skill uses the console and the page is in one. */
  async handleFullView(event: Event): Promise<void> {
    event.preventDefault();
    const link = event.currentTarget as HTMLAnchorElement;
    const row = this.rows.find((r) => r.id === link.dataset.fullView);
    if (!row?.url) return;
    this.notice = (await openFullView(row.url, row.name, this.useServiceConsole)).notice;
  }

  get expanded(): string {
    return this.open ? 'true' : 'false';
  }

  toggle(): void {
    this.open = !this.open;
  }

  async handleUnlink(event: CustomEvent<{ recordId: string }>): Promise<void> {
    const recordId = event.detail.recordId;
    if (!recordId || this.busyId) return;
    this.busyId = recordId;
    this.error = '';
    this.error = await changeLink(this, 'unlink', this.conversation, recordId);
    this.busyId = '';
  }
}
