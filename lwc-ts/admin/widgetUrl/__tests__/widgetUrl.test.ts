import WidgetUrl from 'c/widgetUrl';
import type { CustomizationDtos_View as View } from 'apex-dtos';
import { dto } from '../../../testing/apexMocks';
import { fire, flush, get, mount, textOf, unmountAll } from '../../../testing/mount';
import viewJson from '../../customizationSettings/__tests__/data/view.json';

describe('c-widget-url', () => {
  afterEach(unmountAll);

  it('shows the widget URL and the login link and copies them', async () => {
    const writeText = jest.fn<(t: string) => Promise<void>>().mockResolvedValue(undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const el = await mount('c-widget-url', WidgetUrl, { view: dto<View>()(viewJson) });
    const value = (name: string): string | undefined =>
      get<HTMLElement & { value?: string }>(el, `[data-name="${name}"]`).value;
    expect(value('widgetUrl')).toBe('https://acme--liveengage.vf.force.com/apex/ChatLink');
    expect(value('loginUrl')).toBe('https://acme.my.salesforce.com');
    fire(get(el, '[data-copy="widgetUrl"]'), 'click');
    await flush();
    expect(writeText).toHaveBeenCalledWith('https://acme--liveengage.vf.force.com/apex/ChatLink');
    expect(textOf(el, '[data-id="copied"]')).toBe('Widget URL copied.');
    fire(get(el, '[data-copy="loginUrl"]'), 'click');
    await flush();
    expect(writeText).toHaveBeenLastCalledWith('https://acme.my.salesforce.com');
    expect(textOf(el, '[data-id="copied"]')).toBe('Login URL copied.');
    writeText.mockRejectedValueOnce(new Error('denied'));
    fire(get(el, '[data-copy="loginUrl"]'), 'click');
    await flush();
    expect(textOf(el, '[data-id="copied"]')).toContain('Ctrl+C');
  });
});
