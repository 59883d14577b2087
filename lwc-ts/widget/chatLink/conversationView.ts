/**
 * Turns the pieces of LivePerson's public model the widget binds to into what an agent needs to see
 * now. Pure functions: no SDK, no DOM — the component feeds them the latest bound values.
 */
import type {
  AuthenticatedData,
  CampaignInfo,
  ChatInfo,
  ChattingAgentInfo,
  CustomerDetails,
  MarketingSource,
  PersonalInfo,
  PreChatSurvey,
  VisitorInfo,
} from 'c/agentSdk';

/**
 * The keys the widget binds to — specific children rather than parents such as `SDE`, as LivePerson
 * recommends (a parent is rebuilt from its children on every change).
 */
export const BOUND_KEYS = [
  'chatInfo',
  'chattingAgentInfo',
  'surveyQuestions.preChat',
  'visitorInfo',
  'SDE.customerDetails',
  'SDE.personalInfo',
  'SDE.marketingSource',
  'authenticatedData',
  'campaignInfo',
] as const;

export type BoundKey = (typeof BOUND_KEYS)[number];

/** Latest value per bound key (`null` when LivePerson has no data there). */
export interface ConversationSnapshot {
  chatInfo?: ChatInfo | null;
  chattingAgentInfo?: ChattingAgentInfo | null;
  'surveyQuestions.preChat'?: PreChatSurvey | null;
  visitorInfo?: VisitorInfo | null;
  'SDE.customerDetails'?: CustomerDetails[] | null;
  'SDE.personalInfo'?: PersonalInfo[] | null;
  'SDE.marketingSource'?: MarketingSource[] | null;
  authenticatedData?: AuthenticatedData | null;
  campaignInfo?: CampaignInfo | null;
}

export interface ViewField {
  key: string;
  label: string;
  value: string;
  /** Where the value came from, e.g. "Pre-chat survey" (shown to the agent as a hint). */
  source?: string;
  /** Epoch ms when the value is a point in time (rendered by c-date-time). */
  time?: number;
  isTime: boolean;
}

export interface ConversationView {
  /** True once LivePerson told us which conversation the widget is for. */
  hasConversation: boolean;
  channel: 'Chat' | 'Messaging';
  conversationId: string;
  /** Messaging: the id itself; chat: account id + real-time session id (Engagement History id). */
  engagementId: string;
  conversationFields: ViewField[];
  visitorFields: ViewField[];
  visitorDetailFields: ViewField[];
  preChatFields: ViewField[];
  customerFields: ViewField[];
  marketingFields: ViewField[];
  visitorState: string;
  visitorEnded: boolean;
}

function text(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    // SDE dates come as {day, month, year} in some accounts.
    if ('year' in o && 'month' in o && 'day' in o) {
      const pad = (n: unknown) => String(n).padStart(2, '0');
      return `${String(o.year)}-${pad(o.month)}-${pad(o.day)}`;
    }
    try {
      return JSON.stringify(value);
    } catch {
      return '';
    }
  }
  return String(value);
}

function epochMs(value: unknown): number | undefined {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  if (typeof value === 'string' && value.trim()) {
    const n = Number(value);
    if (Number.isFinite(n) && n > 0) return n;
    const parsed = Date.parse(value);
    if (!Number.isNaN(parsed)) return parsed;
  }
  return undefined;
}

function field(key: string, label: string, value: unknown, source?: string): ViewField | null {
  const v = text(value);
  if (!v) return null;
  return { key, label, value: v, source, isTime: false };
}

function timeField(key: string, label: string, value: unknown): ViewField | null {
  const t = epochMs(value);
  if (t === undefined) return field(key, label, value);
  return { key, label, value: new Date(t).toISOString(), time: t, isTime: true };
}

function compact(fields: Array<ViewField | null>): ViewField[] {
  return fields.filter((f): f is ViewField => f !== null);
}

function first<T>(list: T[] | null | undefined): T | undefined {
  return Array.isArray(list) && list.length > 0 ? (list[0] ?? undefined) : undefined;
}

interface Candidate {
  value: unknown;
  source: string;
}

function pick(candidates: Candidate[]): Candidate | undefined {
  return candidates.find((c) => text(c.value) !== '');
}

function personName(p: PersonalInfo | undefined): string {
  if (!p) return '';
  const full = [text(p.firstname), text(p.lastname)].filter(Boolean).join(' ');
  return full || text(p.name);
}

function contact(p: PersonalInfo | undefined, kind: 'email' | 'phone'): string {
  const list = p?.contactInfo;
  if (!Array.isArray(list)) return '';
  for (const c of list) {
    const v = text(c?.[kind]);
    if (v) return v;
  }
  return '';
}

const CUSTOMER_LABELS: Array<[keyof CustomerDetails, string]> = [
  ['customerId', 'Customer ID'],
  ['type', 'Customer type'],
  ['status', 'Customer status'],
  ['accountName', 'Account name'],
  ['userName', 'User name'],
  ['role', 'Role'],
  ['balance', 'Balance'],
  ['companySize', 'Company size'],
  ['companyBranch', 'Company branch'],
  ['socialId', 'Social ID'],
  ['imei', 'IMEI'],
  ['registrationDate', 'Registration date'],
  ['lastPaymentDate', 'Last payment date'],
];

