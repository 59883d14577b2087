/** Simulator options, their documented defaults, and the command-line parser. */
import { FAULT_TYPES, parseFaultSpec, type FaultSpec } from './faults';

/** Deterministic default keys (printed at start; documented in docs/simulator.md). */
export const DEFAULT_KEYS = {
  accountId: '90233546',
  consumerKey: 'sim-consumer-key',
  consumerSecret: 'sim-consumer-secret',
  accessToken: 'sim-access-token',
  accessTokenSecret: 'sim-access-token-secret',
  clientId: 'sim-client-id',
  clientSecret: 'sim-client-secret',
} as const;

/** The keys as the start commands print them, one `Label: value` line each (tests read them back). */
export function keyLines(k: Record<keyof typeof DEFAULT_KEYS, string>): string[] {
  return [
    `Account ID: ${k.accountId}`,
    `Client ID: ${k.clientId}`,
    `Client Secret: ${k.clientSecret}`,
    `Consumer Key: ${k.consumerKey}`,
    `Consumer Secret: ${k.consumerSecret}`,
    `Access Token: ${k.accessToken}`,
    `Access Token Secret: ${k.accessTokenSecret}`,
  ];
}

export interface SimulatorOptions {
  /** 0 (default) = any free port. */
  port?: number;
  /** Always 127.0.0.1 unless a test overrides it. */
  host?: string;
  accountId?: string;
  consumerKey?: string;
  consumerSecret?: string;
  accessToken?: string;
  accessTokenSecret?: string;
  clientId?: string;
  clientSecret?: string;
  seed?: number | string;
  /** Conversations per channel (chat and messaging each). */
  conversations?: number;
  chatConversations?: number;
  messagingConversations?: number;
  /** Days the conversations are spread over, ending at the anchor. */
  days?: number;
  /** In-progress conversations per channel. */
  live?: number;
  /** Freeze the clock at this instant (epoch ms or ISO string). Default: real time. */
  now?: number | string;
  /** Data end time (epoch ms or ISO). Default: the clock at start, rounded down to the minute. */
  anchor?: number | string;
  /** Lifetime of OAuth 2.0 tokens, seconds. */
  tokenTtlSec?: number;
  /** OAuth 1.0a timestamp tolerance, seconds. */
  oauthWindowSec?: number;
  /** Accept OAuth 1.0a base strings signed with `https://` although the request came over http. */
  acceptHttpsBaseUrl?: boolean;
  /** Host (`host:port`) the domain API hands out; default `127.0.0.1:<port>`. */
  publicHost?: string;
  faults?: (FaultSpec | string)[];
  requestLogSize?: number;
}

export interface ResolvedOptions {
  port: number;
  host: string;
  accountId: string;
  consumerKey: string;
  consumerSecret: string;
  accessToken: string;
  accessTokenSecret: string;
  clientId: string;
  clientSecret: string;
  seed: number | string;
  chatConversations: number;
  messagingConversations: number;
  days: number;
  live: number;
  now: number | null;
  anchor: number | null;
  tokenTtlSec: number;
  oauthWindowSec: number;
  acceptHttpsBaseUrl: boolean;
  publicHost: string | null;
  faults: FaultSpec[];
  requestLogSize: number;
}

export const DEFAULTS = {
  seed: 42,
  conversations: 500,
  days: 30,
  live: 3,
  tokenTtlSec: 3600,
  oauthWindowSec: 300,
  requestLogSize: 1000,
} as const;

export function parseInstant(v: number | string | undefined, name: string): number | null {
  if (v === undefined || v === null || v === '') return null;
  const n = typeof v === 'number' ? v : /^\d+$/.test(v) ? Number(v) : Date.parse(v);
  if (!Number.isFinite(n)) throw new Error(`--${name}: not an epoch-ms number or ISO date: ${String(v)}`);
  return n;
}

function count(v: number | undefined, name: string, fallback: number, min = 0): number {
  const n = v ?? fallback;
  if (!Number.isInteger(n) || n < min) throw new Error(`--${name} must be an integer >= ${min}`);
  return n;
}

