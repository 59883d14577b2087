/**
 * Workbench twin of `AccountSettingsController` (force-app/main/admin/classes): same DTOs (typed by the
 * generated declarations), same validation and messages as `AccountSettingsService`, and the keys are
 * proven like the org does it — over HTTP against the LivePerson simulator (Domain API, OAuth 2.0 token
 * or OAuth 1.0a signature, skills). Nothing is saved when validation or the live call fails.
 *
 * The small LivePerson client below is the workbench's own (the simulator shares no code with it);
 * `CustomizationSettingsController.ts` reuses it for the live skills list.
 */
import type getAccountSettings from '@salesforce/apex/AccountSettingsController.getAccountSettings';
import type saveAndActivate from '@salesforce/apex/AccountSettingsController.saveAndActivate';
import type deactivate from '@salesforce/apex/AccountSettingsController.deactivate';
import type { AccountActivationRequest, AccountSettingsView, AdminFieldError } from 'apex-dtos';
import type { LocalOrg, SObject } from '../org/database';
import type { SimulatorInfo } from '../simulator';
import { AuraHandledException, handle, type ApexClassHandlers, type ApexContext } from './handler';
import { signOAuth1 } from './oauth1';
// Circular with SyncJobsController.ts (which uses this file's LivePerson client); used only at call time.
import { stopScheduledJobs } from './SyncJobsController';

const SETTINGS = 'LiveEngage_Settings__c';

/** Messages shared with the Apex service (AccountSettingsService / AdminAccess). */
export const MESSAGES = {
  fixFields: 'Fix the highlighted fields, then click Activate again. Nothing was saved.',
  accountRequired: 'Enter the LivePerson Account ID.',
  accountDigits:
    'The Account ID is digits only (for example 90233546); LiveEngage shows it next to your user name.',
  authMethod: 'Choose OAuth 2.0 (client credentials) or OAuth 1.0a (app keys).',
  terms: 'Read the terms and check "I have read and agree to these terms" to activate.',
  noSpaces: 'This value contains spaces. Paste it again exactly as LivePerson issued it.',
  tooLong: 'This value is longer than 255 characters. Check that you pasted only this key.',
  refused:
    'You do not have permission to configure LiveEngage. Ask a Salesforce administrator to assign you the ' +
    'LiveEngage Admin permission set (custom permission LiveEngage_Configure).',
  notActivated:
    'LiveEngage is not activated yet. Activate it on the Account Settings tab first: the Customization Settings ' +
    'need the live LivePerson account (its skills) and stay disabled until then.',
};

export type FailureKind =
  | 'UNKNOWN_ACCOUNT'
  | 'BAD_CREDENTIALS'
  | 'FORBIDDEN'
  | 'RATE_LIMITED'
  | 'SERVER_ERROR'
  | 'TIMEOUT'
  | 'NETWORK'
  | 'MALFORMED_RESPONSE'
  | 'NOT_CONFIGURED'
  | 'BAD_REQUEST';

