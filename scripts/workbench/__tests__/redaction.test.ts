/**
 * Transcript redaction end to end in the workbench: the admin saves rules through the Customization
 * Settings controller (Aura, real Apex in the offline runtime), a manual sync against the LivePerson
 * simulator stores the transcripts, and every stored transcript is redacted.
 */
import type { Simulator } from '../../simulator';
import { auraCaller, callAura } from '../apex/aura';
import { activate } from '../org/activate';
import type { WorkbenchOrg } from '../org/local-org';
import { closeSimulatedOrg, openSimulatedOrg, syncManually } from '../org/simulated-org';
import { seedLocalOrg } from '../org/seed';

let sim: Simulator;
let org: WorkbenchOrg;

const call = (name: string, params: Record<string, unknown> = {}) =>
  callAura(org.apex, org.runtime.registry, name, params);
const result = (r: Awaited<ReturnType<typeof call>>) =>
  (r.body as { result: { success: boolean; message?: string; fieldErrors?: { message: string }[] } }).result;

beforeAll(async () => {
  ({ sim, org } = await openSimulatedOrg({ seed: 42 }, (s, toSimulator) => ({
    seed: (o) => seedLocalOrg(o, s.sampleVisitors(8)),
    transport: toSimulator,
  })));
  await activate(auraCaller(org), sim.options);
}, 60_000);

afterAll(() => closeSimulatedOrg({ sim, org }));

describe('transcript redaction in the workbench', () => {
  test('a refused rule comes back by line and nothing is stored', async () => {
    const r = await call('CustomizationSettingsController.saveRedactionSettings', {
      redactCardNumbers: true,
      redactionPatterns: 'ok => x\nbad => ^x',
    });
    expect(result(r).success).toBe(false);
    expect(result(r).fieldErrors?.map((e) => e.message)).toEqual([
      'Line 2: Anchors ^ and $ are not supported: a pattern is matched anywhere in each line.',
    ]);
    const view = await call('CustomizationSettingsController.getCustomizationSettings');
    expect((view.body as { result: { redactionPatterns?: string } }).result.redactionPatterns ?? '').toBe('');
  });

  test('saved rules apply to every transcript a manual sync stores', async () => {
    const saved = await call('CustomizationSettingsController.saveRedactionSettings', {
      redactCardNumbers: true,
      redactionPatterns: 'billing word => (?i)invoice',
    });
    expect(result(saved)).toMatchObject({ success: true });
    await syncManually(org, 7);
    const texts = org
      .list('Chat_Transcript__c')
      .map((t) => t.Transcript__c)
      .filter((t): t is string => typeof t === 'string');
    expect(texts.length).toBeGreaterThan(0);
    expect(texts.filter((t) => /invoice/i.test(t))).toEqual([]);
    expect(texts.some((t) => t.includes('[redacted: billing word]'))).toBe(true);
  }, 120_000);
});
