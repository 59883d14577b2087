/**
 * The `scripts` jest project strips TypeScript with babel-jest (inline config) and can load the
 * TypeScript service modules of `lwc-ts/` — the contract-vector tests rely on it.
 */
import * as fieldPath from '../../../lwc-ts/liveperson/fieldPath/fieldPath';

describe('jest "scripts" project', () => {
  it('imports lwc-ts service modules written in TypeScript', () => {
    expect(Object.keys(fieldPath).length).toBeGreaterThan(0);
  });

  it('maps c/<name> to the lwc-ts source, like the lwc project', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const config = require('../../../jest.config.js') as {
      projects: { displayName: string; moduleNameMapper: Record<string, string> }[];
    };
    const lwc = config.projects.find((p) => p.displayName === 'lwc')!;
    expect(lwc.moduleNameMapper['^c/fieldPath$']).toBe('<rootDir>/lwc-ts/liveperson/fieldPath/fieldPath.ts');
  });
});
