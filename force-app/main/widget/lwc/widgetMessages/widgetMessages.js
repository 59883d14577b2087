// Generated from lwc-ts/widget/widgetMessages/widgetMessages.ts by `npm run build`; do not edit.
/**
 * The messages under a widget part: a notice (`role="status"`, e.g. where SF Full View opened the
 * record) and an error (`role="alert"`, why loading, linking or unlinking failed), each shown only
 * when set.
 */
import { LightningElement, api } from 'lwc';

export default class WidgetMessages extends LightningElement {
  @api notice = '';
  @api error = '';
}
