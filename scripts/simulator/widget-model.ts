/**
 * The Agent Workspace Widget SDK public model (`lpTag.agentSDK` get/bind paths, liveperson-apis.md
 * §6.3) of a simulated conversation, built from the simulator's own REST record so the widget and
 * the sync see the same conversation. Chat and messaging differ as the docs' table says: for
 * messaging `chatInfo.rtSessionId` is the conversation id, `surveyQuestions.preChat.phone.value` is
 * the consumer id, and the chat-only parts (visitor geo, campaignInfo, visitorJourney, custom
 * variables, pre/post/agent surveys) are absent.
 */
import { DEFAULT_MSG_CONTENT, type Json, type JsonObject, type SimData } from './generator';
import { AGENTS } from './sample-data';

type Obj = { [key: string]: unknown };

function o(v: unknown): Obj {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {};
}
function a(v: unknown): unknown[] {
  return Array.isArray(v) ? v : [];
}
function s(v: unknown): string {
  return v === undefined || v === null ? '' : String(v);
}

/** Widget line time: ISO string (the docs only say "String representation"). */
function widgetTime(ms: number): string {
  return new Date(ms).toISOString();
}

function sdeOf(events: unknown[]): JsonObject {
  const byType = (t: string): Obj[] => events.map(o).filter((e) => e.sdeType === t);
  const customerDetails = byType('CUSTOMER_INFO').map((e) => {
    const c = o(o(e.customerInfo).customerInfo);
    return {
      customerId: s(c.customerId),
      type: s(c.customerType),
      status: s(c.customerStatus),
      balance: s(c.balance),
      accountName: s(c.accountName),
      companySize: s(c.companySize),
      role: s(c.role),
      userName: s(c.userName),
      socialId: s(c.socialId),
      imei: s(c.imei),
      lastPaymentDate: (c.lastPaymentDate ?? null) as Json,
      registrationDate: (c.registrationDate ?? null) as Json,
    };
  });
  const personalInfo = byType('PERSONAL_INFO').map((e) => {
    const p = o(o(e.personalInfo).personalInfo);
    return {
      name: `${s(p.name)} ${s(p.surname)}`.trim(),
      firstname: s(p.name),
      lastname: s(p.surname),
      company: s(p.company),
      gender: s(p.gender),
      language: s(p.language),
      age: (o(p.customerAge).customerAgeInYears ?? '') as Json,
      contactInfo: a(p.contacts).map((c) => {
        const pc = o(o(c).personalContact);
        return { email: s(pc.email), phone: s(pc.phone) };
      }),
    };
  });
  const marketingSource = byType('MARKETING_CAMPAIGN_INFO').map((e) => {
    const m = o(o(e.marketingCampaignInfo).marketingCampaignInfo);
    return {
      originatingChannel: s(m.originatingChannel),
      affiliate: s(m.affiliate),
      campaignId: s(m.campaignId),
    };
  });
  const leadGeneration = byType('LEAD').map((e) => {
    const l = o(o(e.lead).lead);
    return { leadId: s(l.leadId), topic: s(l.topic), value: s(l.value) };
  });
  const shoppingCart = byType('CART_STATUS').map((e) => {
    const c = o(o(e.cartStatus).cartStatus);
    return {
      cartTotal: s(c.total),
      numItems: s(c.numItems),
      products: a(c.products).map((p) => {
        const pr = o(o(p).product);
        return {
          name: s(pr.name),
          category: s(pr.category),
          sku: s(pr.sku),
          price: s(pr.price),
          quantity: s(o(p).quantity),
        };
      }),
    };
  });
  const serviceActivity = byType('SERVICE_ACTIVITY').map((e) => {
    const x = o(o(e.serviceActivity).serviceActivity);
    return { category: s(x.category), id: s(x.serviceId), status: s(x.status), topic: s(x.topic) };
  });
  return {
    customerDetails,
    personalInfo,
    marketingSource,
    leadGeneration,
    transaction: [],
    viewedProducts: [],
    shoppingCart,
    serviceActivity,
    error: [],
    searchContent: [],
  };
}

function surveyItem(q: Obj): JsonObject {
  return {
    '@scope': s(q.scope),
    '@source': s(q.source),
    name: s(q.name),
    displayName: s(q.displayName),
    time: s(q.time),
    value: s(q.value),
  };
}

