/** Fault injection: by option/flag, programmatically and through the control endpoint. */
import { rawRequest } from '../http-client';
import { parseFaultSpec, FaultSet } from '../faults';
import { MALFORMED_PREFIX, startSimulator, type Simulator } from '../server';
import { DAY, ehPath, get, miPath, parse, post, T0, type Any } from './helpers';

async function waitFor(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((r) => setTimeout(r, 10));
}

describe('fault specs', () => {
  it('parses flag strings', () => {
    expect(parseFaultSpec('503,route=msgHist.search,count=2')).toEqual({
      type: '503',
      route: 'msgHist.search',
      count: 2,
    });
    expect(parseFaultSpec('type=delay,delayMs=20000,after=1')).toEqual({
      type: 'delay',
      route: '*',
      after: 1,
      delayMs: 20000,
    });
    expect(parseFaultSpec('429,retryAfter=7')).toEqual({ type: '429', route: '*', retryAfter: 7 });
    expect(() => parseFaultSpec('418')).toThrow(/unknown fault type/);
    expect(() => parseFaultSpec('500,count=-1')).toThrow(/non-negative/);
    expect(() => parseFaultSpec('500,count=0')).toThrow(/at least 1/);
  });

  it('matches routes exactly, by prefix wildcard and *, counting hits and skipping `after`', () => {
    const set = new FaultSet();
    set.add({ type: '500', route: 'msgHist.*', count: 1, after: 1 });
    expect(set.take('msgHist.search')).toBeUndefined();
    expect(set.take('engHist.search')).toBeUndefined();
    expect(set.take('msgHist.conversation')?.type).toBe('500');
    expect(set.take('msgHist.search')).toBeUndefined();
    expect(set.list()).toEqual([]);
  });
});

