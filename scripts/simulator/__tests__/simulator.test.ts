/** Every LivePerson route of the simulator, bearer auth, limits, paging, determinism, workbench API. */
import { rawRequest } from '../http-client';
import { parseArgs } from '../options';
import { startSimulator, type Simulator } from '../server';
import { byIdPath, DAY, ehPath, get, miPath, parse, post, T0, token, type Any } from './helpers';

describe('LivePerson simulator', () => {
  let sim: Simulator;
  let bearer: string;
  const window = (days: number, endMs = T0): Any => ({ start: { from: endMs - days * DAY, to: endMs } });
  /** The answer to a search over the 30 days before T0, with `filters` in its body. */
  const last30Days = async (path: string, filters: Any = {}): Promise<Any> =>
    parse(await post(sim, path, { ...window(30), ...filters }, bearer));

  beforeAll(async () => {
    sim = await startSimulator({ port: 0, seed: 42, conversations: 250, days: 30, now: T0 });
    bearer = `Bearer ${await token(sim)}`;
  });
  afterAll(() => sim.close());

  describe('domain API (CSDS)', () => {
    it('answers one service and all services with this host, no auth needed', async () => {
      const one = await get(
        sim,
        `/api/account/${sim.account.accountId}/service/msgHist/baseURI.json?version=1.0`,
      );
      expect(one.status).toBe(200);
      expect(parse(one)).toEqual({
        service: 'msgHist',
        account: sim.account.accountId,
        baseURI: `127.0.0.1:${sim.port}`,
      });
      const all = parse(
        await get(sim, `/api/account/${sim.account.accountId}/service/baseURI.json?version=1.0`),
      );
      const services = all.baseURIs.map((b: Any) => b.service);
      expect(services).toEqual(
        expect.arrayContaining(['engHistDomain', 'msgHist', 'accountConfigReadOnly', 'sentinel']),
      );
      expect(new Set(all.baseURIs.map((b: Any) => b.baseURI))).toEqual(new Set([sim.baseUri]));
    });

    it('answers an unknown account with a LivePerson-shaped 401 and an unknown service with 404', async () => {
      const r = await get(sim, '/api/account/11111111/service/msgHist/baseURI.json?version=1.0');
      expect(r.status).toBe(401);
      expect(parse(r)).toEqual({ time: T0, message: 'Site 11111111 is not valid', internalCode: 10 });
      expect((await get(sim, `/api/account/${sim.account.accountId}/service/nope/baseURI.json`)).status).toBe(
        404,
      );
    });
  });

  describe('sentinel token endpoint and bearer auth', () => {
    const tokenPath = (acc = sim.account.accountId, v2 = false): string =>
      v2 ? `/sentinel/api/v2/account/${acc}/app/token` : `/sentinel/api/account/${acc}/app/token?v=1.0`;
    const form = (b: string, p = tokenPath()) =>
      rawRequest(sim.url + p, {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: b,
      });

    it('issues a JWT-shaped bearer token (v1 and v2 paths)', async () => {
      const creds = `client_id=${sim.account.clientId}&client_secret=${sim.account.clientSecret}&grant_type=client_credentials`;
      for (const p of [tokenPath(), tokenPath(undefined, true)]) {
        const r = await form(creds, p);
        expect(r.status).toBe(200);
        const b = parse(r);
        expect(Object.keys(b)).toEqual(['access_token', 'token_type']);
        expect(b.token_type).toBe('Bearer');
        expect(b.access_token.split('.')).toHaveLength(3);
        const claims = JSON.parse(Buffer.from(b.access_token.split('.')[1], 'base64url').toString());
        expect(claims.exp - claims.iat).toBe(3600);
      }
    });

    it('rejects bad client credentials, grant types and content types', async () => {
      const bad = await form(
        `client_id=${sim.account.clientId}&client_secret=x&grant_type=client_credentials`,
      );
      expect(bad.status).toBe(401);
      expect(parse(bad).error).toBe('invalid_client');
      expect(parse(await form(`client_id=a&client_secret=b&grant_type=password`)).error).toBe(
        'unsupported_grant_type',
      );
      const json = await rawRequest(sim.url + tokenPath(), {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: '{}',
      });
      expect(json.status).toBe(400);
    });

    it('expires tokens after the TTL (clock advanced)', async () => {
      const s = await startSimulator({ port: 0, conversations: 10, now: T0, tokenTtlSec: 60 });
      try {
        const auth = `Bearer ${await token(s)}`;
        const p = `/api/account/${s.account.accountId}/configuration/le-users/skills?v=2.0`;
        expect((await get(s, p, auth)).status).toBe(200);
        s.clock.advance(59_000);
        expect((await get(s, p, auth)).status).toBe(200);
        s.clock.advance(1_000);
        const r = await get(s, p, auth);
        expect(r.status).toBe(401);
        expect(parse(r)).toMatchObject({ message: 'Token is expired', internalCode: 10 });
      } finally {
        await s.close();
      }
    });

    it('rejects missing, tampered and wrong-account bearer tokens', async () => {
      const p = `/api/account/${sim.account.accountId}/configuration/le-users/skills?v=2.0`;
      expect((await get(sim, p)).status).toBe(401);
      const tampered = await get(sim, p, bearer.slice(0, -3) + 'xyz');
      expect(tampered.status).toBe(401);
      expect(parse(tampered).message).toBe('Invalid token');
      const other = await get(sim, `/api/account/12345678/configuration/le-users/skills?v=2.0`, bearer);
      expect(other.status).toBe(401);
      expect(parse(other).message).toBe('Unauthorized account access');
      const otherSim = await startSimulator({ port: 0, accountId: '777', conversations: 5, now: T0 });
      try {
        const r = await get(otherSim, `/api/account/777/configuration/le-users/skills?v=2.0`, bearer);
        expect(r.status).toBe(401);
      } finally {
        await otherSim.close();
      }
    });
  });

  describe('Account Config skills and users', () => {
    const p = (q: string, id = ''): string =>
      `/api/account/${sim.account.accountId}/configuration/le-users/skills${id}?${q}`;

    it('lists skills as a bare array with the default select and an ac-revision header', async () => {
      const r = await get(sim, p('v=2.0'), bearer);
      expect(r.status).toBe(200);
      expect(r.headers['ac-revision']).toBe('412');
      const list = parse(r);
      expect(list.map((s: Any) => s.name)).toEqual([
        'Billing',
        'Sales',
        'Support',
        'Technical Support',
        'Retention',
      ]);
      expect(Object.keys(list[0])).toEqual(['id', 'deleted', 'name']);
      expect(typeof list[0].id).toBe('number');
    });

    it('honours select, $all and include_deleted; gets one skill; 404 for unknown', async () => {
      expect(Object.keys(parse(await get(sim, p('v=2.0&select=id,name'), bearer))[0])).toEqual([
        'id',
        'name',
      ]);
      const all = parse(await get(sim, p('v=2.0&select=$all&include_deleted=true'), bearer));
      expect(all).toHaveLength(6);
      expect(all.find((s: Any) => s.deleted)).toMatchObject({ name: 'Legacy Chat', maxWaitTime: 120 });
      const one = await get(sim, p('v=2.0', '/3856001210'), bearer);
      expect(parse(one)).toMatchObject({ id: 3856001210, name: 'Billing', description: 'Billing questions' });
      expect((await get(sim, p('v=2.0', '/1'), bearer)).status).toBe(404);
    });

    it('lists users (agents)', async () => {
      const r = await get(
        sim,
        `/api/account/${sim.account.accountId}/configuration/le-users/users?v=4.0&select=$all`,
        bearer,
      );
      expect(parse(r)[0]).toMatchObject({
        id: '3856114410',
        fullName: 'Sam Lee',
        loginName: 'sam.lee@example.com',
      });
    });
  });

  describe('Engagement History (chat) search', () => {
    it('returns ended chats with LivePerson paging metadata', async () => {
      const r = await post(sim, ehPath(sim, 'offset=0&limit=10&source=SFPkg_Test'), window(30), bearer);
      expect(r.status).toBe(200);
      const b = parse(r);
      expect(b._metadata.count).toBe(247); // 250 - 3 live chats
      expect(b._metadata.next.href).toBe(
        `${sim.url}${ehPath(sim, 'limit=10&offset=10').replace(/\?.*/, '')}?limit=10&offset=10`,
      );
      expect(b._metadata.last.href).toMatch(/offset=240$/);
      expect(b._metadata.prev).toBeUndefined();
      expect(b._metadata.shardsStatusResult).toEqual({ partialResult: false });
      const rec = b.interactionHistoryRecords[0];
      expect(Object.keys(rec)).toEqual(
        expect.arrayContaining([
          'info',
          'transcript',
          'surveys',
          'campaign',
          'visitorInfo',
          'sdes',
          'lineScores',
        ]),
      );
      expect(rec.info.ended).toBe(true);
      expect(rec.info.engagementId).toBe(sim.account.accountId + '4294968296');
      expect(rec.info.startTime).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{3}\+0000$/);
      expect(rec.transcript.lines[0]).toMatchObject({ source: 'system', by: 'info', controlType: 3 });
      const page2 = await last30Days(ehPath(sim, 'offset=10&limit=10&source=SFPkg_Test'));
      expect(page2._metadata.prev.href).toMatch(/offset=0$/);
    });

    it('carries surveys (incl. the account number question), SDEs and visitor info somewhere in the data', async () => {
      const b = await last30Days(ehPath(sim, 'offset=0&limit=100&source=SFPkg_Test'));
      const recs: Any[] = b.interactionHistoryRecords;
      const pre = recs.flatMap((r) => r.surveys.preChat);
      expect(
        pre.some((q: Any) => q.displayName === 'What is your Account Number?' && /^ACC-\d+$/.test(q.value)),
      ).toBe(true);
      expect(recs.some((r) => r.surveys.postChat.length > 0)).toBe(true);
      expect(recs.some((r) => r.surveys.operator.length > 0)).toBe(true);
      const events = recs.flatMap((r) => r.sdes.events);
      const types = new Set(events.map((e: Any) => e.sdeType));
      expect([...types]).toEqual(
        expect.arrayContaining(['CUSTOMER_INFO', 'PERSONAL_INFO', 'MARKETING_CAMPAIGN_INFO']),
      );
      const ci = events.find((e: Any) => e.sdeType === 'CUSTOMER_INFO');
      expect(ci.customerInfo.customerInfo.customerType).toEqual(expect.any(String));
      const pi = events.find((e: Any) => e.sdeType === 'PERSONAL_INFO');
      expect(pi.personalInfo.personalInfo.contacts[0].personalContact.email).toMatch(
        /@example\.(com|org|net)$/,
      );
      expect(recs[0].visitorInfo.browser).toEqual(expect.any(String));
    });

    it('enforces limit ≤ 100, a window ≤ 1 month, start and source', async () => {
      const cases: [string, unknown][] = [
        ['offset=0&limit=101&source=x', window(7)],
        ['offset=0&limit=0&source=x', window(7)],
        ['offset=-1&limit=10&source=x', window(7)],
        ['offset=0&limit=10&source=x', window(32)],
        ['offset=0&limit=10&source=x', {}],
        ['offset=0&limit=10', window(7)],
        ['offset=0&limit=10&source=abcdefghijklmnopqrstu', window(7)],
        ['offset=0&limit=10&source=x&sort=colour:asc', window(7)],
        ['offset=0&limit=10&source=x', 'not json'],
      ];
      for (const [q, body] of cases) {
        const r = await post(sim, ehPath(sim, q), body, bearer);
        expect({ q, status: r.status }).toEqual({ q, status: 400 });
        expect(parse(r)).toEqual({ time: T0, message: expect.any(String), internalCode: 24 });
      }
      expect((await post(sim, ehPath(sim, 'limit=100&source=x'), window(31), bearer)).status).toBe(200);
    });

    it('pages over 250 conversations completely, without duplicates, in start order', async () => {
      const ids: string[] = [];
      const starts: number[] = [];
      for (let offset = 0; ; offset += 100) {
        const b = await last30Days(ehPath(sim, `offset=${offset}&limit=100&sort=start:desc&source=t`));
        for (const r of b.interactionHistoryRecords) {
          ids.push(r.info.engagementId);
          starts.push(r.info.startTimeL);
        }
        if (!b._metadata.next) break;
      }
      expect(ids).toHaveLength(247);
      expect(new Set(ids).size).toBe(247);
      expect([...starts].sort((a, b) => b - a)).toEqual(starts);
    });

    it('filters by time window (rounded to 10 minutes), skill, agent and engagementId; sorts by duration', async () => {
      const from = T0 - 5 * DAY + 123_456;
      const to = T0 - 2 * DAY;
      const b = parse(await post(sim, ehPath(sim, 'limit=100&source=t'), { start: { from, to } }, bearer));
      expect(b._metadata.count).toBeGreaterThan(0);
      const lo = Math.floor(from / 600_000) * 600_000;
      for (const r of b.interactionHistoryRecords) {
        expect(r.info.startTimeL).toBeGreaterThanOrEqual(lo);
        expect(r.info.startTimeL).toBeLessThanOrEqual(to);
      }
      const sk = await last30Days(ehPath(sim, 'limit=100&source=t'), { skillIds: ['3856001210'] });
      expect(sk._metadata.count).toBeGreaterThan(0);
      expect(sk.interactionHistoryRecords.every((r: Any) => r.info.skillId === 3856001210)).toBe(true);
      const ag = await last30Days(ehPath(sim, 'limit=100&source=t'), { agentIds: ['3856114410'] });
      expect(ag.interactionHistoryRecords.every((r: Any) => r.info.agentId === '3856114410')).toBe(true);
      const id = sim.data.chatHeader(17).engagementId;
      const one = parse(await post(sim, ehPath(sim, 'limit=10&source=t'), { engagementId: id }, bearer));
      expect(one._metadata.count).toBe(1);
      expect(one.interactionHistoryRecords[0].info.engagementId).toBe(id);
      const live = sim.data.chatHeader(249).engagementId;
      expect(
        parse(await post(sim, ehPath(sim, 'limit=10&source=t'), { engagementId: live }, bearer))._metadata
          .count,
      ).toBe(0);
      const byDur = await last30Days(ehPath(sim, 'limit=100&sort=duration:asc&source=t'));
      const d = byDur.interactionHistoryRecords.map((r: Any) => r.info.duration);
      expect([...d].sort((x: number, y: number) => x - y)).toEqual(d);
      const kw = await last30Days(ehPath(sim, 'limit=100&source=t'), { keyword: 'invoice' });
      expect(kw._metadata.count).toBeGreaterThan(0);
    });
  });

  describe('Messaging Interactions', () => {
    it('returns open and closed conversations; open ones have endTimeL -1', async () => {
      const b = await last30Days(miPath(sim, 'offset=0&limit=100&sort=start:desc&v=2&source=t'));
      expect(b._metadata.count).toBe(250);
      const recs: Any[] = b.conversationHistoryRecords;
      const open = recs.filter((r) => r.info.status === 'OPEN');
      const closed = recs.filter((r) => r.info.status === 'CLOSE');
      expect(open.length).toBeGreaterThanOrEqual(3);
      expect(closed.length).toBeGreaterThan(0);
      expect(open.every((r) => r.info.endTimeL === -1 && r.info.endTime === 'undefined')).toBe(true);
      expect(closed.every((r) => r.info.endTimeL > r.info.startTimeL && r.info.closeReason)).toBe(true);
      expect(recs[0].messageRecords[0]).toMatchObject({
        sentBy: 'Consumer',
        dialogId: recs[0].info.conversationId,
      });
      expect(recs.some((r) => r.unAuthSdes && r.unAuthSdes.events.length > 0)).toBe(true);
      expect(recs.some((r) => r.conversationSurveys.length > 0 && r.info.csatRate >= 1)).toBe(true);
      expect(recs.some((r) => r.transfers.length > 0)).toBe(true);
      const v1 = await last30Days(miPath(sim, 'limit=100&source=t'));
      expect(v1.conversationHistoryRecords.every((r: Any) => r.unAuthSdes === undefined)).toBe(true);
    });

    it('filters by status and honours contentToRetrieve', async () => {
      const b = await last30Days(miPath(sim, 'limit=100&v=2&source=t'), {
        status: ['OPEN'],
        contentToRetrieve: ['sdes'],
      });
      expect(b.conversationHistoryRecords.every((r: Any) => r.info.status === 'OPEN')).toBe(true);
      expect(Object.keys(b.conversationHistoryRecords[0]).sort()).toEqual(['info', 'sdes']);
      expect(
        (
          await post(
            sim,
            miPath(sim, 'limit=10&source=t'),
            { ...window(3), contentToRetrieve: ['bogus'] },
            bearer,
          )
        ).status,
      ).toBe(400);
    });

    it('enforces limit ≤ 100 and a window ≤ 3 months; accepts to = -1', async () => {
      expect((await post(sim, miPath(sim, 'limit=101&source=t'), window(10), bearer)).status).toBe(400);
      expect((await post(sim, miPath(sim, 'limit=10&source=t'), window(94), bearer)).status).toBe(400);
      expect((await post(sim, miPath(sim, 'limit=10&source=t'), window(90), bearer)).status).toBe(200);
      expect((await post(sim, miPath(sim, 'limit=10&source=t'), window(1), bearer)).status).toBe(200);
      const minus = parse(
        await post(sim, miPath(sim, 'limit=10&source=t'), { start: { from: T0 - DAY, to: -1 } }, bearer),
      );
      expect(minus._metadata.count).toBeGreaterThan(0);
      expect((await post(sim, miPath(sim, 'limit=10'), window(1), bearer)).status).toBe(400);
    });

    it('pages over 250 conversations completely and without duplicates', async () => {
      const ids: string[] = [];
      let offset = 0;
      for (;;) {
        const b = await last30Days(miPath(sim, `offset=${offset}&limit=100&sort=start:asc&source=t`));
        ids.push(...b.conversationHistoryRecords.map((r: Any) => r.info.conversationId));
        if (!b._metadata.next) break;
        offset += 100;
      }
      expect(ids).toHaveLength(250);
      expect(new Set(ids).size).toBe(250);
    });

    it('gets conversations by id(s), requires source, ignores unknown ids', async () => {
      const a = sim.data.msgHeader(5).conversationId;
      const c = sim.data.msgHeader(6).conversationId;
      const one = parse(await post(sim, byIdPath(sim, 'source=t'), { conversationId: a }, bearer));
      expect(one._metadata.count).toBe(1);
      expect(one.conversationHistoryRecords[0].info.conversationId).toBe(a);
      const two = parse(
        await post(sim, byIdPath(sim, 'v=2&source=t'), { conversationIds: [a, c, 'nope'] }, bearer),
      );
      expect(two.conversationHistoryRecords.map((r: Any) => r.info.conversationId)).toEqual([a, c]);
      expect((await post(sim, byIdPath(sim, ''), { conversationId: a }, bearer)).status).toBe(400);
      const many = Array.from({ length: 101 }, (_, k) => sim.data.msgHeader(k).conversationId);
      expect((await post(sim, byIdPath(sim, 'source=t'), { conversationIds: many }, bearer)).status).toBe(
        400,
      );
    });

    it('searches by consumer', async () => {
      const h = sim.data.msgHeader(0);
      const pid = sim.data.visitor(h.visitor).participantId;
      const b = parse(
        await post(
          sim,
          `/messaging_history/api/account/${sim.account.accountId}/conversations/consumer/search?limit=100&source=t`,
          { consumer: pid },
          bearer,
        ),
      );
      expect(b._metadata.count).toBeGreaterThanOrEqual(1);
      for (const r of b.conversationHistoryRecords) expect(r.consumerParticipants[0].participantId).toBe(pid);
    });
  });

  describe('determinism and scale', () => {
    it('produces the same bytes for the same seed and different data for another seed', async () => {
      const body = window(30);
      const q = 'offset=20&limit=5&v=2&source=t';
      const a = await startSimulator({ port: 0, seed: 'abc', conversations: 100, now: T0 });
      const b = await startSimulator({ port: 0, seed: 'abc', conversations: 100, now: T0 });
      const c = await startSimulator({ port: 0, seed: 'abd', conversations: 100, now: T0 });
      try {
        const run = async (s: Simulator) => {
          const auth = `Bearer ${s.issueToken()}`;
          const eh = await post(s, ehPath(s, q), body, auth);
          const mi = await post(s, miPath(s, q), body, auth);
          return (eh.body + mi.body).replaceAll(s.url, 'URL');
        };
        const [ra, rb, rc] = [await run(a), await run(b), await run(c)];
        expect(ra).toBe(rb);
        expect(ra).not.toBe(rc);
      } finally {
        await Promise.all([a.close(), b.close(), c.close()]);
      }
    });

    it('serves 100000 conversations per channel without materialising them', async () => {
      const big = await startSimulator({ port: 0, conversations: 100_000, now: T0 });
      try {
        const auth = `Bearer ${big.issueToken()}`;
        const first = parse(await post(big, miPath(big, 'offset=0&limit=100&source=t'), window(30), auth));
        expect(first._metadata.count).toBe(100_000);
        const last = parse(await post(big, miPath(big, 'offset=99900&limit=100&source=t'), window(30), auth));
        expect(last.conversationHistoryRecords).toHaveLength(100);
        expect(last._metadata.next).toBeUndefined();
        const eh = parse(await post(big, ehPath(big, 'offset=50000&limit=100&source=t'), window(30), auth));
        expect(eh._metadata.count).toBe(100_000 - 3);
      } finally {
        await big.close();
      }
    });
  });

  describe('workbench API', () => {
    it('lists live conversations of both channels and serves their widget SDK model', async () => {
      const live = parse(await get(sim, '/__sim/live')).conversations;
      expect(live).toHaveLength(6);
      expect(live.map((c: Any) => c.channel).sort()).toEqual([
        'chat',
        'chat',
        'chat',
        'messaging',
        'messaging',
        'messaging',
      ]);
      const chat = live.find((c: Any) => c.channel === 'chat');
      const cm = parse(await get(sim, `/__sim/widget/chat/${chat.id}`));
      expect(cm.chatInfo).toMatchObject({
        rtSessionId: chat.rtSessionId,
        accountId: sim.account.accountId,
        isMessaging: false,
      });
      expect(cm.visitorInfo.chattingVisitorState).toBe('CHATTING');
      expect(cm.chatTranscript.lines[0]).toMatchObject({ id: '1', type: 'line', source: 'system' });
      expect(cm.campaignInfo.campaignName).toEqual(expect.any(String));
      expect(Object.keys(cm.SDE)).toEqual(
        expect.arrayContaining(['customerDetails', 'personalInfo', 'marketingSource']),
      );
      expect(sim.widgetModel('chat', chat.rtSessionId)).toEqual(cm);

      const msg = live.find((c: Any) => c.channel === 'messaging');
      const mm = parse(await get(sim, `/__sim/widget/messaging/${msg.id}`));
      expect(mm.chatInfo).toMatchObject({ rtSessionId: msg.id, isMessaging: true });
      expect(mm.campaignInfo).toBeUndefined();
      expect(mm.visitorJourney).toBeUndefined();
      expect(mm.surveyQuestions.preChat.phone.value).toMatch(/^[0-9a-f-]{36}$/);
      expect(mm.chattingAgentInfo.agentNickname).toEqual(expect.any(String));
      expect((await get(sim, '/__sim/widget/messaging/unknown')).status).toBe(404);
    });

    it('has a chat whose widget model carries the account-number custom question', () => {
      let found = false;
      for (let i = 0; i < 30 && !found; i++) {
        const m = sim.widgetModel('chat', sim.data.chatHeader(i).engagementId) as Any;
        found = m.surveyQuestions.preChat.customizedQuestions.some(
          (q: Any) => q.displayName === 'What is your Account Number?' && q.value.startsWith('ACC-'),
        );
      }
      expect(found).toBe(true);
    });

    it('exports sample visitors that appear in conversations', async () => {
      const v = parse(await get(sim, '/__sim/visitors?count=20'));
      expect(v).toHaveLength(20);
      expect(new Set(v.map((x: Any) => x.email)).size).toBe(20);
      expect(v[0]).toMatchObject({
        firstName: expect.any(String),
        phone: expect.stringMatching(/^\+1-\d{3}-555-01\d\d$/),
      });
      const emails = new Set(v.map((x: Any) => x.email));
      const b = await last30Days(ehPath(sim, 'limit=100&source=t'));
      const hits = b.interactionHistoryRecords.filter((r: Any) =>
        r.surveys.preChat.some((q: Any) => q.displayName === 'Email' && emails.has(q.value)),
      );
      expect(hits.length).toBeGreaterThan(5);
    });

    it('logs requests with route, source and auth outcome; clears the log', async () => {
      sim.clearRequests();
      await post(sim, ehPath(sim, 'limit=1&source=LogTest'), window(1), bearer);
      await get(sim, '/nowhere');
      const log = parse(await get(sim, '/__sim/requests'));
      expect(log[0]).toMatchObject({
        route: 'engHist.search',
        source: 'LogTest',
        auth: 'bearer',
        authResult: 'ok',
        status: 200,
      });
      expect(log[1]).toMatchObject({ route: 'unknown', status: 404 });
      expect((await rawRequest(`${sim.url}/__sim/requests`, { method: 'DELETE' })).status).toBe(200);
      expect(sim.requests()).toHaveLength(0);
    });

    it('parses command-line flags', () => {
      expect(
        parseArgs([
          '--',
          '--port',
          '0',
          '--account=123',
          '--seed',
          'x',
          '--conversations',
          '10',
          '--fault',
          '503,count=1',
          '--strict-scheme',
        ]),
      ).toEqual({
        port: 0,
        accountId: '123',
        seed: 'x',
        conversations: 10,
        faults: ['503,count=1'],
        acceptHttpsBaseUrl: false,
      });
      expect(() => parseArgs(['--bogus'])).toThrow(/unknown option/);
      expect(() => parseArgs(['--fault', 'explode'])).toThrow(/unknown fault type/);
    });
  });
});
