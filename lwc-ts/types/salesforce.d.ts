/**
 * Hand-written declarations for the `@salesforce/*` scoped modules that are not generated.
 * Generated ones: `@salesforce/apex/<Class>.<method>` (generated/apex.d.ts) and
 * `@salesforce/schema/<Object>[.<Field>]` (generated/schema.d.ts) — there is deliberately no
 * wildcard for those two, so a renamed Apex method or field fails the type check.
 */

declare module '@salesforce/apex' {
  /** Re-runs a `@wire`d Apex call; pass the value the wire provisioned. */
  export function refreshApex(wiredValue: unknown): Promise<void>;
  export function getSObjectValue(sObject: object, field: string | { fieldApiName: string }): unknown;
}

declare module '@salesforce/label/*' {
  const label: string;
  export default label;
}

declare module '@salesforce/user/Id' {
  const userId: string;
  export default userId;
}

declare module '@salesforce/user/isGuest' {
  const isGuest: boolean;
  export default isGuest;
}

declare module '@salesforce/customPermission/*' {
  const hasPermission: boolean;
  export default hasPermission;
}

declare module '@salesforce/userPermission/*' {
  const hasPermission: boolean;
  export default hasPermission;
}

declare module '@salesforce/resourceUrl/*' {
  const url: string;
  export default url;
}

declare module '@salesforce/i18n/*' {
  const value: string;
  export default value;
}

declare module '@salesforce/client/formFactor' {
  const formFactor: 'Large' | 'Medium' | 'Small';
  export default formFactor;
}
