import LinkAction from 'c/linkAction';
import { find, mount } from '../../../testing/mount';

type Base = HTMLElement & { label?: string; variant?: string };

const ANN = '003000000000001AAA';

describe('c-link-action', () => {
  it('shows the Linked badge for a linked record, and no button', async () => {
    const el = await mount('c-link-action', LinkAction, { recordId: ANN, linked: true });
    expect(find<Base>(el, `lightning-badge[data-linked="${ANN}"]`)?.label).toBe('Linked');
    expect(find(el, 'lightning-button')).toBeNull();
  });

  it('offers Link Chat and fires link with the record', async () => {
    const el = await mount('c-link-action', LinkAction, { recordId: ANN });
    const heard: unknown[] = [];
    el.addEventListener('link', (e) => heard.push((e as CustomEvent).detail));
    const button = find<Base>(el, `lightning-button[data-id="${ANN}"]`)!;
    expect(button.label).toBe('Link Chat');
    expect(button.variant).toBe('base');
    button.click();
    expect(heard).toEqual([{ recordId: ANN }]);
  });

  it('offers Unlink Chat with kind="unlink" and fires unlink', async () => {
    const el = await mount('c-link-action', LinkAction, { recordId: ANN, kind: 'unlink' });
    const heard: unknown[] = [];
    el.addEventListener('unlink', (e) => heard.push((e as CustomEvent).detail));
    const button = find<Base>(el, 'lightning-button')!;
    expect(button.label).toBe('Unlink Chat');
    button.click();
    expect(heard).toEqual([{ recordId: ANN }]);
  });
});