/** Public model of chat `i` (as the widget of the chatting agent would see it). */
export function chatWidgetModel(data: SimData, i: number): JsonObject {
  const rec = data.chatRecord(i) as Obj;
  const info = o(rec.info);
  const h = data.chatHeader(i);
  const v = data.visitor(h.visitor);
  const pre = a(o(rec.surveys).preChat).map(o);
  const byName = (name: string): Obj | undefined => pre.find((q) => q.displayName === name);
  const std = (name: string): JsonObject => {
    const q = byName(name);
    return { value: q ? s(q.value) : '', displayName: q ? s(q.displayName) : name };
  };
  const custom = pre.filter((q) => !['Name', 'Email', 'Phone'].includes(s(q.displayName))).map(surveyItem);
  const camp = o(rec.campaign);
  const vi = o(rec.visitorInfo);
  const sde = sdeOf(a(o(rec.sdes).events));
  const lines = a(o(rec.transcript).lines).map((l, k) => {
    const line = o(l);
    return {
      id: String(k + 1),
      type: 'line',
      by: s(line.by),
      source: s(line.source),
      subType: s(line.subType),
      text: s(line.text),
      textType: s(line.textType) === 'html' ? 'html' : 'plain',
      time: widgetTime(Number(line.timeL)),
    };
  });
  const authenticated = a(o(rec.sdes).events).some((e) => o(e).isAuthenticated === true);
  return {
    chatInfo: {
      rtSessionId: h.chatId,
      accountId: data.opts.accountId,
      chatSkill: h.skill.name,
      chatRequestedTime: h.requestedMs,
      chatStartTime: h.startMs,
      sessionStartTime: h.requestedMs - 120_000,
      chatStartUrl: s(info.chatStartUrl),
      spectatedEngagement: false,
      isMessaging: false,
    },
    chattingAgentInfo: { agentName: h.agent.fullName, agentId: h.agent.id },
    agentInfo: agentInfo(data, h.agent.id, false),
    chatTranscript: { lines },
    surveyQuestions: {
      preChat: { name: std('Name'), email: std('Email'), phone: std('Phone'), customizedQuestions: custom },
      postChat: a(o(rec.surveys).postChat).map((q) => surveyItem(o(q))),
      agentSurvey: a(o(rec.surveys).operator).map((q) => surveyItem(o(q))),
    },
    visitorInfo: {
      visitorId: s(info.visitorId),
      visitorName: s(info.visitorName),
      visitorSso: '',
      device: s(vi.device),
      browser: s(vi.browser),
      operatingSystem: s(vi.operatingSystem),
      visitStartTime: h.requestedMs - 120_000,
      chattingVisitorState: h.open ? 'CHATTING' : 'ENDED',
      country: s(vi.country),
      countryCode: s(vi.countryCode),
      state: s(vi.state),
      city: s(vi.city),
      isp: s(vi.isp),
      organization: s(vi.org),
      IpAddress: s(vi.ipAddress),
      visitorTimezone: v.location.timezone,
      visitorTyping: false,
    },
    campaignInfo: {
      campaignName: s(camp.campaignName),
      campaignId: s(camp.campaignId),
      campaignDescription: `${s(camp.campaignName)} campaign`,
      targetAudience: [s(camp.visitorProfileName)],
      goalName: s(camp.goalName),
      goalId: s(camp.goalId),
      goalDescription: `${s(camp.goalName)} (goal)`,
    },
    engagementInfo: {
      VisitorBehavior: [s(camp.visitorBehaviorName)],
      skill: h.skill.name,
      engagementType: 'Button',
      engagementId: s(camp.campaignEngagementId),
      engagementName: s(camp.campaignEngagementName),
      agentNote: '',
      engagementSkill: h.skill.name,
    },
    visitorJourney: {
      pages: [{ url: s(info.chatStartUrl), title: s(info.chatStartPage) }],
      searchEngine: { searchProvider: 'Google', searchKeywords: [h.skill.name.toLowerCase()] },
    },
    SDE: sde,
    authenticatedData: authenticated
      ? {
          customerDetails: (sde.customerDetails as Json[])[0] ?? null,
          personalInfo: (sde.personalInfo as Json[])[0] ?? null,
        }
      : { customerDetails: null, personalInfo: null },
    claimsAndAuthType: claims(v.customerId, authenticated),
    customVariables: [],
    splitSession: { customVariables: [] },
  };
}

