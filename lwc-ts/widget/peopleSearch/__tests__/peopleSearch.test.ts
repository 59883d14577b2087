import PeopleSearch from 'c/peopleSearch';
import search from '@salesforce/apex/WidgetController.search';
import linkChat from '@salesforce/apex/WidgetController.linkChat';
import getCreateForm from '@salesforce/apex/WidgetController.getCreateForm';
import getRecordDetails from '@salesforce/apex/WidgetController.getRecordDetails';
import { LOCKED_HINT } from '../peopleSearch';
import { searchGroups } from '../searchRows';
import type { WidgetDtos_SearchResult, WidgetDtos_Session } from 'apex-dtos';
import { apexMock, dto } from '../../../testing/apexMocks';
import { find, findInAny, flush, mount as mountComponent } from '../../../testing/mount';
import { linkButton } from '../../../testing/linkAction';

apexMock(getCreateForm).mockResolvedValue({ fields: [] });
apexMock(getRecordDetails).mockResolvedValue({ id: '001000000000001AAA', name: 'Acme', fields: [] });

const searchMock = apexMock(search);
const linkMock = apexMock(linkChat);

const ACME = '001000000000001AAA';
const ANN = '003000000000001AAA';
const BO = '00Q000000000001AAA';

const treeResult = dto<WidgetDtos_SearchResult>()({
  term: 'lee',
  total: 2,
  groups: [
    {
      objectApiName: 'Account',
      label: 'Accounts',
      records: [
        {
          id: ACME,
          objectApiName: 'Account',
          name: 'Acme',
          matched: false,
          detail: '',
          children: [
            { id: ANN, objectApiName: 'Contact', name: 'Ann Lee', detail: 'ann@example.org', matched: true },
          ],
        },
      ],
    },
    {
      objectApiName: 'Lead',
      label: 'Leads',
      records: [{ id: BO, objectApiName: 'Lead', name: 'Bo Lee', matched: true }],
    },
    {
      objectApiName: 'Case',
      label: 'Cases',
      records: [],
      message: 'The search filter on Case … cannot be applied',
    },
  ],
});

function session(overrides: Partial<WidgetDtos_Session> = {}): WidgetDtos_Session {
  return dto<WidgetDtos_Session>()({
    status: 'ready',
    skillName: 'Sales',
    skillId: '42',
    objects: [
      { apiName: 'Account', label: 'Account', labelPlural: 'Accounts', canCreate: false },
      { apiName: 'Lead', label: 'Lead', labelPlural: 'Leads', canCreate: true },
    ],
    defaultScreen: 'PeopleSearch',
    searchTerm: 'lee',
    searchLocked: false,
    results: treeResult,
    ...overrides,
  });
}

type Host = HTMLElement & {
  session?: unknown;
  conversation?: unknown;
  links?: unknown;
  searchFor?: (t: string) => Promise<void>;
};

const mount = (props: Record<string, unknown>): Promise<Host> =>
  mountComponent<Record<string, unknown>>('c-people-search', PeopleSearch, props);

type Field = HTMLElement & Record<string, unknown>;
const q = (el: Host, sel: string) => find<Field>(el, sel);

