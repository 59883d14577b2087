import RunWindow from 'c/runWindow';
import { mount } from '../../../testing/mount';

describe('c-run-window', () => {
  it('shows the start and the end of the window, in that order', async () => {
    const el = await mount('c-run-window', RunWindow, {
      start: '2026-11-20T00:00:00.000Z',
      end: '2026-11-27T06:30:00.000Z',
    });
    const moments = Array.from(
      el.shadowRoot.querySelectorAll<HTMLElement & { value?: string }>('c-date-time'),
    );
    expect(moments.map((d) => d.value)).toEqual(['2026-11-20T00:00:00.000Z', '2026-11-27T06:30:00.000Z']);
    expect(el.shadowRoot.textContent).toContain('to');
  });
});
