import Stock from 'lightning-stubs/radioGroup';
import { validatable } from '../validatable';

/** `lightning/radioGroup` in component tests: the stock stub plus constraint validation. */
export default class RadioGroup extends validatable(Stock) {}
