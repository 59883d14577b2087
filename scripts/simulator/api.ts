/**
 * The LivePerson endpoints, as pure request → response functions (HTTP plumbing, auth and faults
 * live in server.ts). Shapes follow liveperson-apis.md §1–5 and §8.
 */
import {
  DEFAULT_MSG_CONTENT,
  type ChatHeader,
  type Json,
  type JsonObject,
  type MsgHeader,
  type SimData,
} from './generator';
import { AGENTS, SKILLS } from './sample-data';

export interface SimResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export interface ApiContext {
  data: SimData;
  nowMs: number;
  /** `scheme://host` the request came in on (for `_metadata` hrefs). */
  origin: string;
  /** Service host the domain API hands out (`127.0.0.1:<port>`). */
  baseUri: string;
  path: string;
  query: URLSearchParams;
  body: string;
  /** The "changed between pages" fault is active for this request. */
  changed?: boolean;
}

const TEN_MIN = 10 * 60_000;
const DAY = 24 * 60 * 60_000;
/** "1 month" = 31 days; "3 months" = 93 days (a client staying within 30 / 90 days is always safe). */
export const EH_MAX_WINDOW_MS = 31 * DAY;
export const MI_MAX_WINDOW_MS = 93 * DAY;
export const MAX_LIMIT = 100;
export const DEFAULT_LIMIT = 50;
export const MAX_SOURCE_LENGTH = 20;

export function json(status: number, body: unknown, headers: Record<string, string> = {}): SimResponse {
  return {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
    body: JSON.stringify(body),
  };
}

/** LivePerson's REST error shape (`{time, message, internalCode}`, liveperson-apis.md S10). */
export function lpError(
  nowMs: number,
  status: number,
  message: string,
  internalCode: number,
  headers: Record<string, string> = {},
): SimResponse {
  return json(status, { time: nowMs, message, internalCode }, headers);
}

const badRequest = (ctx: ApiContext, message: string): SimResponse => lpError(ctx.nowMs, 400, message, 24);

// ------------------------------------------------------------------ domain API (CSDS)

export const SERVICES = [
  'engHistDomain',
  'msgHist',
  'accountConfigReadOnly',
  'accountConfigReadWrite',
  'sentinel',
  'liveEngageUI',
  'agentVep',
  'smt',
  'leDataReporting',
  'asyncMessagingEnt',
] as const;

export function csds(ctx: ApiContext, account: string, service: string | null): SimResponse {
  if (account !== ctx.data.opts.accountId) {
    return lpError(ctx.nowMs, 401, `Site ${account} is not valid`, 10);
  }
  if (service === null) {
    return json(200, { baseURIs: SERVICES.map((s) => ({ service: s, account, baseURI: ctx.baseUri })) });
  }
  if (!(SERVICES as readonly string[]).includes(service)) {
    return lpError(ctx.nowMs, 404, `Service ${service} was not found for site ${account}`, 20);
  }
  return json(200, { service, account, baseURI: ctx.baseUri });
}

// ------------------------------------------------------------------ Account Config: skills, users

const SKILL_DEFAULT_SELECT = ['id', 'deleted', 'name'];

function skillJson(s: (typeof SKILLS)[number]): JsonObject {
  return {
    id: s.id,
    name: s.name,
    deleted: s.deleted,
    description: s.description,
    skillOrder: s.skillOrder,
    maxWaitTime: s.maxWaitTime,
    dateUpdated: s.dateUpdated,
    canTransfer: s.canTransfer,
    lobIds: [],
    skillTransferList: [],
    skillRoutingConfiguration: [],
    wrapUpTime: 0,
    slaDefaultResponseTime: 300,
    slaUrgentResponseTime: 60,
    slaFirstTimeResponseTime: 600,
    defaultPostChatSurveyId: 195992,
    defaultAgentSurveyId: 195993,
    autoCloseInSeconds: 3600,
    fallbackWhenAllAgentsAreAway: false,
  };
}

function select(obj: JsonObject, fields: string[] | null): JsonObject {
  if (fields === null) return obj;
  const out: JsonObject = {};
  for (const f of fields) if (f in obj) out[f] = obj[f] as Json;
  return out;
}

function parseSelect(q: URLSearchParams, defaults: string[]): string[] | null {
  const raw = q.get('select');
  if (raw === null || raw.trim() === '') return defaults;
  if (raw.trim() === '$all') return null;
  return raw
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
}

export const AC_REVISION = '412';

