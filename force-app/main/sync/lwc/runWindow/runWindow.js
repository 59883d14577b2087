// Generated from lwc-ts/sync/runWindow/runWindow.ts by `npm run build`; do not edit.
/** A sync run's window, "start to end", as the admin pages show it (Sync Jobs and its health view). */
import { LightningElement, api } from 'lwc';

export default class RunWindow extends LightningElement {
  /** ISO datetime of the window's start. */
  @api start = null;
  /** ISO datetime of the window's end. */
  @api end = null;
}
