import Stock from 'lightning-stubs/textarea';
import { validatable } from '../validatable';

/** `lightning/textarea` in component tests: the stock stub plus constraint validation. */
export default class Textarea extends validatable(Stock) {}
