/**
 * Jest globals for the type checker, taken from `@jest/globals` (no `@types/jest` needed).
 * Used by `lwc-ts/**\/__tests__` and `scripts/**\/__tests__` (both tsconfigs include this file).
 */
import type * as JG from '@jest/globals';

type AnyFn = (...args: any[]) => any;

declare global {
  const expect: typeof JG.expect;
  const it: typeof JG.it;
  const test: typeof JG.test;
  const fit: typeof JG.fit;
  const xit: typeof JG.xit;
  const xtest: typeof JG.xtest;
  const describe: typeof JG.describe;
  const xdescribe: typeof JG.xdescribe;
  const fdescribe: typeof JG.fdescribe;
  const beforeAll: typeof JG.beforeAll;
  const beforeEach: typeof JG.beforeEach;
  const afterEach: typeof JG.afterEach;
  const afterAll: typeof JG.afterAll;
  const jest: typeof JG.jest;
  namespace jest {
    type Mock<T extends AnyFn = AnyFn> = JG.jest.Mock<T>;
    type Mocked<T extends object> = JG.jest.Mocked<T>;
    type MockedFunction<T extends AnyFn> = JG.jest.MockedFunction<T>;
    type MockedObject<T extends object> = JG.jest.MockedObject<T>;
    type SpiedFunction<T extends AnyFn> = JG.jest.SpiedFunction<T>;
  }
}

export {};
