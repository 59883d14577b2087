/**
 * Fault injection: rules that make the next matching requests fail in a chosen way.
 *
 * Spec string (flag `--fault`, repeatable): `<type>[,route=<route>][,count=<n>][,after=<n>]
 * [,delayMs=<ms>][,retryAfter=<s>]`, e.g. `503,route=msgHist.search,count=2`. JSON (control
 * endpoint `POST /__sim/faults`): `{"type":"503","route":"msgHist.search","count":2}` or an array.
 * - type: 401 | 403 | 429 | 500 | 503 | delay | timeout | malformed | truncated | changed
 *   (`timeout`: no answer at all; the connection is closed after delayMs, default 120 s — longer than
 *   any Apex callout waits — so the client gives up first, as with a LivePerson that hangs)
 * - route: a route name (`csds`, `sentinel`, `skills`, `users`, `engHist.search`, `msgHist.search`,
 *   `msgHist.conversation`, `msgHist.consumer`), a prefix with `*` (`msgHist.*`), or `*` (default:
 *   every LivePerson route; control routes `/__sim/...` are never faulted)
 * - count: how many matching requests get the fault (default: all, until cleared)
 * - after: let that many matching requests pass first (e.g. `after=1` = "page 2 fails")
 * - delayMs (delay: default 15000; timeout: default 120000), retryAfter (429/503, seconds, default 2)
 */

export const FAULT_TYPES = [
  '401',
  '403',
  '429',
  '500',
  '503',
  'delay',
  'timeout',
  'malformed',
  'truncated',
  'changed',
] as const;
export type FaultType = (typeof FAULT_TYPES)[number];

export interface FaultSpec {
  type: FaultType;
  route?: string;
  count?: number;
  after?: number;
  delayMs?: number;
  retryAfter?: number;
}

export interface ActiveFault extends Required<Pick<FaultSpec, 'type' | 'route'>> {
  id: number;
  /** Remaining hits; null = unlimited. */
  remaining: number | null;
  /** Matching requests still to let through before firing. */
  skip: number;
  delayMs: number;
  retryAfter: number;
  hits: number;
}

export class FaultError extends Error {}

/** How long a `timeout` fault holds a request unanswered: past Apex's longest callout timeout (120 s). */
export const TIMEOUT_HOLD_MS = 120_000;

function num(value: unknown, name: string): number | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0) throw new FaultError(`fault ${name} must be a non-negative integer`);
  return n;
}

/** Validates a JSON / parsed spec. */
export function normalizeFaultSpec(input: unknown): FaultSpec {
  if (!input || typeof input !== 'object') throw new FaultError('a fault must be an object');
  const o = input as Record<string, unknown>;
  const type = String(o.type ?? o.status ?? '');
  if (!(FAULT_TYPES as readonly string[]).includes(type)) {
    throw new FaultError(`unknown fault type "${type}" (use one of ${FAULT_TYPES.join(', ')})`);
  }
  const spec: FaultSpec = { type: type as FaultType, route: o.route === undefined ? '*' : String(o.route) };
  const count = num(o.count, 'count');
  const after = num(o.after, 'after');
  const delayMs = num(o.delayMs, 'delayMs');
  const retryAfter = num(o.retryAfter, 'retryAfter');
  if (count === 0) throw new FaultError('fault count must be at least 1 (omit it for "every request")');
  if (count !== undefined) spec.count = count;
  if (after !== undefined) spec.after = after;
  if (delayMs !== undefined) spec.delayMs = delayMs;
  if (retryAfter !== undefined) spec.retryAfter = retryAfter;
  return spec;
}

/** Parses `503,route=msgHist.search,count=2` (the first bare item is the type). */
export function parseFaultSpec(text: string): FaultSpec {
  const raw: Record<string, string> = {};
  for (const part of text
    .split(',')
    .map((p) => p.trim())
    .filter(Boolean)) {
    const eq = part.indexOf('=');
    if (eq < 0) raw.type = part;
    else raw[part.slice(0, eq).trim()] = part.slice(eq + 1).trim();
  }
  return normalizeFaultSpec(raw);
}

export function routeMatches(pattern: string, route: string): boolean {
  if (pattern === '*' || pattern === route) return true;
  return pattern.endsWith('*') && route.startsWith(pattern.slice(0, -1));
}

export class FaultSet {
  private faults: ActiveFault[] = [];
  private nextId = 1;

  add(spec: FaultSpec): ActiveFault {
    const f: ActiveFault = {
      id: this.nextId++,
      type: spec.type,
      route: spec.route ?? '*',
      remaining: spec.count ?? null,
      skip: spec.after ?? 0,
      delayMs: spec.delayMs ?? (spec.type === 'timeout' ? TIMEOUT_HOLD_MS : 15000),
      retryAfter: spec.retryAfter ?? 2,
      hits: 0,
    };
    this.faults.push(f);
    return f;
  }

  clear(): void {
    this.faults = [];
  }

  list(): ActiveFault[] {
    return this.faults.map((f) => ({ ...f }));
  }

  /** The fault that applies to this request (consuming one hit), or undefined. */
  take(route: string): ActiveFault | undefined {
    for (const f of this.faults) {
      if (!routeMatches(f.route, route)) continue;
      if (f.skip > 0) {
        f.skip--;
        continue;
      }
      f.hits++;
      if (f.remaining !== null) {
        f.remaining--;
        if (f.remaining <= 0) this.faults = this.faults.filter((x) => x !== f);
      }
      return { ...f };
    }
    return undefined;
  }
}