describe('c-people-search', () => {
  beforeEach(() => {
    searchMock.mockReset();
    linkMock.mockReset();
  });

  it('shows the on-load result as a tree: Contacts under their Account', async () => {
    const el = await mount({ session: session() });
    expect(q(el, '[data-id="search-term"]')!.value).toBe('lee');
    expect(q(el, '[data-id="result-message"]')!.textContent).toBe('2 records match "lee".');
    const rows = [...el.shadowRoot!.querySelectorAll('li')];
    expect(rows.map((r) => r.getAttribute('data-record'))).toEqual([ACME, ANN, BO]);
    expect(rows[1].className).toContain('search-row_child');
    expect(rows[1].textContent).toContain('ann@example.org');
    expect(el.shadowRoot!.querySelector('[data-group-message]')!.textContent).toContain('cannot be applied');
    expect(searchMock).not.toHaveBeenCalled();
  });

  it('offers People Search and one entry per object of the skill', async () => {
    const el = await mount({ session: session({ defaultScreen: 'Search:Lead' }) });
    const picker = q(el, '[data-id="object-picker"]')!;
    expect((picker.options as Array<{ label: string }>).map((o) => o.label)).toEqual([
      'People Search',
      'Search Accounts',
      'Search Leads',
    ]);
    expect(picker.value).toBe('Lead');
  });

  it('searches what the agent typed, in the chosen object', async () => {
    searchMock.mockResolvedValue({ term: 'bo', total: 0, groups: [] });
    const el = await mount({ session: session() });
    const input = q(el, '[data-id="search-term"]')!;
    input.value = 'bo';
    input.dispatchEvent(new CustomEvent('change'));
    q(el, '[data-id="object-picker"]')!.dispatchEvent(
      new CustomEvent('change', { detail: { value: 'Lead' } }),
    );
    await flush();
    expect(searchMock).toHaveBeenLastCalledWith({
      request: { skillName: 'Sales', skillId: '42', objectApiName: 'Lead', term: 'bo' },
    });
    expect(q(el, '[data-id="result-message"]')!.textContent).toBe('No records match "bo".');
  });

  it('locks the on-load search text when the admin says so', async () => {
    const el = await mount({ session: session({ searchLocked: true }) });
    expect(q(el, '[data-id="search-term"]')!.disabled).toBe(true);
    expect(q(el, '[data-id="locked"]')!.textContent).toBe(LOCKED_HINT);
  });

  it('links the chat and tells its parent', async () => {
    const state = { linked: true, records: [{ id: ANN }] };
    linkMock.mockResolvedValue(state);
    const conversation = { rtSessionId: '1', skillName: 'Sales' };
    const el = await mount({ session: session(), conversation });
    const handler = jest.fn();
    el.addEventListener('linkchange', handler);
    linkButton(el, ANN)!.click();
    await flush();
    expect(linkMock).toHaveBeenCalledWith({ request: { conversation, recordId: ANN } });
    expect((handler.mock.calls[0][0] as CustomEvent).detail).toEqual(state);
  });

  it('opens the info bubble under a result and closes it again', async () => {
    const el = await mount({ session: session() });
    (el.shadowRoot!.querySelector(`lightning-button-icon[data-id="${ANN}"]`) as HTMLElement).click();
    await flush();
    const bubble = el.shadowRoot!.querySelector(`[data-info="${ANN}"] c-record-info`) as HTMLElement & {
      variant?: string;
      recordId?: string;
    };
    expect(bubble.variant).toBe('bubble');
    expect(bubble.recordId).toBe(ANN);
    bubble.dispatchEvent(new CustomEvent('close'));
    await flush();
    expect(el.shadowRoot!.querySelector('[data-info]')).toBeNull();
  });

  it('opens the record view from a name and goes back to the same result', async () => {
    const el = await mount({ session: session() });
    (el.shadowRoot!.querySelector(`button[data-open="${BO}"]`) as HTMLElement).click();
    await flush();
    const view = el.shadowRoot!.querySelector('[data-id="record-view"] c-record-info') as HTMLElement & {
      variant?: string;
      recordId?: string;
    };
    expect(view.variant).toBe('view');
    expect(view.recordId).toBe(BO);
    expect(el.shadowRoot!.querySelector('[data-id="people-search"]')).toBeNull();
    (el.shadowRoot!.querySelector('[data-id="back"]') as HTMLElement).click();
    await flush();
    expect(el.shadowRoot!.querySelectorAll('li[data-record]')).toHaveLength(3);
  });

  it('Actions offers New <Object> where creation is allowed, and opens its form', async () => {
    const el = await mount({ session: session() });
    const items = [...el.shadowRoot!.querySelectorAll('[data-id="actions"] lightning-menu-item')].map(
      (m) => (m as unknown as { label: string }).label,
    );
    expect(items).toEqual(['New Lead']);
    el.shadowRoot!.querySelector('[data-id="actions"]')!.dispatchEvent(
      new CustomEvent('select', { detail: { value: 'Lead' } }),
    );
    await flush();
    const form = el.shadowRoot!.querySelector('c-create-form') as HTMLElement & { objectApiName?: string };
    expect(form.objectApiName).toBe('Lead');
    form.dispatchEvent(new CustomEvent('saved', { detail: { recordId: BO } }));
    await flush();
    const view = el.shadowRoot!.querySelector('[data-id="record-view"] c-record-info') as HTMLElement & {
      recordId?: string;
    };
    expect(view.recordId).toBe(BO);
  });

  it('opens on the New screen when it is the skill’s default screen', async () => {
    const el = await mount({ session: session({ defaultScreen: 'New:Lead' }) });
    expect(el.shadowRoot!.querySelector('c-create-form')).not.toBeNull();
  });

  it('marks linked records instead of offering Link Chat', async () => {
    const el = await mount({ session: session(), links: { linked: true, records: [{ id: BO }] } });
    expect(findInAny(el, 'c-link-action', `[data-linked="${BO}"]`)).not.toBeNull();
    expect(linkButton(el, BO)).toBeNull();
  });

  it('shows Apex errors and runs a late on-load search through searchFor', async () => {
    searchMock.mockRejectedValueOnce({ body: { message: 'The Skill is missing.' } });
    const el = await mount({ session: session({ results: undefined, searchTerm: '' }) });
    await el.searchFor!('dana@example.org');
    await flush();
    expect(searchMock).toHaveBeenCalledWith({
      request: { skillName: 'Sales', skillId: '42', objectApiName: undefined, term: 'dana@example.org' },
    });
    expect(q(el, '[data-id="search-error"]')!.textContent).toBe('The Skill is missing.');
  });
});

describe('searchGroups', () => {
  it('returns nothing for no result and keeps group order', () => {
    expect(searchGroups(null, new Set())).toEqual([]);
    const groups = searchGroups(treeResult, new Set([ANN]));
    expect(groups.map((g) => g.label)).toEqual(['Accounts', 'Leads', 'Cases']);
    expect(groups[0].rows.map((r) => [r.level, r.matched, r.linked])).toEqual([
      [1, false, false],
      [2, true, true],
    ]);
    expect(groups[2].hasRows).toBe(false);
    expect(groups[2].hasMessage).toBe(true);
  });
});
