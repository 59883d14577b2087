/**
 * The workbench's view of the LivePerson simulator (`scripts/simulator/`, the other side of the
 * wire): started in-process, it serves LivePerson's REST APIs over HTTP (what the product's Apex
 * twins call), and gives the agent workspace its live conversations and their Widget SDK public
 * model. The workbench never re-implements LivePerson: it only reads what the simulator exposes.
 */
import { startSimulator, type LiveConversation, type Visitor, type JsonObject } from '../simulator';

/** The simulated LivePerson account as a user would type it into Account Settings. */
export interface SimulatorInfo {
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  accountId: string;
  clientId: string;
  clientSecret: string;
  consumerKey: string;
  consumerSecret: string;
  accessToken: string;
  accessTokenSecret: string;
}

export type { LiveConversation, Visitor };

export interface WorkbenchSimulator {
  info: SimulatorInfo;
  /** In-progress conversations of both channels (newest last). */
  liveConversations(): LiveConversation[];
  /** The Agent Workspace Widget SDK public model of a live conversation (`undefined` if unknown). */
  widgetModel(conversationId: string): JsonObject | undefined;
  /** The simulator's first visitors (those conversations pick most often), to seed CRM records. */
  sampleVisitors(n: number): Visitor[];
  /** Sets the simulator's clock (it follows the workbench clock: tokens, OAuth 1.0a timestamps, open conversations). */
  setClock(ms: number): void;
  /** The faults in force (`--fault`), as the simulator lists them. */
  faults(): { type: string; route: string; remaining: number | null }[];
  close(): Promise<void>;
}

export interface StartOptions {
  /** Simulator HTTP port (0 = any free port). */
  port?: number;
  seed?: number | string;
  /** Fault specs (`503,route=msgHist.search,count=2`, see docs/simulator.md). */
  faults?: string[];
}

/**
 * The host the simulator's Domain API hands out for every LivePerson service: a LivePerson host of
 * the package's Remote Site Settings (the product's Apex calls LivePerson hosts only); the
 * workbench's callout transport routes it to the simulator (`apex/callout-transport.ts`).
 */
export const SIMULATED_SERVICE_HOST = 'va.enghist.liveperson.net';

/** Starts the simulator (HTTP on 127.0.0.1) and wraps it for the workbench. */
export async function startWorkbenchSimulator(options: StartOptions = {}): Promise<WorkbenchSimulator> {
  const sim = await startSimulator({
    port: options.port ?? 0,
    publicHost: SIMULATED_SERVICE_HOST,
    ...(options.seed !== undefined ? { seed: options.seed } : {}),
    ...(options.faults?.length ? { faults: options.faults } : {}),
  });
  const o = sim.options;
  return {
    info: {
      baseUrl: sim.url,
      accountId: o.accountId,
      clientId: o.clientId,
      clientSecret: o.clientSecret,
      consumerKey: o.consumerKey,
      consumerSecret: o.consumerSecret,
      accessToken: o.accessToken,
      accessTokenSecret: o.accessTokenSecret,
    },
    liveConversations: () => sim.liveConversations(),
    widgetModel(conversationId: string) {
      const c = sim
        .liveConversations()
        .find((x) => x.id === conversationId || x.rtSessionId === conversationId);
      return (c && sim.widgetModel(c.channel, c.id)) ?? undefined;
    },
    sampleVisitors: (n: number) => sim.sampleVisitors(n),
    setClock: (ms: number) => {
      if (ms > sim.clock.now()) sim.clock.set(ms);
    },
    faults: () => sim.faults.list(),
    close: () => sim.close(),
  };
}
