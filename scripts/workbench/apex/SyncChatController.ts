/**
 * Workbench twin of `SyncChatController` / `SyncChatService` (force-app/main/sync/classes): same DTO (typed by
 * the generated declaration), same outcomes and messages. The conversation is fetched over HTTP from the
 * LivePerson simulator with the workbench's LivePerson client (`livePersonCall` of
 * AccountSettingsController.ts) and mapped with the product's TS module `conversationMapping` — the same
 * rules the Apex twin is held to by `config/vectors/conversation-mapping.json`.
 */
import '../lwc-modules'; // `c/<name>` imports of the product modules below, under plain tsx
import type syncChat from '@salesforce/apex/SyncChatController.syncChat';
import type { SyncChatResult } from 'apex-dtos';
import {
  mappedValues,
  transcriptFields,
  TRANSCRIPT_FIELD_NAMES,
  type Channel,
  type FieldMappingRow,
} from '../../../lwc-ts/liveperson/conversationMapping/conversationMapping';
import { MESSAGING_CONTENT } from '../../../lwc-ts/liveperson/fieldCatalog/fieldCatalog';
import type { FieldSpec } from '../../../lwc-ts/liveperson/valueCoercion/valueCoercion';
import type { FieldDef } from '../org/schema';
import type { SObject } from '../org/database';
import { LivePersonFailure, livePersonCall, type Credentials } from './AccountSettingsController';
import { handle, type ApexClassHandlers, type ApexContext } from './handler';

const TRANSCRIPT = 'Chat_Transcript__c';
const SOURCE = 'LiveEngageForSF';
const CHAT_WINDOW_MS = 30 * 24 * 3600 * 1000;

/** Messages shared with the Apex service (SyncChatService). */
export const MESSAGES = {
  synced: 'The transcript was synced from LivePerson.',
  notEnded:
    'This conversation has not ended yet. Sync Chat can update a transcript only after the chat or messaging conversation has ended.',
  noRecord: 'This chat transcript does not exist or is not shared with you.',
  noConversationId: 'This chat transcript has no LivePerson conversation ID, so there is nothing to sync.',
};

/** Fields the mappings may never write (twin of SyncChatService.CONTROL_FIELDS). */
const CONTROL_FIELDS = new Set([
  'id',
  'conversation_id__c',
  'channel__c',
  'sync_status__c',
  'last_synced__c',
  'sync_error__c',
]);

/** Standard fields written from the record (Conversation_Id__c and Channel__c stay as stored). */
const STANDARD = TRANSCRIPT_FIELD_NAMES.filter((f) => f !== 'Conversation_Id__c' && f !== 'Channel__c');

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

function result(outcome: string, message: string, extra: Partial<SyncChatResult> = {}): SyncChatResult {
  return { outcome, message, warnings: [], ...extra };
}

/** Twin of `SyncChatService.failureMessage`. */
export function failureMessage(kind: string, status: number | null): string {
  const http = status ? ` (HTTP ${status})` : '';
  switch (kind) {
    case 'NOT_CONFIGURED':
      return 'LiveEngage is not set up: an administrator must activate it on the Account Settings tab, then try again.';
    case 'BAD_CREDENTIALS':
    case 'FORBIDDEN':
    case 'UNKNOWN_ACCOUNT':
      return `LivePerson refused the stored account or keys${http}. An administrator must check the Account Settings. The transcript kept its data; details are in the Event Log.`;
    case 'RATE_LIMITED':
    case 'SERVER_ERROR':
    case 'TIMEOUT':
    case 'NETWORK':
      return `LivePerson could not answer now${http}. Try Sync Chat again in a few minutes. The transcript kept its data; details are in the Event Log.`;
    default:
      return `The sync failed (${kind}${http}). The transcript kept its data; details are in the Event Log.`;
  }
}

