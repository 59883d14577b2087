/**
 * Transcript text rendering — chat lines (Engagement History `transcript.lines[]`, widget SDK
 * `chatTranscript.lines`) and messaging records (Messaging Interactions `messageRecords[]`) to the
 * plain text stored in Chat_Transcript__c.Transcript__c. Apex twin: `LivePersonTranscript`; both are
 * held to `config/vectors/transcript-text.json`.
 *
 * Format, one line per message, in the order given:
 *   [yyyy-MM-dd HH:mm:ss UTC] Speaker: text
 *   [yyyy-MM-dd HH:mm:ss UTC] Speaker (private): text      (ONLY_TO_REP / AGENTS_AND_MANAGERS)
 * - time from `timeL` (epoch ms); else the first 19 characters of `time` with `T` read as a space
 *   (LivePerson times are UTC); no time → the `[...] ` prefix is left out.
 * - chat speaker: `System` for source `system` or by `info`; else `by`; else `Visitor`/`Agent`.
 * - messaging speaker: the consumer's `consumerName` (else first + last name, else `Consumer`) or the
 *   agent's `agentNickname` (else `agentFullName`, else `Agent`) matched by participantId; `System`
 *   for any other `sentBy`.
 * - HTML (chat textType `html`, messaging `TEXT_HTML`) becomes text: `<br>`, `</p>`, `</div>`, `</li>`
 *   break lines, other tags go, entities are decoded, each line is trimmed and empty lines dropped.
 * - non-text content: `[Rich content]`, `[File: caption]`, `[Link: url]`, `[Secure form: name]`,
 *   else `[TYPE]`.
 * - `maxLength`: a longer text is cut and ends with `\n[truncated]` (total length = maxLength).
 * - {@link cutForField}: the cut for the Transcript field, whose marker says whether the whole text is in
 *   the attached file (save mode Field and Attachment) or stored nowhere (save mode Field).
 */

export type TranscriptInput =
  { channel: 'chat'; lines: unknown[] } | { channel: 'messaging'; record: Record<string, unknown> };

export const TRUNCATION_MARKER = '\n[truncated]';
/** Ends a transcript cut for the Transcript field while the whole text is in the attached file. */
export const CUT_MARKER_IN_FILE = '\n[truncated: the full transcript is in the attached file]';
/** Ends a transcript cut for the Transcript field when the whole text is stored nowhere. */
export const CUT_MARKER_NOT_STORED =
  '\n[truncated: the full transcript is longer than this field and is not stored]';

type Obj = Record<string, unknown>;

function obj(v: unknown): Obj | undefined {
  return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : undefined;
}

function str(v: unknown): string | undefined {
  if (typeof v === 'string') return v;
  if (typeof v === 'number' && Number.isFinite(v)) return String(v);
  return undefined;
}

function nonEmpty(v: unknown): string | undefined {
  const s = str(v);
  return s !== undefined && s.trim() !== '' ? s.trim() : undefined;
}

function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

/** `yyyy-MM-dd HH:mm:ss` (UTC) of an epoch-ms value. */
export function formatUtc(ms: number): string {
  const d = new Date(ms);
  return (
    `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ` +
    `${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())}`
  );
}

function stamp(item: Obj): string {
  const ms = item.timeL;
  if (typeof ms === 'number' && Number.isFinite(ms) && ms >= 0) return `[${formatUtc(ms)} UTC] `;
  const t = str(item.time);
  if (t !== undefined && /^\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}:\d{2}/.test(t)) {
    return `[${t.substring(0, 19).replace('T', ' ')} UTC] `;
  }
  return '';
}

const NAMED_ENTITIES: Record<string, string> = {
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: ' ',
  amp: '&',
};

/** HTML to plain text (see the module comment). */
export function htmlToText(html: string): string {
  const text = html
    .replace(/<br\s*\/?>/gi, '\n')
    .replace(/<\/(p|div|li)\s*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z]+);/g, (m, e: string) => {
      if (e.charAt(0) === '#') {
        const code =
          e.charAt(1) === 'x' || e.charAt(1) === 'X'
            ? parseInt(e.substring(2), 16)
            : parseInt(e.substring(1), 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : m;
      }
      const named = NAMED_ENTITIES[e.toLowerCase()];
      return named !== undefined ? named : m;
    });
  return cleanLines(text);
}

