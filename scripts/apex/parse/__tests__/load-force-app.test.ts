/** Every Apex source of the package loads (main, tests, triggers) and the runtime finds its members. */
import * as fs from 'node:fs';
import * as path from 'node:path';
import { ApexRuntime } from '../../interp/runtime';
import { NATIVE_CLASSES } from '../../system/index';
import type { ApexUnit } from '../ast';
import { loadApexDirs } from '../load';

const FORCE_APP = path.resolve(__dirname, '..', '..', '..', '..', 'force-app');

function sourceFiles(dir: string): string[] {
  return fs
    .readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(cls|trigger)$/.test(e.name))
    .map((e) => path.join(e.parentPath, e.name));
}

let units: ApexUnit[];

beforeAll(() => {
  units = loadApexDirs([FORCE_APP]);
}, 120_000);

test('every .cls and .trigger under force-app loads, each declaring the type its file names', () => {
  const files = sourceFiles(FORCE_APP);
  expect(files.length).toBeGreaterThan(78);
  expect(units.map((u) => u.file).sort()).toEqual(files.sort());
  for (const u of units) {
    expect(u.decl.name.toLowerCase()).toBe(
      path
        .basename(u.file)
        .replace(/\.\w+$/, '')
        .toLowerCase(),
    );
  }
  const folders = new Set(units.map((u) => path.relative(FORCE_APP, u.file).split(path.sep)[0]));
  expect([...folders].sort()).toEqual(['main', 'tests']);
  expect(units.filter((u) => u.decl.kind === 'trigger').length).toBeGreaterThanOrEqual(2);
});

test('api versions come from the -meta.xml files', () => {
  for (const u of units) {
    const meta = fs.readFileSync(u.file + '-meta.xml', 'utf8');
    expect(u.apiVersion).toBe(Number(/<apiVersion>([\d.]+)<\/apiVersion>/.exec(meta)?.[1]));
  }
});

test('the runtime registers known classes, methods, test classes and triggers', () => {
  const rt = ApexRuntime.load({ units, natives: NATIVE_CLASSES });
  const classes = new Map(rt.classes().map((c) => [c.name.toLowerCase(), c]));
  const handler = classes.get('eventlogeventhandler');
  expect(handler?.methods).toEqual(
    expect.arrayContaining([expect.objectContaining({ name: 'handle', isStatic: true, params: 1 })]),
  );
  expect(classes.get('livepersonclient')?.isInterface).toBe(false);
  const tests = rt.classes().filter((c) => c.annotations.some((a) => a.name === 'istest'));
  expect(tests.length).toBeGreaterThan(20);
  expect(tests.flatMap((c) => c.methods.filter((m) => m.isTestMethod)).length).toBeGreaterThan(200);
  expect(rt.triggers()).toEqual(
    expect.arrayContaining([
      { name: 'EventLogEventTrigger', sobject: 'Event_Log_Event__e', events: ['after insert'] },
      { name: 'LeadConversionTrigger', sobject: 'Lead', events: ['after update'] },
    ]),
  );
});
