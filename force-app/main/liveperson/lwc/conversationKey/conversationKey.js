// Generated from lwc-ts/liveperson/conversationKey/conversationKey.ts by `npm run build`; do not edit.
/**
 * The one key of a LivePerson conversation in Salesforce: `Chat_Transcript__c.Conversation_Id__c`.
 * The sync writes it from the history APIs (chat: `info.engagementId`, messaging:
 * `info.conversationId`); the widget derives the same value from the Agent Workspace SDK's
 * `chatInfo`, where a chat's `rtSessionId` lacks the account id that the Engagement History id
 * starts with. Mirrored by Apex `LivePersonConversationKey`; both are held to
 * `config/vectors/conversation-key.json`.
 */
import { resolvePath } from 'c/fieldPath';

/**
 * SDK path of the catalog entry `Conversation_Id` (chat and messaging): not a place in LivePerson's
 * public model (whose `chatInfo.rtSessionId` lacks a chat's account id) but this key, derived from
 * `chatInfo` by `conversationKeyFromSdk` — so a field mapped to Conversation ID gets what the sync
 * writes. Every reader of SDK paths goes through `sdkValue`.
 */
export const CONVERSATION_KEY_SDK_PATH = 'conversationKey';

/** The part of the SDK's `chatInfo` the key is made of. */






function trimmed(value) {
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' && Number.isFinite(value)) return String(value);
  return '';
}

/**
 * The conversation key from the SDK's `chatInfo`: messaging → `rtSessionId`; chat → `accountId` +
 * `rtSessionId`. `null` when a part it needs is missing (no session id; a chat without account id).
 */
export function conversationKeyFromSdk(chatInfo) {
  if (!chatInfo) return null;
  const session = trimmed(chatInfo.rtSessionId);
  if (!session) return null;
  if (chatInfo.isMessaging === true) return session;
  const account = trimmed(chatInfo.accountId);
  return account ? account + session : null;
}

/** The conversation key of a history API record (what the sync writes). */
export function conversationKeyFromApi(record, isMessaging) {
  if (!record || typeof record !== 'object') return null;
  const info = record.info;
  if (!info || typeof info !== 'object') return null;
  const fields = info;
  const key = trimmed(isMessaging ? fields.conversationId : fields.engagementId);
  return key || null;
}

/**
 * The value of an SDK path on LivePerson's public model (`c/fieldPath` syntax), where
 * `CONVERSATION_KEY_SDK_PATH` is the conversation key. Throws `FieldPathError` for a malformed path.
 */
export function sdkValue(model, path) {
  if (path.trim() === CONVERSATION_KEY_SDK_PATH) {
    const chatInfo =
    model && typeof model === 'object' ? model.chatInfo : null;
    return conversationKeyFromSdk(chatInfo);
  }
  return resolvePath(model, path);
}
