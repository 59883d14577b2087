/** The committed Apex fixture static resource is exactly what `npm run lp:fixtures` produces. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { captureFixtures, FIXTURE_META, FIXTURE_META_PATH, FIXTURE_PATH, fixturesToJson } from '../fixtures';

const ROOT = path.resolve(__dirname, '..', '..', '..');

describe('LivePersonApiFixtures static resource', () => {
  it('is up to date (run `npm run lp:fixtures` when this fails)', async () => {
    const fixtures = await captureFixtures();
    const committed = readFileSync(path.join(ROOT, FIXTURE_PATH), 'utf8');
    expect(committed).toBe(fixturesToJson(fixtures));
    expect(readFileSync(path.join(ROOT, FIXTURE_META_PATH), 'utf8')).toBe(FIXTURE_META);
  });

  it('covers success, paging, auth failures and every fault with raw bodies', () => {
    const all = JSON.parse(readFileSync(path.join(ROOT, FIXTURE_PATH), 'utf8')) as Record<
      string,
      { status: number; headers: Record<string, string>; body: string }
    >;
    const expected: Record<string, number> = {
      'sentinel.token': 200,
      'csds.all': 200,
      'skills.list': 200,
      'engHist.search.page1': 200,
      'engHist.search.page2': 200,
      'msgHist.search.page1': 200,
      'msgHist.search.page2': 200,
      'msgHist.conversation.byId': 200,
      'auth.bearer.expired': 401,
      'auth.oauth1.signatureInvalid': 401,
      'fault.403': 403,
      'fault.429': 429,
      'fault.500': 500,
      'fault.503': 503,
      'fault.malformed': 200,
      'fault.truncated': 200,
    };
    for (const [name, status] of Object.entries(expected)) {
      expect({ name, status: all[name]?.status }).toEqual({ name, status });
    }
    for (const f of Object.values(all)) {
      expect(typeof f.body).toBe('string');
      expect(f.headers['content-type']).toEqual(expect.any(String));
    }
    const p1 = JSON.parse(all['engHist.search.page1']!.body);
    const p2 = JSON.parse(all['engHist.search.page2']!.body);
    expect(p1._metadata.next.href).toBe(p2._metadata.self.href);
    expect(all['fault.429']!.headers['retry-after']).toBe('2');
  });
});
