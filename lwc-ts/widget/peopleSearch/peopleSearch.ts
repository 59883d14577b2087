/**
 * People Search (guide: the default and recommended widget screen): Accounts with their Contacts,
 * Leads and the skill's other objects matching a name, email or phone; the object picker searches
 * one object. Opens with the on-load auto-search result of the session; Link Chat on every record
 * fires `linkchange` with the new `WidgetDtos.LinkState`.
 */
import { LightningElement, api } from 'lwc';
import search from '@salesforce/apex/WidgetController.search';
import { parseScreen } from 'c/defaultScreen';
import { reduceErrors } from 'c/reduceErrors';
import { changeLink } from 'c/linkChange';
import { markPhase } from 'c/widgetTiming';
import type {
  WidgetDtos_Conversation,
  WidgetDtos_LinkState,
  WidgetDtos_SearchResult,
  WidgetDtos_Session,
} from 'apex-dtos';
import { searchGroups } from './searchRows';
import type { SearchGroupView } from './searchRows';

export const PEOPLE_SEARCH = '';

export const LOCKED_HINT =
  'The search text comes from the conversation and your administrator does not allow changing it ' +
  '(Disable Modify Onload Search Params).';

interface PickerOption {
  label: string;
  value: string;
}

interface FormContext {
  id: string;
  objectApiName: string;
  name: string;
}

export default class PeopleSearch extends LightningElement {
  /** The focused conversation (sent back to Apex on Link Chat). */
  @api conversation: WidgetDtos_Conversation | undefined;

  /** The conversation's links, to mark linked records. */
  @api links: WidgetDtos_LinkState | undefined;

  /** LivePerson's public model of the conversation (pre-fills the create form). */
  @api sdkModel: unknown;

  /** The session from `WidgetController.startSession`: objects, default screen, on-load result. */
  @api
  get session(): WidgetDtos_Session | undefined {
    return this.currentSession;
  }
  set session(value: WidgetDtos_Session | undefined) {
    this.currentSession = value;
    const screen = parseScreen(value?.defaultScreen);
    this.objectApiName = screen.kind === 'Search' ? screen.objectApiName : PEOPLE_SEARCH;
    this.term = value?.searchTerm ?? '';
    this.result = value?.results ?? null;
    this.error = '';
    this.infoId = '';
    this.viewId = '';
    const newScreen = screen.kind === 'New' ? screen.objectApiName : '';
    this.formObject = (value?.objects ?? []).some((o) => o.apiName === newScreen && o.canCreate)
      ? newScreen
      : '';
    this.formContext = null;
  }

  /**
   * Runs the on-load search when its value reached the widget only after the session started
   * (LivePerson delivers each key separately).
   */
  @api
  searchFor(term: string): Promise<void> {
    this.term = term;
    return this.runSearch();
  }

  term = '';
  /** The record whose info bubble is open, else ''. */
  infoId = '';
  /** The record shown in the record view (replaces the list), else ''. */
  viewId = '';
  /** The object of the open create form (replaces the list), else ''. */
  formObject = '';
  /** The record the create form was opened from, else null. */
  formContext: FormContext | null = null;
  objectApiName = PEOPLE_SEARCH;
  result: WidgetDtos_SearchResult | null = null;
  busy = false;
  linkingId = '';
  error = '';

  private currentSession: WidgetDtos_Session | undefined;

  get pickerOptions(): PickerOption[] {
    return [
      { label: 'People Search', value: PEOPLE_SEARCH },
      ...(this.currentSession?.objects ?? []).map((o) => ({
        label: `Search ${o.labelPlural ?? o.label ?? o.apiName ?? ''}`,
        value: o.apiName ?? '',
      })),
    ];
  }

  get locked(): boolean {
    return this.currentSession?.searchLocked === true && this.term === (this.currentSession.searchTerm ?? '');
  }

  get lockedHint(): string {
    return LOCKED_HINT;
  }

