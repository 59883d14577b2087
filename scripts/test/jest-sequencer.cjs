/**
 * Jest's test order (`testSequencer` in jest.config.js): the slowest suites first, so that the
 * workers finish together instead of one slow suite starting last.
 *
 * Jest's own order uses the durations of earlier runs (its cache); a fresh clone (CI) has none, and
 * jest then orders by file size, which puts a small but slow suite (a browser suite, the validate
 * proof) last. Here a suite's expected duration is jest's cached one, else the one recorded in
 * suite-times.json (the suites of 5 s or more, seconds measured on 2 cores); suites
 * known to neither come after, by file size. Suites that failed last time still come first.
 *
 * `RECORD_SUITE_TIMES=1 npx jest --maxWorkers=3` rewrites suite-times.json from that run (the
 * suites it ran; the others keep their entry while their file exists).
 */
'use strict';

const fs = require('fs');
const path = require('path');
const Sequencer = require('@jest/test-sequencer').default;

const TIMES_FILE = path.join(__dirname, 'suite-times.json');
/** Suites faster than this are ordered by size: recording them would only grow the file. */
const RECORD_MIN_SECONDS = 5;

/** `{ "<path from the repo root>": seconds }` */
function readTimes(file) {
  return fs.existsSync(file) ? JSON.parse(fs.readFileSync(file, 'utf8')) : {};
}

function relativePath(test) {
  return path.relative(test.context.config.rootDir, test.path).split(path.sep).join('/');
}

class SlowFirstSequencer extends Sequencer {
  constructor(...args) {
    super(...args);
    this.timesFile = TIMES_FILE;
    this.recorded = undefined;
  }

  /** Expected duration in ms: jest's cached one, else the recorded one, else undefined. */
  time(test) {
    const cached = super.time(test);
    if (cached != null) return cached;
    this.recorded ??= readTimes(this.timesFile);
    const seconds = this.recorded[relativePath(test)];
    return seconds == null ? undefined : seconds * 1000;
  }

  sort(tests) {
    const size = new Map();
    const sizeOf = (t) => {
      if (!size.has(t.path)) size.set(t.path, t.context.hasteFS.getSize(t.path) ?? 0);
      return size.get(t.path);
    };
    for (const t of tests) t.duration = this.time(t);
    const failed = new Map(tests.map((t) => [t.path, this.hasFailed(t)]));
    return tests.sort((a, b) => {
      if (failed.get(a.path) !== failed.get(b.path)) return failed.get(a.path) ? -1 : 1;
      const known = (a.duration != null) - (b.duration != null);
      if (known !== 0) return -known;
      if (a.duration != null && a.duration !== b.duration) return b.duration - a.duration;
      return sizeOf(b) - sizeOf(a) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);
    });
  }

  cacheResults(tests, results) {
    super.cacheResults(tests, results);
    if (process.env.RECORD_SUITE_TIMES) this.record(tests, results);
  }

  /** Rewrites suite-times.json with the durations of this run. */
  record(tests, results) {
    const byPath = new Map(tests.map((t) => [t.path, t]));
    const times = readTimes(this.timesFile);
    for (const r of results.testResults) {
      const test = byPath.get(r.testFilePath);
      if (!test || r.skipped) continue;
      const seconds = Math.round((r.perfStats.end - r.perfStats.start) / 1000);
      const rel = relativePath(test);
      if (seconds >= RECORD_MIN_SECONDS) times[rel] = seconds;
      else delete times[rel];
    }
    const root = tests[0]?.context.config.rootDir;
    const kept = Object.entries(times)
      .filter(([rel]) => root == null || fs.existsSync(path.join(root, rel)))
      .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : 1));
    fs.writeFileSync(this.timesFile, JSON.stringify(Object.fromEntries(kept), null, 2) + '\n');
  }
}

module.exports = SlowFirstSequencer;