export function skills(ctx: ApiContext, skillId: string | null): SimResponse {
  const fields = parseSelect(
    ctx.query,
    skillId === null ? SKILL_DEFAULT_SELECT : Object.keys(skillJson(SKILLS[0]!)),
  );
  if (skillId !== null) {
    const s = SKILLS.find((x) => String(x.id) === skillId);
    if (!s) return lpError(ctx.nowMs, 404, `Skill ${skillId} was not found`, 30);
    return json(200, select(skillJson(s), fields), { etag: AC_REVISION });
  }
  const includeDeleted = ctx.query.get('include_deleted') === 'true';
  const list = SKILLS.filter((s) => includeDeleted || !s.deleted).map((s) => select(skillJson(s), fields));
  return json(200, list, { 'ac-revision': AC_REVISION });
}

export function users(ctx: ApiContext): SimResponse {
  const fields = parseSelect(ctx.query, ['id', 'deleted', 'loginName']);
  const list = AGENTS.map((a) =>
    select(
      {
        id: a.id,
        deleted: false,
        loginName: a.loginName,
        fullName: a.fullName,
        nickname: a.nickname,
        email: a.loginName,
        employeeId: a.employeeId,
        isEnabled: true,
        maxChats: a.maxChats,
        skillIds: a.skillIds,
        memberOf: { agentGroupId: String(a.groupId), assignmentDate: '2024-01-02 09:00:00' },
      },
      fields,
    ),
  );
  return json(200, list, { 'ac-revision': AC_REVISION });
}

// ------------------------------------------------------------------ search plumbing

interface SortKey {
  field: string;
  desc: boolean;
}

interface Paging {
  offset: number;
  limit: number;
  sort: SortKey[];
}

function parsePaging(ctx: ApiContext, sortFields: readonly string[]): Paging | SimResponse {
  const q = ctx.query;
  const limitText = q.get('limit');
  const offsetText = q.get('offset');
  const limit = limitText === null || limitText === '' ? DEFAULT_LIMIT : Number(limitText);
  const offset = offsetText === null || offsetText === '' ? 0 : Number(offsetText);
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_LIMIT) {
    return badRequest(ctx, `limit must be an integer between 1 and ${MAX_LIMIT}`);
  }
  if (!Number.isInteger(offset) || offset < 0)
    return badRequest(ctx, 'offset must be a non-negative integer');
  const sort: SortKey[] = [];
  const sortText = q.get('sort');
  if (sortText) {
    for (const part of sortText.split(',')) {
      const [field, order = 'asc'] = part.trim().split(':') as [string, string?];
      if (!sortFields.includes(field)) return badRequest(ctx, `unsupported sort field "${field}"`);
      if (!['asc', 'desc', 'des'].includes(order))
        return badRequest(ctx, `unsupported sort order "${order}"`);
      sort.push({ field, desc: order !== 'asc' });
    }
  }
  if (sort.length === 0) sort.push({ field: 'start', desc: false });
  return { offset, limit, sort };
}

/** `source` is required (max 20 characters) on the history APIs. */
function checkSource(ctx: ApiContext): SimResponse | null {
  const source = ctx.query.get('source');
  if (source === null || source.trim() === '') return badRequest(ctx, 'source query parameter is required');
  if (source.length > MAX_SOURCE_LENGTH) {
    return badRequest(ctx, `source must be at most ${MAX_SOURCE_LENGTH} characters`);
  }
  return null;
}

function parseBody(ctx: ApiContext): { ok: true; body: JsonObject } | { ok: false; res: SimResponse } {
  if (ctx.body.trim() === '') return { ok: false, res: badRequest(ctx, 'request body is required') };
  let b: unknown;
  try {
    b = JSON.parse(ctx.body) as unknown;
  } catch {
    return { ok: false, res: badRequest(ctx, 'request body is not valid JSON') };
  }
  if (!b || typeof b !== 'object' || Array.isArray(b)) {
    return { ok: false, res: badRequest(ctx, 'request body must be a JSON object') };
  }
  return { ok: true, body: b as JsonObject };
}

/** A search's source, paging and JSON body, or the 400 refusing the first that is wrong. */
function parseSearch(
  ctx: ApiContext,
  sortFields: readonly string[],
): { paging: Paging; body: JsonObject } | SimResponse {
  const src = checkSource(ctx);
  if (src) return src;
  const paging = parsePaging(ctx, sortFields);
  if ('status' in paging) return paging;
  const parsed = parseBody(ctx);
  return parsed.ok ? { paging, body: parsed.body } : parsed.res;
}

