/**
 * `/__apex` through the offline runtime, on the real force-app Apex and a running LivePerson
 * simulator: parameters read like Lightning (DTOs from JSON), results written like Lightning,
 * AuraHandledException and internal-error shapes, refusals of non-`@AuraEnabled` methods, and the
 * field properties the UI API reports.
 */
import { startSimulator, type Simulator } from '../../simulator';
import { callAura, INTERNAL_ERROR } from '../apex/aura';
import { remoteSiteOrigins, simulatorTransport } from '../apex/callout-transport';
import { WorkbenchOrg } from '../org/local-org';

import { FORCE_APP } from '../paths';

let sim: Simulator;
let org: WorkbenchOrg;

const call = (name: string, params: Record<string, unknown> = {}) =>
  callAura(org.apex, org.runtime.registry, name, params);

beforeAll(async () => {
  sim = await startSimulator({ port: 0, seed: 42 });
  org = await WorkbenchOrg.open({
    transport: simulatorTransport(sim.url, remoteSiteOrigins(FORCE_APP)),
  });
}, 60_000);

afterAll(async () => {
  await org.apex.idle();
  await sim.close();
});

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

  test('the org model behind it has createable/updateable from the metadata', () => {
    const ct = org.describe('Chat_Transcript__c')!;
    expect(ct.fields.get('id')).toMatchObject({ createable: false, updateable: false });
    expect(ct.fields.get('createddate')).toMatchObject({ createable: false, updateable: false });
    expect(ct.fields.get('conversation_id__c')?.createable).toBe(true);
  });
});
