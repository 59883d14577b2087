/**
 * A skill's default widget screen as `Enabled_Skill__c.Default_Screen__c` stores it (`PeopleSearch`,
 * `Search:<Object>`, `New:<Object>`): written by the admin's Configure Skills editor, opened by the widget.
 * Apex `EnabledSkillValues` reads the same values; the contract vector `default-screens` pins both.
 */
export type ScreenKind = 'PeopleSearch' | 'Search' | 'New';

export interface DefaultScreen {
  kind: ScreenKind;
  /** The object a Search or New screen opens; '' for People Search. */
  objectApiName: string;
}

export const PEOPLE_SEARCH = 'PeopleSearch';

const PREFIXED: readonly ScreenKind[] = ['Search', 'New'];

/** The screen a stored value opens: anything that is not `Search:…` or `New:…` is People Search. */
export function parseScreen(value: string | null | undefined): DefaultScreen {
  for (const kind of PREFIXED) {
    const prefix = `${kind}:`;
    if (value?.startsWith(prefix)) return { kind, objectApiName: value.slice(prefix.length) };
  }
  return { kind: 'PeopleSearch', objectApiName: '' };
}

/** The stored value of a screen. */
export function screenValue(screen: DefaultScreen): string {
  return screen.kind === 'PeopleSearch' ? PEOPLE_SEARCH : `${screen.kind}:${screen.objectApiName}`;
}
