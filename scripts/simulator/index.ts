/**
 * LivePerson simulator — programmatic API (tests, the workbench, the fixture capture).
 *
 *   const sim = await startSimulator({ port: 0, seed: 42 });
 *   // sim.url, sim.baseUri, sim.account, sim.faults.add('503,route=msgHist.search,count=2'), sim.clock.advance(ms)
 *   await sim.close();
 *
 * See docs/simulator.md. The simulator shares no code with the product.
 */
export { startSimulator, MALFORMED_PREFIX } from './server';
export type { Simulator, SimAccount, RequestLogEntry } from './server';
export { DEFAULT_KEYS, DEFAULTS, keyLines, parseArgs, USAGE } from './options';
export type { SimulatorOptions, ResolvedOptions } from './options';
export { parseFaultSpec, FAULT_TYPES } from './faults';
export type { FaultSpec, FaultType, ActiveFault } from './faults';
export type { LiveConversation, Visitor, Json, JsonObject } from './generator';
export { lpTime } from './generator';
export { SERVICES, EH_MAX_WINDOW_MS, MI_MAX_WINDOW_MS, MAX_LIMIT, DEFAULT_LIMIT } from './api';
