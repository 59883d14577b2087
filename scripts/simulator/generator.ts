/**
 * Deterministic, on-demand data of the simulated account.
 *
 * Conversation `i` of a channel is a pure function of (seed, channel, i): nothing is stored, so
 * `--conversations 100000` costs no memory. Start times are spread evenly (with jitter inside each
 * slot) over `spanMs` ending at `anchorMs`, so start time is strictly increasing with the index and
 * a time window maps to an index range by binary search. The last `liveCount` conversations of each
 * channel are in progress ("live"): Engagement History never returns them (it serves ended chats
 * only), Messaging Interactions returns them as OPEN.
 */
import { rngFor, seedHash, type Rng } from './prng';
import {
  ACCOUNT_NUMBER_QUESTION,
  ACTIVE_SKILLS,
  AFFILIATES,
  AGENTS,
  AGENT_SURVEY,
  AREA_CODES,
  BROWSERS,
  CAMPAIGNS,
  COMPANIES,
  CUSTOMER_STATUSES,
  CUSTOMER_TYPES,
  EMAIL_DOMAINS,
  END_REASONS,
  FIRST_NAMES,
  ISPS,
  LAST_NAMES,
  LOCATIONS,
  MSG_CSAT_QUESTION,
  MSG_SOURCES,
  POST_CHAT_SURVEY,
  PRE_CHAT_SURVEY,
  SCRIPTS,
  START_PAGES,
  type SimAgent,
  type SimCampaign,
  type SimSkill,
} from './sample-data';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

const MINUTE = 60_000;
const CHAT_ID_BASE = 4294968296;

export interface DataOptions {
  seed: number | string;
  accountId: string;
  chatCount: number;
  messagingCount: number;
  /** Data end: the newest conversation starts shortly before it. */
  anchorMs: number;
  /** Length of the period the conversations are spread over. */
  spanMs: number;
  /** In-progress conversations per channel (the newest ones). */
  liveCount: number;
}

/** LivePerson's date string: `yyyy-MM-dd HH:mm:ss.SSS+0000` (a space, not a `T`). */
export function lpTime(ms: number): string {
  return new Date(ms).toISOString().replace('T', ' ').replace('Z', '+0000');
}

export interface Visitor {
  index: number;
  visitorId: string;
  participantId: string;
  firstName: string;
  lastName: string;
  name: string;
  email: string;
  phone: string;
  accountNumber: string;
  customerId: string;
  customerType: string;
  customerStatus: string;
  company: string;
  language: string;
  location: (typeof LOCATIONS)[number];
  ipAddress: string;
  isp: string;
}

export interface ChatHeader {
  index: number;
  chatId: string;
  engagementId: string;
  startMs: number;
  requestedMs: number;
  durationSec: number;
  endMs: number;
  open: boolean;
  visitor: number;
  skill: SimSkill;
  agent: SimAgent;
  campaign: SimCampaign;
  mcs: number;
}

export interface MsgHeader {
  index: number;
  conversationId: string;
  startMs: number;
  /** -1 while open. */
  endMs: number;
  open: boolean;
  live: boolean;
  visitor: number;
  skill: SimSkill;
  agent: SimAgent;
  campaign: SimCampaign;
  mcs: number;
  /** 1..5, or 0 when no survey was filled. */
  csat: number;
  source: (typeof MSG_SOURCES)[number];
  transfer: { fromSkill: SimSkill; fromAgent: SimAgent } | null;
}

export interface LiveConversation {
  channel: 'chat' | 'messaging';
  /** Engagement History `engagementId` or Messaging `conversationId`. */
  id: string;
  /** What the Agent Workspace SDK reports as `chatInfo.rtSessionId`. */
  rtSessionId: string;
  visitorName: string;
  visitorEmail: string;
  skillId: number;
  skillName: string;
  agentId: string;
  agentName: string;
  startTimeL: number;
}

export const DEFAULT_MSG_CONTENT = [
  'campaign',
  'messageRecords',
  'agentParticipants',
  'agentParticipantsLeave',
  'agentParticipantsActive',
  'consumerParticipants',
  'transfers',
  'interactions',
  'messageScores',
  'messageStatuses',
  'conversationSurveys',
  'coBrowseSessions',
  'summary',
  'sdes',
] as const;

const AGENTS_BY_SKILL = new Map<number, SimAgent[]>(
  ACTIVE_SKILLS.map((sk) => [sk.id, AGENTS.filter((a) => a.skillIds.includes(sk.id))]),
);
const OTHER_SKILLS = new Map<number, SimSkill[]>(
  ACTIVE_SKILLS.map((sk) => [sk.id, ACTIVE_SKILLS.filter((x) => x.id !== sk.id)]),
);
const WEB_CAMPAIGNS = CAMPAIGNS.filter((c) => c.engagementSource === 'WEB_SITE');

export class SimData {
  readonly opts: DataOptions;
  readonly seedHash: number;
  readonly visitorCount: number;
  private readonly idMask: number;

  constructor(opts: DataOptions) {
    this.opts = opts;
    this.seedHash = seedHash(opts.seed);
    this.visitorCount = Math.max(20, Math.floor(Math.max(opts.chatCount, opts.messagingCount) * 0.6));
    this.idMask = rngFor(this.seedHash, 'id-mask', 0).int(0, 0xffffff);
  }

