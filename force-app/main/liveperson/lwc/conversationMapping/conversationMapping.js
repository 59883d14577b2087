// Generated from lwc-ts/liveperson/conversationMapping/conversationMapping.ts by `npm run build`; do not edit.
/**
 * Conversation mapping — what the sync (Apex) and the widget (LWC) write into a Chat Transcript from a
 * LivePerson conversation. Apex twin: `LivePersonConversationMapper`; both are held to
 * `config/vectors/conversation-mapping.json` (rules in docs/sync.md).
 *
 * - {@link transcriptFields}: the standard Chat_Transcript__c values of an Engagement History record
 *   (`Chat`) or a Messaging Interactions record (`Messaging`). Each field reads the catalog entries
 *   listed in {@link STANDARD_FIELDS} in order (the catalog's `api` / `msgApi` paths) and keeps the first
 *   value that coerces into the field; every field is present in the result, `null` when nothing fits.
 *   Status: chat `info.ended === false` → Open, else Closed (Engagement History serves ended chats only);
 *   messaging `info.status` OPEN → Open, CLOSE → Closed, else null. An open conversation has no end time
 *   and no duration. Messaging `info.duration` is in milliseconds, chat `info.duration` in seconds.
 *   Transcript__c is the transcript module's text (null when empty).
 * - {@link mappedValues}: the values of configured Field_Mapping__c rows. The path: the catalog entry's
 *   path when LivePerson_Field__c names one, else the row's own path (`Api_Path__c`, `Msg_Api_Path__c`,
 *   `Sdk_Path__c`, `Msg_Sdk_Path__c` by channel and source). A value that resolves is coerced into the
 *   target field type; nothing resolved → Default_Value__c (coerced too); nothing at all → the field is
 *   left out. Problems never throw: they are collected per field with a stable `code`.
 */
import { resolvePath, FieldPathError } from 'c/fieldPath';
import { catalogEntry } from 'c/fieldCatalog';
import { renderTranscript, truncate } from 'c/transcriptText';
import { coerceValue, isTooLong } from 'c/valueCoercion';




/** Long Text length of Chat_Transcript__c.Transcript__c. */
export const TRANSCRIPT_MAX_LENGTH = 131072;

/** One Field_Mapping__c row (the fields the mapping reads). */































/** The standard fields read from the catalog, with their Chat_Transcript__c types. */
export const STANDARD_FIELDS = [
{ field: 'Conversation_Id__c', spec: { type: 'STRING', length: 255 }, entries: ['Conversation_Id'] },
{ field: 'Start_Time__c', spec: { type: 'DATETIME' }, entries: ['Start_Time'] },
{ field: 'End_Time__c', spec: { type: 'DATETIME' }, entries: ['End_Time'] },
{ field: 'Agent_Id__c', spec: { type: 'STRING', length: 255 }, entries: ['Agent_Id'] },
{
  field: 'Agent_Name__c',
  spec: { type: 'STRING', length: 255 },
  entries: ['Agent_Name', 'Agent_Nickname']
},
{ field: 'Skill_Id__c', spec: { type: 'STRING', length: 255 }, entries: ['Skill_Id'] },
{ field: 'Skill_Name__c', spec: { type: 'STRING', length: 255 }, entries: ['Skill_Name'] },
{ field: 'Visitor_Id__c', spec: { type: 'STRING', length: 255 }, entries: ['Visitor_Id'] },
{
  field: 'Visitor_Name__c',
  spec: { type: 'STRING', length: 255 },
  entries: ['Visitor_Name', 'PreChat_Visitor_Name', 'Personal_Name']
},
{
  field: 'Visitor_Email__c',
  spec: { type: 'EMAIL', length: 80 },
  entries: ['Consumer_Email', 'PreChat_Visitor_Email', 'Personal_Email']
},
{
  field: 'Visitor_Phone__c',
  spec: { type: 'PHONE', length: 40 },
  entries: ['Consumer_Phone', 'PreChat_Visitor_Phone', 'Personal_Phone']
},
{ field: 'MCS__c', spec: { type: 'DOUBLE', scale: 0 }, entries: ['MCS'] },
{ field: 'CSAT__c', spec: { type: 'DOUBLE', scale: 2 }, entries: ['CSAT'] }];


