/**
 * What the widget sends to Apex about the focused conversation (`WidgetDtos.Conversation`): the ids
 * and names from the bound SDK keys, and every LivePerson catalog value resolved through its SDK
 * path, so that Apex can pick the skill's Search Value in the same round trip.
 */
import type { WidgetDtos_Conversation } from 'apex-dtos';
import { conversationKeyFromSdk, sdkValue } from 'c/conversationKey';
import { FIELD_CATALOG, sdkPath } from 'c/fieldCatalog';
import { scalarText } from 'c/fieldPath';
import type { ConversationSnapshot, ConversationView } from './conversationView';

/** The bound keys rebuilt into the shape of LivePerson's public model (paths start at its root). */
export function publicModel(snapshot: ConversationSnapshot): Record<string, unknown> {
  return {
    chatInfo: snapshot.chatInfo ?? undefined,
    chattingAgentInfo: snapshot.chattingAgentInfo ?? undefined,
    surveyQuestions: { preChat: snapshot['surveyQuestions.preChat'] ?? undefined },
    visitorInfo: snapshot.visitorInfo ?? undefined,
    SDE: {
      customerDetails: snapshot['SDE.customerDetails'] ?? undefined,
      personalInfo: snapshot['SDE.personalInfo'] ?? undefined,
      marketingSource: snapshot['SDE.marketingSource'] ?? undefined,
    },
    authenticatedData: snapshot.authenticatedData ?? undefined,
    campaignInfo: snapshot.campaignInfo ?? undefined,
  };
}

/** Catalog DeveloperName → text, for every catalog entry with a value in this conversation. */
export function catalogValues(snapshot: ConversationSnapshot, isMessaging: boolean): Record<string, string> {
  const model = publicModel(snapshot);
  const values: Record<string, string> = {};
  for (const entry of FIELD_CATALOG) {
    const path = sdkPath(entry, isMessaging);
    if (!path) continue;
    let text: string | undefined;
    try {
      text = scalarText(sdkValue(model, path));
    } catch {
      text = undefined; // a catalog path the resolver rejects gives no value
    }
    if (text && text.trim()) values[entry.name] = text.trim();
  }
  return values;
}

function textOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim()) return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return undefined;
}

/** The conversation DTO for Apex. */
export function conversationRequest(
  snapshot: ConversationSnapshot,
  view: ConversationView,
): WidgetDtos_Conversation {
  const chat = snapshot.chatInfo ?? {};
  const agent = snapshot.chattingAgentInfo ?? {};
  const isMessaging = chat.isMessaging === true;
  const start = typeof chat.chatStartTime === 'number' ? chat.chatStartTime : Number(chat.chatStartTime);
  const visitorName = view.visitorFields.find((f) => f.key === 'visitorName')?.value;
  return {
    rtSessionId: textOf(chat.rtSessionId),
    accountId: textOf(chat.accountId),
    isMessaging,
    skillName: textOf(chat.chatSkill),
    startTime: Number.isFinite(start) && start > 0 ? start : undefined,
    agentName: textOf(isMessaging ? (agent.agentNickname ?? agent.agentName) : agent.agentName),
    agentId: textOf(agent.agentId),
    visitorName,
    visitorId: textOf(snapshot.visitorInfo?.visitorId),
    values: catalogValues(snapshot, isMessaging),
  };
}

/** What makes a new session: the conversation and its skill (a transfer changes the skill). */
export function sessionKey(snapshot: ConversationSnapshot): string | null {
  const chat = snapshot.chatInfo;
  // Without an account id (chat) Apex falls back to the configured account: the session id still names it.
  const key = conversationKeyFromSdk(chat ?? null) ?? textOf(chat?.rtSessionId);
  return key ? `${key}|${textOf(chat?.chatSkill) ?? ''}` : null;
}