interface Range {
  from: number;
  to: number;
}

function numRange(v: Json | undefined): Range | null | 'bad' {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'object' || Array.isArray(v)) return 'bad';
  const from = v.from === undefined ? -Infinity : Number(v.from);
  const to = v.to === undefined ? Infinity : Number(v.to);
  if (Number.isNaN(from) || Number.isNaN(to)) return 'bad';
  return { from, to };
}

/** The `start` window: required, epoch ms, `to: -1` = now, rounded out to 10 minutes, ≤ max. */
function parseWindow(
  ctx: ApiContext,
  v: Json | undefined,
  maxMs: number,
  label: string,
): Range | SimResponse {
  if (v === undefined || v === null || typeof v !== 'object' || Array.isArray(v)) {
    return badRequest(ctx, 'start {from, to} is required');
  }
  const from = Number(v.from);
  let to = Number(v.to);
  if (!Number.isFinite(from) || !Number.isFinite(to) || v.from === null || v.to === null) {
    return badRequest(ctx, 'start.from and start.to must be epoch milliseconds');
  }
  if (to === -1) to = ctx.nowMs;
  if (from > to) return badRequest(ctx, 'start.from must not be after start.to');
  if (to - from > maxMs) return badRequest(ctx, `the start interval must not exceed ${label}`);
  return { from: Math.floor(from / TEN_MIN) * TEN_MIN, to: Math.ceil(to / TEN_MIN) * TEN_MIN };
}

function strList(v: Json | undefined): string[] | null {
  if (v === undefined || v === null) return null;
  return (Array.isArray(v) ? v : [v]).map((x) => String(x));
}

const inRange = (r: Range | null, n: number): boolean => r === null || (n >= r.from && n <= r.to);

function metadata(ctx: ApiContext, count: number, offset: number, limit: number): JsonObject {
  const href = (o: number): string => `${ctx.origin}${ctx.path}?limit=${limit}&offset=${o}`;
  const md: JsonObject = { count, self: { rel: 'self', href: href(offset) } };
  if (offset + limit < count) {
    md.next = { rel: 'next', href: href(offset + limit) };
    md.last = { rel: 'last', href: href(Math.floor((count - 1) / limit) * limit) };
  }
  if (offset > 0) md.prev = { rel: 'prev', href: href(Math.max(0, offset - limit)) };
  md.shardsStatusResult = { partialResult: false };
  return md;
}

/**
 * Pages over an index range. Without filters and sorted by start only, the page is computed
 * arithmetically (no record is generated beyond the page); otherwise every candidate's cheap
 * header is generated, filtered and sorted.
 */
function page<H>(
  lo: number,
  hi: number,
  paging: Paging,
  header: (i: number) => H,
  filter: ((i: number, h: H) => boolean) | null,
  sortValue: (h: H, field: string) => number | string,
  changed: boolean,
): { count: number; indices: number[] } {
  let offset = paging.offset;
  let extra = 0;
  if (changed) {
    // A conversation arrived / changed since the previous page: everything shifts by one.
    offset = Math.max(0, offset - 1);
    extra = 1;
  }
  const simple = filter === null && paging.sort.length === 1 && paging.sort[0]!.field === 'start';
  if (simple) {
    const count = hi - lo;
    const desc = paging.sort[0]!.desc;
    const indices: number[] = [];
    for (let k = offset; k < Math.min(count, offset + paging.limit); k++)
      indices.push(desc ? hi - 1 - k : lo + k);
    return { count: count + extra, indices };
  }
  const rows: { i: number; h: H }[] = [];
  for (let i = lo; i < hi; i++) {
    const h = header(i);
    if (filter === null || filter(i, h)) rows.push({ i, h });
  }
  rows.sort((x, y) => {
    for (const key of paging.sort) {
      const a = sortValue(x.h, key.field);
      const b = sortValue(y.h, key.field);
      if (a !== b) return (a < b ? -1 : 1) * (key.desc ? -1 : 1);
    }
    return x.i - y.i;
  });
  return { count: rows.length + extra, indices: rows.slice(offset, offset + paging.limit).map((r) => r.i) };
}

// ------------------------------------------------------------------ Engagement History (chat)

export const EH_SORT_FIELDS = [
  'start',
  'end',
  'duration',
  'visitor',
  'engagementId',
  'interactive',
  'agentId',
  'skillId',
];