/** Public model of messaging conversation `j`. */
export function messagingWidgetModel(data: SimData, j: number, nowMs: number): JsonObject {
  const rec = data.msgRecord(j, new Set<string>([...DEFAULT_MSG_CONTENT, 'unAuthSdes']), true, nowMs) as Obj;
  const info = o(rec.info);
  const h = data.msgHeader(j);
  const v = data.visitor(h.visitor);
  const consumer = o(a(rec.consumerParticipants)[0]);
  const lines = a(rec.messageRecords).map((m) => {
    const msg = o(m);
    const isAgent = s(msg.sentBy).toLowerCase() === 'agent';
    const data = o(msg.messageData);
    const text = data.msg ? s(o(data.msg).text) : s(o(data.richContent).content);
    const agentNick = AGENTS.find((x) => x.id === s(msg.participantId))?.nickname ?? h.agent.nickname;
    return {
      id: String(Number(msg.seq) + 1),
      type: 'line',
      by: isAgent ? agentNick : s(consumer.consumerName) || 'Consumer',
      source: isAgent ? 'agent' : 'visitor',
      subType: s(msg.audience) === 'ALL' ? 'REGULAR' : 'ONLY_TO_REP',
      text,
      textType: 'plain',
      time: widgetTime(Number(msg.timeL)),
      clientProperties: (isAgent
        ? {}
        : {
            deviceFamily: s(info.device),
            os: s(info.operatingSystem),
            browser: s(info.browser),
          }) as JsonObject,
    };
  });
  const events = [...a(o(rec.sdes).events), ...a(o(rec.unAuthSdes).events)];
  const sde = sdeOf(events);
  const consumerName = `${s(consumer.firstName)} ${s(consumer.lastName)}`.trim();
  return {
    chatInfo: {
      rtSessionId: h.conversationId,
      accountId: data.opts.accountId,
      chatSkill: h.skill.name,
      chatRequestedTime: h.startMs,
      chatStartTime: h.startMs,
      spectatedEngagement: false,
      isMessaging: true,
    },
    chattingAgentInfo: {
      agentName: h.agent.fullName,
      agentId: h.agent.id,
      agentNickname: h.agent.nickname,
      agentGroupName: h.agent.groupName,
    },
    agentInfo: agentInfo(data, h.agent.id, true),
    chatTranscript: { lines },
    surveyQuestions: {
      preChat: {
        name: { value: consumerName },
        email: { value: s(consumer.email) },
        phone: { value: v.participantId },
      },
    },
    visitorInfo: {
      visitorId: v.participantId,
      visitorName: consumerName || 'Consumer',
      device: s(info.device),
      browser: s(info.browser),
      operatingSystem: s(info.operatingSystem),
      visitStartTime: h.startMs,
      chattingVisitorState: h.open ? 'CHATTING' : 'ENDED',
    },
    engagementInfo: {
      skill: h.skill.name,
      engagementType: 'Messaging',
      engagementId: h.campaign.engagementId,
      engagementName: h.campaign.engagementName,
      engagementSkill: h.skill.name,
    },
    SDE: sde,
    authenticatedData: {
      customerDetails: (sde.customerDetails as Json[])[0] ?? null,
      personalInfo: (sde.personalInfo as Json[])[0] ?? null,
    },
    claimsAndAuthType: claims(v.customerId, true),
    applicationInfo: { theme: 'light' },
  };
}

function agentInfo(data: SimData, agentId: string, messaging: boolean): JsonObject {
  const agent = AGENTS.find((x) => x.id === agentId) ?? (AGENTS[0] as (typeof AGENTS)[number]);
  const base: JsonObject = {
    accountId: data.opts.accountId,
    agentName: agent.fullName,
    agentId: agent.id,
    agentEmail: agent.loginName,
    maxChats: agent.maxChats,
  };
  return messaging
    ? {
        ...base,
        agentNickname: agent.nickname,
        employeeId: agent.employeeId,
        agentGroupName: agent.groupName,
      }
    : base;
}

function claims(customerId: string, authenticated: boolean): JsonObject {
  return authenticated
    ? {
        claims: {
          sub: customerId,
          iss: 'https://idp.example.com',
          lp_sdes: [{ type: 'ctmrinfo', info: { customerId } }],
        },
        acr: 'loa1',
      }
    : { claims: { sub: '', iss: '', lp_sdes: [] }, acr: '0' };
}
