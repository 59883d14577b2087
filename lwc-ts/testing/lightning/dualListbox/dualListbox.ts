import Stock from 'lightning-stubs/dualListbox';
import { validatable } from '../validatable';

/** `lightning/dualListbox` in component tests: the stock stub plus constraint validation. */
export default class DualListbox extends validatable(Stock) {}
