import ChatLink from 'c/chatLink';
import { openFullView } from 'c/sfFullView';
import startSession from '@salesforce/apex/WidgetController.startSession';
import search from '@salesforce/apex/WidgetController.search';
import { createMockAgentSdk, flush } from '../../agentSdk/__tests__/mockAgentSdk';
import type { MockAgentSdk } from '../../agentSdk/__tests__/mockAgentSdk';
import chatConversation from './data/chatConversation.json';
import messagingConversation from './data/messagingConversation.json';
import type { WidgetDtos_Session } from 'apex-dtos';
import { apexMock, dto } from '../../../testing/apexMocks';
import { mount as mountComponent } from '../../../testing/mount';

const startSessionMock = apexMock(startSession);
const searchMock = apexMock(search);

/** A ready session of the skill Billing (People Search, pre-chat email), as WidgetController returns it. */
function readySession(overrides: Partial<WidgetDtos_Session> = {}): WidgetDtos_Session {
  return dto<WidgetDtos_Session>()({
    status: 'ready',
    skillName: 'Billing',
    skillId: '3856001210',
    objects: [{ apiName: 'Contact', label: 'Contact', labelPlural: 'Contacts', canCreate: true }],
    defaultScreen: 'PeopleSearch',
    searchValue: 'PreChat_Visitor_Email',
    autoSearch: true,
    searchTerm: 'dana@example.org',
    searchLocked: false,
    results: { term: 'dana@example.org', total: 0, groups: [] },
    useServiceConsole: false,
    orgUrl: 'https://acme.my.salesforce.com',
    links: { conversationKey: '902335464294971234', linked: false, records: [] },
    ...overrides,
  });
}

type Host = HTMLElement & { sdkProvider?: unknown };

function installSdk(model: Record<string, unknown> = {}): MockAgentSdk {
  const sdk = createMockAgentSdk(model);
  (window as unknown as { lpTag: unknown }).lpTag = { agentSDK: sdk };
  return sdk;
}

async function mount(props: Record<string, unknown> = {}): Promise<Host> {
  const el = await mountComponent<Record<string, unknown>>('c-chat-link', ChatLink, props);
  await flush(); // the agent SDK mock answers over several ticks
  return el as unknown as Host;
}

function root(el: Host): ShadowRoot {
  return el.shadowRoot as ShadowRoot;
}

function fieldText(el: Host, key: string): string | undefined {
  const dd = root(el).querySelector(`[data-field="${key}"]`);
  return dd?.querySelector('.chatlink-value')?.textContent ?? undefined;
}

/** Asserts each field (by key) shows the given value. */
function expectFields(el: Host, want: Record<string, string>): void {
  expect(Object.fromEntries(Object.keys(want).map((key) => [key, fieldText(el, key)]))).toEqual(want);
}

function sourceText(el: Host, key: string): string | undefined {
  return root(el).querySelector(`[data-field="${key}"] .chatlink-source`)?.textContent ?? undefined;
}

