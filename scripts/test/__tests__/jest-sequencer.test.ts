/**
 * Jest's test order on a fresh clone and after: the recorded slow suites first (jest's own cached
 * durations win once there are some), failed ones before all, the rest by file size; and the
 * recording of suite-times.json.
 */
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

interface FakeTest {
  path: string;
  duration?: number;
  context: { config: Record<string, unknown>; hasteFS: { getSize(p: string): number } };
}
interface Sequencer {
  timesFile: string;
  sort(tests: FakeTest[]): FakeTest[];
  cacheResults(tests: FakeTest[], results: unknown): void;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const SlowFirstSequencer = require('../jest-sequencer.cjs') as new () => Sequencer;

const REPO = path.resolve(__dirname, '..', '..', '..');
let dir: string;
let sizes: Record<string, number>;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'jest-sequencer-'));
  sizes = {};
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Test files under a scratch root, `name` → size in bytes, all in one jest project. */
function project(files: Record<string, number>, cache = false): FakeTest[] {
  const config = { rootDir: dir, cache, cacheDirectory: path.join(dir, '.cache'), id: 'p', haste: {} };
  fs.mkdirSync(config.cacheDirectory, { recursive: true });
  // one context per project, shared by its tests (jest keeps its duration cache per context)
  const context = { config, hasteFS: { getSize: (p: string) => sizes[p] } };
  return Object.entries(files).map(([name, size]) => {
    const file = path.join(dir, name);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '');
    sizes[file] = size;
    return { path: file, context };
  });
}

function sequencer(times: Record<string, number>): Sequencer {
  const s = new SlowFirstSequencer();
  s.timesFile = path.join(dir, 'suite-times.json');
  fs.writeFileSync(s.timesFile, JSON.stringify(times));
  return s;
}

const names = (tests: FakeTest[]) => tests.map((t) => path.relative(dir, t.path));

function results(outcomes: Record<string, { seconds: number; failed?: boolean }>) {
  return {
    testResults: Object.entries(outcomes).map(([name, o]) => ({
      testFilePath: path.join(dir, name),
      skipped: false,
      numFailingTests: o.failed ? 1 : 0,
      perfStats: { start: 1000, end: 1000 + o.seconds * 1000, runtime: o.seconds * 1000 },
    })),
  };
}

describe('jest-sequencer order', () => {
  it('starts the recorded slow suites first, longest first, then the others by size', () => {
    const tests = project({
      'big.test.ts': 9000,
      'slow.test.ts': 100,
      'slower.test.ts': 200,
      'mid.test.ts': 500,
    });
    const order = sequencer({ 'slow.test.ts': 40, 'slower.test.ts': 90 }).sort(tests);
    expect(names(order)).toEqual(['slower.test.ts', 'slow.test.ts', 'big.test.ts', 'mid.test.ts']);
  });

  it("prefers jest's cached durations to the recorded ones, and starts last run's failures first", () => {
    const tests = project({ 'a.test.ts': 1, 'b.test.ts': 1, 'c.test.ts': 1, 'd.test.ts': 1 }, true);
    const first = sequencer({ 'a.test.ts': 90, 'b.test.ts': 10 });
    first.sort(tests);
    first.cacheResults(
      tests,
      results({
        'a.test.ts': { seconds: 5 },
        'b.test.ts': { seconds: 60 },
        'c.test.ts': { seconds: 1, failed: true },
        'd.test.ts': { seconds: 30 },
      }),
    );
    const again = sequencer({ 'a.test.ts': 90, 'b.test.ts': 10 });
    expect(
      names(again.sort(project({ 'a.test.ts': 1, 'b.test.ts': 1, 'c.test.ts': 1, 'd.test.ts': 1 }, true))),
    ).toEqual(['c.test.ts', 'b.test.ts', 'd.test.ts', 'a.test.ts']);
  });
});

describe('jest-sequencer recording (RECORD_SUITE_TIMES)', () => {
  const saved = process.env.RECORD_SUITE_TIMES;
  afterEach(() => {
    if (saved === undefined) delete process.env.RECORD_SUITE_TIMES;
    else process.env.RECORD_SUITE_TIMES = saved;
  });

  it('writes the suites of 5 s or more, slowest first, and keeps the entries of suites not run that still exist', () => {
    const tests = project({ 'a.test.ts': 1, 'b.test.ts': 1, 'c.test.ts': 1, 'kept.test.ts': 1 });
    const s = sequencer({ 'c.test.ts': 50, 'kept.test.ts': 7, 'gone.test.ts': 30 });
    process.env.RECORD_SUITE_TIMES = '1';
    s.cacheResults(
      tests.slice(0, 3),
      results({
        'a.test.ts': { seconds: 12.4 },
        'b.test.ts': { seconds: 45.6 },
        'c.test.ts': { seconds: 2 },
      }),
    );
    expect(fs.readFileSync(s.timesFile, 'utf8')).toBe(
      JSON.stringify({ 'b.test.ts': 46, 'a.test.ts': 12, 'kept.test.ts': 7 }, null, 2) + '\n',
    );
  });

  it('leaves the file alone without RECORD_SUITE_TIMES', () => {
    delete process.env.RECORD_SUITE_TIMES;
    const tests = project({ 'a.test.ts': 1 });
    const s = sequencer({ 'a.test.ts': 50 });
    s.cacheResults(tests, results({ 'a.test.ts': { seconds: 9 } }));
    expect(JSON.parse(fs.readFileSync(s.timesFile, 'utf8'))).toEqual({ 'a.test.ts': 50 });
  });
});

describe('scripts/test/suite-times.json', () => {
  const times = JSON.parse(
    fs.readFileSync(path.join(REPO, 'scripts/test/suite-times.json'), 'utf8'),
  ) as Record<string, number>;

  // A suite moved or removed since only loses its hint (ordered by size); the next recording drops it.
  it('holds whole seconds of 5 or more, slowest first, for test files of the two projects', () => {
    const entries = Object.entries(times);
    expect(entries.length).toBeGreaterThan(0);
    for (const [rel, seconds] of entries) {
      expect(rel).toMatch(/^(scripts|lwc-ts)\/.*\/__tests__\/.*\.test\.ts$/);
      expect(Number.isInteger(seconds) && seconds >= 5).toBe(true);
    }
    const seconds = entries.map(([, s]) => s);
    expect(seconds).toEqual([...seconds].sort((a, b) => b - a));
  });
});
