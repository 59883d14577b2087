import { createElement } from 'lwc';
import SyncChat from 'c/syncChat';
import syncChat from '@salesforce/apex/SyncChatController.syncChat';
import { notifyRecordUpdateAvailable } from 'lightning/uiRecordApi';

jest.mock('@salesforce/apex/SyncChatController.syncChat', () => ({ default: jest.fn() }), { virtual: true });
jest.mock(
  'lightning/uiRecordApi',
  () => ({ notifyRecordUpdateAvailable: jest.fn(() => Promise.resolve()) }),
  {
    virtual: true,
  },
);

const mockSync = syncChat as unknown as jest.Mock;
const mockNotify = notifyRecordUpdateAvailable as unknown as jest.Mock;
type Action = HTMLElement & { recordId?: string; invoke: () => Promise<void> };

function mount(recordId: string | null = 'a01000000000001AAA'): {
  element: Action;
  toasts: { title: string; message: string; variant: string }[];
} {
  const element = createElement('c-sync-chat', { is: SyncChat }) as Action;
  element.recordId = recordId ?? undefined;
  const toasts: { title: string; message: string; variant: string }[] = [];
  element.addEventListener('lightning__showtoast', (e) => toasts.push((e as CustomEvent).detail));
  document.body.appendChild(element);
  return { element, toasts };
}

afterEach(() => {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  jest.clearAllMocks();
});

describe('c-sync-chat', () => {
  it('syncs the record, shows a success toast and refreshes the record', async () => {
    mockSync.mockResolvedValue({
      outcome: 'SYNCED',
      message: 'The transcript was synced.',
      syncStatus: 'Synced',
      warnings: [],
    });
    const { element, toasts } = mount();
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
    const { element, toasts } = mount();
    await element.invoke();
    expect(toasts[0].variant).toBe('warning');
  });

  it('explains an open conversation and does not refresh', async () => {
    mockSync.mockResolvedValue({ outcome: 'NOT_ENDED', message: 'This conversation has not ended yet.' });
    const { element, toasts } = mount();
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
    const { element, toasts } = mount();
    await element.invoke();
    expect(toasts[0]).toMatchObject({ title: 'Sync failed', variant: 'error' });
    expect(mockNotify).toHaveBeenCalled();
  });

  it('shows the message of an Apex exception', async () => {
    mockSync.mockRejectedValue({ body: { message: 'Sync Chat failed unexpectedly.' }, status: 500 });
    const { element, toasts } = mount();
    await element.invoke();
    expect(toasts).toEqual([
      { title: 'Sync failed', message: 'Sync Chat failed unexpectedly.', variant: 'error' },
    ]);
  });

  it('ignores a second click while a sync runs, and a missing record id', async () => {
    let release: (v: unknown) => void = () => undefined;
    mockSync.mockReturnValue(new Promise((resolve) => (release = resolve)));
    const { element } = mount();
    const first = element.invoke();
    await element.invoke();
    release({ outcome: 'SYNCED', message: 'ok', syncStatus: 'Synced' });
    await first;
    expect(mockSync).toHaveBeenCalledTimes(1);
    const { element: noRecord } = mount(null);
    await noRecord.invoke();
    expect(mockSync).toHaveBeenCalledTimes(1);
  });
});