describe('c-chat-link', () => {
  beforeEach(() => {
    startSessionMock.mockReset();
    searchMock.mockReset();
    startSessionMock.mockResolvedValue(readySession());
  });

  afterEach(() => {
    delete (window as unknown as { lpTag?: unknown }).lpTag;
  });

  it('says it is not in the agent workspace when the SDK is missing', async () => {
    const el = await mount();
    const alert = root(el).querySelector('[data-id="unavailable"]');
    expect(alert).not.toBeNull();
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Not running inside the LivePerson agent workspace');
    expect(alert?.textContent).toContain('window.lpTag.agentSDK was not found');
    expect(alert?.textContent).toContain('/apex/ChatLink');
    expect(root(el).querySelector('[data-id="conversation"]')).toBeNull();
  });

  it('waits, with the guide’s hint, until LivePerson names the conversation', async () => {
    const sdk = installSdk();
    const el = await mount();
    expect(sdk.initCalls).toHaveLength(1);
    const waiting = root(el).querySelector('[data-id="waiting"]');
    expect(waiting?.getAttribute('role')).toBe('status');
    expect(waiting?.getAttribute('aria-live')).toBe('polite');
    expect(waiting?.textContent).toContain('Waiting to initialize session');
    expect(waiting?.textContent).toContain('at least one skill');
    const spinner = root(el).querySelector('lightning-spinner') as HTMLElement & { alternativeText?: string };
    expect(spinner.alternativeText).toBe('Waiting to initialize session');
    // Binds specific children, never the whole SDE parent.
    expect(sdk.bindings.map((b) => b.path).sort()).toEqual(
      [
        'SDE.customerDetails',
        'SDE.marketingSource',
        'SDE.personalInfo',
        'authenticatedData',
        'campaignInfo',
        'chatInfo',
        'chattingAgentInfo',
        'surveyQuestions.preChat',
        'visitorInfo',
      ].sort(),
    );

    sdk.set('chatInfo', chatConversation.chatInfo);
    await flush(1);
    expect(root(el).querySelector('[data-id="waiting"]')).toBeNull();
    expect(fieldText(el, 'conversationId')).toBe('4294971234');
  });

  it('shows a chat conversation’s data', async () => {
    installSdk(chatConversation);
    const el = await mount();
    const badge = root(el).querySelector('[data-id="channel"]') as HTMLElement & { label?: string };
    expect(badge.label).toBe('Chat');
    expectFields(el, {
      channel: 'Chat',
      conversationId: '4294971234',
      engagementId: '902335464294971234',
      skill: 'Billing',
      agent: 'Sam Lee',
      startUrl: 'https://shop.example.com/billing',
    });
    const start = root(el).querySelector('[data-field="startTime"] c-date-time') as HTMLElement & {
      value?: number;
    };
    expect(start.value).toBe(1714654867120);

    expect(fieldText(el, 'visitorName')).toBe('Dana Reyes');
    expect(sourceText(el, 'visitorName')).toBe('Pre-chat survey');
    expectFields(el, {
      visitorEmail: 'dana@example.org',
      visitorPhone: '+1 614 555 0100',
      company: 'Example Corp',
    });
    expect(root(el).querySelector('[data-field="consumerId"]')).toBeNull();

    expectFields(el, {
      browser: 'Chrome 124.0',
      device: 'DESKTOP',
      os: 'WINDOWS',
      location: 'Columbus, Ohio, United States',
      ip: '203.0.113.7',
    });

    expect(fieldText(el, 'pre-0')).toBe('AC-778');
    const preLabels = [...root(el).querySelectorAll('[data-section="preChat"] dt')].map((d) =>
      d.textContent?.trim(),
    );
    expect(preLabels).toEqual(['What is your Account Number?', 'Topic']);

    expectFields(el, {
      'customer-customerId': 'C-1009',
      'customer-type': 'vip',
      'customer-balance': '-400.99',
    });

    expectFields(el, {
      originatingChannel: '1',
      affiliate: 'Search',
      marketingCampaignId: 'spring-promo',
      campaignName: 'Live Chat on your site',
    });
    expect(root(el).querySelector('[data-id="ended"]')).toBeNull();
    expect(root(el).querySelector('[data-id="warnings"]')).toBeNull();
  });

  it('shows a messaging conversation’s data the messaging way', async () => {
    installSdk(messagingConversation);
    const el = await mount();
    const badge = root(el).querySelector('[data-id="channel"]') as HTMLElement & { label?: string };
    expect(badge.label).toBe('Messaging');
    expect(fieldText(el, 'conversationId')).toBe('5a1f0c2e-8b7d-4f0e-9c55-2f1a9e3b7c10');
    expect(root(el).querySelector('[data-field="engagementId"]')).toBeNull();
    expectFields(el, {
      agent: 'Sam',
      agentGroup: 'Main Group',
      visitorName: 'Dana',
    });
    expect(sourceText(el, 'visitorName')).toBe('Consumer profile');
    // preChat.phone is the consumer id for messaging: never shown as the phone.
    expect(fieldText(el, 'consumerId')).toBe('b7e4f1d2-0c9a-4e6b-8f3d-77a1c2d3e4f5');
    expect(fieldText(el, 'visitorPhone')).toBe('+1 614 555 0100');
    expect(sourceText(el, 'visitorPhone')).toBe('SDE personal info');
    expect(root(el).querySelector('[data-empty="preChat"]')?.textContent).toBe(
      'No pre-chat survey answers (not sent for messaging conversations).',
    );
    expect(root(el).querySelector('[data-empty="customer"]')).not.toBeNull();
    expect(root(el).querySelector('[data-empty="marketing"]')).not.toBeNull();
  });

  it('updates when the data changes and goes back to waiting when the conversation goes away', async () => {
    const sdk = installSdk(chatConversation);
    const el = await mount();
    sdk.set('chatInfo.chatSkill', 'Sales');
    sdk.set('visitorInfo.chattingVisitorState', 'ENDED');
    sdk.set('SDE.customerDetails', [
      { customerId: 'C-2000', registrationDate: { day: 3, month: 5, year: 2024 } },
    ]);
    await flush(1);
    expect(fieldText(el, 'skill')).toBe('Sales');
    expect(root(el).querySelector('[data-id="ended"]')).not.toBeNull();
    expect(fieldText(el, 'customer-customerId')).toBe('C-2000');
    expect(fieldText(el, 'customer-registrationDate')).toBe('2024-05-03');
    expect(root(el).querySelector('[data-field="customer-type"]')).toBeNull();

    sdk.set('chatInfo', null);
    await flush(1);
    expect(root(el).querySelector('[data-id="waiting"]')).not.toBeNull();
  });

  it('falls back to SDE personal info and authenticated data for the visitor', async () => {
    const sdk = installSdk({
      chatInfo: chatConversation.chatInfo,
      authenticatedData: {
        personalInfo: [{ name: 'Auth Name', contactInfo: [{ email: 'auth@example.com', phone: '555' }] }],
        customerDetails: [{ customerId: 'AUTH-1' }],
      },
    });
    const el = await mount();
    expect(fieldText(el, 'visitorName')).toBe('Auth Name');
    expect(sourceText(el, 'visitorName')).toBe('Authenticated data');
    expect(fieldText(el, 'visitorEmail')).toBe('auth@example.com');
    expect(fieldText(el, 'customer-customerId')).toBe('AUTH-1');
    sdk.set('SDE.personalInfo', [{ firstname: 'Sde', lastname: 'Person' }]);
    await flush(1);
    expect(fieldText(el, 'visitorName')).toBe('Sde Person');
    expect(sourceText(el, 'visitorName')).toBe('SDE personal info');
  });

  it('shows an error when the conversation cannot be bound', async () => {
    const sdk = installSdk(chatConversation);
    sdk.failures.bind.chatInfo = 'Error calling "bind" on the following key: chatInfo';
    const el = await mount();
    const alert = root(el).querySelector('[data-id="error"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('Could not subscribe to "chatInfo"');
    expect(alert?.textContent).toContain('Refresh the widget');
    // Late data for other keys does not hide the error.
    sdk.set('visitorInfo.browser', 'Firefox');
    await flush(1);
    expect(root(el).querySelector('[data-id="error"]')).not.toBeNull();
  });

  it('still shows the conversation, with a warning, when one SDE cannot be read', async () => {
    const sdk = installSdk(chatConversation);
    sdk.failures.bind['SDE.customerDetails'] = { message: 'Not authorized' };
    const el = await mount();
    expect(fieldText(el, 'conversationId')).toBe('4294971234');
    const warnings = root(el).querySelector('[data-id="warnings"]');
    expect(warnings?.getAttribute('role')).toBe('status');
    expect(warnings?.textContent).toContain('Could not subscribe to "SDE.customerDetails": Not authorized');
    expect(root(el).querySelector('[data-empty="customer"]')).not.toBeNull();
  });

  it('falls back to window.lpTag when the provider returns nothing or throws', async () => {
    installSdk(chatConversation);
    const el = await mount({
      sdkProvider: () => {
        throw new Error('no access');
      },
    });
    expect(fieldText(el, 'conversationId')).toBe('4294971234');
  });

  it('reports an init failure as an error', async () => {
    const sdk = installSdk();
    sdk.init = () => {
      throw new Error('Error initializing communication/Error creating instance of courier');
    };
    const el = await mount();
    expect(root(el).querySelector('[data-id="error"]')?.textContent).toContain('courier');
  });

  it('uses an SDK handed over by the host page and unbinds everything when removed', async () => {
    const sdk = createMockAgentSdk(chatConversation);
    const el = await mount({ sdkProvider: () => sdk });
    expect(fieldText(el, 'conversationId')).toBe('4294971234');
    expect(sdk.bindings.length).toBe(9);
    document.body.removeChild(el);
    await flush();
    expect(sdk.bindings).toHaveLength(0);
    expect(sdk.dispose).not.toHaveBeenCalled();
  });

  it('has accessible structure: labelled sections, headings, and term/definition pairs', async () => {
    installSdk(chatConversation);
    const el = await mount();
    const sections = [...root(el).querySelectorAll('section')];
    expect(sections.map((s) => s.getAttribute('aria-label'))).toEqual([
      'Conversation',
      'Visitor',
      'Visitor info',
      'Pre-chat survey',
      'Customer info',
      'Marketing source',
    ]);
    for (const s of sections) {
      expect(s.querySelector('h3')?.textContent).toBe(s.getAttribute('aria-label'));
      for (const row of s.querySelectorAll('dl > div')) {
        expect(row.children[0].tagName).toBe('DT');
        expect(row.children[1].tagName).toBe('DD');
        expect(row.children[0].textContent?.trim()).not.toBe('');
      }
    }
    const keys = [...root(el).querySelectorAll('[data-field]')].map((d) => d.getAttribute('data-field'));
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('c-chat-link and Salesforce', () => {
  beforeEach(() => {
    startSessionMock.mockReset();
    searchMock.mockReset();
  });

  afterEach(() => {
    delete (window as unknown as { lpTag?: unknown }).lpTag;
  });

  it('hands the host page’s console toolkit to SF Full View', async () => {
    startSessionMock.mockResolvedValue(readySession());
    installSdk(chatConversation);
    const tabs: unknown[] = [];
    const toolkit = {
      isInConsole: () => true,
      openPrimaryTab: (
        _id: unknown,
        url: string,
        _active: boolean,
        _label?: string,
        cb?: (r: unknown) => void,
      ) => {
        tabs.push(url);
        cb?.({ success: true, id: 'scc-pt-1' });
      },
    };
    await mount({ consoleProvider: () => toolkit });
    const url = 'https://acme.my.salesforce.com/lightning/r/003000000000001AAA/view';
    await expect(openFullView(url, 'Ann', true)).resolves.toEqual({ where: 'console', notice: '' });
    expect(tabs).toEqual([url]);
  });

  it('shows the conversation and asks Apex only once every bound key is confirmed', async () => {
    startSessionMock.mockResolvedValue(readySession());
    const sdk = installSdk(chatConversation);
    // LivePerson confirms each bind separately: hold the confirmation of one key.
    const bind = sdk.bind.bind(sdk);
    let release: (() => void) | undefined;
    sdk.bind = (path, cb, done) =>
      bind(path, cb, (err) => {
        if (path === 'campaignInfo') release = () => done?.(err);
        else done?.(err);
      });
    const el = await mount();
    expect(release).toBeDefined();
    // chatInfo, the visitor and the pre-chat survey are in, but not shown yet and not sent.
    expect(root(el).querySelector('[data-id="waiting"]')).not.toBeNull();
    expect(root(el).querySelector('[data-id="conversation"]')).toBeNull();
    expect(startSessionMock).not.toHaveBeenCalled();

    release?.();
    await flush();
    expect(fieldText(el, 'conversationId')).toBe('4294971234');
    expect(startSessionMock).toHaveBeenCalledTimes(1);
    const { conversation } = startSessionMock.mock.calls[0][0] as { conversation: Record<string, unknown> };
    expect(conversation).toMatchObject({ rtSessionId: '4294971234', visitorName: 'Dana Reyes' });
    expect((conversation.values as Record<string, string>).PreChat_Visitor_Email).toBe('dana@example.org');
  });

  it('asks Apex once per conversation focus, with the catalog values of the conversation', async () => {
    startSessionMock.mockResolvedValue(readySession());
    installSdk(chatConversation);
    const el = await mount();
    expect(startSessionMock).toHaveBeenCalledTimes(1);
    const { conversation } = startSessionMock.mock.calls[0][0] as { conversation: Record<string, unknown> };
    expect(conversation).toMatchObject({
      rtSessionId: '4294971234',
      accountId: '90233546',
      isMessaging: false,
      skillName: 'Billing',
      agentName: 'Sam Lee',
      visitorName: 'Dana Reyes',
      startTime: 1714654867120,
    });
    const values = conversation.values as Record<string, string>;
    expect(values.PreChat_Visitor_Email).toBe('dana@example.org');
    // The catalog's Conversation ID is the key the sync writes (account id + session id), not the session id.
    expect(values.Conversation_Id).toBe('902335464294971234');
    const people = root(el).querySelector('c-people-search') as HTMLElement & {
      session?: { skillName?: string };
    };
    expect(people.session?.skillName).toBe('Billing');
    const quick = root(el).querySelector('c-quick-links') as HTMLElement & { orgUrl?: string };
    expect(quick.orgUrl).toBe('https://acme.my.salesforce.com');
    expect(root(el).querySelector('[data-id="conversation"]')).not.toBeNull();
  });

  it('shows nothing but the guide’s message when the skill is missing', async () => {
    startSessionMock.mockResolvedValue({
      status: 'skillMissing',
      message:
        'The Skill is missing. Contact your system administrator. The conversation’s skill "Billing" …',
    });
    installSdk(chatConversation);
    const el = await mount();
    const alert = root(el).querySelector('[data-id="session-blocked"]');
    expect(alert?.getAttribute('role')).toBe('alert');
    expect(alert?.textContent).toContain('The Skill is missing');
    expect(root(el).querySelector('c-people-search')).toBeNull();
    expect(root(el).querySelector('[data-id="conversation"]')).toBeNull();
  });

  it('shows nothing but the message when LiveEngage is not activated', async () => {
    startSessionMock.mockResolvedValue({ status: 'notActivated', message: 'LiveEngage is not activated …' });
    installSdk(chatConversation);
    const el = await mount();
    expect(root(el).querySelector('[data-id="session-blocked"]')?.textContent).toContain('not activated');
    expect(root(el).querySelector('[data-id="conversation"]')).toBeNull();
  });

  it('keeps the conversation data when Apex fails, with the reason', async () => {
    startSessionMock.mockRejectedValue({
      body: { message: 'You do not have access to the LiveEngage widget.' },
    });
    installSdk(chatConversation);
    const el = await mount();
    const alert = root(el).querySelector('[data-id="session-blocked"]');
    expect(alert?.textContent).toContain('Salesforce data could not be loaded');
    expect(alert?.textContent).toContain('You do not have access');
    expect(root(el).querySelector('[data-id="conversation"]')).not.toBeNull();
  });

  it('starts a new session when the skill changes (transfer), not on other updates', async () => {
    startSessionMock.mockResolvedValue(readySession());
    const sdk = installSdk(chatConversation);
    await mount();
    sdk.set('visitorInfo', { ...chatConversation.visitorInfo, chattingVisitorState: 'CHATTING' });
    await flush();
    expect(startSessionMock).toHaveBeenCalledTimes(1);
    sdk.set('chatInfo', { ...chatConversation.chatInfo, chatSkill: 'Sales' });
    await flush();
    expect(startSessionMock).toHaveBeenCalledTimes(2);
    const second = startSessionMock.mock.calls[1][0] as { conversation: { skillName?: string } };
    expect(second.conversation.skillName).toBe('Sales');
  });

  it('runs the auto-search itself when the search value arrives after the session', async () => {
    startSessionMock.mockResolvedValue(readySession({ searchTerm: '', results: undefined }));
    searchMock.mockResolvedValue({ term: 'dana@example.org', total: 0, groups: [] });
    const withoutSurvey: Record<string, unknown> = { ...chatConversation };
    delete withoutSurvey.surveyQuestions;
    const sdk = installSdk(withoutSurvey);
    await mount();
    expect(searchMock).not.toHaveBeenCalled();
    sdk.set('surveyQuestions.preChat', chatConversation.surveyQuestions.preChat);
    await flush();
    expect(searchMock).toHaveBeenCalledTimes(1);
    expect(searchMock.mock.calls[0][0]).toEqual({
      request: {
        skillName: 'Billing',
        skillId: '3856001210',
        objectApiName: undefined,
        term: 'dana@example.org',
      },
    });
    sdk.set('surveyQuestions.preChat', chatConversation.surveyQuestions.preChat);
    await flush();
    expect(searchMock).toHaveBeenCalledTimes(1);
  });

  it('updates Quick Links when a child links or unlinks', async () => {
    startSessionMock.mockResolvedValue(readySession());
    installSdk(chatConversation);
    const el = await mount();
    const state = {
      linked: true,
      records: [{ id: '003000000000001AAA', objectLabel: 'Contact', name: 'Dana' }],
    };
    root(el)
      .querySelector('c-people-search')!
      .dispatchEvent(new CustomEvent('linkchange', { detail: state }));
    await flush();
    const quick = root(el).querySelector('c-quick-links') as HTMLElement & { links?: unknown };
    expect(quick.links).toEqual(state);
  });
});