function personField(
  key: string,
  label: string,
  prop: 'company' | 'language',
  sde: PersonalInfo | undefined,
  auth: PersonalInfo | undefined,
): ViewField | null {
  return (
    field(key, label, sde?.[prop], 'SDE personal info') ??
    field(key, label, auth?.[prop], 'Authenticated data')
  );
}

/** Builds the view from the latest snapshot. Missing data yields fewer fields, never placeholders. */
export function buildConversationView(s: ConversationSnapshot): ConversationView {
  const chat = s.chatInfo ?? {};
  const messaging = chat.isMessaging === true;
  const conversationId = text(chat.rtSessionId);
  const accountId = text(chat.accountId);
  const engagementId = messaging || !accountId ? conversationId : `${accountId}${conversationId}`;
  const agent = s.chattingAgentInfo ?? {};
  const pre = s['surveyQuestions.preChat'] ?? {};
  const visitor = s.visitorInfo ?? {};
  const sdePerson = first(s['SDE.personalInfo']);
  const authPerson = first(s.authenticatedData?.personalInfo);
  const sdeCustomer = first(s['SDE.customerDetails']);
  const authCustomer = first(s.authenticatedData?.customerDetails);
  const marketing = first(s['SDE.marketingSource']);
  const campaign = s.campaignInfo ?? {};

  const agentName = text(agent.agentNickname) || text(agent.agentName);
  const conversationFields = compact([
    field('channel', 'Channel', messaging ? 'Messaging' : 'Chat'),
    field('conversationId', messaging ? 'Conversation ID' : 'Chat ID', conversationId),
    messaging
      ? null
      : field('engagementId', 'Engagement ID', engagementId === conversationId ? '' : engagementId),
    field('skill', 'Skill', chat.chatSkill),
    field('agent', 'Agent', agentName),
    field('agentGroup', 'Agent group', agent.agentGroupName),
    timeField('startTime', messaging ? 'Conversation started' : 'Chat started', chat.chatStartTime),
    messaging ? null : field('startUrl', 'Started on page', chat.chatStartUrl),
  ]);

  const preSource = messaging ? 'Consumer profile' : 'Pre-chat survey';
  const name = pick([
    { value: pre.name?.value, source: preSource },
    { value: personName(sdePerson), source: 'SDE personal info' },
    { value: personName(authPerson), source: 'Authenticated data' },
    { value: visitor.visitorName, source: 'Visitor info' },
  ]);
  const email = pick([
    { value: pre.email?.value, source: preSource },
    { value: contact(sdePerson, 'email'), source: 'SDE personal info' },
    { value: contact(authPerson, 'email'), source: 'Authenticated data' },
  ]);
  // For messaging LivePerson repurposes preChat.phone as the consumer id (which may be a phone number).
  const phone = pick([
    ...(messaging ? [] : [{ value: pre.phone?.value, source: preSource }]),
    { value: contact(sdePerson, 'phone'), source: 'SDE personal info' },
    { value: contact(authPerson, 'phone'), source: 'Authenticated data' },
  ]);
  const visitorFields = compact([
    name ? field('visitorName', 'Name', name.value, name.source) : null,
    email ? field('visitorEmail', 'Email', email.value, email.source) : null,
    phone ? field('visitorPhone', 'Phone', phone.value, phone.source) : null,
    messaging ? field('consumerId', 'Consumer ID', pre.phone?.value, preSource) : null,
    personField('company', 'Company', 'company', sdePerson, authPerson),
    personField('language', 'Language', 'language', sdePerson, authPerson),
  ]);

  const location = [visitor.city, visitor.state, visitor.country].map(text).filter(Boolean).join(', ');
  const visitorDetailFields = compact([
    field('visitorId', 'Visitor ID', visitor.visitorId),
    field('browser', 'Browser', visitor.browser),
    field('device', 'Device', visitor.device),
    field('os', 'Operating system', visitor.operatingSystem),
    field('location', 'Location', location),
    field('timezone', 'Time zone', visitor.visitorTimezone),
    field('ip', 'IP address', visitor.IpAddress),
    field('isp', 'ISP', visitor.isp),
    field('organization', 'Organization', visitor.organization),
  ]);

  const customizedQuestions = Array.isArray(pre.customizedQuestions) ? pre.customizedQuestions : [];
  const preChatFields = compact(
    customizedQuestions.map((q, i) =>
      field(`pre-${i}`, text(q?.displayName) || text(q?.name) || `Question ${i + 1}`, q?.value),
    ),
  );

  const customer = sdeCustomer ?? authCustomer;
  const customerFields = customer
    ? compact(CUSTOMER_LABELS.map(([k, label]) => field(`customer-${k}`, label, customer[k])))
    : [];

  const marketingFields = compact([
    field('originatingChannel', 'Originating channel', marketing?.originatingChannel),
    field('affiliate', 'Affiliate', marketing?.affiliate),
    field('marketingCampaignId', 'Marketing campaign ID', marketing?.campaignId),
    field('campaignName', 'Campaign', campaign.campaignName),
    field('goalName', 'Goal', campaign.goalName),
  ]);

  const visitorState = text(visitor.chattingVisitorState);
  return {
    hasConversation: conversationId !== '',
    channel: messaging ? 'Messaging' : 'Chat',
    conversationId,
    engagementId,
    conversationFields,
    visitorFields,
    visitorDetailFields,
    preChatFields,
    customerFields,
    marketingFields,
    visitorState,
    visitorEnded: visitorState.toUpperCase() === 'ENDED',
  };
}
