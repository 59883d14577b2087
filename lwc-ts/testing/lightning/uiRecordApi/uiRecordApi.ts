/**
 * `lightning/uiRecordApi` in component tests: the stock stubs, with `notifyRecordUpdateAvailable`
 * refusing what Lightning Data Service refuses (not an array of `{ recordId }` with a record Id), so a
 * component that passes a bare Id, an empty list or no Id fails its test as it would fail in the org.
 */
export * from 'lightning-stubs/uiRecordApi';

const RECORD_ID = /^[a-zA-Z0-9]{15}(?:[a-zA-Z0-9]{3})?$/;

function refusal(items: unknown): string | null {
  if (!Array.isArray(items) || items.length === 0) {
    return 'expects a non-empty array of { recordId }';
  }
  for (const item of items) {
    const recordId = (item as { recordId?: unknown } | null)?.recordId;
    if (typeof recordId !== 'string' || !RECORD_ID.test(recordId)) {
      return `expects a 15- or 18-character record Id, got ${JSON.stringify(recordId)}`;
    }
  }
  return null;
}

export const notifyRecordUpdateAvailable = jest.fn((items: Array<{ recordId: string }>): Promise<void> => {
  const why = refusal(items);
  return why
    ? Promise.reject(new Error(`lightning/uiRecordApi (test): notifyRecordUpdateAvailable ${why}`))
    : Promise.resolve();
});
