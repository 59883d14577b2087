/**
 * Mounting and reading a component in a jest test, once for every admin component test:
 *
 *   const el = await mount('c-field-mappings', FieldMappings, { config });
 *   fire(find(el, 'c-config-list', '[data-id="add"]'), 'click');
 *   await flush();
 *   expect(errorPanelText(find(el, 'c-config-list'))).toContain('Nothing was saved');
 *
 * A test file that imports it starts each test clean: after each test every mounted component is removed
 * and every mock's calls are cleared.
 */
import { createElement } from 'lwc';

export type Host = HTMLElement & { shadowRoot: ShadowRoot };

/** Lets pending promises and the re-render they cause settle. */
// eslint-disable-next-line @lwc/lwc/no-async-operation -- a test helper, as in the __tests__ folders
export const flush = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** Creates `tag` from `is`, sets `props`, attaches it to the document and waits for it to settle. */
export async function mount<P extends object>(
  tag: string,
  is: unknown,
  props: P = {} as P,
): Promise<Host & P> {
  const element = createElement(tag, { is: is as never }) as unknown as Host & P;
  Object.assign(element, props);
  document.body.appendChild(element);
  await flush();
  return element;
}

/** Removes every mounted component. */
export function unmountAll(): void {
  while (document.body.firstChild) document.body.removeChild(document.body.firstChild);
}

afterEach(() => {
  unmountAll();
  jest.clearAllMocks();
});

/**
 * The element the selectors lead to, each selector looked up in the shadow root of the previous match:
 * `find(page, 'c-config-list', '[data-row="a01"]')`. Null when a step matches nothing.
 */
export function find<T extends Element = HTMLElement>(host: Element, ...selectors: string[]): T | null {
  let current: Element | null = host;
  for (const selector of selectors) {
    current = current?.shadowRoot?.querySelector(selector) ?? null;
  }
  return current as T | null;
}

/**
 * The first match of `selector` inside any `tag` child of `host`'s template, for a child component
 * repeated per row: `findInAny(search, 'c-link-action', 'lightning-button[data-id="003…"]')`.
 */
export function findInAny<T extends Element = HTMLElement>(
  host: Element,
  tag: string,
  selector: string,
): T | null {
  for (const child of host.shadowRoot?.querySelectorAll(tag) ?? []) {
    const found = child.shadowRoot?.querySelector<T>(selector);
    if (found) return found;
  }
  return null;
}

/** Like `find`, but throws naming the selectors when nothing matches (a test reads a clear failure). */
export function get<T extends Element = HTMLElement>(host: Element, ...selectors: string[]): T {
  const found = find<T>(host, ...selectors);
  if (!found) throw new Error(`nothing at ${selectors.join(' >> ')}`);
  return found;
}

/** Trimmed text of what the selectors lead to ('' when nothing matches). */
export function textOf(host: Element, ...selectors: string[]): string {
  return find(host, ...selectors)?.textContent?.trim() ?? '';
}

/** Dispatches a CustomEvent the way a base component does (`change` with `{ value }`, `click`). */
export function fire(node: Element | null, name: string, detail?: unknown): void {
  if (!node) throw new Error(`fire ${name}: no element`);
  node.dispatchEvent(new CustomEvent(name, { detail }));
}

/** Text of the `c-error-panel` in `host`'s template ('' when it shows nothing). */
export function errorPanelText(host: Element | null): string {
  return host ? textOf(host, 'c-error-panel', '[data-id="page-errors"]') : '';
}
