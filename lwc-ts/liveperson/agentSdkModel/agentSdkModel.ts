/**
 * LivePerson's public data model as the Agent Workspace Widget SDK delivers it
 * (public-model-structure.md): the value shapes of every key, chat and messaging, and the typed
 * dotted keys (`DataKey`) with the value each one delivers (`DataValue`). Types only: the SDK wrapper
 * (`c/agentSdk`) and the widget use them; nothing here runs.
 */

// Every field is optional: LivePerson says data "may not be present"; several fields exist only
// for chat or only for messaging.

/** `chatInfo` — for messaging, `rtSessionId` is the conversation id. */
export interface ChatInfo {
  rtSessionId?: string;
  accountId?: string;
  chatSkill?: string;
  chatRequestedTime?: number | string;
  chatStartTime?: number | string;
  /** chat only */
  sessionStartTime?: number | string;
  /** chat only */
  chatStartUrl?: string;
  spectatedEngagement?: boolean;
  isMessaging?: boolean;
}

/** `chattingAgentInfo` — the chatting (chat) or assigned (messaging) agent. */
export interface ChattingAgentInfo {
  agentName?: string;
  agentId?: number | string;
  /** messaging only */
  agentNickname?: string;
  /** messaging only */
  agentGroupName?: string;
}

/** `agentInfo` — the agent logged in to the workspace. */
export interface AgentInfo {
  accountId?: string;
  agentName?: string;
  agentId?: number | string;
  agentEmail?: string;
  maxChats?: number;
  /** messaging only */
  agentNickname?: string;
  /** messaging only */
  employeeId?: string;
  /** messaging only */
  agentGroupName?: string;
}

export interface ClientProperties {
  appId?: string;
  appVersion?: string;
  browser?: string;
  browserVersion?: string;
  deviceFamily?: string;
  deviceModel?: string;
  deviceManufacture?: string;
  integration?: string;
  integrationVersion?: string;
  ipAddress?: string;
  os?: string;
  osName?: string;
  osVersion?: string;
  timeZone?: string;
  features?: unknown;
}

/** One line of `chatTranscript.lines`. Agent lines are HTML (`textType: 'html'`). */
export interface TranscriptLine {
  id?: string;
  type?: string;
  by?: string;
  source?: 'visitor' | 'agent' | 'system' | string;
  subType?: string;
  systemMessageId?: number | string;
  text?: string;
  textType?: 'plain' | 'html' | string;
  time?: string | number;
  clientProperties?: ClientProperties;
}

export interface ChatTranscript {
  lines?: TranscriptLine[];
}

/** A survey answer or a custom variable. */
export interface SurveyItem {
  '@scope'?: string;
  '@source'?: string;
  name?: string;
  displayName?: string;
  time?: string | number;
  value?: string;
}

/**
 * `surveyQuestions.preChat`. For messaging the three special questions are repurposed:
 * `email.value` = consumer email, `phone.value` = consumer id (may be a phone number),
 * `name.value` = consumer name.
 */
export interface PreChatSurvey {
  email?: SurveyItem;
  phone?: SurveyItem;
  name?: SurveyItem;
  /** chat only */
  customizedQuestions?: SurveyItem[];
}

export interface SurveyQuestions {
  preChat?: PreChatSurvey;
  /** chat only */
  postChat?: SurveyItem[];
  /** chat only */
  agentSurvey?: SurveyItem[];
}

export interface VisitorInfo {
  visitorId?: string;
  visitorName?: string;
  device?: string;
  browser?: string;
  operatingSystem?: string;
  visitStartTime?: string | number;
  chattingVisitorState?: 'CHATTING' | 'ENDED' | string;
  /** chat only from here on */
  visitorSso?: boolean;
  country?: string;
  countryCode?: string;
  state?: string;
  city?: string;
  isp?: string;
  organization?: string;
  IpAddress?: string;
  chatRequestedTime?: string | number;
  chatStartUrl?: string;
  visitorTimezone?: string;
  visitorTyping?: boolean;
}

export interface CampaignInfo {
  campaignName?: string;
  campaignId?: string;
  campaignDescription?: string;
  targetAudience?: unknown[];
  goalName?: string;
  goalId?: string;
  goalDescription?: string;
}

export interface EngagementInfo {
  VisitorBehavior?: unknown[];
  skill?: string;
  engagementType?: string;
  engagementId?: string;
  engagementName?: string;
  agentNote?: string;
  engagementSkill?: string;
}

export interface VisitorJourney {
  pages?: unknown[];
  searchEngine?: { searchProvider?: string; searchKeywords?: string };
}

