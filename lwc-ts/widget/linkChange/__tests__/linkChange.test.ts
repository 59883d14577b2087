import { changeLink } from 'c/linkChange';
import linkChat from '@salesforce/apex/WidgetController.linkChat';
import unlinkChat from '@salesforce/apex/WidgetController.unlinkChat';
import { apexMock } from '../../../testing/apexMocks';

const linkMock = apexMock(linkChat);
const unlinkMock = apexMock(unlinkChat);
const ANN = '003000000000001AAA';
const conversation = { rtSessionId: '4294968296' };

function host(): { target: EventTarget; events: unknown[] } {
  const target = new EventTarget();
  const events: unknown[] = [];
  target.addEventListener('linkchange', (e) => events.push((e as CustomEvent).detail));
  return { target, events };
}

describe('c/linkChange', () => {
  beforeEach(() => {
    linkMock.mockReset();
    unlinkMock.mockReset();
  });

  it('links, then the host fires linkchange with the new links', async () => {
    const state = { linked: true, records: [{ id: ANN }] };
    linkMock.mockResolvedValue(state);
    const { target, events } = host();
    expect(await changeLink(target, 'link', conversation, ANN)).toBe('');
    expect(linkMock).toHaveBeenCalledWith({ request: { conversation, recordId: ANN } });
    expect(unlinkMock).not.toHaveBeenCalled();
    expect(events).toEqual([state]);
  });

  it('unlinks through unlinkChat', async () => {
    unlinkMock.mockResolvedValue({ linked: false, records: [] });
    const { target, events } = host();
    expect(await changeLink(target, 'unlink', conversation, ANN)).toBe('');
    expect(unlinkMock).toHaveBeenCalledWith({ request: { conversation, recordId: ANN } });
    expect(linkMock).not.toHaveBeenCalled();
    expect(events).toEqual([{ linked: false, records: [] }]);
  });

  it('returns the refusal to show and fires nothing', async () => {
    linkMock.mockRejectedValue({ body: { message: 'You cannot see this Contact record.' } });
    const { target, events } = host();
    expect(await changeLink(target, 'link', conversation, ANN)).toBe('You cannot see this Contact record.');
    expect(events).toEqual([]);
  });
});
