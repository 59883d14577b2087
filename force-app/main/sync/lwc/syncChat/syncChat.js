// Generated from lwc-ts/sync/syncChat/syncChat.ts by `npm run build`; do not edit.
/**
 * Sync Chat — headless quick action on a Chat Transcript record (guide: "Sync Chat" button). Calls
 * `SyncChatController.syncChat` for the record, shows the outcome as a toast and, when the record changed,
 * tells Lightning Data Service to refresh it. A second click while a sync runs is ignored.
 */
import { LightningElement, api } from 'lwc';
import { ShowToastEvent } from 'lightning/platformShowToastEvent';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import syncChat from '@salesforce/apex/SyncChatController.syncChat';
import { reduceErrors } from 'c/reduceErrors';

const TITLES = {
  SYNCED: 'Chat synced',
  NOT_ENDED: 'Conversation not ended',
  NOT_FOUND: 'Nothing to sync',
  NO_ACCESS: 'No access',
  ERROR: 'Sync failed'
};

const VARIANTS = {
  SYNCED: 'success',
  NOT_ENDED: 'warning',
  NOT_FOUND: 'warning',
  NO_ACCESS: 'error',
  ERROR: 'error'
};

export default class SyncChat extends LightningElement {
  /** The Chat Transcript record (set by the record page). */
  @api recordId;

  running = false;

  /** Called by Lightning when the agent clicks the action. */
  @api
  async invoke() {
    if (this.running || !this.recordId) return;
    this.running = true;
    try {
      const result = await syncChat({ transcriptId: this.recordId });
      const outcome = result?.outcome ?? 'ERROR';
      const warnings = result?.warnings ?? [];
      const variant =
      outcome === 'SYNCED' && warnings.length > 0 ? 'warning' : VARIANTS[outcome] ?? 'error';
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

  toast(title, message, variant) {
    this.dispatchEvent(new ShowToastEvent({ title, message, variant }));
  }
}