  // ---------------------------------------------------------------- visitors

  visitor(k: number): Visitor {
    const r = rngFor(this.seedHash, 'visitor', k);
    const s1 = this.seedHash % FIRST_NAMES.length;
    const s2 = (this.seedHash >>> 8) % LAST_NAMES.length;
    const firstName = FIRST_NAMES[(k + s1) % FIRST_NAMES.length] as string;
    const lastName = LAST_NAMES[(k * 7 + s2) % LAST_NAMES.length] as string;
    const pairs = FIRST_NAMES.length * LAST_NAMES.length;
    const local = `${ascii(firstName)}.${ascii(lastName)}${k >= pairs ? k : ''}`;
    const area = AREA_CODES[k % AREA_CODES.length] as string;
    const nn = String(Math.floor(k / AREA_CODES.length) % 100).padStart(2, '0');
    const location = r.pick(LOCATIONS);
    return {
      index: k,
      visitorId: r.token(20),
      participantId: embedIndex(r.uuid(), k, this.idMask),
      firstName,
      lastName,
      name: `${firstName} ${lastName}`,
      email: `${local}@${EMAIL_DOMAINS[k % EMAIL_DOMAINS.length]}`,
      phone: `+1-${area}-555-01${nn}`,
      accountNumber: `ACC-${String(100000 + ((k * 7919 + (this.seedHash % 1000)) % 900000))}`,
      customerId: `C-${1000 + k}`,
      customerType: r.pick(CUSTOMER_TYPES),
      customerStatus: r.pick(CUSTOMER_STATUSES),
      company: r.pick(COMPANIES),
      language: r.pick(['en-US', 'en-US', 'en-GB', 'de-DE', 'fr-FR', 'es-ES']),
      location,
      ipAddress: `${r.pick(['203.0.113', '198.51.100', '192.0.2'])}.${r.int(1, 254)}`,
      isp: r.pick(ISPS),
    };
  }

  /** The first `n` visitors (the ones conversations pick most often) — for seeding CRM records. */
  sampleVisitors(n: number): Visitor[] {
    const out: Visitor[] = [];
    for (let k = 0; k < Math.min(n, this.visitorCount); k++) out.push(this.visitor(k));
    return out;
  }

  private pickVisitor(r: Rng): number {
    // A third of the conversations come from the first 20 visitors (returning customers).
    if (r.chance(0.35)) return Math.floor(r.next() * Math.min(20, this.visitorCount));
    return Math.floor(r.next() * this.visitorCount);
  }

  /** Visitor index of a Messaging consumer participantId, or -1. */
  visitorIndexFromParticipantId(participantId: string): number {
    const k = extractIndex(participantId, this.idMask);
    if (k < 0 || k >= this.visitorCount || this.visitor(k).participantId !== participantId) return -1;
    return k;
  }

  // ---------------------------------------------------------------- schedule

  private naturalStart(stream: string, i: number, count: number): number {
    const slot = this.opts.spanMs / count;
    const jitter = rngFor(this.seedHash, `${stream}-start`, i).next();
    return Math.floor(this.opts.anchorMs - this.opts.spanMs + (i + 0.05 + jitter * 0.9) * slot);
  }

  private startOf(stream: string, i: number, count: number): number {
    const natural = this.naturalStart(stream, i, count);
    if (i < count - this.opts.liveCount) return natural;
    // Live conversations started within the last few minutes (still strictly increasing).
    const stagger = stream === 'chat' ? 0 : 90_000;
    return Math.max(natural, this.opts.anchorMs - (count - i) * 4 * MINUTE - stagger);
  }

  chatStart(i: number): number {
    return this.startOf('chat', i, this.opts.chatCount);
  }

  msgStart(j: number): number {
    return this.startOf('msg', j, this.opts.messagingCount);
  }

  /** Index range [lo, hi) of conversations whose start lies in [fromMs, toMs]. */
  private range(
    count: number,
    startOf: (i: number) => number,
    fromMs: number,
    toMs: number,
  ): [number, number] {
    const lowerBound = (t: number): number => {
      let lo = 0;
      let hi = count;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (startOf(mid) < t) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    };
    const lo = lowerBound(fromMs);
    const hi = toMs === Number.MAX_SAFE_INTEGER ? count : lowerBound(toMs + 1);
    return [lo, Math.max(lo, hi)];
  }

  chatRange(fromMs: number, toMs: number): [number, number] {
    return this.range(this.opts.chatCount, (i) => this.chatStart(i), fromMs, toMs);
  }

  msgRange(fromMs: number, toMs: number): [number, number] {
    return this.range(this.opts.messagingCount, (j) => this.msgStart(j), fromMs, toMs);
  }

  // ---------------------------------------------------------------- chat (Engagement History)

  chatIdOf(i: number): string {
    return String(CHAT_ID_BASE + i);
  }

  /** Chat index of an engagementId (accountId + chat id), or -1. */
  chatIndexFromEngagementId(engagementId: string): number {
    const acc = this.opts.accountId;
    if (!engagementId.startsWith(acc)) return -1;
    const rest = engagementId.slice(acc.length);
    if (!/^\d+$/.test(rest)) return -1;
    const i = Number(rest) - CHAT_ID_BASE;
    return Number.isSafeInteger(i) && i >= 0 && i < this.opts.chatCount ? i : -1;
  }

