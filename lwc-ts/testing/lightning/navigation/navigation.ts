/**
 * `lightning/navigation` in component tests. `navigate` records every page reference a component
 * navigates to; `[GenerateUrl]` answers the Lightning URL of the page reference types the app uses and
 * refuses any other, as the platform would for a reference it cannot resolve.
 */
import { createTestWireAdapter } from '@salesforce/wire-service-jest-util';
import type { PageReference } from 'lightning/navigation';

export const navigate = jest.fn<(ref: PageReference) => void>();

export const CurrentPageReference = createTestWireAdapter(jest.fn());

function query(state: PageReference['state']): string {
  const entries = Object.entries(state ?? {}).filter((e): e is [string, string] => e[1] !== undefined);
  return entries.length ? `?${new URLSearchParams(entries).toString()}` : '';
}

/** The URL Lightning gives a page reference. */
export function urlOf(ref: PageReference): string {
  const a = (ref.attributes ?? {}) as Record<string, string | undefined>;
  switch (ref.type) {
    case 'standard__recordPage':
      return `/lightning/r/${a.objectApiName}/${a.recordId}/${a.actionName ?? 'view'}${query(ref.state)}`;
    case 'standard__objectPage':
      return `/lightning/o/${a.objectApiName}/${a.actionName ?? 'home'}${query(ref.state)}`;
    case 'standard__recordRelationshipPage':
      return `/lightning/r/${a.objectApiName}/${a.recordId}/related/${a.relationshipApiName}/${a.actionName ?? 'view'}`;
    case 'standard__navItemPage':
      return `/lightning/n/${a.apiName}${query(ref.state)}`;
    default:
      throw new Error(`lightning/navigation (test): no URL for a page reference of type '${ref.type}'`);
  }
}

const Navigate = Symbol('Navigate');
const GenerateUrl = Symbol('GenerateUrl');

// A mixin's base must take `any[]` (TypeScript's rule for mixin classes).
type Constructor = new (...args: any[]) => object;

export function NavigationMixin<B extends Constructor>(Base: B) {
  class Navigating extends Base {
    [Navigate](ref: PageReference): void {
      navigate(ref);
    }

    [GenerateUrl](ref: PageReference): Promise<string> {
      return Promise.resolve(urlOf(ref));
    }
  }
  return Navigating;
}
NavigationMixin.Navigate = Navigate;
NavigationMixin.GenerateUrl = GenerateUrl;