  get groups(): SearchGroupView[] {
    const linked = new Set((this.links?.records ?? []).map((r) => r.id ?? ''));
    return searchGroups(this.result, linked, this.infoId);
  }

  get isRecordView(): boolean {
    return this.viewId !== '' && this.formObject === '';
  }

  get isForm(): boolean {
    return this.formObject !== '';
  }

  /** Actions › New <Object>: enabled objects where creation is allowed and the user may create. */
  get newOptions(): PickerOption[] {
    return (this.currentSession?.objects ?? [])
      .filter((o) => o.canCreate === true)
      .map((o) => ({ label: `New ${o.label ?? o.apiName ?? ''}`, value: o.apiName ?? '' }));
  }

  get hasNewOptions(): boolean {
    return this.newOptions.length > 0;
  }

  handleNew(event: CustomEvent<{ value: string }>): void {
    this.formObject = event.detail.value ?? '';
    this.formContext = null;
    this.infoId = '';
  }

  handleNewFromRecord(event: CustomEvent<{ objectApiName: string; context: FormContext }>): void {
    this.formObject = event.detail.objectApiName ?? '';
    this.formContext = event.detail.context ?? null;
  }

  handleFormClose(): void {
    this.formObject = '';
    this.formContext = null;
  }

  handleSaved(event: CustomEvent<{ recordId: string }>): void {
    this.formObject = '';
    this.formContext = null;
    this.viewId = event.detail.recordId ?? '';
  }

  handleInfo(event: Event): void {
    const id = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this.infoId = this.infoId === id ? '' : id;
  }

  handleCloseInfo(): void {
    this.infoId = '';
  }

  handleOpen(event: Event): void {
    this.viewId = (event.currentTarget as HTMLElement).dataset.id ?? '';
    this.infoId = '';
  }

  handleBack(): void {
    this.viewId = '';
  }

  handleChildLinkChange(event: CustomEvent<WidgetDtos_LinkState>): void {
    this.dispatchEvent(new CustomEvent('linkchange', { detail: event.detail }));
  }

  renderedCallback(): void {
    if (this.result !== null) markPhase('results-shown');
  }

  get hasResult(): boolean {
    return this.result !== null;
  }

  get resultMessage(): string {
    if (!this.result) return '';
    if (this.result.message) return this.result.message;
    const total = this.result.total ?? 0;
    return total === 0
      ? `No records match "${this.result.term ?? ''}".`
      : `${total} record${total === 1 ? '' : 's'} match "${this.result.term ?? ''}".`;
  }

  get hasError(): boolean {
    return this.error !== '';
  }

  handleObject(event: CustomEvent<{ value: string }>): void {
    this.objectApiName = event.detail.value ?? PEOPLE_SEARCH;
    if (this.term.trim()) void this.runSearch();
  }

  handleTerm(event: Event): void {
    this.term = (event.target as HTMLInputElement).value ?? '';
  }

  handleKeyUp(event: KeyboardEvent): void {
    if (event.key === 'Enter') void this.runSearch();
  }

  handleSearch(): void {
    void this.runSearch();
  }

  private async runSearch(): Promise<void> {
    const session = this.currentSession;
    if (!session || this.busy) return;
    this.busy = true;
    this.error = '';
    try {
      this.result = await search({
        request: {
          skillName: session.skillName,
          skillId: session.skillId,
          objectApiName: this.objectApiName || undefined,
          term: this.term,
        },
      });
    } catch (e) {
      this.error = reduceErrors(e).join(' ');
    } finally {
      this.busy = false;
    }
  }

  async handleLink(event: CustomEvent<{ recordId: string }>): Promise<void> {
    const recordId = event.detail.recordId;
    if (!recordId || this.linkingId) return;
    this.linkingId = recordId;
    this.error = '';
    this.error = await changeLink(this, 'link', this.conversation, recordId);
    this.linkingId = '';
  }
}
