import Stock from 'lightning-stubs/input';
import { validatable } from '../validatable';

/** `lightning/input` in component tests: the stock stub plus constraint validation. */
export default class Input extends validatable(Stock) {}
