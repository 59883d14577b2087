/**
 * Workbench browser runtime (bundled with the components): registers the components by tag and
 * exposes `window.Workbench.mount(tag, target, props)` to the server-rendered pages. Shows platform
 * toasts (`lightning__showtoast`) as SLDS toasts.
 */
import { installToasts } from './toast';

const registry = Object.create(null);

export function startWorkbench(createElement, components) {
  Object.assign(registry, components);
  installToasts();
  window.Workbench = {
    tags: Object.keys(registry),
    has(tag) {
      return tag in registry;
    },
    mount(tag, target, props) {
      const ctor = registry[tag];
      if (!ctor) throw new Error(`Workbench: no component <${tag}> in the bundle (is it built?)`);
      const el = createElement(tag, { is: ctor });
      Object.assign(el, props || {});
      target.appendChild(el);
      return el;
    },
  };
  document.dispatchEvent(new CustomEvent('workbench:ready'));
}