/** Twin of `AccountSettingsService.failureMessage`. */
export function failureMessage(
  kind: string,
  status: number | null,
  authMethod: string,
  accountId: string,
): string {
  const http = !status ? '' : ` (HTTP ${status})`;
  switch (kind) {
    case 'UNKNOWN_ACCOUNT':
      return `LivePerson does not know account ${accountId}${http}. Check the Account ID: digits only, as shown in LiveEngage next to your user name. Nothing was saved.`;
    case 'BAD_CREDENTIALS':
      return authMethod === 'OAuth1'
        ? `LivePerson rejected the OAuth 1.0a signature${http}: the Consumer Key, Consumer Secret, Access Token or Access Token Secret is wrong, or the key belongs to another account. Re-enter all four keys exactly as shown in LiveEngage. Nothing was saved.`
        : `LivePerson rejected the Client ID or Client Secret${http}: re-enter both exactly as LivePerson issued them for account ${accountId}. Nothing was saved.`;
    case 'FORBIDDEN':
      return `The keys are valid but lack the API permission to read skills${http}. Grant the key "Administration > Skills" and "Data > Engagement History" in LiveEngage (for OAuth 2.0, ask LivePerson to add those scopes to the app), then activate again. Nothing was saved.`;
    case 'RATE_LIMITED':
      return `LivePerson is limiting requests for this account${http}. Wait a minute, then click Activate again. Nothing was saved.`;
    case 'SERVER_ERROR':
      return `LivePerson answered with a server error${http}. This is on LivePerson's side: try again in a few minutes. Nothing was saved.`;
    case 'TIMEOUT':
      return 'LivePerson did not answer in time. Try again in a few minutes. Nothing was saved.';
    case 'NETWORK':
      return 'Salesforce could not reach LivePerson. Check that the LiveEngage Remote Site Settings (*.liveperson.net) are active in Setup, then try again. Nothing was saved.';
    case 'MALFORMED_RESPONSE':
      return `LivePerson answered with data that is not a skills list${http}. Check the Account ID and try again; if it persists, contact LivePerson support. Nothing was saved.`;
    case 'BAD_REQUEST':
      return `LivePerson rejected the request${http} for account ${accountId}. Check the Account ID, then try again. Nothing was saved.`;
    case 'NOT_CONFIGURED':
      return 'The settings are incomplete: enter the Account ID and every key of the chosen method. Nothing was saved.';
    default:
      return `Activation failed (${kind}${http}). Try again; if it persists, see the Event Log. Nothing was saved.`;
  }
}

// ---------------------------------------------------------------------------------------------
// A minimal LivePerson client (Domain API → token/signature → skills), like LivePersonClient.cls.

export class LivePersonFailure extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly status: number | null,
    message: string,
  ) {
    super(message);
  }
}

export type Credentials = Record<string, unknown> & {
  Account_Id__c?: unknown;
  Auth_Method__c?: unknown;
  Client_Id__c?: unknown;
  Client_Secret__c?: unknown;
  Consumer_Key__c?: unknown;
  Consumer_Secret__c?: unknown;
  Access_Token__c?: unknown;
  Access_Token_Secret__c?: unknown;
};

const str = (v: unknown): string => (typeof v === 'string' ? v : v == null ? '' : String(v));

function oauth1Header(method: string, url: string, c: Credentials): string {
  return signOAuth1(method, url, {
    consumerKey: str(c.Consumer_Key__c),
    consumerSecret: str(c.Consumer_Secret__c),
    token: str(c.Access_Token__c),
    tokenSecret: str(c.Access_Token_Secret__c),
  }).authorizationHeader;
}

type Role = 'DOMAIN' | 'TOKEN' | 'API';

/** Twin of `LivePersonHttp.kindFor`. */
function kindFor(status: number, role: Role): FailureKind {
  if (status === 429) return 'RATE_LIMITED';
  if (status >= 500) return 'SERVER_ERROR';
  if (role === 'DOMAIN' && status >= 400) return 'UNKNOWN_ACCOUNT';
  if (status === 401 || (role === 'TOKEN' && status === 400)) return 'BAD_CREDENTIALS';
  if (status === 403) return 'FORBIDDEN';
  if (role === 'TOKEN' && status === 404) return 'UNKNOWN_ACCOUNT';
  if (status >= 400) return 'BAD_REQUEST';
  return 'MALFORMED_RESPONSE';
}

async function send(url: string, init: RequestInit, role: Role): Promise<unknown> {
  let res: Response;
  try {
    res = await fetch(url, { ...init, signal: AbortSignal.timeout(10_000) });
  } catch (e) {
    const timeout = e instanceof Error && e.name === 'TimeoutError';
    throw new LivePersonFailure(
      timeout ? 'TIMEOUT' : 'NETWORK',
      null,
      `Could not reach LivePerson: ${String(e)}`,
    );
  }
  const text = await res.text();
  if (!res.ok)
    throw new LivePersonFailure(kindFor(res.status, role), res.status, `HTTP ${res.status} from LivePerson`);
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new LivePersonFailure(
      'MALFORMED_RESPONSE',
      res.status,
      'LivePerson answered with something that is not JSON',
    );
  }
}

