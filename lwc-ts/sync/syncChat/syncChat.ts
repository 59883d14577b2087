/**
 * Sync Chat — headless quick action on a Chat Transcript record (guide: "Sync Chat" button). Calls
 * `SyncChatController.syncChat` for the record, shows the outcome as a toast and, when the record changed,
 * tells Lightning Data Service to refresh it. A second click while a sync runs is ignored.
 */
import { LightningElement, api } from 'lwc';
import { ShowToastEvent, type ToastVariant } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import syncChat from '@salesforce/apex/SyncChatController.syncChat';
import { reduceErrors } from 'c/reduceErrors';

const TITLES: Record<string, string> = {
  SYNCED: 'Chat synced',
  NOT_ENDED: 'Conversation not ended',
  NOT_FOUND: 'Nothing to sync',
  NO_ACCESS: 'No access',
  ERROR: 'Sync failed',
};

const VARIANTS: Record<string, ToastVariant> = {
  SYNCED: 'success',
  NOT_ENDED: 'warning',
  NOT_FOUND: 'warning',
  NO_ACCESS: 'error',
  ERROR: 'error',
};

export default class SyncChat extends LightningElement {
  /** The Chat Transcript record (set by the record page). */
  @api recordId?: string;

  private running = false;

  /** Called by Lightning when the agent clicks the action. */
  @api
  async invoke(): Promise<void> {
    if (this.running || !this.recordId) return;
    this.running = true;
    try {
      const result = await syncChat({ transcriptId: this.recordId });
      const outcome = result?.outcome ?? 'ERROR';
      const warnings = result?.warnings ?? [];
      const variant: ToastVariant =
        outcome === 'SYNCED' && warnings.length > 0 ? 'warning' : (VARIANTS[outcome] ?? 'error');
      this.toast(TITLES[outcome] ?? TITLES.ERROR, result?.message ?? '', variant);
      if (result?.syncStatus) {
        await notifyRecordUpdateAvailable([{ recordId: this.recordId }]);
      }
    } catch (error) {
      this.toast(TITLES.ERROR, reduceErrors(error).join(', '), 'error');
    } finally {
      this.running = false;
    }
  }

  private toast(title: string, message: string, variant: ToastVariant): void {
    this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
  }
}
