import DateTime from 'c/dateTime';
import { type Host, find, mount } from '../../../testing/mount';

type Formatted = HTMLElement & {
  value?: string;
  year?: string;
  month?: string;
  hour?: string;
  minute?: string;
};

describe('c-date-time', () => {
  it('shows a moment as a date with hour and minute', async () => {
    const el: Host = await mount('c-date-time', DateTime, { value: '2026-11-27T06:30:00.000Z' });
    const shown = find<Formatted>(el, 'lightning-formatted-date-time');
    expect(shown?.value).toBe('2026-11-27T06:30:00.000Z');
    expect([shown?.year, shown?.month, shown?.hour, shown?.minute]).toEqual([
      'numeric',
      'short',
      '2-digit',
      '2-digit',
    ]);
  });

  it('shows a dash for an unknown moment', async () => {
    const el: Host = await mount('c-date-time', DateTime, { value: undefined });
    expect(find(el, 'lightning-formatted-date-time')).toBeNull();
    expect(el.shadowRoot.textContent?.trim()).toBe('—');
  });
});