  chatHeader(i: number): ChatHeader {
    const r = rngFor(this.seedHash, 'chat', i);
    const startMs = this.chatStart(i);
    const visitor = this.pickVisitor(r);
    const skill = r.pick(ACTIVE_SKILLS);
    const agent = r.pick(AGENTS_BY_SKILL.get(skill.id) as SimAgent[]);
    const campaign = r.pick(WEB_CAMPAIGNS);
    const waitSec = r.int(3, 90);
    const durationSec = r.int(90, 1500);
    const mcs = r.int(-40, 100);
    const open = i >= this.opts.chatCount - this.opts.liveCount;
    const chatId = this.chatIdOf(i);
    return {
      index: i,
      chatId,
      engagementId: this.opts.accountId + chatId,
      startMs,
      requestedMs: startMs - waitSec * 1000,
      durationSec,
      endMs: open ? -1 : startMs + durationSec * 1000,
      open,
      visitor,
      skill,
      agent,
      campaign,
      mcs: Math.max(0, mcs),
    };
  }

  /** The Engagement History `interactionHistoryRecords[]` item of chat `i`. */
  chatRecord(i: number): JsonObject {
    const h = this.chatHeader(i);
    const v = this.visitor(h.visitor);
    const r = rngFor(this.seedHash, 'chat-body', i);
    const hasPreChat = r.chance(0.85);
    const hasPhone = r.chance(0.7);
    const hasPostChat = !h.open && r.chance(0.45);
    const hasAgentSurvey = !h.open && r.chance(0.35);
    const visitorName = hasPreChat ? v.firstName : 'Visitor';
    const end = END_REASONS[r.int(0, END_REASONS.length - 1)] as (typeof END_REASONS)[number];
    const transferred = r.chance(0.12);
    const browser = BROWSERS[(v.index + r.int(0, 1)) % BROWSERS.length] as (typeof BROWSERS)[number];
    const page = START_PAGES[h.skill.topic];
    const script = r.pick(SCRIPTS[h.skill.topic]);
    const endForLines = h.open ? this.opts.anchorMs : h.endMs;

    // Transcript: system line, agent greeting, then the topic's dialogue alternating visitor/agent.
    const texts: { by: 'visitor' | 'agent'; text: string }[] = [
      { by: 'agent', text: `Hi ${visitorName}, thanks for contacting Example. How can I help?` },
      ...script.map((text, k) => ({ by: k % 2 === 0 ? ('visitor' as const) : ('agent' as const), text })),
    ];
    const lines: Json[] = [
      {
        time: lpTime(h.startMs),
        timeL: h.startMs,
        controlType: 3,
        text: `You are now chatting with ${h.agent.nickname}.`,
        by: 'info',
        source: 'system',
        subType: 'REGULAR',
        textType: 'plain',
        cannedAnswerType: 0,
        agentId: 0,
        lineSeq: '1',
      },
    ];
    const lineScores: Json[] = [];
    const step = Math.max(1000, Math.floor((endForLines - h.startMs) / (texts.length + 2)));
    texts.forEach((t, k) => {
      const timeL = h.startMs + (k + 1) * step + r.int(0, Math.floor(step / 3));
      const lineSeq = String(k + 2);
      const isAgent = t.by === 'agent';
      lines.push({
        time: lpTime(timeL),
        timeL,
        controlType: 0,
        text: isAgent ? `<p>${escapeHtml(t.text)}</p>` : t.text,
        by: isAgent ? h.agent.nickname : visitorName,
        source: t.by,
        subType: 'REGULAR',
        textType: isAgent ? 'html' : 'plain',
        cannedAnswerType: isAgent && k === 0 ? 12 : 0,
        agentId: isAgent ? Number(h.agent.id) : 0,
        lineSeq,
      });
      if (!isAgent) lineScores.push({ lineSeq, lineRawScore: r.int(-2, 2), mcs: r.int(0, 100) });
    });

    const surveyTime = h.requestedMs - 5000;
    const preChat: Json[] = [];
    if (hasPreChat) {
      const q = surveyAnswer('Pre-Chat', PRE_CHAT_SURVEY, surveyTime);
      preChat.push(q(1, 'Name', v.name), q(2, 'Email', v.email));
      if (hasPhone) preChat.push(q(3, 'Phone', v.phone));
      preChat.push(q(4, ACCOUNT_NUMBER_QUESTION, v.accountNumber));
    }
    const postChat: Json[] = [];
    const after = h.endMs + 30_000;
    const rating = r.int(1, 5);
    if (hasPostChat) {
      const q = surveyAnswer('Exit', POST_CHAT_SURVEY, after);
      postChat.push(q(11, 'How would you rate this chat?', String(rating)));
      postChat.push(q(12, 'Was your issue resolved?', rating >= 3 ? 'Yes' : 'No'));
      if (r.chance(0.5))
        postChat.push(q(13, 'Comments', rating >= 3 ? 'Quick and helpful.' : 'Took too long.'));
    }
    const operator: Json[] = [];
    if (hasAgentSurvey) {
      const q = surveyAnswer('Operator', AGENT_SURVEY, h.endMs + 10_000);
      operator.push(q(21, 'Issue category', h.skill.name));
      operator.push(q(22, 'Follow-up required?', r.chance(0.3) ? 'Yes' : 'No'));
    }

    const info: JsonObject = {
      startTime: lpTime(h.startMs),
      startTimeL: h.startMs,
      endTime: h.open ? 'undefined' : lpTime(h.endMs),
      endTimeL: h.endMs,
      duration: h.open ? Math.floor((this.opts.anchorMs - h.startMs) / 1000) : h.durationSec,
      chatRequestedTime: lpTime(h.requestedMs),
      chatRequestedTimeL: h.requestedMs,
      visitorId: v.visitorId,
      visitorName,
      engagementId: h.engagementId,
      sharkEngagementId: r.uuid(),
      accountId: this.opts.accountId,
      agentId: h.agent.id,
      agentNickName: h.agent.nickname,
      agentLoginName: h.agent.loginName,
      agentFullName: h.agent.fullName,
      agentDeleted: false,
      skillId: h.skill.id,
      skillName: h.skill.name,
      agentGroupId: h.agent.groupId,
      agentGroupName: h.agent.groupName,
      channel: 1,
      startReason: transferred ? '1' : '0',
      startReasonDesc: transferred ? 'Transfer' : 'Visitor request',
      endReason: h.open ? '-1' : end.code,
      endReasonDesc: h.open ? 'NA' : end.desc,
      isInteractive: true,
      interactive: true,
      ended: !h.open,
      isPartial: false,
      chatDataEnriched: true,
      isPreChatSurvey: preChat.length > 0,
      isPostChatSurvey: postChat.length > 0,
      isAgentSurvey: operator.length > 0,
      mcs: h.mcs,
      alertedMCS: h.mcs >= 66 ? 1 : h.mcs >= 33 ? 0 : -1,
      chatMCS: h.mcs,
      chatStartUrl: page.url,
      chatStartPage: page.title,
      engagementSet: 0,
      engagementSequence: 1,
    };

    return {
      info,
      campaign: {
        campaignEngagementId: h.campaign.engagementId,
        campaignEngagementName: h.campaign.engagementName,
        campaignId: h.campaign.campaignId,
        campaignName: h.campaign.campaignName,
        goalId: h.campaign.goalId,
        goalName: h.campaign.goalName,
        engagementAgentNote: '',
        visitorBehaviorId: h.campaign.visitorBehaviorId,
        visitorBehaviorName: h.campaign.visitorBehaviorName,
        visitorProfileId: h.campaign.visitorProfileId,
        visitorProfileName: h.campaign.visitorProfileName,
        lobId: h.campaign.lobId,
        lobName: h.campaign.lobName,
      },
      transcript: { lines },
      lineScores,
      surveys: { preChat, postChat, operator },
      visitorInfo: {
        country: v.location.country,
        countryCode: v.location.countryCode,
        state: v.location.state,
        city: v.location.city,
        isp: v.isp,
        org: v.company,
        device: browser.device,
        ipAddress: v.ipAddress,
        browser: browser.browser,
        browserType: browser.device === 'DESKTOP' ? 'Desktop' : 'Mobile',
        operatingSystem: browser.os,
      },
      coBrowseSessions: { coBrowseSessionsList: [] },
      sdes: { events: this.sdeEvents(r, v, h.skill, h.campaign, h.requestedMs, 'chat', false) },
    };
  }

