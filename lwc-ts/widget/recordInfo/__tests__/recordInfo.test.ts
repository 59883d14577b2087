import RecordInfo from 'c/recordInfo';
import { useConsoleToolkit } from 'c/sfFullView';
import getRecordDetails from '@salesforce/apex/WidgetController.getRecordDetails';
import linkChat from '@salesforce/apex/WidgetController.linkChat';
import unlinkChat from '@salesforce/apex/WidgetController.unlinkChat';
import type { WidgetDtos_RecordDetails, WidgetDtos_Session } from 'apex-dtos';
import { apexMock, dto } from '../../../testing/apexMocks';
import { find, flush, mount as mountComponent } from '../../../testing/mount';
import { linkButton } from '../../../testing/linkAction';

const detailsMock = apexMock(getRecordDetails);
const linkMock = apexMock(linkChat);
const unlinkMock = apexMock(unlinkChat);

const ACME = '001000000000001AAA';
const CASE = '500000000000001AAA';

const details = dto<WidgetDtos_RecordDetails>()({
  id: ACME,
  objectApiName: 'Account',
  objectLabel: 'Account',
  name: 'Acme',
  fields: [
    { apiName: 'Phone', label: 'Phone', value: '555 0101', inOverview: true },
    { apiName: 'Industry', label: 'Industry', value: 'Retail', inOverview: false },
    ...['A', 'B', 'C', 'D', 'E'].map((x) => ({ apiName: `F${x}__c`, label: x, value: x, inOverview: true })),
  ],
  relatedLists: [
    {
      objectApiName: 'Case',
      label: 'Cases',
      columns: ['Subject', 'Status'],
      rows: [{ id: CASE, name: '00001001', cells: ['Broken widget', 'New'] }],
      linkable: true,
    },
    {
      objectApiName: 'Gadget__c',
      label: 'Gadget__c',
      columns: [],
      rows: [],
      linkable: false,
      message: 'no longer fits',
    },
  ],
});

const session = dto<WidgetDtos_Session>()({
  skillName: 'Sales',
  skillId: '42',
  objects: [
    { apiName: 'Case', label: 'Case', canCreate: true },
    { apiName: 'Account', label: 'Account', canCreate: false },
  ],
  orgUrl: 'https://acme.my.salesforce.com',
  useServiceConsole: false,
});

type Host = HTMLElement & Record<string, unknown>;

const mount = (props: Record<string, unknown>): Promise<Host> =>
  mountComponent<Record<string, unknown>>('c-record-info', RecordInfo, { session, recordId: ACME, ...props });

const q = (el: Host, sel: string) => find(el, sel);
const all = (el: Host, sel: string) => [...(el.shadowRoot?.querySelectorAll<HTMLElement>(sel) ?? [])];