export function engHistSearch(ctx: ApiContext): SimResponse {
  const search = parseSearch(ctx, EH_SORT_FIELDS);
  if ('status' in search) return search;
  const { paging, body: b } = search;
  const d = ctx.data;
  const ended = d.opts.chatCount - d.opts.liveCount;

  let lo: number;
  let hi: number;
  const engagementId =
    b.engagementId === undefined || b.engagementId === null ? null : String(b.engagementId);
  const visitor = b.visitor === undefined || b.visitor === null ? null : String(b.visitor);
  if (engagementId !== null || visitor !== null) {
    // "All time limitations are ignored" for engagementId / visitor; a start window may be sent.
    if (b.start !== undefined) {
      const w = parseWindow(ctx, b.start, EH_MAX_WINDOW_MS, '1 month');
      if ('status' in w) return w;
    }
    if (engagementId !== null) {
      const i = d.chatIndexFromEngagementId(engagementId);
      [lo, hi] = i >= 0 && i < ended ? [i, i + 1] : [0, 0];
    } else {
      [lo, hi] = [0, ended];
    }
  } else {
    const w = parseWindow(ctx, b.start, EH_MAX_WINDOW_MS, '1 month');
    if ('status' in w) return w;
    [lo, hi] = d.chatRange(w.from, w.to);
    hi = Math.min(hi, ended);
  }
  if (b.interactive === false) [lo, hi] = [0, 0]; // only interactive chats exist (and are supported)

  const skillIds = strList(b.skillIds);
  const agentIds = strList(b.agentIds);
  const groupIds = strList(b.agentGroupIds);
  const duration = numRange(b.duration);
  const mcs = numRange(b.chatMCS);
  const alerted = strList(b.alertedMcsValues);
  if (duration === 'bad' || mcs === 'bad') return badRequest(ctx, 'duration / chatMCS must be {from, to}');
  const keyword =
    b.keyword === undefined || b.keyword === null ? null : String(b.keyword).replace(/"/g, '').toLowerCase();
  const channel = b.channel === undefined || b.channel === null ? null : Number(b.channel);
  const visitorId = visitor;

  const needsFilter =
    skillIds ||
    agentIds ||
    groupIds ||
    duration ||
    mcs ||
    alerted ||
    keyword ||
    visitorId !== null ||
    (channel !== null && channel !== 1);
  const filter = needsFilter
    ? (i: number, h: ChatHeader): boolean => {
        if (skillIds && !skillIds.includes(String(h.skill.id))) return false;
        if (agentIds && !agentIds.includes(h.agent.id)) return false;
        if (groupIds && !groupIds.includes(String(h.agent.groupId))) return false;
        if (!inRange(duration, h.durationSec)) return false;
        if (!inRange(mcs, h.mcs)) return false;
        if (alerted && !alerted.includes(String(h.mcs >= 66 ? 1 : h.mcs >= 33 ? 0 : -1))) return false;
        if (channel !== null && channel !== 1) return false;
        if (visitorId !== null && d.visitor(h.visitor).visitorId !== visitorId) return false;
        if (keyword && !JSON.stringify(d.chatRecord(i)).toLowerCase().includes(keyword)) return false;
        return true;
      }
    : null;
  const sortValue = (h: ChatHeader, field: string): number | string => {
    switch (field) {
      case 'start':
        return h.startMs;
      case 'end':
        return h.endMs;
      case 'duration':
        return h.durationSec;
      case 'visitor':
        return d.visitor(h.visitor).visitorId;
      case 'engagementId':
        return h.engagementId;
      case 'agentId':
        return h.agent.id;
      case 'skillId':
        return h.skill.id;
      default:
        return 0;
    }
  };
  const { count, indices } = page(
    lo,
    hi,
    paging,
    (i) => d.chatHeader(i),
    filter,
    sortValue,
    ctx.changed === true,
  );
  const records = indices.map((i) => d.chatRecord(i));
  if (ctx.changed && records.length > 0) changeChat(records[0] as JsonObject);
  return json(200, {
    _metadata: metadata(ctx, count, paging.offset, paging.limit),
    interactionHistoryRecords: records,
  });
}

function changeChat(rec: JsonObject): void {
  const transcript = rec.transcript as JsonObject;
  const lines = transcript.lines as JsonObject[];
  const last = lines[lines.length - 1] as JsonObject;
  const timeL = Number(last.timeL) + 1000;
  lines.push({
    ...last,
    time: new Date(timeL).toISOString().replace('T', ' ').replace('Z', '+0000'),
    timeL,
    text: 'Visitor reopened the window.',
    by: 'info',
    source: 'system',
    textType: 'plain',
    controlType: 0,
    agentId: 0,
    lineSeq: String(lines.length + 1),
  });
}

// ------------------------------------------------------------------ Messaging Interactions

export const MI_SORT_FIELDS = ['start', 'end'];
const CONTENT_TYPES = new Set<string>([
  ...DEFAULT_MSG_CONTENT,
  'monitoring',
  'dialogs',
  'responseTime',
  'unAuthSdes',
  'skillChanges',
  'intents',
  'uniqueIntents',
  'latestAgentSurvey',
  'previouslySubmittedAgentSurveys',
]);

function contentSet(ctx: ApiContext, b: JsonObject, v2: boolean): Set<string> | SimResponse {
  if (b.contentToRetrieve === undefined || b.contentToRetrieve === null) {
    // Default sections, plus unAuthSdes with v=2 (our reading of "only v=2 returns unAuthSdes").
    return new Set<string>(v2 ? [...DEFAULT_MSG_CONTENT, 'unAuthSdes'] : DEFAULT_MSG_CONTENT);
  }
  const list = strList(b.contentToRetrieve) ?? [];
  const bad = list.filter((c) => !CONTENT_TYPES.has(c));
  if (bad.length > 0) return badRequest(ctx, `unknown contentToRetrieve value(s): ${bad.join(', ')}`);
  return new Set(list);
}

function isV2(ctx: ApiContext): boolean {
  const v = ctx.query.get('v');
  return v !== null && Number(v) >= 2;
}

function msgFilter(
  ctx: ApiContext,
  b: JsonObject,
): ((j: number, h: MsgHeader) => boolean) | null | SimResponse {
  const d = ctx.data;
  const status = strList(b.status);
  const skillIds = strList(b.skillIds);
  const latestSkillIds = strList(b.latestSkillIds);
  const agentIds = strList(b.agentIds);
  const latestAgentIds = strList(b.latestAgentIds);
  const groupIds = strList(b.agentGroupIds);
  const sources = strList(b.source);
  const devices = strList(b.device);
  const duration = numRange(b.duration);
  const mcs = numRange(b.mcs);
  const csat = numRange(b.csat);
  const end = numRange(b.end);
  const updated = numRange(b.latestUpdateTime);
  if ([duration, mcs, csat, end, updated].includes('bad'))
    return badRequest(ctx, 'range filters must be {from, to}');
  const keyword =
    b.keyword === undefined || b.keyword === null ? null : String(b.keyword).replace(/"/g, '').toLowerCase();
  const consumer = b.consumer === undefined || b.consumer === null ? null : String(b.consumer);
  const any =
    status ||
    skillIds ||
    latestSkillIds ||
    agentIds ||
    latestAgentIds ||
    groupIds ||
    sources ||
    devices ||
    duration ||
    mcs ||
    csat ||
    end ||
    updated ||
    keyword ||
    consumer !== null;
  if (!any) return null;
  const updatedFrom = updated && updated !== 'bad' ? Math.floor(updated.from / TEN_MIN) * TEN_MIN : null;
  return (j: number, h: MsgHeader): boolean => {
    if (status && !status.includes(h.open ? 'OPEN' : 'CLOSE')) return false;
    const skillsSeen = [String(h.skill.id), ...(h.transfer ? [String(h.transfer.fromSkill.id)] : [])];
    if (skillIds && !skillIds.some((s) => skillsSeen.includes(s))) return false;
    if (latestSkillIds && !latestSkillIds.includes(String(h.skill.id))) return false;
    const agentsSeen = [h.agent.id, ...(h.transfer ? [h.transfer.fromAgent.id] : [])];
    if (agentIds && !agentIds.some((a) => agentsSeen.includes(a))) return false;
    if (latestAgentIds && !latestAgentIds.includes(h.agent.id)) return false;
    if (groupIds && !groupIds.includes(String(h.agent.groupId))) return false;
    if (sources && !sources.includes(h.source.source)) return false;
    if (devices && !devices.includes(h.source.device)) return false;
    const durSec = Math.floor(((h.open ? ctx.nowMs : h.endMs) - h.startMs) / 1000);
    if (duration && duration !== 'bad' && !inRange(duration, durSec)) return false;
    if (mcs && mcs !== 'bad' && !inRange(mcs, h.mcs)) return false;
    if (csat && csat !== 'bad' && (h.csat === 0 || !inRange(csat, h.csat))) return false;
    if (end && end !== 'bad' && (h.open || !inRange(end, h.endMs))) return false;
    if (updatedFrom !== null && (h.open ? ctx.nowMs : h.endMs) < updatedFrom) return false;
    if (consumer !== null && d.visitor(h.visitor).participantId !== consumer) return false;
    if (keyword) {
      const rec = d.msgRecord(j, new Set(['messageRecords', 'summary']), false, ctx.nowMs);
      if (!JSON.stringify(rec).toLowerCase().includes(keyword)) return false;
    }
    return true;
  };
}

function msgSortValue(h: MsgHeader, field: string): number {
  if (field === 'end') return h.open ? Number.MAX_SAFE_INTEGER : h.endMs;
  return h.startMs;
}

function changeMsg(rec: JsonObject, nowMs: number): void {
  const msgs = rec.messageRecords as JsonObject[] | undefined;
  if (!msgs || msgs.length === 0) return;
  const last = msgs[msgs.length - 1] as JsonObject;
  const seq = Number(last.seq) + 1;
  const info = rec.info as JsonObject;
  msgs.push({
    ...last,
    type: 'TEXT_PLAIN',
    messageData: { msg: { text: 'One more thing: can you email me the summary?' } },
    messageId: `ms::conv:${String(info.conversationId)}::msg:${seq}`,
    seq,
    sentBy: 'Consumer',
    timeL: Math.max(Number(last.timeL) + 1000, nowMs - 1000),
  });
}

export function msgHistSearch(ctx: ApiContext, consumerSearch: boolean): SimResponse {
  const search = parseSearch(ctx, MI_SORT_FIELDS);
  if ('status' in search) return search;
  const { paging, body: b } = search;
  const d = ctx.data;
  const v2 = isV2(ctx);
  const content = contentSet(ctx, b, v2);
  if ('status' in content) return content as SimResponse;

  let lo = 0;
  let hi = d.opts.messagingCount;
  if (consumerSearch) {
    if (b.consumer === undefined || b.consumer === null || b.consumer === '') {
      return badRequest(ctx, 'consumer is required');
    }
    const k = d.visitorIndexFromParticipantId(String(b.consumer));
    if (k < 0) [lo, hi] = [0, 0];
  } else {
    const w = parseWindow(ctx, b.start, MI_MAX_WINDOW_MS, '3 months');
    if ('status' in w) return w;
    [lo, hi] = d.msgRange(w.from, w.to);
  }
  const filter = msgFilter(ctx, b);
  if (filter && 'status' in filter) return filter as SimResponse;
  const { count, indices } = page(
    lo,
    hi,
    paging,
    (j) => d.msgHeader(j),
    filter as ((j: number, h: MsgHeader) => boolean) | null,
    msgSortValue,
    ctx.changed === true,
  );
  const records = indices.map((j) => d.msgRecord(j, content as Set<string>, v2, ctx.nowMs));
  if (ctx.changed && records.length > 0) changeMsg(records[0] as JsonObject, ctx.nowMs);
  return json(200, {
    _metadata: metadata(ctx, count, paging.offset, paging.limit),
    conversationHistoryRecords: records,
  });
}

export function msgHistById(ctx: ApiContext): SimResponse {
  const src = checkSource(ctx);
  if (src) return src;
  const parsed = parseBody(ctx);
  if (!parsed.ok) return parsed.res;
  const b = parsed.body;
  const ids: string[] = [];
  if (typeof b.conversationId === 'string' && b.conversationId !== '') ids.push(b.conversationId);
  if (Array.isArray(b.conversationIds)) ids.push(...b.conversationIds.map((x) => String(x)));
  if (ids.length === 0) return badRequest(ctx, 'conversationId or conversationIds is required');
  if (ids.length > MAX_LIMIT) return badRequest(ctx, `at most ${MAX_LIMIT} conversationIds per request`);
  const v2 = isV2(ctx);
  const content = contentSet(ctx, b, v2);
  if ('status' in content) return content as SimResponse;
  const d = ctx.data;
  const records: Json[] = [];
  for (const id of [...new Set(ids)]) {
    const j = d.msgIndexFromConversationId(id);
    if (j >= 0) records.push(d.msgRecord(j, content as Set<string>, v2, ctx.nowMs));
  }
  if (ctx.changed && records.length > 0) changeMsg(records[0] as JsonObject, ctx.nowMs);
  return json(200, {
    _metadata: {
      count: records.length,
      self: { rel: 'self', href: `${ctx.origin}${ctx.path}` },
      shardsStatusResult: { partialResult: false },
    },
    conversationHistoryRecords: records,
  });
}
