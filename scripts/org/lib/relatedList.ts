/**
 * Pure page-layout patching for the "Chat Transcripts" related list (no org access, unit-tested).
 * Input: a Layout as the Metadata API `read` returns it; output: the patched copy and whether it changed.
 */

/** One `<relatedLists>` entry of a Layout (the Metadata API's RelatedListItem). */
export interface RelatedListItem {
  relatedList: string;
  fields?: string[] | string;
  sortField?: string | null;
  sortOrder?: string | null;
  customButtons?: string[] | string;
  excludeButtons?: string[] | string;
  [key: string]: unknown;
}

/** The part of a Layout this module looks at; everything else is passed through untouched. */
export interface LayoutLike {
  fullName?: string;
  relatedLists?: RelatedListItem[] | RelatedListItem | null;
  [key: string]: unknown;
}

export interface PatchResult<T extends LayoutLike> {
  layout: T;
  changed: boolean;
}

/** The child object, without namespace. */
export const CHAT_TRANSCRIPT_OBJECT = 'Chat_Transcript__c';

/** Columns of the related list: `NAME` is the standard Name column, the others are custom fields. */
export const RELATED_LIST_FIELDS = [
  'NAME',
  'Channel__c',
  'Start_Time__c',
  'Agent_Name__c',
  'Status__c',
] as const;

/** Adds the namespace prefix to a custom name (`Channel__c` → `LiveEngage__Channel__c`); '' leaves it. */
export function withNamespace(name: string, namespace: string): string {
  if (!namespace || !name.endsWith('__c')) return name;
  const alreadyPrefixed = name.slice(0, -3).includes('__');
  return alreadyPrefixed ? name : `${namespace}__${name}`;
}

/**
 * The related list entry for Chat Transcripts through one lookup (`Account__c`, `Case__c`, ...):
 * `<relatedList>Chat_Transcript__c.Case__c</relatedList>` (namespaced when the package is), newest first.
 */
export function chatTranscriptRelatedList(lookupField: string, namespace = ''): RelatedListItem {
  const ns = (n: string) => withNamespace(n, namespace);
  return {
    fields: RELATED_LIST_FIELDS.map(ns),
    relatedList: `${ns(CHAT_TRANSCRIPT_OBJECT)}.${ns(lookupField)}`,
    sortField: ns('Start_Time__c'),
    sortOrder: 'Desc',
  };
}

/** The layout's related lists as an array, whatever shape the API returned (none, one, many). */
export function relatedListsOf(layout: LayoutLike): RelatedListItem[] {
  const lists = layout.relatedLists;
  if (lists === undefined || lists === null) return [];
  return Array.isArray(lists) ? lists : [lists];
}

/** True when the layout already shows the related list (compared case-insensitively, like the platform). */
export function hasRelatedList(layout: LayoutLike, relatedList: string): boolean {
  const wanted = relatedList.toLowerCase();
  return relatedListsOf(layout).some((r) => String(r.relatedList ?? '').toLowerCase() === wanted);
}

/**
 * Appends `item` to the layout's related lists unless a related list with the same `relatedList`
 * is already there (then the layout is returned unchanged, so a second run changes nothing). Never
 * mutates its input.
 */
export function addRelatedList<T extends LayoutLike>(layout: T, item: RelatedListItem): PatchResult<T> {
  if (hasRelatedList(layout, item.relatedList)) return { layout, changed: false };
  return {
    layout: { ...layout, relatedLists: [...relatedListsOf(layout), { ...item }] },
    changed: true,
  };
}
