/**
 * Types and helpers for workbench Apex handlers: TypeScript twins of our `@AuraEnabled` methods,
 * typed against the GENERATED declarations (`lwc-ts/types/generated/`), so a changed Apex
 * signature breaks `tsc` of scripts. See `registry.ts` for how to add one.
 */
import type { LocalOrg, SObject } from '../org/database';
import type { SimulatorInfo } from '../simulator';

/** What every handler gets besides its parameters. */
export interface ApexContext {
  /** The local org's records (PGlite). */
  org: LocalOrg;
  /** The running LivePerson simulator (base URL and its local account/keys), when there is one. */
  simulator?: SimulatorInfo;
  /** The running user (the seeded admin). */
  user: SObject;
}

/** The parameter object of a generated Apex method type (`{}` for a method without parameters). */
export type ApexParams<F> = F extends (params: infer P) => Promise<unknown>
  ? unknown extends P
    ? Record<string, never>
    : NonNullable<P>
  : never;

/** The resolved result (the DTO) of a generated Apex method type. */
export type ApexResult<F> = F extends (...args: never[]) => Promise<infer R> ? R : never;

/** A handler for one Apex method of generated type `F`. */
export type ApexHandler<F> = (
  params: ApexParams<F>,
  ctx: ApexContext,
) => Promise<ApexResult<F>> | ApexResult<F>;

/** Untyped view used by the registry and the server. */
export type AnyApexHandler = (params: Record<string, unknown>, ctx: ApexContext) => unknown;

/**
 * Declares a handler for the generated Apex method type `F`:
 * `getView: handle<typeof getView>(async (params, { org }) => ...)`.
 */
export function handle<F>(fn: ApexHandler<F>): AnyApexHandler {
  return fn as unknown as AnyApexHandler;
}

/** The handlers of one Apex class: method name → handler. A class module default-exports one. */
export type ApexClassHandlers = Record<string, AnyApexHandler>;

/**
 * Thrown by a handler to answer like an Apex `AuraHandledException`: the component's promise
 * rejects with `{ body: { message }, status: 500 }`, the shape an org sends.
 */
export class AuraHandledException extends Error {
  constructor(
    message: string,
    readonly exceptionType = 'System.AuraHandledException',
  ) {
    super(message);
    this.name = 'AuraHandledException';
  }
}
