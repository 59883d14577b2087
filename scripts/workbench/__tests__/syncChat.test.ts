/**
 * The workbench twin of SyncChatController against a running LivePerson simulator (same data as the Apex
 * fixtures: seed 42, 120 conversations per channel, frozen at 2026-01-15T12:00:00Z) and an in-memory stand-in
 * for the local org: success for chat and messaging, open conversations refused, failures keep the data.
 */
import { startSimulator, type Simulator } from '../../simulator';
import type { SimulatorInfo } from '../simulator';
import type { ApexContext } from '../apex/handler';
import type { SObject } from '../org/database';
import { loadSchema } from '../org/schema';
import handlers from '../apex/SyncChatController';

const NOW = Date.parse('2026-01-15T12:00:00Z');
const MESSAGING_ID = 'a9637a8c-52cf-45d5-b699-83410e2cf08c';
const CHAT_ID = '902335464294968296';
const schema = loadSchema();

class FakeOrg {
  records = new Map<string, SObject>();
  logs: SObject[] = [];
  mappings: SObject[] = [];
  schema = schema;
  constructor(private settings: SObject) {}
  async get(_o: string, id: string): Promise<SObject | undefined> {
    const r = this.records.get(id);
    return r ? { ...r } : undefined;
  }
  async getSetting(): Promise<SObject> {
    return this.settings;
  }
  async query(objectApiName: string): Promise<SObject[]> {
    return objectApiName === 'Field_Mapping__c' ? this.mappings : [];
  }
  async update(_o: string, rows: SObject[]): Promise<SObject[]> {
    for (const r of rows) this.records.set(r.Id!, { ...this.records.get(r.Id!), ...r });
    return rows;
  }
  async insert(_o: string, rows: SObject[]): Promise<SObject[]> {
    this.logs.push(...rows);
    return rows;
  }
}

let sim: Simulator;
let info: SimulatorInfo;

beforeAll(async () => {
  sim = await startSimulator({
    port: 0,
    seed: 42,
    conversations: 120,
    days: 30,
    live: 3,
    now: NOW,
    anchor: NOW,
  });
  info = { baseUrl: sim.url, ...sim.account } as unknown as SimulatorInfo;
});
afterAll(async () => {
  await sim.close();
});

function setup(transcript: SObject, settings: SObject = {}): { org: FakeOrg; ctx: ApexContext } {
  const org = new FakeOrg({
    Account_Id__c: sim.account.accountId,
    Auth_Method__c: 'OAuth2',
    Client_Id__c: sim.account.clientId,
    Client_Secret__c: sim.account.clientSecret,
    ...settings,
  });
  org.records.set('a00000000000001', {
    Id: 'a00000000000001',
    Status__c: 'Open',
    Agent_Name__c: 'Widget Agent',
    Transcript__c: 'widget text',
    Sync_Status__c: 'Pending',
    ...transcript,
  });
  return { org, ctx: { org, simulator: info, user: {} } as unknown as ApexContext };
}

const run = (ctx: ApexContext) => handlers.syncChat({ transcriptId: 'a00000000000001' }, ctx);

describe('SyncChatController (workbench)', () => {
  it('syncs an ended messaging conversation and applies a transcript field mapping', async () => {
    const { org, ctx } = setup({ Conversation_Id__c: MESSAGING_ID, Channel__c: 'Messaging' });
    org.mappings = [
      {
        Field_Api_Name__c: 'Visitor_Phone__c',
        LivePerson_Field__c: 'Other',
        Msg_Api_Path__c: 'sdes.events[sdeType=CUSTOMER_INFO].customerInfo.customerInfo.customerId',
      },
      { Field_Api_Name__c: 'Sync_Status__c', LivePerson_Field__c: 'Campaign_Name' },
    ];
    const r = (await run(ctx)) as { outcome: string; warnings: string[] };
    expect(r.outcome).toBe('SYNCED');
    expect(r.warnings).toHaveLength(1);
    const t = org.records.get('a00000000000001')!;
    expect(t).toMatchObject({
      Status__c: 'Closed',
      Agent_Name__c: "Hannah O'Brien",
      Duration_Seconds__c: 8220,
      Visitor_Phone__c: 'C-1008',
      Sync_Status__c: 'Synced',
    });
    expect(String(t.Transcript__c)).toContain('Ethan: I cannot log in');
  });

  it('syncs an ended chat by engagement id', async () => {
    const { org, ctx } = setup({
      Conversation_Id__c: CHAT_ID,
      Channel__c: 'Chat',
      Start_Time__c: '2025-12-16T12:28:07.739Z',
    });
    const r = (await run(ctx)) as { outcome: string };
    expect(r.outcome).toBe('SYNCED');
    expect(org.records.get('a00000000000001')).toMatchObject({
      Agent_Name__c: 'Priya Natarajan',
      MCS__c: 56,
    });
  });

  it('refuses a conversation that has not ended and changes nothing', async () => {
    const live = sim.liveConversations().find((c) => c.channel === 'messaging')!;
    const { org, ctx } = setup({ Conversation_Id__c: live.id, Channel__c: 'Messaging' });
    const r = (await run(ctx)) as { outcome: string; message: string };
    expect(r.outcome).toBe('NOT_ENDED');
    expect(r.message).toContain('has not ended yet');
    expect(org.records.get('a00000000000001')!.Sync_Status__c).toBe('Pending');
  });

  it('keeps the data, flags the record and logs when LivePerson refuses the keys', async () => {
    const { org, ctx } = setup(
      { Conversation_Id__c: MESSAGING_ID, Channel__c: 'Messaging' },
      { Client_Secret__c: 'wrong' },
    );
    const r = (await run(ctx)) as { outcome: string; message: string };
    expect(r.outcome).toBe('ERROR');
    expect(r.message).toContain('HTTP 401');
    expect(org.records.get('a00000000000001')).toMatchObject({
      Sync_Status__c: 'Error',
      Agent_Name__c: 'Widget Agent',
      Transcript__c: 'widget text',
    });
    expect(org.logs).toHaveLength(1);
  });

  it('reports a missing record', async () => {
    const { ctx } = setup({ Conversation_Id__c: MESSAGING_ID });
    const r = (await handlers.syncChat({ transcriptId: 'nope' }, ctx)) as { outcome: string };
    expect(r.outcome).toBe('NOT_FOUND');
  });
});
