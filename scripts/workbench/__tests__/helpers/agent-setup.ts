/**
 * Shared by the agent widget's browser test and `npm run bench:widget`: activates the workbench's
 * local org with the simulator's keys (what Account Settings saves) and picks live conversations
 * whose visitors have a seeded Contact, a seeded Lead, or no record, by asking the widget's own Apex.
 */
import { DEFAULT_KEYS } from '../../../simulator/options';
import { activate as activateWith } from '../../org/activate';

/** `POST /__apex/<Class>.<method>`: the `result`, or an Error with the Apex message. */
export async function apex(baseUrl: string, name: string, params: Record<string, unknown>): Promise<unknown> {
  const res = await fetch(`${baseUrl}/__apex/${name}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(params),
  });
  const body = (await res.json()) as { result?: unknown; message?: string; body?: { message?: string } };
  if (!res.ok) throw new Error(`${name}: ${res.status} ${body.body?.message ?? body.message ?? ''}`);
  return body.result;
}

export async function activate(baseUrl: string): Promise<void> {
  await activateWith((name, params) => apex(baseUrl, name, params), DEFAULT_KEYS);
}

export interface LiveConversation {
  id: string;
  rtSessionId: string;
  channel: 'chat' | 'messaging';
  visitorName: string;
  visitorEmail: string;
  skillName: string;
}

interface ResultRecord {
  id: string;
  objectApiName: string;
  name: string;
  children?: ResultRecord[];
}

export async function liveConversations(baseUrl: string): Promise<LiveConversation[]> {
  const res = await fetch(`${baseUrl}/__agent/conversations`);
  return ((await res.json()) as { conversations: LiveConversation[] }).conversations;
}

type Model = Record<string, unknown>;

function at(model: unknown, path: string): unknown {
  let cur = model;
  for (const part of path.split('.')) {
    if (Array.isArray(cur)) cur = cur[0];
    if (!cur || typeof cur !== 'object') return undefined;
    cur = (cur as Model)[part];
  }
  return Array.isArray(cur) ? cur[0] : cur;
}

/** Catalog values (by DeveloperName) the seeded skills search on, read from the public model as the widget reads them. */
const SEARCH_PATHS: Record<string, { chat?: string; messaging?: string }> = {
  PreChat_Visitor_Email: { chat: 'surveyQuestions.preChat.email.value' },
  Consumer_Email: { messaging: 'surveyQuestions.preChat.email.value' },
  Personal_Email: {
    chat: 'SDE.personalInfo.contactInfo.email',
    messaging: 'SDE.personalInfo.contactInfo.email',
  },
};

/** The conversation DTO the widget sends (`WidgetDtos.Conversation`), from the conversation's public model. */
export async function conversationRequest(baseUrl: string, c: LiveConversation): Promise<Model> {
  const res = await fetch(`${baseUrl}/__agent/conversations/${encodeURIComponent(c.id)}/model`);
  const model = (await res.json()) as Model;
  const messaging = c.channel === 'messaging';
  const values: Record<string, string> = {};
  for (const [name, paths] of Object.entries(SEARCH_PATHS)) {
    const path = messaging ? paths.messaging : paths.chat;
    const value = path ? at(model, path) : undefined;
    if (typeof value === 'string' && value) values[name] = value;
  }
  return {
    rtSessionId: c.rtSessionId,
    accountId: DEFAULT_KEYS.accountId,
    isMessaging: messaging,
    skillName: c.skillName,
    values,
  };
}

export interface Picked {
  withContact: {
    conversationId: string;
    request: Record<string, unknown>;
    email: string;
    contactId: string;
    contactName: string;
    accountId: string;
    accountName: string;
  };
  withLead: { conversationId: string; leadId: string; leadName: string };
  /** A chat whose visitor has no Lead (a Contact or Person Account at most). */
  withoutLead: { conversationId: string; email: string };
}

export async function pickConversations(baseUrl: string): Promise<Picked> {
  const chats = (await liveConversations(baseUrl)).filter((c) => c.channel === 'chat' && c.visitorEmail);
  let withContact: Picked['withContact'] | undefined;
  let withLead: Picked['withLead'] | undefined;
  let withoutLead: Picked['withoutLead'] | undefined;
  const seen = new Set<string>();
  const tried: string[] = [];
  for (const c of chats) {
    if (seen.has(c.visitorEmail)) continue; // one conversation per visitor: the tests link them
    seen.add(c.visitorEmail);
    const request = await conversationRequest(baseUrl, c);
    const session = (await apex(baseUrl, 'WidgetController.startSession', { conversation: request })) as {
      results?: { groups: { records: ResultRecord[] }[] };
    };
    const records = (session.results?.groups ?? []).flatMap((g) => g.records);
    tried.push(
      `${c.skillName} ${c.visitorEmail}: ${records.map((r) => r.objectApiName).join(', ') || 'none'}`,
    );
    const account = records.find((r) => r.objectApiName === 'Account' && r.children?.length);
    const contact = account?.children?.find((r) => r.objectApiName === 'Contact');
    const lead = records.find((r) => r.objectApiName === 'Lead');
    if (!withContact && account && contact) {
      withContact = {
        conversationId: c.id,
        request,
        email: c.visitorEmail,
        contactId: contact.id,
        contactName: contact.name,
        accountId: account.id,
        accountName: account.name,
      };
    } else if (!withLead && lead && records.length === 1) {
      withLead = { conversationId: c.id, leadId: lead.id, leadName: lead.name };
    } else if (!withoutLead && !lead) {
      withoutLead = { conversationId: c.id, email: c.visitorEmail };
    }
  }
  if (!withContact || !withLead || !withoutLead) {
    throw new Error(
      `the seed gives no live chat with ${[!withContact && 'a Contact', !withLead && 'a Lead', !withoutLead && 'no Lead'].filter(Boolean).join(', ')} (${tried.join('; ')})`,
    );
  }
  return { withContact, withLead, withoutLead };
}
