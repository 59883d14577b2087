import ErrorPanel from 'c/errorPanel';
import { mount as mountComponent } from '../../../testing/mount';

type Panel = HTMLElement & { shadowRoot: ShadowRoot; errors: string[]; focus(): void };

const mount = async (errors: string[]): Promise<Panel> =>
  (await mountComponent('c-error-panel', ErrorPanel, { errors })) as unknown as Panel;

const alertOf = (el: Panel): HTMLElement | null => el.shadowRoot.querySelector('[data-id="page-errors"]');

describe('c-error-panel', () => {
  it('shows nothing but the live region without messages', async () => {
    const el = await mount([]);
    expect(el.shadowRoot.querySelector('[aria-live="assertive"]')).not.toBeNull();
    expect(alertOf(el)).toBeNull();
  });

  it('lists each message once in an alert', async () => {
    const el = await mount(['First', 'Second', 'First', '']);
    await Promise.resolve();
    const alert = alertOf(el)!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['First', 'Second']);
  });

  it('updates when the messages change and focuses the alert on request', async () => {
    const el = await mount([]);
    el.errors = ['Load failed'];
    await Promise.resolve();
    el.focus();
    expect(el.shadowRoot.activeElement).toBe(alertOf(el));
  });
});
