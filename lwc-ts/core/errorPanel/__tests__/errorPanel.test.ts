import { createElement } from 'lwc';
import ErrorPanel from 'c/errorPanel';

type Panel = HTMLElement & { shadowRoot: ShadowRoot; errors: string[]; focus(): void };

function mount(errors: string[]): Panel {
  const element = createElement('c-error-panel', { is: ErrorPanel }) as Panel;
  element.errors = errors;
  document.body.appendChild(element);
  return element;
}

const alertOf = (el: Panel): HTMLElement | null => el.shadowRoot.querySelector('[data-id="page-errors"]');

describe('c-error-panel', () => {
  afterEach(() => {
    while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
  });

  it('shows nothing but the live region without messages', () => {
    const el = mount([]);
    expect(el.shadowRoot.querySelector('[aria-live="assertive"]')).not.toBeNull();
    expect(alertOf(el)).toBeNull();
  });

  it('lists each message once in an alert', async () => {
    const el = mount(['First', 'Second', 'First', '']);
    await Promise.resolve();
    const alert = alertOf(el)!;
    expect(alert.getAttribute('role')).toBe('alert');
    expect([...alert.querySelectorAll('li')].map((li) => li.textContent)).toEqual(['First', 'Second']);
  });

  it('updates when the messages change and focuses the alert on request', async () => {
    const el = mount([]);
    el.errors = ['Load failed'];
    await Promise.resolve();
    el.focus();
    expect(el.shadowRoot.activeElement).toBe(alertOf(el));
  });
});
