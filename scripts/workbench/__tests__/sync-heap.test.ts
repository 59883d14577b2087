/**
 * A messaging page too large for the 12 MB async heap, end to end in the workbench: the real sync
 * Apex runs as Queueables in the offline runtime, the page's execution dies of
 * `System.LimitException: Apex heap size too large`, the finalizer records it, and the page is read
 * again with half the conversations; the run then completes with every conversation saved once.
 * The simulator's conversations get a long message each (about 45 KB) so 100 of them cannot fit.
 */
import type { Simulator } from '../../simulator';
import { DEFAULT_MSG_CONTENT, type JsonObject } from '../../simulator/generator';
import { auraCaller } from '../apex/aura';
import type { CalloutTransport } from '../../apex/system/services-tx';
import { activate } from '../org/activate';
import type { WorkbenchOrg } from '../org/local-org';
import { closeSimulatedOrg, openSimulatedOrg, syncManually } from '../org/simulated-org';

const CONVERSATIONS = 100;
const LONG_MESSAGE = 45_000;
const SEARCH = /\/messaging_history\/api\/account\/[^/]+\/conversations\/search\?/;

let sim: Simulator;
let org: WorkbenchOrg;
const limitsAsked: number[] = [];

function longConversation(j: number): JsonObject {
  const record = sim.data.msgRecord(j, new Set<string>(DEFAULT_MSG_CONTENT), true, sim.clock.now());
  const first = (record.messageRecords as JsonObject[])[0];
  first.messageData = { msg: { text: `Order details: ${'lorem ipsum '.repeat(LONG_MESSAGE / 12)}` } };
  return record;
}

/** Answers the messaging search with the long conversations (offset and limit honoured), the rest from the simulator. */
function longPages(toSimulator: CalloutTransport): CalloutTransport {
  return async (request) => {
    if (!SEARCH.test(request.endpoint)) return toSimulator(request);
    const url = new URL(request.endpoint);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 50);
    limitsAsked.push(limit);
    const records = [];
    for (let j = offset; j < Math.min(CONVERSATIONS, offset + limit); j++) records.push(longConversation(j));
    const body = JSON.stringify({
      _metadata: { count: CONVERSATIONS, shardsStatusResult: { partialResult: false } },
      conversationHistoryRecords: records,
    });
    return {
      statusCode: 200,
      status: 'OK',
      headers: [['Content-Type', 'application/json']],
      body: Buffer.from(body),
    };
  };
}

beforeAll(async () => {
  ({ sim, org } = await openSimulatedOrg(
    { seed: 7, chatConversations: 0, messagingConversations: CONVERSATIONS, days: 2, live: 0 },
    (_sim, toSimulator) => ({ transport: longPages(toSimulator), scheduledJobs: 'manual' }),
  ));
}, 60_000);

afterAll(() => closeSimulatedOrg({ sim, org }));

test('a page that runs out of heap is read again with half the conversations, and none is lost', async () => {
  const errors = jest.spyOn(console, 'error').mockImplementation(() => undefined);
  await activate(auraCaller(org), sim.options);
  await syncManually(org, 3);
  errors.mockRestore();

  // 100 crashed, 50 were saved, then 100 again from offset 50 (the 50 left fit).
  expect(limitsAsked).toEqual([100, 50, 100]);
  const run = org.list('Sync_Run__c')[0];
  expect(run).toMatchObject({ Status__c: 'Completed', Conversations_Synced__c: CONVERSATIONS });
  const saved = org.list('Chat_Transcript__c').map((t) => t.Conversation_Id__c);
  expect(new Set(saved).size).toBe(CONVERSATIONS);
  expect(saved).toHaveLength(CONVERSATIONS);
  const crash = org
    .list('Event_Log__c')
    .find((e) => String(e.Message__c).includes('System.LimitException: Apex heap size too large'));
  expect(crash).toBeDefined();
}, 600_000);
