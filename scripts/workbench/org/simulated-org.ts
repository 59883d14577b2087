/**
 * A local org whose callouts reach a LivePerson simulator started in this process (any free port,
 * its Domain API handing out the LivePerson host of the package's Remote Sites): what the sync tests
 * and `npm run bench:sync` run the package's Apex against, without a browser.
 */
import { startSimulator, type Simulator, type SimulatorOptions } from '../../simulator';
import type { CalloutTransport } from '../../apex/system/services-tx';
import { auraCaller } from '../apex/aura';
import { simulatorTransport } from '../apex/callout-transport';
import { SIMULATED_SERVICE_HOST } from '../simulator';
import { WorkbenchOrg, type OpenOptions } from './local-org';

export interface SimulatedOrg {
  sim: Simulator;
  org: WorkbenchOrg;
}

/**
 * Starts the simulator, then opens the org; `orgOptions` (default: the callouts go to the simulator)
 * may seed from the simulator or put its own transport in front of `toSimulator`.
 */
export async function openSimulatedOrg(
  simulator: Omit<SimulatorOptions, 'port' | 'publicHost'>,
  orgOptions: (sim: Simulator, toSimulator: CalloutTransport) => OpenOptions = (_sim, toSimulator) => ({
    transport: toSimulator,
  }),
): Promise<SimulatedOrg> {
  const sim = await startSimulator({ ...simulator, port: 0, publicHost: SIMULATED_SERVICE_HOST });
  try {
    return { sim, org: await WorkbenchOrg.open(orgOptions(sim, simulatorTransport(sim.url))) };
  } catch (e) {
    await sim.close();
    throw e;
  }
}

/** Waits for the org's async Apex, then stops the simulator. */
export async function closeSimulatedOrg({ sim, org }: SimulatedOrg): Promise<void> {
  await org.apex.idle();
  await sim.close();
}

/** A manual sync of the `days` before the org's now, as an admin starts it; done when its Queueables are. */
export async function syncManually(org: WorkbenchOrg, days: number): Promise<void> {
  const end = org.clock.now();
  await auraCaller(org)('SyncJobsController.runManual', {
    startTime: new Date(end - days * 24 * 3600_000).toISOString(),
    endTime: new Date(end).toISOString(),
  });
  await org.apex.idle();
}
