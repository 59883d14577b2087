/**
 * `/__apex` through the offline runtime, on the real force-app Apex and a running LivePerson
 * simulator: parameters read like Lightning (DTOs from JSON), results written like Lightning,
 * AuraHandledException and internal-error shapes, refusals of non-`@AuraEnabled` methods, real
 * callouts (activation), a manual sync whose Queueables run after the call, and the UI API fields.
 */
import type { Simulator } from '../../simulator';
import { callAura, INTERNAL_ERROR } from '../apex/aura';
import { activationParams } from '../org/activate';
import type { WorkbenchOrg } from '../org/local-org';
import { closeSimulatedOrg, openSimulatedOrg } from '../org/simulated-org';
import { seedLocalOrg } from '../org/seed';
import { objectInfo } from '../ui-api';

let sim: Simulator;
let org: WorkbenchOrg;

const call = (name: string, params: Record<string, unknown> = {}) =>
  callAura(org.apex, org.runtime.registry, name, params);

beforeAll(async () => {
  ({ sim, org } = await openSimulatedOrg({ seed: 42 }, (s, toSimulator) => ({
    seed: (o) => seedLocalOrg(o, s.sampleVisitors(8)),
    transport: toSimulator,
  })));
}, 60_000);

afterAll(() => closeSimulatedOrg({ sim, org }));

describe('Apex calls through the runtime', () => {
  test('refuses a method that is not @AuraEnabled or does not exist', async () => {
    expect(await call('LivePersonDomains.baseUrl')).toEqual({
      status: 404,
      body: {
        message: 'No such @AuraEnabled method: LivePersonDomains.baseUrl',
        exceptionType: 'System.UnexpectedException',
      },
    });
    expect((await call('NoSuchController.get')).status).toBe(404);
  });

  test('reads a view before activation (nulls left out, as Lightning does)', async () => {
    const r = await call('AccountSettingsController.getAccountSettings');
    expect(r.status).toBe(200);
    const view = (r.body as { result: Record<string, unknown> }).result;
    expect(view).not.toHaveProperty('accountId');
    expect(typeof view).toBe('object');
  });

  test('a wrong secret is refused by LivePerson over HTTP; the right one activates', async () => {
    const o = sim.options;
    const request = (secret: string) => activationParams({ ...o, clientSecret: secret });
    const result = (r: Awaited<ReturnType<typeof call>>) =>
      (r.body as { result: { success: boolean; message: string } }).result;
    const bad = await call('AccountSettingsController.saveAndActivate', request('not-the-secret'));
    expect(result(bad)).toMatchObject({ success: false });
    expect(result(bad).message).toContain('(HTTP 401)');
    const good = await call('AccountSettingsController.saveAndActivate', request(o.clientSecret));
    expect(result(good)).toMatchObject({ success: true });
    const view = await call('AccountSettingsController.getAccountSettings');
    expect((view.body as { result: { accountId?: string } }).result.accountId).toBe(o.accountId);
  }, 30_000);

  test('a manual sync runs its Queueables after the call and syncs transcripts', async () => {
    const before = org.list('Chat_Transcript__c').length;
    const end = Date.now();
    const r = await call('SyncJobsController.runManual', {
      startTime: new Date(end - 7 * 24 * 3600_000).toISOString(),
      endTime: new Date(end).toISOString(),
    });
    expect(r.status).toBe(200);
    await org.apex.idle();
    expect(org.list('Chat_Transcript__c').length).toBeGreaterThan(before);
  }, 60_000);

  test('an AuraHandledException reaches the component with its message', async () => {
    const r = await call('SyncJobsController.runManual', { startTime: null, endTime: null });
    expect(r.status).toBe(400);
    expect(r.body).toMatchObject({ exceptionType: 'System.AuraHandledException' });
  });

  test('any other uncaught exception is the generic internal server error', async () => {
    const spy = jest.spyOn(console, 'error').mockImplementation(() => undefined);
    const r = await call('SyncChatController.syncChat', { transcriptId: 'not-an-id' });
    spy.mockRestore();
    expect(r).toEqual({ status: 500, body: { message: INTERNAL_ERROR, exceptionType: '' } });
  });

  test('the UI API reports createable/updateable/required from the metadata', () => {
    const info = objectInfo(org.describe('Chat_Transcript__c')!) as {
      fields: Record<string, { createable: boolean; updateable: boolean; required: boolean }>;
    };
    expect(info.fields.Id).toMatchObject({ createable: false, updateable: false });
    expect(info.fields.CreatedDate).toMatchObject({ createable: false, updateable: false });
    expect(info.fields.Conversation_Id__c.createable).toBe(true);
  });
});