/**
 * One authenticated LivePerson call, like `LivePersonClient`: Domain API → the service's host → OAuth 2.0
 * token or OAuth 1.0a signature → the request. `pathAndQuery` starts with `/`; `body` is sent as JSON.
 * The sync workbench handlers reuse it.
 */
export async function livePersonCall(
  sim: SimulatorInfo,
  c: Credentials,
  service: string,
  method: 'GET' | 'POST',
  pathAndQuery: string,
  body?: unknown,
): Promise<unknown> {
  const account = encodeURIComponent(str(c.Account_Id__c));
  const domains = (await send(
    `${sim.baseUrl}/api/account/${account}/service/baseURI.json?version=1.0`,
    {},
    'DOMAIN',
  )) as {
    baseURIs?: { service: string; baseURI: string }[];
  };
  const host = (name: string): string => {
    const found = domains.baseURIs?.find((d) => d.service === name);
    if (!found)
      throw new LivePersonFailure('UNKNOWN_ACCOUNT', null, `No ${name} domain for account ${account}`);
    return `${new URL(sim.baseUrl).protocol}//${found.baseURI}`;
  };
  const url = `${host(service)}${pathAndQuery}`;
  let authorization: string;
  if (str(c.Auth_Method__c) === 'OAuth1') {
    authorization = oauth1Header(method, url, c);
  } else {
    const token = (await send(
      `${host('sentinel')}/sentinel/api/account/${account}/app/token?v=1.0`,
      {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: new URLSearchParams({
          client_id: str(c.Client_Id__c),
          client_secret: str(c.Client_Secret__c),
          grant_type: 'client_credentials',
        }).toString(),
      },
      'TOKEN',
    )) as { access_token?: string };
    if (!token.access_token) throw new LivePersonFailure('MALFORMED_RESPONSE', 200, 'No access_token');
    authorization = `Bearer ${token.access_token}`;
  }
  const headers: Record<string, string> = { authorization, accept: 'application/json' };
  if (body !== undefined) headers['content-type'] = 'application/json';
  return send(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) }, 'API');
}

/** The account's skills (not deleted), proving the account id and the credentials. */
export async function fetchSkills(
  sim: SimulatorInfo,
  c: Credentials,
): Promise<{ id: string; name: string }[]> {
  const account = encodeURIComponent(str(c.Account_Id__c));
  const skills = await livePersonCall(
    sim,
    c,
    'accountConfigReadOnly',
    'GET',
    `/api/account/${account}/configuration/le-users/skills?v=2.0&select=id,name,deleted`,
  );
  if (!Array.isArray(skills)) throw new LivePersonFailure('MALFORMED_RESPONSE', 200, 'Not a list of skills');
  return (skills as { id?: unknown; name?: unknown; deleted?: unknown }[])
    .filter((s) => s && s.deleted !== true && s.id != null)
    .map((s) => ({ id: String(s.id), name: s.name == null ? String(s.id) : String(s.name) }));
}

// ---------------------------------------------------------------------------------------------
// The service twin.

/** The workbench's running user is the seeded admin, who holds LiveEngage_Configure. */
export function canConfigure(ctx: ApexContext): boolean {
  return ctx.user.LiveEngage_Configure__c !== false;
}

export function requireConfigure(ctx: ApexContext): void {
  if (!canConfigure(ctx)) throw new AuraHandledException(MESSAGES.refused);
}

export async function requireConfigureActivated(ctx: ApexContext): Promise<SObject> {
  requireConfigure(ctx);
  const s = await ctx.org.getSetting(SETTINGS);
  if (s.Activated__c !== true) throw new AuraHandledException(MESSAGES.notActivated);
  return s;
}

