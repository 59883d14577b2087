import { createElement } from 'lwc';
import RunWindow from 'c/runWindow';

describe('c-run-window', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('shows the start and the end of the window, in that order, as dates with times', async () => {
    const el = createElement('c-run-window', { is: RunWindow }) as HTMLElement & {
      start: string;
      end: string;
    };
    el.start = '2026-11-20T00:00:00.000Z';
    el.end = '2026-11-27T06:30:00.000Z';
    document.body.appendChild(el);
    await Promise.resolve();
    const dates = Array.from(
      el.shadowRoot!.querySelectorAll<HTMLElement & { value?: string; hour?: string }>(
        'lightning-formatted-date-time',
      ),
    );
    expect(dates.map((d) => d.value)).toEqual(['2026-11-20T00:00:00.000Z', '2026-11-27T06:30:00.000Z']);
    expect(dates.every((d) => d.hour === '2-digit')).toBe(true);
    expect(el.shadowRoot!.textContent).toContain('to');
  });
});