  // ---------------------------------------------------------------- messaging (Messaging Interactions)

  /** Messaging index of a conversationId, or -1. */
  msgIndexFromConversationId(conversationId: string): number {
    const j = extractIndex(conversationId, this.idMask);
    if (j < 0 || j >= this.opts.messagingCount || this.msgHeader(j).conversationId !== conversationId)
      return -1;
    return j;
  }

  msgHeader(j: number): MsgHeader {
    const r = rngFor(this.seedHash, 'msg', j);
    const startMs = this.msgStart(j);
    const conversationId = embedIndex(r.uuid(), j, this.idMask);
    const visitor = this.pickVisitor(r);
    const skill = r.pick(ACTIVE_SKILLS);
    const agent = r.pick(AGENTS_BY_SKILL.get(skill.id) as SimAgent[]);
    const campaign = r.pick(CAMPAIGNS);
    const durationMin = r.int(3, 240);
    const recentOpen = startMs > this.opts.anchorMs - 3 * 24 * 60 * MINUTE && r.chance(0.25);
    const live = j >= this.opts.messagingCount - this.opts.liveCount;
    const open = live || recentOpen;
    const mcs = Math.max(0, r.int(-30, 100));
    const csat = !open && r.chance(0.5) ? r.int(1, 5) : 0;
    const source = MSG_SOURCES[(visitor + r.int(0, 1)) % MSG_SOURCES.length] as (typeof MSG_SOURCES)[number];
    let transfer: MsgHeader['transfer'] = null;
    if (!live && r.chance(0.2)) {
      const fromSkill = r.pick(OTHER_SKILLS.get(skill.id) as SimSkill[]);
      const candidates = (AGENTS_BY_SKILL.get(fromSkill.id) as SimAgent[]).filter((a) => a.id !== agent.id);
      if (candidates.length > 0) transfer = { fromSkill, fromAgent: r.pick(candidates) };
    }
    return {
      index: j,
      conversationId,
      startMs,
      endMs: open ? -1 : startMs + durationMin * MINUTE,
      open,
      live,
      visitor,
      skill,
      agent,
      campaign,
      mcs,
      csat,
      source,
      transfer,
    };
  }