const DURATION_SPEC = { type: 'DOUBLE', scale: 0 };

/** Every key of {@link transcriptFields}, in order. */
export const TRANSCRIPT_FIELD_NAMES = [
'Conversation_Id__c',
'Channel__c',
'Status__c',
'Start_Time__c',
'End_Time__c',
'Duration_Seconds__c',
'Agent_Id__c',
'Agent_Name__c',
'Skill_Id__c',
'Skill_Name__c',
'Visitor_Id__c',
'Visitor_Name__c',
'Visitor_Email__c',
'Visitor_Phone__c',
'MCS__c',
'CSAT__c',
'Transcript__c'];




function obj(v) {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? v : {};
}

/** The catalog path of an entry for a channel and source, or undefined. */
export function catalogPath(entry, channel, source) {
  if (channel === 'Messaging') return source === 'api' ? entry.msgApi : entry.msgSdk;
  return source === 'api' ? entry.api : entry.sdk;
}

/** The row's own path for a channel and source (blank → undefined). */
export function rowPath(row, channel, source) {
  let p;
  if (channel === 'Messaging') p = source === 'api' ? row.Msg_Api_Path__c : row.Msg_Sdk_Path__c;else
  p = source === 'api' ? row.Api_Path__c : row.Sdk_Path__c;
  return typeof p === 'string' && p.trim() !== '' ? p : undefined;
}

function statusOf(channel, info) {
  if (channel === 'Chat') {
    if (Object.keys(info).length === 0) return null;
    return info.ended === false ? 'Open' : 'Closed';
  }
  const s = typeof info.status === 'string' ? info.status.trim().toUpperCase() : '';
  if (s === 'OPEN') return 'Open';
  if (s === 'CLOSE' || s === 'CLOSED') return 'Closed';
  return null;
}

function durationOf(channel, record) {
  const entry = catalogEntry(channel === 'Chat' ? 'Chat_Duration' : 'Conversation_Duration');
  const path = entry ? catalogPath(entry, channel, 'api') : undefined;
  if (path === undefined) return null;
  const raw = coerceValue(resolvePath(record, path), { type: 'DOUBLE' });
  if (typeof raw !== 'number' || raw < 0) return null;
  return coerceValue(channel === 'Messaging' ? raw / 1000 : raw, DURATION_SPEC);
}

/**
 * The standard Chat_Transcript__c values of one conversation record from the history APIs. Every key of
 * {@link TRANSCRIPT_FIELD_NAMES} is present; `null` means LivePerson gave nothing that fits. Transcript__c
 * is the transcript text cut to the field ({@link transcriptText} is the whole text). Never throws.
 */
export function transcriptFields(channel, record) {
  const out = standardValues(channel, record).values;
  const transcript = transcriptText(channel, record);
  out.Transcript__c = transcript === '' ? null : truncate(transcript, TRANSCRIPT_MAX_LENGTH);
  return out;
}

/** The whole transcript text of a record (never cut; '' when it has no messages). */
export function transcriptText(channel, record) {
  const data = obj(record);
  return channel === 'Chat' ?
  renderTranscript({ channel: 'chat', lines: obj(data.transcript).lines }) :
  renderTranscript({ channel: 'messaging', record: data });
}

function tooLongError(field, value, spec) {
  const whole = coerceValue(value, { ...spec, length: Number.MAX_SAFE_INTEGER });
  const length = typeof whole === 'string' ? whole.length : 0;
  const maxLength = spec.length ?? (spec.type === 'EMAIL' ? 80 : 255);
  // The value itself is left out: it may be an e-mail address or a phone number.
  return {
    field,
    code: 'TOO_LONG',
    message: `The value (${length} characters) is longer than ${field} allows (${maxLength}); not stored.`
  };
}

/**
 * The values of {@link transcriptFields} without the transcript (Transcript__c null), and the standard
 * fields left empty because LivePerson's value is longer than the field (`TOO_LONG`: never stored cut).
 */
