/**
 * The workbench's LivePerson calls with each auth method against a running simulator (its own clock,
 * so OAuth 1.0a timestamps are fresh): the simulator verifies signatures with its own implementation.
 */
import { startSimulator, type Simulator } from '../../simulator';
import type { SimulatorInfo } from '../simulator';
import { fetchSkills, LivePersonFailure, type Credentials } from '../apex/AccountSettingsController';

let sim: Simulator;
let info: SimulatorInfo;

beforeAll(async () => {
  sim = await startSimulator({ port: 0 });
  info = { baseUrl: sim.url, ...sim.account } as unknown as SimulatorInfo;
});
afterAll(async () => {
  await sim.close();
});

const oauth1 = (overrides: Partial<Credentials> = {}): Credentials => ({
  Account_Id__c: info.accountId,
  Auth_Method__c: 'OAuth1',
  Consumer_Key__c: info.consumerKey,
  Consumer_Secret__c: info.consumerSecret,
  Access_Token__c: info.accessToken,
  Access_Token_Secret__c: info.accessTokenSecret,
  ...overrides,
});

describe('workbench LivePerson calls', () => {
  it('reads the skills with OAuth 1.0a keys (signature verified by the simulator)', async () => {
    const skills = await fetchSkills(info, oauth1());
    expect(skills.length).toBeGreaterThan(0);
    expect(skills.every((s) => s.id !== '' && s.name !== '')).toBe(true);
  });

  it('reads the skills with OAuth 2.0 client credentials', async () => {
    const skills = await fetchSkills(info, {
      Account_Id__c: info.accountId,
      Auth_Method__c: 'OAuth2',
      Client_Id__c: info.clientId,
      Client_Secret__c: info.clientSecret,
    });
    expect(skills.length).toBeGreaterThan(0);
  });

  it('is refused with a wrong OAuth 1.0a secret', async () => {
    const call = fetchSkills(info, oauth1({ Consumer_Secret__c: 'not-the-secret' }));
    await expect(call).rejects.toBeInstanceOf(LivePersonFailure);
    await expect(call).rejects.toMatchObject({ status: 401 });
  });
});
