import WidgetMessages from 'c/widgetMessages';
import { find, flush, mount, textOf } from '../../../testing/mount';

describe('c-widget-messages', () => {
  it('shows nothing when there is no notice and no error', async () => {
    const el = await mount('c-widget-messages', WidgetMessages);
    expect(el.shadowRoot.querySelectorAll('p')).toHaveLength(0);
  });

  it('shows the notice as a status and the error as an alert', async () => {
    const el = await mount('c-widget-messages', WidgetMessages, { notice: 'Opened in a new tab.' });
    expect(find(el, '[data-id="notice"]')?.getAttribute('role')).toBe('status');
    expect(textOf(el, '[data-id="notice"]')).toBe('Opened in a new tab.');
    expect(find(el, '[data-id="error"]')).toBeNull();
    Object.assign(el, { notice: '', error: 'You cannot see this record.' });
    await flush();
    expect(find(el, '[data-id="notice"]')).toBeNull();
    expect(find(el, '[data-id="error"]')?.getAttribute('role')).toBe('alert');
    expect(textOf(el, '[data-id="error"]')).toBe('You cannot see this record.');
  });
});