  /**
   * The Messaging Interactions `conversationHistoryRecords[]` item of conversation `j`.
   * `content` = the sections to include (info is always there); `v2` adds typed SDE values;
   * `nowMs` is the retrieval time (an open conversation's duration runs until then).
   */
  msgRecord(j: number, content: ReadonlySet<string>, v2: boolean, nowMs: number): JsonObject {
    const h = this.msgHeader(j);
    const v = this.visitor(h.visitor);
    const r = rngFor(this.seedHash, 'msg-body', j);
    const convId = h.conversationId;
    const surveyDialogId = rngFor(this.seedHash, 'msg-survey-dialog', j).uuid();
    const hasProfile = r.chance(0.75);
    const script = r.pick(SCRIPTS[h.skill.topic]);
    const endForMsgs = h.open ? Math.max(h.startMs + 60_000, Math.min(nowMs, this.opts.anchorMs)) : h.endMs;
    const agents = h.transfer ? [h.transfer.fromAgent, h.agent] : [h.agent];
    const transferAt = h.startMs + Math.floor((endForMsgs - h.startMs) / 2);
    const assignAt = h.startMs + 20_000;

    // Messages: consumer opens, agent answers (with a greeting), alternate; a private note sometimes.
    const texts: { by: 'Consumer' | 'Agent'; text: string; audience?: string; rich?: boolean }[] = [];
    script.forEach((text, k) => {
      if (k === 1)
        texts.push({ by: 'Agent', text: `Hi ${v.firstName}, this is ${h.agent.nickname}. Happy to help!` });
      texts.push({ by: k % 2 === 0 ? 'Consumer' : 'Agent', text });
    });
    if (r.chance(0.2))
      texts.push({
        by: 'Agent',
        text: 'Customer verified via account number.',
        audience: 'AGENTS_AND_MANAGERS',
      });
    if (r.chance(0.15)) texts.push({ by: 'Agent', text: 'Was this helpful?', rich: true });
    const step = Math.max(1000, Math.floor((endForMsgs - h.startMs) / (texts.length + 1)));
    const messageRecords: Json[] = [];
    const messageScores: Json[] = [];
    const messageStatuses: Json[] = [];
    texts.forEach((t, seq) => {
      const timeL = h.startMs + 2000 + seq * step + r.int(0, Math.floor(step / 4));
      const messageId = `ms::conv:${convId}::msg:${seq}`;
      const isAgent = t.by === 'Agent';
      const speaking = isAgent && h.transfer && timeL < transferAt ? h.transfer.fromAgent : h.agent;
      const participantId = isAgent ? speaking.id : v.participantId;
      const rec: JsonObject = {
        type: t.rich ? 'RICH_CONTENT' : 'TEXT_PLAIN',
        messageData: t.rich
          ? {
              richContent: {
                content: JSON.stringify({
                  type: 'vertical',
                  elements: [
                    { type: 'text', text: t.text },
                    {
                      type: 'button',
                      title: 'Yes',
                      click: { actions: [{ type: 'publishText', text: 'Yes' }] },
                    },
                    {
                      type: 'button',
                      title: 'No',
                      click: { actions: [{ type: 'publishText', text: 'No' }] },
                    },
                  ],
                }),
              },
            }
          : { msg: { text: t.text } },
        messageId,
        audience: t.audience ?? 'ALL',
        seq,
        dialogId: convId,
        participantId,
        source: h.source.source,
        time: lpTime(timeL),
        timeL,
        device: h.source.device,
        sentBy: t.by,
      };
      messageRecords.push(rec);
      if (isAgent) {
        messageStatuses.push({
          messageId,
          seq,
          time: lpTime(timeL + 4000),
          timeL: timeL + 4000,
          participantId: v.participantId,
          participantType: 'Consumer',
          messageDeliveryStatus: 'READ',
          dialogId: convId,
        });
      } else {
        messageScores.push({
          messageId,
          messageRawScore: r.int(-2, 2),
          mcs: r.int(0, 100),
          time: lpTime(timeL),
          timeL,
        });
      }
    });

    const agentParticipants: Json[] = agents.map((a, k) => {
      const t = k === 0 ? assignAt : transferAt;
      return {
        agentFullName: a.fullName,
        agentNickname: a.nickname,
        agentLoginName: a.loginName,
        agentDeleted: false,
        agentId: a.id,
        agentPid: rngFor(this.seedHash, 'agent-pid', Number(a.id) % 100000).uuid(),
        userType: '1',
        userTypeName: 'Human',
        role: 'ASSIGNED_AGENT',
        agentGroupName: a.groupName,
        agentGroupId: a.groupId,
        time: lpTime(t),
        timeL: t,
        permission: 'ASSIGNED_AGENT',
        dialogId: convId,
      };
    });

    const info: JsonObject = {
      conversationId: convId,
      brandId: this.opts.accountId,
      status: h.open ? 'OPEN' : 'CLOSE',
      fullDialogStatus: h.open ? 'OPEN' : 'CLOSE',
      startTime: lpTime(h.startMs),
      startTimeL: h.startMs,
      endTime: h.open ? 'undefined' : lpTime(h.endMs),
      endTimeL: h.endMs,
      duration: h.open ? Math.max(0, nowMs - h.startMs) : h.endMs - h.startMs,
    };
    if (!h.open) {
      const consumerClosed = r.chance(0.6);
      info.closeReason = consumerClosed ? 'CONSUMER' : 'AGENT';
      info.closeReasonDescription = 'MANUAL_CLOSE';
    }
    Object.assign(info, {
      firstConversation: r.chance(0.3),
      ...(h.csat > 0 ? { csatRate: h.csat } : {}),
      mcs: h.mcs,
      alertedMCS: h.mcs >= 66 ? 1 : h.mcs >= 33 ? 0 : -1,
      source: h.source.source,
      device: h.source.device,
      browser: h.source.browser,
      operatingSystem: h.source.os,
      language: v.language,
      integration: h.source.source === 'APP' ? 'MOBILE_SDK' : 'WEB_SDK',
      latestSkillId: h.skill.id,
      latestSkillName: h.skill.name,
      latestAgentId: h.agent.id,
      latestAgentLoginName: h.agent.loginName,
      latestAgentNickname: h.agent.nickname,
      latestAgentFullName: h.agent.fullName,
      agentDeleted: false,
      latestAgentGroupId: h.agent.groupId,
      latestAgentGroupName: h.agent.groupName,
      latestQueueState: 'ACTIVE',
      isPartial: false,
      features: ['PHOTO_SHARING', 'QUICK_REPLIES', 'RICH_CONTENT'],
    });

    const rec: JsonObject = { info };
    const want = (key: string): boolean => content.has(key);
    if (want('campaign')) {
      rec.campaign = {
        campaignEngagementId: h.campaign.engagementId,
        campaignEngagementName: h.campaign.engagementName,
        campaignId: h.campaign.campaignId,
        campaignName: h.campaign.campaignName,
        goalId: h.campaign.goalId,
        goalName: h.campaign.goalName,
        engagementAgentNote: '',
        engagementSource: h.campaign.engagementSource,
        visitorBehaviorId: h.campaign.visitorBehaviorId,
        visitorBehaviorName: h.campaign.visitorBehaviorName,
        visitorProfileId: h.campaign.visitorProfileId,
        visitorProfileName: h.campaign.visitorProfileName,
        lobId: h.campaign.lobId,
        lobName: h.campaign.lobName,
        locationId: '3856200810',
        locationName: 'Entire website',
        profileSystemDefault: true,
        behaviorSystemDefault: true,
      };
    }
    if (want('monitoring')) {
      const page = START_PAGES[h.skill.topic];
      rec.monitoring = {
        country: v.location.country,
        countryCode: v.location.countryCode,
        state: v.location.state,
        city: v.location.city,
        isp: v.isp,
        org: v.company,
        device: h.source.device,
        ipAddress: v.ipAddress,
        browser: h.source.browser,
        operatingSystem: h.source.os,
        conversationStartPage: page.url,
        conversationStartPageTitle: page.title,
      };
    }
    if (want('messageRecords')) rec.messageRecords = messageRecords;
    if (want('agentParticipants')) rec.agentParticipants = agentParticipants;
    if (want('agentParticipantsLeave'))
      rec.agentParticipantsLeave = h.transfer ? [agentParticipants[0] as Json] : [];
    if (want('agentParticipantsActive'))
      rec.agentParticipantsActive = h.open ? [agentParticipants.at(-1) as Json] : [];
    if (want('consumerParticipants')) {
      rec.consumerParticipants = [
        {
          participantId: v.participantId,
          time: lpTime(h.startMs),
          timeL: h.startMs,
          joinTime: lpTime(h.startMs),
          joinTimeL: h.startMs,
          firstName: hasProfile ? v.firstName : '',
          lastName: hasProfile ? v.lastName : '',
          phone: hasProfile ? v.phone : '',
          email: hasProfile ? v.email : '',
          token: 'undefined',
          avatarURL: '',
          consumerName: hasProfile ? v.firstName : 'Consumer',
          dialogId: convId,
        },
      ];
    }
    if (want('transfers')) {
      rec.transfers = h.transfer
        ? [
            {
              timeL: transferAt,
              time: lpTime(transferAt),
              assignedAgentId: 'null',
              targetSkillId: h.skill.id,
              targetSkillName: h.skill.name,
              reason: 'Skill',
              by: h.transfer.fromAgent.id,
              sourceSkillId: h.transfer.fromSkill.id,
              sourceSkillName: h.transfer.fromSkill.name,
              sourceAgentId: h.transfer.fromAgent.id,
              sourceAgentFullName: h.transfer.fromAgent.fullName,
              sourceAgentLoginName: h.transfer.fromAgent.loginName,
              sourceAgentNickname: h.transfer.fromAgent.nickname,
              dialogId: convId,
            },
          ]
        : [];
    }
    if (want('interactions')) {
      rec.interactions = agents.map((a, k) => {
        const t = k === 0 ? assignAt : transferAt + 30_000;
        return {
          assignedAgentId: a.id,
          assignedAgentLoginName: a.loginName,
          assignedAgentNickname: a.nickname,
          assignedAgentFullName: a.fullName,
          interactionTime: lpTime(t),
          interactionTimeL: t,
          interactiveSequence: k + 1,
          dialogId: convId,
        };
      });
    }
    if (want('dialogs')) {
      const main: JsonObject = {
        dialogId: convId,
        status: h.open ? 'OPEN' : 'CLOSE',
        dialogType: 'MAIN',
        dialogChannelType: 'MESSAGING',
        startTime: lpTime(h.startMs),
        startTimeL: h.startMs,
        skillId: String(h.skill.id),
        skillName: h.skill.name,
      };
      if (!h.open) {
        const mainEnd = h.csat > 0 ? h.endMs - 60_000 : h.endMs;
        Object.assign(main, { endTime: lpTime(mainEnd), endTimeL: mainEnd, closeReason: info.closeReason });
      }
      rec.dialogs = [main];
      if (h.csat > 0) {
        rec.dialogs.push({
          dialogId: surveyDialogId,
          status: 'CLOSE',
          dialogType: 'POST_SURVEY',
          dialogChannelType: 'MESSAGING',
          startTime: lpTime(h.endMs - 60_000),
          startTimeL: h.endMs - 60_000,
          endTime: lpTime(h.endMs),
          endTimeL: h.endMs,
        });
      }
    }
    if (want('messageScores')) rec.messageScores = messageScores;
    if (want('messageStatuses')) rec.messageStatuses = messageStatuses;
    if (want('conversationSurveys')) {
      rec.conversationSurveys =
        h.csat > 0
          ? [
              {
                surveyType: 'Satisfaction',
                surveyStatus: 'FILLED',
                dialogId: surveyDialogId,
                surveyData: [
                  { question: MSG_CSAT_QUESTION, answer: String(h.csat) },
                  { question: 'Was your issue resolved?', answer: h.csat >= 3 ? 'Yes' : 'No' },
                ],
              },
            ]
          : [];
    }
    if (want('coBrowseSessions')) rec.coBrowseSessions = { coBrowseSessionsList: [] };
    if (want('summary')) {
      rec.summary = h.open
        ? { text: '', lastUpdatedTime: h.startMs }
        : { text: `${h.skill.name}: ${script[0]}`, lastUpdatedTime: h.endMs };
    }
    if (want('responseTime')) {
      rec.responseTime = {
        latestEffectiveResponseDueTime: h.open ? endForMsgs + 5 * MINUTE : -1,
        configuredResponseTime: 300,
      };
    }
    const sdeEvents = this.sdeEvents(r, v, h.skill, h.campaign, h.startMs + 1000, 'msg', v2);
    if (want('sdes'))
      rec.sdes = { events: sdeEvents.filter((e) => (e as JsonObject).isAuthenticated === true) };
    if (want('unAuthSdes') && v2) {
      rec.unAuthSdes = { events: sdeEvents.filter((e) => (e as JsonObject).isAuthenticated !== true) };
    }
    return rec;
  }

