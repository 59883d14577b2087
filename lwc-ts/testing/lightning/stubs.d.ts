/** The stock sfdx-lwc-jest stubs our validating stubs extend (jest.config.js maps `lightning-stubs/*`). */
declare module 'lightning-stubs/*' {
  import { LightningElement } from 'lwc';
  export default class Stub extends LightningElement {
    required?: boolean;
    value?: unknown;
    messageWhenValueMissing?: string;
  }
}
