/**
 * Hand-written declarations for the `lightning/*` service modules our components import
 * (`@salesforce/lightning-types` only types the base components' tags). Keep to what we use; add a
 * member when a component needs it. Jest uses sfdx-lwc-jest's stubs for these modules.
 */

declare module 'lightning/platformShowToastEvent' {
  export type ToastVariant = 'info' | 'success' | 'warning' | 'error';
  export type ToastMode = 'dismissible' | 'pester' | 'sticky';
  export interface ShowToastEventDetail {
    title?: string;
    message?: string;
    messageData?: Array<string | { url: string; label: string }>;
    variant?: ToastVariant;
    mode?: ToastMode;
  }
  export class ShowToastEvent extends CustomEvent<ShowToastEventDetail> {
    constructor(detail: ShowToastEventDetail);
  }
}

declare module 'lightning/navigation' {
  import type { WireAdapterConstructor } from 'lwc';

  export interface PageReference {
    type: string;
    attributes?: Record<string, unknown>;
    state?: Record<string, string | undefined>;
  }
  type Constructor<T = object> = abstract new (...args: any[]) => T;
  export interface NavigationMixinInstance {
    [NavigationMixin.Navigate](pageReference: PageReference, replace?: boolean): void;
    [NavigationMixin.GenerateUrl](pageReference: PageReference): Promise<string>;
  }
  export const NavigationMixin: {
    <T extends Constructor>(base: T): T & Constructor<NavigationMixinInstance>;
    readonly Navigate: unique symbol;
    readonly GenerateUrl: unique symbol;
  };
  export const CurrentPageReference: WireAdapterConstructor;
}

declare module 'lightning/uiRecordApi' {
  import type { WireAdapterConstructor } from 'lwc';

  export interface FieldId {
    fieldApiName: string;
    objectApiName: string;
  }
  export interface ObjectId {
    objectApiName: string;
  }
  export interface FieldValue<T = unknown> {
    value: T;
    displayValue: string | null;
  }
  export interface RecordRepresentation {
    id: string;
    apiName: string;
    fields: Record<string, FieldValue>;
    childRelationships?: Record<string, unknown>;
    lastModifiedById?: string | null;
    lastModifiedDate?: string | null;
    recordTypeId?: string | null;
  }
  export interface RecordInput {
    apiName?: string;
    fields: Record<string, unknown>;
    allowSaveOnDuplicate?: boolean;
  }
  export const getRecord: WireAdapterConstructor;
  export const getRecords: WireAdapterConstructor;
  export const getRecordCreateDefaults: WireAdapterConstructor;
  export function getFieldValue(
    record: RecordRepresentation | undefined | null,
    field: FieldId | string,
  ): unknown;
  export function getFieldDisplayValue(
    record: RecordRepresentation | undefined | null,
    field: FieldId | string,
  ): unknown;
  export function createRecord(recordInput: RecordInput): Promise<RecordRepresentation>;
  export function updateRecord(
    recordInput: RecordInput,
    clientOptions?: Record<string, unknown>,
  ): Promise<RecordRepresentation>;
  export function deleteRecord(recordId: string): Promise<void>;
  export function notifyRecordUpdateAvailable(items: Array<{ recordId: string }>): Promise<void>;
  export function generateRecordInputForCreate(
    record: RecordRepresentation,
    objectInfo?: unknown,
  ): RecordInput;
  export function generateRecordInputForUpdate(
    record: RecordRepresentation,
    objectInfo?: unknown,
  ): RecordInput;
}

declare module 'lightning/uiObjectInfoApi' {
  import type { WireAdapterConstructor } from 'lwc';

  export const getObjectInfo: WireAdapterConstructor;
  export const getObjectInfos: WireAdapterConstructor;
  export const getPicklistValues: WireAdapterConstructor;
  export const getPicklistValuesByRecordType: WireAdapterConstructor;
}

declare module 'lightning/platformResourceLoader' {
  export function loadScript(self: object, url: string): Promise<void>;
  export function loadStyle(self: object, url: string): Promise<void>;
}