  // ---------------------------------------------------------------- SDEs

  /**
   * Engagement attributes in LivePerson's nested form
   * (`sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.customerType`).
   * For chat every event is returned under `sdes`; messaging splits authenticated ones (`sdes`)
   * from unauthenticated ones (`unAuthSdes`, v=2 only). `typed` = v=2 typed numbers.
   */
  private sdeEvents(
    r: Rng,
    v: Visitor,
    skill: SimSkill,
    campaign: SimCampaign,
    atMs: number,
    channel: 'chat' | 'msg',
    typed: boolean,
  ): Json[] {
    const ts = String(atMs);
    const num = (n: number): Json => (typed || channel === 'chat' ? n : String(n));
    const events: Json[] = [];
    const authenticated = channel === 'chat' ? r.chance(0.6) : true;
    if (r.chance(0.75)) {
      events.push({
        customerInfo: {
          serverTimeStamp: ts,
          originalTimeStamp: ts,
          customerInfo: {
            customerStatus: v.customerStatus,
            customerType: v.customerType,
            balance: num(Math.round(((v.index * 97) % 2000) * 100 - 50000) / 100),
            currency: 'USD',
            customerId: v.customerId,
            socialId: '',
            imei: '',
            userName: v.email,
            accountName: v.company || v.name,
            role: 'owner',
            companySize: num(v.company ? 50 + (v.index % 5) * 100 : 1),
            lastPaymentDate: { year: 2025, month: 1 + (v.index % 12), day: 1 + (v.index % 28) },
            registrationDate: {
              year: 2018 + (v.index % 7),
              month: 1 + (v.index % 12),
              day: 1 + (v.index % 28),
            },
          },
        },
        serverTimeStamp: ts,
        sdeType: 'CUSTOMER_INFO',
        isAuthenticated: authenticated,
      });
    }
    if (r.chance(0.65)) {
      events.push({
        personalInfo: {
          serverTimeStamp: ts,
          originalTimeStamp: ts,
          personalInfo: {
            name: v.firstName,
            surname: v.lastName,
            gender: '',
            company: v.company,
            language: v.language,
            customerAge: { customerAgeInYears: num(25 + (v.index % 40)) },
            contacts: [{ personalContact: { email: v.email, phone: v.phone } }],
          },
        },
        serverTimeStamp: ts,
        sdeType: 'PERSONAL_INFO',
        isAuthenticated: authenticated,
      });
    }
    if (r.chance(0.55)) {
      events.push({
        marketingCampaignInfo: {
          serverTimeStamp: ts,
          originalTimeStamp: ts,
          marketingCampaignInfo: {
            originatingChannel: num(r.int(0, 6)),
            affiliate: r.pick(AFFILIATES),
            campaignId: campaign.campaignName.toLowerCase().replace(/ /g, '-'),
          },
        },
        serverTimeStamp: ts,
        sdeType: 'MARKETING_CAMPAIGN_INFO',
        isAuthenticated: false,
      });
    }
    if ((skill.topic === 'support' || skill.topic === 'tech') && r.chance(0.4)) {
      events.push({
        serviceActivity: {
          serverTimeStamp: ts,
          originalTimeStamp: ts,
          serviceActivity: {
            topic: `Ticket about ${skill.name}`,
            status: num(r.pick([0, 1, 2, 13])),
            category: skill.name,
            serviceId: `SR-${20000 + v.index}`,
          },
        },
        serverTimeStamp: ts,
        sdeType: 'SERVICE_ACTIVITY',
        isAuthenticated: false,
      });
    }
    if (skill.topic === 'sales' && r.chance(0.4)) {
      events.push({
        cartStatus: {
          serverTimeStamp: ts,
          originalTimeStamp: ts,
          cartStatus: {
            total: num(149.98),
            currency: 'USD',
            numItems: num(2),
            products: [
              {
                quantity: num(1),
                product: { name: 'Plus plan', category: 'Subscriptions', sku: 'PLN-PLUS', price: num(99.99) },
              },
              {
                quantity: num(1),
                product: { name: 'Setup', category: 'Services', sku: 'SVC-SETUP', price: num(49.99) },
              },
            ],
          },
        },
        serverTimeStamp: ts,
        sdeType: 'CART_STATUS',
        isAuthenticated: false,
      });
    }
    if (skill.topic === 'sales' && r.chance(0.3)) {
      events.push({
        lead: {
          serverTimeStamp: ts,
          originalTimeStamp: ts,
          lead: {
            topic: 'Business plan quote',
            value: num(1225),
            currency: 'USD',
            leadId: `L-${5000 + v.index}`,
          },
        },
        serverTimeStamp: ts,
        sdeType: 'LEAD',
        isAuthenticated: false,
      });
    }
    return events;
  }