describe('fault injection over HTTP', () => {
  let sim: Simulator;
  let auth: string;
  const body = { start: { from: T0 - 10 * DAY, to: T0 } };
  const mi = (q = 'offset=0&limit=5&source=t') => post(sim, miPath(sim, q), body, auth);
  const eh = () => post(sim, ehPath(sim, 'offset=0&limit=5&source=t'), body, auth);
  /** A messaging search whose client gives up after `timeoutMs`. */
  const miGivingUpAfter = (timeoutMs: number) =>
    rawRequest(sim.url + miPath(sim, 'source=t'), {
      method: 'POST',
      headers: { authorization: auth, 'content-type': 'application/json' },
      body: JSON.stringify(body),
      timeoutMs,
    });

  beforeAll(async () => {
    sim = await startSimulator({
      port: 0,
      conversations: 60,
      now: T0,
      faults: ['503,route=msgHist.search,count=2'],
    });
    auth = `Bearer ${sim.issueToken()}`;
  });
  afterEach(() => sim.faults.clear());
  afterAll(() => sim.close());

  it('applies a startup fault to the next 2 matching requests only', async () => {
    expect((await eh()).status).toBe(200);
    const first = await mi();
    expect(first.status).toBe(503);
    expect(first.headers['retry-after']).toBe('2');
    expect(first.headers['content-type']).toMatch(/text\/html/);
    expect((await mi()).status).toBe(503);
    expect((await mi()).status).toBe(200);
    expect(sim.requests().filter((r) => r.fault === '503')).toHaveLength(2);
  });

  it('returns 401 (bearer JSON / OAuth1 form), 403, 429 with Retry-After, 500', async () => {
    sim.faults.add('401,route=msgHist.search,count=1');
    const r401 = await mi();
    expect(r401.status).toBe(401);
    expect(parse(r401)).toMatchObject({ message: 'Token is expired', internalCode: 10 });
    sim.faults.add('401,count=1');
    const o401 = await post(sim, miPath(sim, 'source=t'), body, 'OAuth oauth_consumer_key="x"');
    expect(o401.body).toMatch(/^oauth_problem=token_rejected&oauth_problem_advice=/);
    sim.faults.add({ type: '403', route: 'msgHist.search', count: 1 });
    expect((await mi()).status).toBe(403);
    sim.faults.add({ type: '429', route: 'msgHist.search', count: 1, retryAfter: 5 });
    const r429 = await mi();
    expect(r429.status).toBe(429);
    expect(r429.headers['retry-after']).toBe('5');
    sim.faults.add({ type: '500', route: 'msgHist.search', count: 1 });
    const r500 = await mi();
    expect(r500.status).toBe(500);
    expect(parse(r500)).toEqual({ time: T0, message: 'Internal server error', internalCode: 99 });
    expect((await mi()).status).toBe(200);
  });

  it('lets `after` requests through first (page 2 fails)', async () => {
    sim.faults.add({ type: '500', route: 'msgHist.search', after: 1, count: 1 });
    expect((await mi()).status).toBe(200);
    expect((await mi('offset=5&limit=5&source=t')).status).toBe(500);
    expect((await mi('offset=5&limit=5&source=t')).status).toBe(200);
  });

  it('delays a response past a client timeout', async () => {
    sim.faults.add({ type: 'delay', route: 'msgHist.search', count: 2, delayMs: 400 });
    await expect(miGivingUpAfter(100)).rejects.toThrow(/timeout/);
    const t = Date.now();
    expect((await mi()).status).toBe(200);
    expect(Date.now() - t).toBeGreaterThanOrEqual(380);
  });

  it('never answers a timed-out request: the client gives up, the hold ends with the connection', async () => {
    sim.faults.add({ type: 'timeout', route: 'msgHist.search', count: 1 });
    await expect(miGivingUpAfter(100)).rejects.toThrow(/timeout/);
    await waitFor(() => sim.requests().some((r) => r.fault === 'timeout'));
    expect(sim.requests().find((r) => r.fault === 'timeout')).toMatchObject({ status: 0, bytes: 0 });
    expect((await mi()).status).toBe(200);
    expect(parseFaultSpec('timeout,route=engHist.search')).toEqual({
      type: 'timeout',
      route: 'engHist.search',
    });
    expect(new FaultSet().add({ type: 'timeout' }).delayMs).toBe(120_000);
  });

  it('serves malformed JSON and truncated pages with status 200', async () => {
    const good = await mi();
    sim.faults.add({ type: 'malformed', route: 'msgHist.search', count: 1 });
    const bad = await mi();
    expect(bad.status).toBe(200);
    expect(bad.body.startsWith(MALFORMED_PREFIX)).toBe(true);
    expect(() => JSON.parse(bad.body)).toThrow();
    sim.faults.add({ type: 'truncated', route: 'msgHist.search', count: 1 });
    const cut = await mi();
    expect(cut.status).toBe(200);
    expect(cut.body).toBe(good.body.slice(0, cut.body.length));
    expect(cut.body.length).toBeLessThan(good.body.length);
    expect(() => JSON.parse(cut.body)).toThrow();
  });

  it('changes a conversation between pages (shifted page, count + 1, updated record)', async () => {
    const p1 = parse(await mi('offset=0&limit=5&sort=start:asc&source=t'));
    sim.faults.add({ type: 'changed', route: 'msgHist.search', count: 1 });
    const p2 = parse(await mi('offset=5&limit=5&sort=start:asc&source=t'));
    expect(p2._metadata.count).toBe(p1._metadata.count + 1);
    const lastOfP1 = p1.conversationHistoryRecords[4];
    const firstOfP2 = p2.conversationHistoryRecords[0];
    expect(firstOfP2.info.conversationId).toBe(lastOfP1.info.conversationId);
    expect(firstOfP2.messageRecords.length).toBe(lastOfP1.messageRecords.length + 1);
  });

  it('is controlled through POST/GET/DELETE /__sim/faults', async () => {
    const add = await rawRequest(`${sim.url}/__sim/faults`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ type: '429', route: 'engHist.search', count: 3 }, '500,route=skills']),
    });
    expect(add.status).toBe(201);
    const listed = parse(await get(sim, '/__sim/faults'));
    expect(listed.map((f: Any) => [f.type, f.route, f.remaining])).toEqual([
      ['429', 'engHist.search', 3],
      ['500', 'skills', null],
    ]);
    expect((await eh()).status).toBe(429);
    const bad = await rawRequest(`${sim.url}/__sim/faults`, { method: 'POST', body: '{"type":"teapot"}' });
    expect(bad.status).toBe(400);
    expect((await rawRequest(`${sim.url}/__sim/faults`, { method: 'DELETE' })).status).toBe(200);
    expect((await eh()).status).toBe(200);
  });
});