/** A coercion spec from a local-org field definition, or undefined when the type cannot be mapped. */
export function specOf(f: FieldDef): FieldSpec | undefined {
  switch (f.type) {
    case 'Text':
      return { type: 'STRING', length: f.length ?? 255 };
    case 'TextArea':
    case 'LongTextArea':
      return { type: 'TEXTAREA', length: f.length ?? 255 };
    case 'Email':
      return { type: 'EMAIL', length: 80 };
    case 'Phone':
      return { type: 'PHONE', length: 40 };
    case 'Url':
      return { type: 'URL', length: 255 };
    case 'Picklist':
      return { type: 'PICKLIST', picklistValues: (f.picklistValues ?? []).map((value) => ({ value })) };
    case 'Number':
      return { type: 'DOUBLE' };
    case 'Currency':
      return { type: 'CURRENCY' };
    case 'Percent':
      return { type: 'PERCENT' };
    case 'Checkbox':
      return { type: 'BOOLEAN' };
    case 'Date':
      return { type: 'DATE' };
    case 'DateTime':
      return { type: 'DATETIME' };
    default:
      return undefined;
  }
}

/** The Chat Transcript field mappings and the coercion spec of each target field (twin of the Apex describe). */
export interface TranscriptMappings {
  rows: FieldMappingRow[];
  specs: Record<string, FieldSpec>;
}

export async function transcriptMappings(ctx: ApexContext): Promise<TranscriptMappings> {
  const objectDef = ctx.org.schema.get(TRANSCRIPT);
  const rows = (await ctx.org.query('Field_Mapping__c', {
    where: { Object_Api_Name__c: TRANSCRIPT },
    orderBy: 'Sort_Order__c',
  })) as FieldMappingRow[];
  const specs: Record<string, FieldSpec> = {};
  for (const row of rows) {
    const name = str(row.Field_Api_Name__c).trim();
    const def = objectDef.fields.find((f) => f.name === name);
    const spec = def && !CONTROL_FIELDS.has(name.toLowerCase()) ? specOf(def) : undefined;
    if (spec) specs[name] = spec;
  }
  return { rows, specs };
}

/**
 * What a sync writes into a Chat Transcript from one LivePerson record (Sync Chat and the sync jobs): the
 * standard values LivePerson gives (nulls keep what the record holds; Conversation_Id__c and Channel__c
 * are not included), then the configured mappings. `warnings` lists the mappings that could not be applied.
 */
export function syncedValues(
  channel: Channel,
  record: Record<string, unknown>,
  mappings: TranscriptMappings,
): { values: SObject; warnings: string[] } {
  const standard = transcriptFields(channel, record);
  const mapped = mappedValues(channel, 'api', record, mappings.rows, mappings.specs);
  const values: SObject = {};
  for (const name of STANDARD) if (standard[name] !== null) values[name] = standard[name];
  Object.assign(values, mapped.values);
  return { values, warnings: mapped.errors.map((e) => `${e.field}: ${e.message}`) };
}

function channelOf(t: SObject): Channel {
  const c = str(t.Channel__c);
  if (c !== '') return c.toLowerCase() === 'chat' ? 'Chat' : 'Messaging';
  return /^\d+$/.test(str(t.Conversation_Id__c)) ? 'Chat' : 'Messaging';
}

