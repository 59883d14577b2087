// Generated from lwc-ts/admin/widgetUrl/widgetUrl.ts by `npm run build`; do not edit.
/**
 * Widget URL section of Customization Settings: the ChatLink URL to paste into LiveEngage and the login
 * link to show when the widget does not load, each with Copy.
 */
import { LightningElement, api } from 'lwc';










export default class WidgetUrl extends LightningElement {
  @api view;

  copied = '';

  get fields() {
    return [
    {
      name: 'widgetUrl',
      label: 'Widget URL',
      value: this.view?.widgetUrl ?? '',
      copyTitle: 'Copy the widget URL',
      copied: 'Widget URL copied.'
    },
    {
      name: 'loginUrl',
      label: 'Link to show when the widget does not load (Advanced settings, show after 30 seconds)',
      value: this.view?.loginUrl ?? '',
      copyTitle: 'Copy the login URL',
      copied: 'Login URL copied.'
    }];

  }

  async handleCopy(event) {
    const field = this.fields.find((f) => f.name === event.currentTarget.dataset.copy);
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
      this.copied = field.copied;
    } catch {
      this.copied = 'Copying is blocked by the browser: select the URL and press Ctrl+C (Cmd+C on a Mac).';
    }
  }
}
