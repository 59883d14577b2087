import SyncChat from 'c/syncChat';
import syncChat from '@salesforce/apex/SyncChatController.syncChat';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';
import { apexMock } from '../../../testing/apexMocks';
import { mount } from '../../../testing/mount';
import { toastsOf } from '../../../testing/toasts';

const mockSync = apexMock(syncChat);
const mockNotify = jest.mocked(notifyRecordUpdateAvailable);
type Action = HTMLElement & { recordId?: string; invoke: () => Promise<void> };

async function mountAction(recordId: string | null = 'a01000000000001AAA') {
  const element = await mount<Partial<Action>>('c-sync-chat', SyncChat, { recordId: recordId ?? undefined });
  return { element: element as unknown as Action, toasts: toastsOf(element) };
}

describe('c-sync-chat', () => {
  it('syncs the record, shows a success toast and refreshes the record', async () => {
    mockSync.mockResolvedValue({
      outcome: 'SYNCED',
      message: 'The transcript was synced.',
      syncStatus: 'Synced',
      warnings: [],
    });
    const { element, toasts } = await mountAction();
    await element.invoke();
    expect(mockSync).toHaveBeenCalledWith({ transcriptId: 'a01000000000001AAA' });
    expect(toasts).toEqual([
      { title: 'Chat synced', message: 'The transcript was synced.', variant: 'success' },
    ]);
    expect(mockNotify).toHaveBeenCalledWith([{ recordId: 'a01000000000001AAA' }]);
  });

  it('warns when mappings were skipped', async () => {
    mockSync.mockResolvedValue({
      outcome: 'SYNCED',
      message: 'Synced; 1 mapping skipped',
      syncStatus: 'Synced',
      warnings: ['X'],
    });
    const { element, toasts } = await mountAction();
    await element.invoke();
    expect(toasts[0].variant).toBe('warning');
  });

  it('explains an open conversation and does not refresh', async () => {
    mockSync.mockResolvedValue({ outcome: 'NOT_ENDED', message: 'This conversation has not ended yet.' });
    const { element, toasts } = await mountAction();
    await element.invoke();
    expect(toasts).toEqual([
      {
        title: 'Conversation not ended',
        message: 'This conversation has not ended yet.',
        variant: 'warning',
      },
    ]);
    expect(mockNotify).not.toHaveBeenCalled();
  });

  it('shows a failure that flagged the record, and refreshes it', async () => {
    mockSync.mockResolvedValue({
      outcome: 'ERROR',
      message: 'LivePerson could not answer now (HTTP 503).',
      syncStatus: 'Error',
    });
    const { element, toasts } = await mountAction();
    await element.invoke();
    expect(toasts[0]).toMatchObject({ title: 'Sync failed', variant: 'error' });
    expect(mockNotify).toHaveBeenCalled();
  });

  it('shows the message of an Apex exception', async () => {
    mockSync.mockRejectedValue({ body: { message: 'Sync Chat failed unexpectedly.' }, status: 500 });
    const { element, toasts } = await mountAction();
    await element.invoke();
    expect(toasts).toEqual([
      { title: 'Sync failed', message: 'Sync Chat failed unexpectedly.', variant: 'error' },
    ]);
  });

  it('ignores a second click while a sync runs, and a missing record id', async () => {
    let release: (v: Awaited<ReturnType<typeof syncChat>>) => void = () => undefined;
    mockSync.mockReturnValue(new Promise((resolve) => (release = resolve)));
    const { element } = await mountAction();
    const first = element.invoke();
    await element.invoke();
    release({ outcome: 'SYNCED', message: 'ok', syncStatus: 'Synced' });
    await first;
    expect(mockSync).toHaveBeenCalledTimes(1);
    const { element: noRecord } = await mountAction(null);
    await noRecord.invoke();
    expect(mockSync).toHaveBeenCalledTimes(1);
  });
});