function cleanLines(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

function chatLine(line: unknown): string | undefined {
  const l = obj(line);
  if (!l) return undefined;
  const source = (str(l.source) ?? '').toLowerCase();
  const by = nonEmpty(l.by);
  let speaker: string;
  if (source === 'system' || (by !== undefined && by.toLowerCase() === 'info')) speaker = 'System';
  else if (by !== undefined) speaker = by;
  else speaker = source === 'agent' ? 'Agent' : 'Visitor';
  if (str(l.subType) === 'ONLY_TO_REP') speaker += ' (private)';
  const textType = (str(l.textType) ?? 'plain').toLowerCase();
  const raw = str(l.text) ?? '';
  let text: string;
  if (textType === 'html') text = htmlToText(raw);
  else if (textType === 'rich-content') text = '[Rich content]';
  else text = cleanLines(raw);
  return `${stamp(l)}${speaker}: ${text}`;
}

function findBy(list: unknown, key: string, id: string | undefined): Obj | undefined {
  if (id === undefined || !Array.isArray(list)) return undefined;
  for (const p of list) {
    const o = obj(p);
    if (o && str(o[key]) === id) return o;
  }
  return undefined;
}

function messagingSpeaker(rec: Obj, record: Obj): string {
  const sentBy = (str(rec.sentBy) ?? '').toLowerCase();
  const pid = str(rec.participantId);
  if (sentBy === 'consumer') {
    const c =
      findBy(record.consumerParticipants, 'participantId', pid) ??
      findBy(record.consumerParticipant, 'participantId', pid);
    const full = c
      ? [nonEmpty(c.firstName), nonEmpty(c.lastName)].filter((x) => x !== undefined).join(' ')
      : '';
    return (c && nonEmpty(c.consumerName)) ?? (full !== '' ? full : 'Consumer');
  }
  if (sentBy === 'agent') {
    const a = findBy(record.agentParticipants, 'agentId', pid);
    return (a && (nonEmpty(a.agentNickname) ?? nonEmpty(a.agentFullName))) ?? 'Agent';
  }
  return 'System';
}

function messagingText(rec: Obj): string {
  const type = str(rec.type) ?? '';
  const data = obj(rec.messageData) ?? {};
  const msg = obj(data.msg);
  const file = obj(data.file);
  const link = obj(data.link);
  const text = msg ? str(msg.text) : undefined;
  if (text !== undefined) return type.toUpperCase() === 'TEXT_HTML' ? htmlToText(text) : cleanLines(text);
  if (file) return `[File: ${nonEmpty(file.caption) ?? nonEmpty(file.relativePath) ?? 'file'}]`;
  if (link) return `[Link: ${nonEmpty(link.externalFileLink) ?? nonEmpty(link.caption) ?? 'link'}]`;
  if (data.richContent !== undefined || type.toUpperCase() === 'RICH_CONTENT') return '[Rich content]';
  const form = nonEmpty(data.formName) ?? (obj(data.form) && nonEmpty(obj(data.form)!.formName));
  if (form !== undefined) return `[Secure form: ${form}]`;
  return `[${type !== '' ? type : 'UNKNOWN'}]`;
}

function messagingLine(r: unknown, record: Obj): string | undefined {
  const rec = obj(r);
  if (!rec) return undefined;
  let speaker = messagingSpeaker(rec, record);
  if (str(rec.audience) === 'AGENTS_AND_MANAGERS') speaker += ' (private)';
  return `${stamp(rec)}${speaker}: ${messagingText(rec)}`;
}

/** Cuts `text` to `maxLength` characters, ending with `marker` (the truncation marker) when cut. */
export function truncate(text: string, maxLength?: number, marker: string = TRUNCATION_MARKER): string {
  if (maxLength === undefined || maxLength === null || text.length <= maxLength) return text;
  if (maxLength <= marker.length) return text.substring(0, maxLength);
  return text.substring(0, maxLength - marker.length) + marker;
}

/** Cuts a transcript for the Transcript field, saying whether the whole text is in the attached file. */
export function cutForField(text: string, maxLength: number, fullTextInFile: boolean): string {
  return truncate(text, maxLength, fullTextInFile ? CUT_MARKER_IN_FILE : CUT_MARKER_NOT_STORED);
}

/** Renders a chat transcript or a messaging conversation as plain text. Never throws. */
export function renderTranscript(input: TranscriptInput, maxLength?: number): string {
  const out: string[] = [];
  if (input.channel === 'chat') {
    for (const line of Array.isArray(input.lines) ? input.lines : []) {
      const s = chatLine(line);
      if (s !== undefined) out.push(s);
    }
  } else {
    const record = obj(input.record) ?? {};
    const records = Array.isArray(record.messageRecords) ? record.messageRecords : [];
    for (const r of records) {
      const s = messagingLine(r, record);
      if (s !== undefined) out.push(s);
    }
  }
  return truncate(out.join('\n'), maxLength);
}
