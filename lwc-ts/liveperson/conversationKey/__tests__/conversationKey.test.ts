import {
  CONVERSATION_KEY_SDK_PATH,
  conversationKeyFromApi,
  conversationKeyFromSdk,
  sdkValue,
} from 'c/conversationKey';
import { catalogEntry, sdkPath } from 'c/fieldCatalog';
import { FieldPathError } from 'c/fieldPath';
import type { ChatInfoKeyParts } from 'c/conversationKey';
import vectors from '../../../../config/vectors/conversation-key.json';
import mapping from '../../../../config/vectors/conversation-mapping.json';

type SdkCase = { name: string; chatInfo: ChatInfoKeyParts | null; expected: string | null };
type ApiCase = { name: string; isMessaging: boolean; record: unknown; expected: string | null };

const sdkCases = vectors.fromSdk as SdkCase[];
const apiCases = vectors.fromApi as ApiCase[];

describe('conversation-key contract vectors', () => {
  it('has cases for chat, messaging and missing parts', () => {
    expect(sdkCases.length).toBeGreaterThan(10);
    expect(apiCases.length).toBeGreaterThan(2);
  });

  it.each(sdkCases.map((c) => [c.name, c] as const))('from the SDK: %s', (_name, c) => {
    expect(conversationKeyFromSdk(c.chatInfo)).toBe(c.expected);
  });

  it.each(apiCases.map((c) => [c.name, c] as const))('from the API: %s', (_name, c) => {
    expect(conversationKeyFromApi(c.record, c.isMessaging)).toBe(c.expected);
  });
});

describe('widget key equals sync key', () => {
  const records = mapping.records as Record<string, { info?: Record<string, unknown> }>;

  it('a chat of the mapping vectors: account id + its session id is its engagementId', () => {
    const info = records.chatClosed.info!;
    const engagementId = String(info.engagementId);
    const accountId = String(info.accountId);
    const session = engagementId.slice(accountId.length);
    expect(conversationKeyFromSdk({ accountId, rtSessionId: session, isMessaging: false })).toBe(
      conversationKeyFromApi(records.chatClosed, false),
    );
  });

  it('a messaging conversation: the session id is the conversation id', () => {
    const id = String(records.msgClosed.info!.conversationId);
    expect(conversationKeyFromSdk({ rtSessionId: id, isMessaging: true })).toBe(
      conversationKeyFromApi(records.msgClosed, true),
    );
  });

  it('ignores values of other types', () => {
    expect(conversationKeyFromSdk({ rtSessionId: { id: 1 }, accountId: '1' })).toBeNull();
    expect(conversationKeyFromApi('x', false)).toBeNull();
    expect(conversationKeyFromApi({ info: 'x' }, false)).toBeNull();
  });
});

describe('the catalog entry Conversation_Id', () => {
  const entry = catalogEntry('Conversation_Id');

  it('names the conversation key as its SDK path, chat and messaging', () => {
    expect(entry && sdkPath(entry, false)).toBe(CONVERSATION_KEY_SDK_PATH);
    expect(entry && sdkPath(entry, true)).toBe(CONVERSATION_KEY_SDK_PATH);
  });

  it.each(sdkCases.map((c) => [c.name, c] as const))('gives the sync key: %s', (_name, c) => {
    const model = { chatInfo: c.chatInfo, visitorInfo: { visitorId: 'v1' } };
    const isMessaging = c.chatInfo?.isMessaging === true;
    expect(sdkValue(model, entry ? (sdkPath(entry, isMessaging) ?? '') : '')).toBe(c.expected);
  });

  it('other paths resolve on the model as c/fieldPath does', () => {
    const model = { chatInfo: { rtSessionId: '4294968296', accountId: '90233546' } };
    expect(sdkValue(model, 'chatInfo.rtSessionId')).toBe('4294968296');
    expect(sdkValue(model, 'chatInfo.noSuchField')).toBeUndefined();
    expect(sdkValue(null, CONVERSATION_KEY_SDK_PATH)).toBeNull();
    expect(() => sdkValue(model, 'chatInfo..x')).toThrow(FieldPathError);
  });
});