export function toView(s: SObject): AccountSettingsView {
  const set = (v: unknown): boolean => str(v).trim() !== '';
  const activated = s.Activated__c === true;
  return {
    canConfigure: true,
    accountId: str(s.Account_Id__c) || undefined,
    authMethod: str(s.Auth_Method__c) || 'OAuth2',
    clientIdSet: set(s.Client_Id__c),
    clientSecretSet: set(s.Client_Secret__c),
    consumerKeySet: set(s.Consumer_Key__c),
    consumerSecretSet: set(s.Consumer_Secret__c),
    accessTokenSet: set(s.Access_Token__c),
    accessTokenSecretSet: set(s.Access_Token_Secret__c),
    activated,
    activatedAt: activated && s.Activated_At__c ? str(s.Activated_At__c) : undefined,
    activatedBy: activated && s.Activated_By__c ? str(s.Activated_By__c) : undefined,
    termsAccepted: s.Terms_Accepted__c === true,
  };
}

const KEYS = {
  OAuth2: [
    ['clientId', 'Client ID', 'Client_Id__c'],
    ['clientSecret', 'Client Secret', 'Client_Secret__c'],
  ],
  OAuth1: [
    ['consumerKey', 'Consumer Key', 'Consumer_Key__c'],
    ['consumerSecret', 'Consumer Secret', 'Consumer_Secret__c'],
    ['accessToken', 'Access Token', 'Access_Token__c'],
    ['accessTokenSecret', 'Access Token Secret', 'Access_Token_Secret__c'],
  ],
} as const;

type Method = keyof typeof KEYS;

/** Twin of `AccountSettingsService.validate`. */
export function validate(request: AccountActivationRequest | undefined, stored: SObject): AdminFieldError[] {
  const errors: AdminFieldError[] = [];
  if (!request) return [{ field: 'accountId', message: MESSAGES.accountRequired }];
  const accountId = (request.accountId ?? '').trim();
  if (!accountId) errors.push({ field: 'accountId', message: MESSAGES.accountRequired });
  else if (!/^[0-9]{1,20}$/.test(accountId))
    errors.push({ field: 'accountId', message: MESSAGES.accountDigits });
  const method = (request.authMethod ?? '').trim() || 'OAuth2';
  if (method !== 'OAuth2' && method !== 'OAuth1') {
    errors.push({ field: 'authMethod', message: MESSAGES.authMethod });
  } else {
    const reuse = accountId === str(stored.Account_Id__c) && method === str(stored.Auth_Method__c);
    for (const [name, label, field] of KEYS[method as Method]) {
      const entered = (request[name] ?? '').trim();
      const storedValue = str(stored[field]);
      let message: string | null = null;
      if (!entered) {
        if (!(reuse && storedValue))
          message = storedValue
            ? `Enter the ${label} again: the stored one belongs to another Account ID or method.`
            : `Enter the ${label}.`;
      } else if (entered.length > 255) message = MESSAGES.tooLong;
      else if (/\s/.test(entered)) message = MESSAGES.noSpaces;
      if (message) errors.push({ field: name, message });
    }
  }
  if (request.termsAccepted !== true) errors.push({ field: 'termsAccepted', message: MESSAGES.terms });
  return errors;
}

function failureFieldErrors(kind: string, method: string): AdminFieldError[] {
  if (kind === 'UNKNOWN_ACCOUNT' || kind === 'BAD_REQUEST')
    return [{ field: 'accountId', message: 'LivePerson does not accept this Account ID.' }];
  if (kind === 'BAD_CREDENTIALS')
    return KEYS[method === 'OAuth1' ? 'OAuth1' : 'OAuth2'].map(([name]) => ({
      field: name,
      message: 'LivePerson rejected the keys: re-enter this value.',
    }));
  return [];
}