async function fetchConversation(
  ctx: ApexContext,
  t: SObject,
  channel: Channel,
): Promise<Record<string, unknown> | undefined> {
  const settings = (await ctx.org.getSetting('LiveEngage_Settings__c')) as Credentials;
  if (!ctx.simulator || str(settings.Account_Id__c) === '') {
    throw new LivePersonFailure('NOT_CONFIGURED', null, 'No LivePerson Account ID is set');
  }
  const account = encodeURIComponent(str(settings.Account_Id__c));
  const id = str(t.Conversation_Id__c);
  if (channel === 'Messaging') {
    const page = (await livePersonCall(
      ctx.simulator,
      settings,
      'msgHist',
      'POST',
      `/messaging_history/api/account/${account}/conversations/conversation/search?v=2&source=${SOURCE}`,
      { conversationId: id, contentToRetrieve: MESSAGING_CONTENT },
    )) as { conversationHistoryRecords?: Record<string, unknown>[] };
    return page.conversationHistoryRecords?.[0];
  }
  const start = Date.parse(str(t.Start_Time__c) || str(t.CreatedDate)) || Date.now();
  const from = start - 24 * 3600 * 1000;
  const page = (await livePersonCall(
    ctx.simulator,
    settings,
    'engHistDomain',
    'POST',
    `/interaction_history/api/account/${account}/interactions/search?offset=0&limit=1&source=${SOURCE}`,
    { start: { from, to: from + CHAT_WINDOW_MS }, engagementId: id },
  )) as { interactionHistoryRecords?: Record<string, unknown>[] };
  return page.interactionHistoryRecords?.[0];
}

async function markError(ctx: ApexContext, t: SObject, e: LivePersonFailure): Promise<SyncChatResult> {
  const http = e.status ? ` (HTTP ${e.status})` : '';
  const text = `${e.kind}${http}: ${e.message}`;
  await ctx.org.insert('Event_Log__c', [
    {
      Type__c: 'Callout Error',
      Http_Status__c: e.status,
      Message__c: text.substring(0, 255),
      Details__c: text,
      Conversation_Id__c: str(t.Conversation_Id__c) || null,
      Job__c: 'Sync Chat',
      Occurred_At__c: new Date().toISOString(),
    },
  ]);
  await ctx.org.update(TRANSCRIPT, [
    { Id: t.Id, Sync_Status__c: 'Error', Sync_Error__c: text.substring(0, 255) },
  ]);
  return result('ERROR', failureMessage(e.kind, e.status), { syncStatus: 'Error' });
}

export default {
  syncChat: handle<typeof syncChat>(async ({ transcriptId }, ctx) => {
    const t = transcriptId ? await ctx.org.get(TRANSCRIPT, transcriptId) : undefined;
    if (!t) return result('NOT_FOUND', MESSAGES.noRecord);
    if (str(t.Conversation_Id__c).trim() === '') return result('NOT_FOUND', MESSAGES.noConversationId);
    const channel = channelOf(t);
    let record: Record<string, unknown> | undefined;
    try {
      record = await fetchConversation(ctx, t, channel);
    } catch (e) {
      if (e instanceof LivePersonFailure) return markError(ctx, t, e);
      throw e;
    }
    if (!record) {
      return channel === 'Chat'
        ? result(
            'NOT_ENDED',
            `LivePerson has no ended chat with ID ${str(t.Conversation_Id__c)}. ${MESSAGES.notEnded}`,
          )
        : result(
            'NOT_FOUND',
            `LivePerson has no messaging conversation with ID ${str(t.Conversation_Id__c)}.`,
          );
    }
    const standard = transcriptFields(channel, record);
    if (standard.Status__c === 'Open') return result('NOT_ENDED', MESSAGES.notEnded);

    const { values, warnings } = syncedValues(channel, record, await transcriptMappings(ctx));
    const changes: SObject = { Id: t.Id, ...values };
    const now = new Date().toISOString();
    changes.Sync_Status__c = 'Synced';
    changes.Last_Synced__c = now;
    changes.Sync_Error__c =
      warnings.length === 0 ? null : `Field mappings skipped: ${warnings.join(' | ')}`.substring(0, 255);
    await ctx.org.update(TRANSCRIPT, [changes]);
    const message =
      warnings.length === 0
        ? MESSAGES.synced
        : `${MESSAGES.synced} ${warnings.length} field mapping(s) could not be applied; see Sync Error.`;
    return result('SYNCED', message, { syncStatus: 'Synced', lastSynced: now, warnings });
  }),
} satisfies ApexClassHandlers;