export interface CustomerDetails {
  accountName?: string;
  balance?: number | string;
  companySize?: number | string;
  companyBranch?: string;
  customerId?: string;
  imei?: string;
  lastPaymentDate?: unknown;
  registrationDate?: unknown;
  role?: string;
  socialId?: string;
  status?: string;
  type?: string;
  userName?: string;
}

export interface ContactInfo {
  email?: string;
  phone?: string;
}

export interface PersonalInfo {
  age?: unknown;
  birthday?: unknown;
  company?: string;
  contactInfo?: ContactInfo[];
  gender?: string;
  language?: string;
  name?: string;
  firstname?: string;
  lastname?: string;
}

export interface MarketingSource {
  originatingChannel?: number | string;
  affiliate?: string;
  campaignId?: string;
}

export interface LeadGeneration {
  leadId?: string;
  topic?: string;
  value?: number | string;
}

export interface Product {
  name?: string;
  category?: string;
  sku?: string;
  price?: number | string;
  quantity?: number | string;
}

export interface Transaction {
  total?: number | string;
  orderId?: string;
  products?: Product[];
  numItems?: number | null;
}

export interface ShoppingCart {
  cartTotal?: number | string;
  numItems?: number | string;
  products?: Product[];
}

export interface ServiceActivity {
  category?: string;
  id?: string;
  status?: string | number;
  topic?: string;
}

export interface SdeError {
  contextId?: string;
  message?: string;
  code?: string;
  level?: number | string;
  resolved?: boolean;
}

/** `SDE` — engagement attributes; each child is an array (LivePerson combines them into `SDE`). */
export interface Sde {
  customerDetails?: CustomerDetails[];
  personalInfo?: PersonalInfo[];
  marketingSource?: MarketingSource[];
  leadGeneration?: LeadGeneration[];
  transaction?: Transaction[];
  viewedProducts?: Product[];
  shoppingCart?: ShoppingCart[];
  serviceActivity?: ServiceActivity[];
  error?: SdeError[];
  searchContent?: { keywords?: Array<{ value?: string }> }[];
}

/** Deprecated by LivePerson in favour of `claimsAndAuthType`, still delivered by older accounts. */
export interface AuthenticatedData {
  customerDetails?: CustomerDetails[];
  personalInfo?: PersonalInfo[];
}

/** `acr` is `"0"` for unauthenticated consumers, `"loa1"` for authenticated ones. */
export interface ClaimsAndAuthType {
  claims?: Record<string, unknown>;
  acr?: string;
}

/** The whole public model as LivePerson documents it. */
export interface PublicModel {
  chatInfo: ChatInfo;
  chattingAgentInfo: ChattingAgentInfo;
  agentInfo: AgentInfo;
  chatTranscript: ChatTranscript;
  surveyQuestions: SurveyQuestions;
  visitorInfo: VisitorInfo;
  campaignInfo: CampaignInfo;
  engagementInfo: EngagementInfo;
  visitorJourney: VisitorJourney;
  SDE: Sde;
  authenticatedData: AuthenticatedData;
  claimsAndAuthType: ClaimsAndAuthType;
  customVariables: SurveyItem[];
  splitSession: { customVariables?: SurveyItem[] };
  applicationInfo: { theme?: string };
  metadata: { connectorAuthResponse?: unknown; connectorPaymentResponse?: unknown };
}

type Prev = [never, 0, 1, 2, 3, 4];

/** Every dotted path into `T` that ends on a property (arrays are leaves). */
export type PathsOf<T, D extends number = 4> = [D] extends [never]
  ? never
  : T extends readonly unknown[]
    ? never
    : T extends object
      ? {
          [K in keyof T & string]-?:
            | K
            | (NonNullable<T[K]> extends readonly unknown[]
                ? never
                : NonNullable<T[K]> extends object
                  ? `${K}.${PathsOf<NonNullable<T[K]>, Prev[D]>}`
                  : never);
        }[keyof T & string]
      : never;

/** The type found at dotted path `P` of `T`. */
export type ValueAt<T, P extends string> = P extends `${infer H}.${infer R}`
  ? H extends keyof T
    ? ValueAt<NonNullable<T[H]>, R>
    : unknown
  : P extends keyof T
    ? NonNullable<T[P]>
    : unknown;

/** A key of the public model the SDK accepts in `get` / `bind` (e.g. `chatInfo.rtSessionId`). */
export type DataKey = PathsOf<PublicModel>;

/** The value delivered for key `K`. `chatTranscript.lines` on `bind` delivers only the NEW lines. */
export type DataValue<K extends DataKey> = ValueAt<PublicModel, K>;
