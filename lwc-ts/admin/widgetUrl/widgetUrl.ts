/**
 * Widget URL section of Customization Settings: the ChatLink URL to paste into LiveEngage and the login
 * link to show when the widget does not load, each with Copy.
 */
import { LightningElement, api } from 'lwc';
import type { CustomizationDtos_View as View } from 'apex-dtos';

interface CopyField {
  name: string;
  label: string;
  value: string;
  copyTitle: string;
  copied: string;
}

export default class WidgetUrl extends LightningElement {
  @api view: View | undefined;

  copied = '';

  get fields(): CopyField[] {
    return [
      {
        name: 'widgetUrl',
        label: 'Widget URL',
        value: this.view?.widgetUrl ?? '',
        copyTitle: 'Copy the widget URL',
        copied: 'Widget URL copied.',
      },
      {
        name: 'loginUrl',
        label: 'Link to show when the widget does not load (Advanced settings, show after 30 seconds)',
        value: this.view?.loginUrl ?? '',
        copyTitle: 'Copy the login URL',
        copied: 'Login URL copied.',
      },
    ];
  }

  async handleCopy(event: Event): Promise<void> {
    const field = this.fields.find((f) => f.name === (event.currentTarget as HTMLElement).dataset.copy);
    if (!field) return;
    try {
      await navigator.clipboard.writeText(field.value);
      this.copied = field.copied;
    } catch {
      this.copied = 'Copying is blocked by the browser: select the URL and press Ctrl+C (Cmd+C on a Mac).';
    }
  }
}