async function log(org: LocalOrg, message: string, status: number | null, details?: string): Promise<void> {
  await org.insert('Event_Log__c', [
    {
      Type__c: 'Configuration',
      Message__c: message.slice(0, 255),
      Http_Status__c: status,
      Job__c: 'AccountSettings',
      Details__c: details ?? null,
      Occurred_At__c: new Date().toISOString(),
    },
  ]);
}

export default {
  getAccountSettings: handle<typeof getAccountSettings>(async (_params, ctx) => {
    const s = await ctx.org.getSetting(SETTINGS);
    if (!canConfigure(ctx)) return { canConfigure: false, activated: s.Activated__c === true };
    return toView(s);
  }),

  saveAndActivate: handle<typeof saveAndActivate>(async (params, ctx) => {
    const request: AccountActivationRequest | undefined = params.request;
    requireConfigure(ctx);
    const stored = await ctx.org.getSetting(SETTINGS);
    const fieldErrors = validate(request, stored);
    if (!request || fieldErrors.length > 0) {
      return {
        success: false,
        errorKind: 'VALIDATION',
        message: MESSAGES.fixFields,
        fieldErrors,
        settings: toView(stored),
      };
    }
    const method: Method = (request.authMethod ?? '').trim() === 'OAuth1' ? 'OAuth1' : 'OAuth2';
    const accountId = (request.accountId ?? '').trim();
    const reuse = accountId === str(stored.Account_Id__c) && method === str(stored.Auth_Method__c);
    const candidate: SObject = { ...stored, Account_Id__c: accountId, Auth_Method__c: method };
    for (const m of ['OAuth1', 'OAuth2'] as const) {
      for (const [name, , field] of KEYS[m]) {
        const entered = (request[name] ?? '').trim();
        candidate[field] = m !== method ? null : entered || (reuse ? stored[field] : null);
      }
    }
    if (!ctx.simulator) {
      return {
        success: false,
        errorKind: 'NETWORK',
        message: failureMessage('NETWORK', null, method, accountId),
        fieldErrors: [],
        settings: toView(stored),
      };
    }
    let skills: { id: string; name: string }[];
    try {
      skills = await fetchSkills(ctx.simulator, candidate);
    } catch (e) {
      const f = e instanceof LivePersonFailure ? e : new LivePersonFailure('NETWORK', null, String(e));
      const message = failureMessage(f.kind, f.status, method, accountId);
      await log(ctx.org, `Activation refused: ${f.kind}`, f.status, `${message}\n${f.message}`);
      return {
        success: false,
        errorKind: f.kind,
        message,
        fieldErrors: failureFieldErrors(f.kind, method),
        settings: toView(stored),
      };
    }
    const saved = await ctx.org.saveSetting(SETTINGS, {
      ...candidate,
      Activated__c: true,
      Activated_At__c: new Date().toISOString(),
      Activated_By__c: str(ctx.user.Username) || 'admin@workbench.local',
      Terms_Accepted__c: true,
    });
    await log(ctx.org, `Activated for account ${accountId} with ${method}`, null);
    const n = skills.length;
    return {
      success: true,
      skillCount: n,
      fieldErrors: [],
      message:
        n === 0
          ? 'Activated. LivePerson returned no skills for this account yet: create at least one skill in LiveEngage before configuring the widget.'
          : `Activated. LivePerson returned ${n} ${n === 1 ? 'skill.' : 'skills.'}`,
      settings: toView(saved),
    };
  }),

  deactivate: handle<typeof deactivate>(async (_params, ctx) => {
    requireConfigure(ctx);
    const s = await ctx.org.getSetting(SETTINGS);
    const saved = await ctx.org.saveSetting(SETTINGS, {
      ...s,
      Activated__c: false,
      Activated_At__c: null,
      Activated_By__c: null,
    });
    const stopped = await stopScheduledJobs(ctx.org);
    await log(ctx.org, `Deactivated; sync jobs stopped: ${stopped}`, null);
    return toView(saved);
  }),
} satisfies ApexClassHandlers;