describe('c-record-info', () => {
  beforeEach(() => {
    detailsMock.mockReset();
    linkMock.mockReset();
    unlinkMock.mockReset();
    detailsMock.mockResolvedValue(details);
  });

  it('bubble: asks for the record of the skill and shows the first 5 overview fields', async () => {
    const el = await mount({ variant: 'bubble' });
    expect(detailsMock).toHaveBeenCalledWith({
      request: { skillName: 'Sales', skillId: '42', recordId: ACME },
    });
    expect(q(el, '[data-id="record-title"]')!.textContent).toBe('Account: Acme');
    expect(all(el, 'dd').map((d) => d.getAttribute('data-field'))).toEqual([
      'Phone',
      'FA__c',
      'FB__c',
      'FC__c',
      'FD__c',
    ]);
    expect(q(el, '[data-id="actions"]')).toBeNull();
    expect(all(el, 'th[scope="col"]').map((t) => t.textContent)).toEqual([
      'Name',
      'Subject',
      'Status',
      'Link',
    ]);
    expect(q(el, `[data-row="${CASE}"]`)!.textContent).toContain('Broken widget');
    expect(q(el, '[data-related="Gadget__c-1"]')!.textContent).toContain('no longer fits');
  });

  it('bubble: Link Chat on a related record and on the record itself', async () => {
    const state = { linked: true, records: [{ id: CASE }] };
    linkMock.mockResolvedValue(state);
    const conversation = { rtSessionId: '1' };
    const el = await mount({ variant: 'bubble', conversation });
    const handler = jest.fn();
    el.addEventListener('linkchange', handler);
    linkButton(el, CASE)!.click();
    await flush();
    expect(linkMock).toHaveBeenCalledWith({ request: { conversation, recordId: CASE } });
    expect((handler.mock.calls[0][0] as CustomEvent).detail).toEqual(state);
    linkButton(el, ACME)!.click();
    await flush();
    expect(linkMock).toHaveBeenLastCalledWith({ request: { conversation, recordId: ACME } });
  });

  it('view: every mapped field and the Actions menu', async () => {
    const el = await mount({ variant: 'view' });
    expect(all(el, 'dd')).toHaveLength(7);
    const labels = all(el, 'lightning-menu-item').map((m) => (m as unknown as { label: string }).label);
    expect(labels).toEqual(['Link Chat', 'SF Full View', 'New Case']);
    const handler = jest.fn();
    el.addEventListener('newrecord', handler);
    q(el, '[data-id="actions"]')!.dispatchEvent(new CustomEvent('select', { detail: { value: 'new:Case' } }));
    expect((handler.mock.calls[0][0] as CustomEvent).detail).toEqual({
      objectApiName: 'Case',
      context: { id: ACME, objectApiName: 'Account', name: 'Acme' },
    });
  });

  it('view: Unlink Chat when linked, from the Actions menu', async () => {
    unlinkMock.mockResolvedValue({ linked: false, records: [] });
    const el = await mount({ variant: 'view', links: { linked: true, records: [{ id: ACME }] } });
    const labels = all(el, 'lightning-menu-item').map((m) => (m as unknown as { label: string }).label);
    expect(labels).toEqual(['Unlink Chat', 'SF Full View', 'New Case']);
    q(el, '[data-id="actions"]')!.dispatchEvent(new CustomEvent('select', { detail: { value: 'unlink' } }));
    await flush();
    expect(unlinkMock).toHaveBeenCalledWith({ request: { conversation: undefined, recordId: ACME } });
  });

  it('view: SF Full View opens the org domain in a new tab and says so when not in a console', async () => {
    const open = jest.spyOn(window, 'open').mockImplementation(() => null);
    const el = await mount({ variant: 'view', session: { ...session, useServiceConsole: true } });
    q(el, '[data-id="actions"]')!.dispatchEvent(new CustomEvent('select', { detail: { value: 'fullView' } }));
    expect(open).toHaveBeenCalledWith(
      `https://acme.my.salesforce.com/lightning/r/${ACME}/view`,
      '_blank',
      'noopener',
    );
    await flush();
    expect(find(el, 'c-widget-messages', '[data-id="notice"]')!.textContent).toContain(
      'not open inside a Salesforce console',
    );
    open.mockRestore();
  });

  it('view: SF Full View opens a Service Console primary tab inside a console', async () => {
    const open = jest.spyOn(window, 'open').mockImplementation(() => null);
    const tabs: unknown[][] = [];
    useConsoleToolkit(() => ({
      isInConsole: () => true,
      openPrimaryTab: (id, url, active, label, cb) => {
        tabs.push([id, url, active, label]);
        cb?.({ success: true, id: 'scc-pt-0' });
      },
    }));
    const el = await mount({ variant: 'view', session: { ...session, useServiceConsole: true } });
    q(el, '[data-id="actions"]')!.dispatchEvent(new CustomEvent('select', { detail: { value: 'fullView' } }));
    await flush();
    expect(tabs).toEqual([[null, `https://acme.my.salesforce.com/lightning/r/${ACME}/view`, true, 'Acme']]);
    expect(open).not.toHaveBeenCalled();
    expect(find(el, 'c-widget-messages', '[data-id="notice"]')).toBeNull();
    useConsoleToolkit(undefined);
    open.mockRestore();
  });

  it('shows why the record cannot be shown, and reloads for another record', async () => {
    detailsMock.mockRejectedValueOnce({ body: { message: 'You cannot see this Account record.' } });
    const el = await mount({ variant: 'bubble' });
    expect(find(el, 'c-widget-messages', '[data-id="error"]')!.textContent).toBe(
      'You cannot see this Account record.',
    );
    el.recordId = CASE;
    await flush();
    expect(detailsMock).toHaveBeenLastCalledWith({
      request: { skillName: 'Sales', skillId: '42', recordId: CASE },
    });
    expect(find(el, 'c-widget-messages', '[data-id="error"]')).toBeNull();
  });
});
