import QuickLinks from 'c/quickLinks';
import unlinkChat from '@salesforce/apex/WidgetController.unlinkChat';
import type { WidgetDtos_LinkState } from 'apex-dtos';
import { apexMock, dto } from '../../../testing/apexMocks';
import { find, flush, mount as mountComponent } from '../../../testing/mount';
import { linkButton } from '../../../testing/linkAction';

const unlinkMock = apexMock(unlinkChat);
const ANN = '003000000000001AAA';
const ACME = '001000000000001AAA';

type Host = HTMLElement & Record<string, unknown>;

const mount = (props: Record<string, unknown>): Promise<Host> =>
  mountComponent<Record<string, unknown>>('c-quick-links', QuickLinks, props);

const q = (el: Host, sel: string) => find(el, sel);

const linked = dto<WidgetDtos_LinkState>()({
  conversationKey: '902335464294968296',
  linked: true,
  records: [
    { id: ANN, objectApiName: 'Contact', objectLabel: 'Contact', name: 'Ann Lee' },
    { id: ACME, objectApiName: 'Account', objectLabel: 'Account', name: 'Acme' },
  ],
});

describe('c-quick-links', () => {
  beforeEach(() => {
    unlinkMock.mockReset();
  });

  it('is plain until the conversation is linked', async () => {
    const el = await mount({ links: { linked: false, records: [] } });
    const button = q(el, '[data-id="quick-links-button"]')!;
    expect(button.className).not.toContain('quicklinks-linked');
    expect(button.textContent).toContain('Quick Links');
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('is highlighted when linked and lists the records with SF Full View', async () => {
    const el = await mount({
      links: linked,
      orgUrl: 'https://acme.my.salesforce.com',
      useServiceConsole: true,
    });
    const button = q(el, '[data-id="quick-links-button"]')!;
    expect(button.className).toContain('quicklinks-linked');
    expect(button.textContent).toContain('Quick Links (2)');
    button.click();
    await flush();
    expect(button.getAttribute('aria-expanded')).toBe('true');
    expect(q(el, `[data-name="${ANN}"]`)!.textContent).toBe('Ann Lee');
    const full = q(el, `[data-full-view="${ANN}"]`) as HTMLAnchorElement;
    expect(full.href).toBe(`https://acme.my.salesforce.com/lightning/r/${ANN}/view`);
    expect(full.target).toBe('_blank');
    expect(full.textContent).toBe('SF Full View');
    // The skill uses the console, but the widget is not in one: a new tab, and the agent is told.
    const open = jest.spyOn(window, 'open').mockImplementation(() => null);
    full.click();
    await flush();
    expect(open).toHaveBeenCalledWith(
      `https://acme.my.salesforce.com/lightning/r/${ANN}/view`,
      '_blank',
      'noopener',
    );
    expect(find(el, 'c-widget-messages', '[data-id="notice"]')!.textContent).toContain(
      'not open inside a Salesforce console',
    );
    open.mockRestore();
  });

  it('unlinks a record and tells its parent', async () => {
    const after = { ...linked, records: linked.records?.slice(1, 2) };
    unlinkMock.mockResolvedValue(after);
    const conversation = { rtSessionId: '4294968296' };
    const el = await mount({ links: linked, conversation, orgUrl: 'https://acme.my.salesforce.com' });
    const handler = jest.fn();
    el.addEventListener('linkchange', handler);
    q(el, '[data-id="quick-links-button"]')!.click();
    await flush();
    linkButton(el, ANN)!.click();
    await flush();
    expect(unlinkMock).toHaveBeenCalledWith({ request: { conversation, recordId: ANN } });
    expect((handler.mock.calls[0][0] as CustomEvent).detail).toEqual(after);
  });

  it('shows why an unlink failed', async () => {
    unlinkMock.mockRejectedValue({
      body: { message: 'You cannot change the Contact of a Chat Transcript.' },
    });
    const el = await mount({ links: linked });
    q(el, '[data-id="quick-links-button"]')!.click();
    await flush();
    linkButton(el, ANN)!.click();
    await flush();
    expect(find(el, 'c-widget-messages', '[data-id="error"]')!.textContent).toContain('You cannot change');
    expect(q(el, `[data-full-view="${ANN}"]`)).toBeNull();
  });
});