export function standardValues(channel, record) {
  const data = obj(record);
  const out = {};
  const errors = [];
  for (const name of TRANSCRIPT_FIELD_NAMES) out[name] = null;
  out.Channel__c = channel;
  for (const f of STANDARD_FIELDS) {
    let tooLong;
    for (const name of f.entries) {
      const entry = catalogEntry(name);
      const path = entry ? catalogPath(entry, channel, 'api') : undefined;
      if (path === undefined) continue;
      const raw = resolvePath(data, path);
      if (isTooLong(raw, f.spec)) {
        tooLong = raw;
        continue;
      }
      const value = coerceValue(raw, f.spec);
      if (value !== null) {
        out[f.field] = value;
        break;
      }
    }
    if (tooLong !== undefined && out[f.field] === null) errors.push(tooLongError(f.field, tooLong, f.spec));
  }
  const status = statusOf(channel, obj(data.info));
  out.Status__c = status;
  out.Duration_Seconds__c = durationOf(channel, data);
  if (status === 'Open') {
    out.End_Time__c = null;
    out.Duration_Seconds__c = null;
  }
  return { values: out, errors };
}

function describe(value) {
  let text;
  try {
    text = typeof value === 'string' ? value : JSON.stringify(value);
  } catch {
    text = String(value);
  }
  return text.length > 60 ? text.substring(0, 57) + '...' : text;
}

/**
 * The values of configured field mappings for one conversation: `data` is a history API record
 * (`source` `api`) or the widget SDK model (`sdk`); `fieldTypes` holds the target field specs by field
 * API name (a field missing there is not available to the running user). Never throws.
 */
export function mappedValues(
channel,
source,
data,
mappings,
fieldTypes)
{
  const values = {};
  const errors = [];
  for (const row of Array.isArray(mappings) ? mappings : []) {
    const field = typeof row?.Field_Api_Name__c === 'string' ? row.Field_Api_Name__c.trim() : '';
    if (field === '') continue;
    const spec = fieldTypes[field];
    if (spec === undefined) {
      errors.push({ field, code: 'UNKNOWN_FIELD', message: `The field ${field} is not available.` });
      continue;
    }
    const lpField = typeof row.LivePerson_Field__c === 'string' ? row.LivePerson_Field__c.trim() : '';
    let path;
    if (lpField !== '' && lpField !== 'Other') {
      const entry = catalogEntry(lpField);
      if (entry === undefined) {
        errors.push({
          field,
          code: 'UNKNOWN_CATALOG_ENTRY',
          message: `${lpField} is not a LivePerson field of the catalog.`
        });
        continue;
      }
      path = catalogPath(entry, channel, source);
    } else {
      path = rowPath(row, channel, source);
    }
    let value;
    if (path !== undefined) {
      try {
        value = resolvePath(data, path);
      } catch (e) {
        const detail = e instanceof FieldPathError ? e.message : String(e);
        errors.push({ field, code: 'INVALID_PATH', message: `The path ${path} is invalid: ${detail}` });
        continue;
      }
    }
    const blank = value === null || value === undefined || typeof value === 'string' && value.trim() === '';
    if (!blank && isTooLong(value, spec)) {
      errors.push(tooLongError(field, value, spec));
      continue;
    }
    if (!blank) {
      const coerced = coerceValue(value, spec);
      if (coerced === null) {
        errors.push({
          field,
          code: 'NOT_COERCIBLE',
          message: `The value ${describe(value)} does not fit ${field} (${spec.type}).`
        });
        continue;
      }
      if (!(field in values)) values[field] = coerced;
      continue;
    }
    const def = typeof row.Default_Value__c === 'string' ? row.Default_Value__c : '';
    if (def.trim() === '') continue;
    if (isTooLong(def, spec)) {
      errors.push(tooLongError(field, def, spec));
      continue;
    }
    const coercedDefault = coerceValue(def, spec);
    if (coercedDefault === null) {
      errors.push({
        field,
        code: 'BAD_DEFAULT',
        message: `The default value ${describe(def)} does not fit ${field} (${spec.type}).`
      });
      continue;
    }
    if (!(field in values)) values[field] = coercedDefault;
  }
  return { values, errors };
}
