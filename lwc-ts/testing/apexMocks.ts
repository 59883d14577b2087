/**
 * Apex in component tests. jest's moduleNameMapper serves every `@salesforce/apex/<Class>.<method>` import
 * from a generated `jest.fn()` (lwc-ts/types/generated/apex-mocks), so a test mocks nothing itself:
 *
 *   apexMock(getCustomizationSettings).mockResolvedValue(dto<CustomizationSettingsView>()(viewJson));
 *
 * Both are typed by the generated declarations: a reply or a fixture that no longer fits the Apex
 * method's result type, or names a field the DTO does not have, fails the type check.
 */

type ApexMethod = (params: never) => Promise<unknown>;
type Call<M> = M extends (...args: infer A) => Promise<infer R> ? (...args: A) => Promise<R> : never;

/** The jest mock behind an imported Apex method. */
export function apexMock<M extends ApexMethod>(method: M): jest.MockedFunction<Call<M>> {
  if (!jest.isMockFunction(method)) {
    throw new Error(
      'apexMock: this Apex import is not the jest mock (see moduleNameMapper in jest.config.js)',
    );
  }
  return method as unknown as jest.MockedFunction<Call<M>>;
}

/** U with no key T lacks, at any depth: extra keys become `never`. */
export type Exactly<T, U> = T extends readonly (infer E)[]
  ? U extends readonly (infer F)[]
    ? readonly Exactly<E, F>[]
    : T
  : T extends object
    ? U extends object
      ? { [K in keyof U]: K extends keyof T ? Exactly<T[K], U[K]> : never }
      : T
    : T;

/**
 * A JSON fixture as DTO `T`: it must fit `T` and may name no field `T` lacks (a renamed or removed DTO
 * field breaks the test that still uses it). Curried so `T` is given and the fixture's type inferred;
 * each call returns a fresh copy, so a test that edits it leaves the next one alone.
 */
export function dto<T>(): <U extends T>(fixture: U & Exactly<T, U>) => T {
  return (fixture) => JSON.parse(JSON.stringify(fixture)) as T;
}
