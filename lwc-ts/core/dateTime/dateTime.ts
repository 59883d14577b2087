/** A moment as the app shows one: date with hour and minute in the user's locale and time zone; "—" when unknown. */
import { LightningElement, api } from 'lwc';

export default class DateTime extends LightningElement {
  /** ISO datetime or epoch ms; empty or undefined shows "—". */
  @api value: string | number | null | undefined;
}