export function resolveOptions(o: SimulatorOptions): ResolvedOptions {
  const conversations = count(o.conversations, 'conversations', DEFAULTS.conversations);
  const live = count(o.live, 'live', DEFAULTS.live);
  return {
    port: count(o.port, 'port', 0),
    host: o.host ?? '127.0.0.1',
    accountId: o.accountId ?? DEFAULT_KEYS.accountId,
    consumerKey: o.consumerKey ?? DEFAULT_KEYS.consumerKey,
    consumerSecret: o.consumerSecret ?? DEFAULT_KEYS.consumerSecret,
    accessToken: o.accessToken ?? DEFAULT_KEYS.accessToken,
    accessTokenSecret: o.accessTokenSecret ?? DEFAULT_KEYS.accessTokenSecret,
    clientId: o.clientId ?? DEFAULT_KEYS.clientId,
    clientSecret: o.clientSecret ?? DEFAULT_KEYS.clientSecret,
    seed: o.seed ?? DEFAULTS.seed,
    chatConversations: count(o.chatConversations, 'chat-conversations', conversations),
    messagingConversations: count(o.messagingConversations, 'messaging-conversations', conversations),
    days: count(o.days, 'days', DEFAULTS.days, 1),
    live,
    now: parseInstant(o.now, 'now'),
    anchor: parseInstant(o.anchor, 'anchor'),
    tokenTtlSec: count(o.tokenTtlSec, 'token-ttl', DEFAULTS.tokenTtlSec, 1),
    oauthWindowSec: count(o.oauthWindowSec, 'oauth-window', DEFAULTS.oauthWindowSec, 1),
    acceptHttpsBaseUrl: o.acceptHttpsBaseUrl ?? true,
    publicHost: o.publicHost ?? null,
    faults: (o.faults ?? []).map((f) => (typeof f === 'string' ? parseFaultSpec(f) : f)),
    requestLogSize: count(o.requestLogSize, 'request-log-size', DEFAULTS.requestLogSize, 1),
  };
}

const FLAGS: Record<string, { key: keyof SimulatorOptions; kind: 'string' | 'int' | 'bool' | 'list' }> = {
  '--port': { key: 'port', kind: 'int' },
  '--account': { key: 'accountId', kind: 'string' },
  '--consumer-key': { key: 'consumerKey', kind: 'string' },
  '--consumer-secret': { key: 'consumerSecret', kind: 'string' },
  '--token': { key: 'accessToken', kind: 'string' },
  '--token-secret': { key: 'accessTokenSecret', kind: 'string' },
  '--client-id': { key: 'clientId', kind: 'string' },
  '--client-secret': { key: 'clientSecret', kind: 'string' },
  '--seed': { key: 'seed', kind: 'string' },
  '--conversations': { key: 'conversations', kind: 'int' },
  '--chat-conversations': { key: 'chatConversations', kind: 'int' },
  '--messaging-conversations': { key: 'messagingConversations', kind: 'int' },
  '--days': { key: 'days', kind: 'int' },
  '--live': { key: 'live', kind: 'int' },
  '--now': { key: 'now', kind: 'string' },
  '--anchor': { key: 'anchor', kind: 'string' },
  '--token-ttl': { key: 'tokenTtlSec', kind: 'int' },
  '--oauth-window': { key: 'oauthWindowSec', kind: 'int' },
  '--strict-scheme': { key: 'acceptHttpsBaseUrl', kind: 'bool' },
  '--public-host': { key: 'publicHost', kind: 'string' },
  '--fault': { key: 'faults', kind: 'list' },
};

export const USAGE = `Usage: npm run lp:simulator -- [--port 0] [--seed 42] [--conversations 500] [--days 30] [--live 3]
  [--account ${DEFAULT_KEYS.accountId}] [--consumer-key K] [--consumer-secret S] [--token T] [--token-secret TS]
  [--client-id ID] [--client-secret CS] [--token-ttl 3600] [--oauth-window 300] [--strict-scheme]
  [--now ISO|ms] [--anchor ISO|ms] [--public-host host:port] [--fault SPEC]...
Fault SPEC: <${FAULT_TYPES.join('|')}>[,route=R][,count=N][,after=N][,delayMs=MS][,retryAfter=S]
See docs/simulator.md.`;

/** Parses `--flag value` / `--flag=value` arguments. Throws with a readable message. */
export function parseArgs(argv: readonly string[]): SimulatorOptions & { help?: boolean } {
  const out: Record<string, unknown> & { help?: boolean } = {};
  for (let k = 0; k < argv.length; k++) {
    let arg = argv[k] as string;
    if (arg === '--') continue;
    if (arg === '-h' || arg === '--help') {
      out.help = true;
      continue;
    }
    let value: string | undefined;
    const eq = arg.indexOf('=');
    if (arg.startsWith('--') && eq > 0) {
      value = arg.slice(eq + 1);
      arg = arg.slice(0, eq);
    }
    const flag = FLAGS[arg];
    if (!flag) throw new Error(`unknown option ${arg}\n${USAGE}`);
    if (flag.kind === 'bool') {
      out[flag.key] = false; // --strict-scheme turns acceptHttpsBaseUrl off
      continue;
    }
    if (value === undefined) {
      value = argv[++k];
      if (value === undefined) throw new Error(`${arg} needs a value`);
    }
    if (flag.kind === 'int') {
      const n = Number(value);
      if (!Number.isInteger(n)) throw new Error(`${arg} must be an integer, got ${value}`);
      out[flag.key] = n;
    } else if (flag.kind === 'list') {
      parseFaultSpec(value); // validate early
      out[flag.key] = [...((out[flag.key] as string[] | undefined) ?? []), value];
    } else {
      out[flag.key] = value;
    }
  }
  return out as SimulatorOptions & { help?: boolean };
}
