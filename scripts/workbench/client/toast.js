/**
 * `lightning/platformShowToastEvent` in the workbench, and the toast display (the role of the
 * Lightning Experience container in an org).
 */
export class ShowToastEvent extends CustomEvent {
  constructor(toast) {
    super('lightning__showtoast', { bubbles: true, composed: true, cancelable: true, detail: toast });
  }
}

function format(message, data) {
  if (!message) return '';
  return String(message).replace(/\{(\d+)\}/g, (m, i) => {
    const d = data && data[Number(i)];
    if (d === undefined) return m;
    return typeof d === 'string' ? d : d.label || d.url || '';
  });
}

let container;

function show(toast) {
  if (!container) {
    container = document.createElement('div');
    container.className = 'slds-notify_container slds-is-fixed';
    container.setAttribute('data-workbench-toasts', '');
    document.body.appendChild(container);
  }
  const variant = ['success', 'warning', 'error', 'info'].includes(toast.variant) ? toast.variant : 'info';
  const el = document.createElement('div');
  el.className = `slds-notify slds-notify_toast slds-theme_${variant}`;
  el.setAttribute('role', 'status');
  el.setAttribute('data-variant', variant);
  const content = document.createElement('div');
  content.className = 'slds-notify__content';
  const title = document.createElement('h2');
  title.className = 'slds-text-heading_small';
  title.textContent = format(toast.title, toast.messageData);
  const body = document.createElement('p');
  body.textContent = format(toast.message, toast.messageData);
  content.append(title, body);
  const close = document.createElement('button');
  close.className = 'slds-button slds-button_icon slds-notify__close slds-button_icon-inverse';
  close.textContent = '×';
  close.title = 'Close';
  close.addEventListener('click', () => el.remove());
  el.append(content, close);
  container.appendChild(el);
  if (toast.mode !== 'sticky') setTimeout(() => el.remove(), toast.mode === 'pester' ? 3000 : 6000);
}

export function installToasts() {
  document.addEventListener('lightning__showtoast', (e) => show(e.detail || {}));
}
