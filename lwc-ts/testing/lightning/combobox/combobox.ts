import Stock from 'lightning-stubs/combobox';
import { validatable } from '../validatable';

/** `lightning/combobox` in component tests: the stock stub plus constraint validation. */
export default class Combobox extends validatable(Stock) {}
