// Generated from lwc-ts/widget/chatLink/conversationView.ts by `npm run build`; do not edit.
/**
 * Turns the pieces of LivePerson's public model the widget binds to into what an agent needs to see
 * now. Pure functions: no SDK, no DOM — the component feeds them the latest bound values.
 */












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
'campaignInfo'];




/** Latest value per bound key (`null` when LivePerson has no data there). */








































function text(value) {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'object') {
    const o = value;
    // SDE dates come as {day, month, year} in some accounts.
    if ('year' in o && 'month' in o && 'day' in o) {
      const pad = (n) => String(n).padStart(2, '0');
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

function epochMs(value) {
  if (typeof value === 'number' && Number.isFinite(value) && value > 0) return value;
  if (typeof value === 'string' && value.trim()) {
    const n = Number(value);
    if (Number.isFinite(n) && n > 0) return n;
    const parsed = Date.parse(value);
    if (!Number.isNaN(parsed)) return parsed;
  }
  return undefined;
}

function field(key, label, value, source) {
  const v = text(value);
  if (!v) return null;
  return { key, label, value: v, source, isTime: false };
}

function timeField(key, label, value) {
  const t = epochMs(value);
  if (t === undefined) return field(key, label, value);
  return { key, label, value: new Date(t).toISOString(), time: t, isTime: true };
}

function compact(fields) {
  return fields.filter((f) => f !== null);
}

function first(list) {
  return Array.isArray(list) && list.length > 0 ? list[0] ?? undefined : undefined;
}






function pick(candidates) {
  return candidates.find((c) => text(c.value) !== '');
}

function personName(p) {
  if (!p) return '';
  const full = [text(p.firstname), text(p.lastname)].filter(Boolean).join(' ');
  return full || text(p.name);
}

function contact(p, kind) {
  const list = p?.contactInfo;
  if (!Array.isArray(list)) return '';
  for (const c of list) {
    const v = text(c?.[kind]);
    if (v) return v;
  }
  return '';
}

const CUSTOMER_LABELS = [
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
['lastPaymentDate', 'Last payment date']];


function personField(
key,
label,
prop,
sde,
auth)
{
  return (
    field(key, label, sde?.[prop], 'SDE personal info') ??
    field(key, label, auth?.[prop], 'Authenticated data'));

}

/** Builds the view from the latest snapshot. Missing data yields fewer fields, never placeholders. */
export function buildConversationView(s) {
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
  messaging ?
  null :
  field('engagementId', 'Engagement ID', engagementId === conversationId ? '' : engagementId),
  field('skill', 'Skill', chat.chatSkill),
  field('agent', 'Agent', agentName),
  field('agentGroup', 'Agent group', agent.agentGroupName),
  timeField('startTime', messaging ? 'Conversation started' : 'Chat started', chat.chatStartTime),
  messaging ? null : field('startUrl', 'Started on page', chat.chatStartUrl)]
  );

  const preSource = messaging ? 'Consumer profile' : 'Pre-chat survey';
  const name = pick([
  { value: pre.name?.value, source: preSource },
  { value: personName(sdePerson), source: 'SDE personal info' },
  { value: personName(authPerson), source: 'Authenticated data' },
  { value: visitor.visitorName, source: 'Visitor info' }]
  );
  const email = pick([
  { value: pre.email?.value, source: preSource },
  { value: contact(sdePerson, 'email'), source: 'SDE personal info' },
  { value: contact(authPerson, 'email'), source: 'Authenticated data' }]
  );
  // For messaging LivePerson repurposes preChat.phone as the consumer id (which may be a phone number).
  const phone = pick([
  ...(messaging ? [] : [{ value: pre.phone?.value, source: preSource }]),
  { value: contact(sdePerson, 'phone'), source: 'SDE personal info' },
  { value: contact(authPerson, 'phone'), source: 'Authenticated data' }]
  );
  const visitorFields = compact([
  name ? field('visitorName', 'Name', name.value, name.source) : null,
  email ? field('visitorEmail', 'Email', email.value, email.source) : null,
  phone ? field('visitorPhone', 'Phone', phone.value, phone.source) : null,
  messaging ? field('consumerId', 'Consumer ID', pre.phone?.value, preSource) : null,
  personField('company', 'Company', 'company', sdePerson, authPerson),
  personField('language', 'Language', 'language', sdePerson, authPerson)]
  );

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
  field('organization', 'Organization', visitor.organization)]
  );

  const customizedQuestions = Array.isArray(pre.customizedQuestions) ? pre.customizedQuestions : [];
  const preChatFields = compact(
    customizedQuestions.map((q, i) =>
    field(`pre-${i}`, text(q?.displayName) || text(q?.name) || `Question ${i + 1}`, q?.value)
    )
  );

  const customer = sdeCustomer ?? authCustomer;
  const customerFields = customer ?
  compact(CUSTOMER_LABELS.map(([k, label]) => field(`customer-${k}`, label, customer[k]))) :
  [];

  const marketingFields = compact([
  field('originatingChannel', 'Originating channel', marketing?.originatingChannel),
  field('affiliate', 'Affiliate', marketing?.affiliate),
  field('marketingCampaignId', 'Marketing campaign ID', marketing?.campaignId),
  field('campaignName', 'Campaign', campaign.campaignName),
  field('goalName', 'Goal', campaign.goalName)]
  );

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
    visitorEnded: visitorState.toUpperCase() === 'ENDED'
  };
}