  // ---------------------------------------------------------------- live conversations

  /** The in-progress conversations (newest last) the simulated agent workspace shows. */
  liveConversations(): LiveConversation[] {
    const out: LiveConversation[] = [];
    const { chatCount, messagingCount, liveCount } = this.opts;
    for (let i = Math.max(0, chatCount - liveCount); i < chatCount; i++) {
      const h = this.chatHeader(i);
      out.push(this.liveConversation('chat', h.engagementId, h.chatId, h));
    }
    for (let j = Math.max(0, messagingCount - liveCount); j < messagingCount; j++) {
      const h = this.msgHeader(j);
      out.push(this.liveConversation('messaging', h.conversationId, h.conversationId, h));
    }
    return out.sort((a, b) => a.startTimeL - b.startTimeL);
  }

  private liveConversation(
    channel: LiveConversation['channel'],
    id: string,
    rtSessionId: string,
    h: ChatHeader | MsgHeader,
  ): LiveConversation {
    const v = this.visitor(h.visitor);
    return {
      channel,
      id,
      rtSessionId,
      visitorName: v.name,
      visitorEmail: v.email,
      skillId: h.skill.id,
      skillName: h.skill.name,
      agentId: h.agent.id,
      agentName: h.agent.nickname,
      startTimeL: h.startMs,
    };
  }
}

/** Answers to a chat survey given at `timeL`: `q(questionID, displayName, value)` is one Engagement History item. */
function surveyAnswer(source: string, survey: { surveyId: number; name: string }, timeL: number) {
  return (questionID: number, displayName: string, value: string): Json => ({
    scope: 'Session',
    source,
    displayName,
    value,
    values: [value],
    name: survey.name,
    time: lpTime(timeL),
    timeL,
    questionID,
    surveyID: survey.surveyId,
  });
}

/** Replaces the last 12 hex digits of a UUID with the index xor a mask (so ids look random but resolve). */
function embedIndex(uuid: string, index: number, mask: number): string {
  // Odd multiplier = a bijection on 32 bits (inverse 244002641), so the tail looks random.
  const tail = (Math.imul((index ^ mask) >>> 0, 2654435761) >>> 0).toString(16).padStart(8, '0');
  return uuid.slice(0, 28) + tail;
}

function extractIndex(id: string, mask: number): number {
  if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(id)) return -1;
  return ((Math.imul(parseInt(id.slice(28), 16), 244002641) >>> 0) ^ mask) >>> 0;
}

function ascii(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z]/g, '')
    .toLowerCase();
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
