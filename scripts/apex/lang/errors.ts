/**
 * Errors raised by the runtime's TypeScript code (platform, libraries) on behalf of Apex.
 *
 * Library code never builds Apex exception objects: it throws one of these and the interpreter
 * turns it into the Apex exception of that type at the nearest Apex `catch` boundary.
 */

/** An Apex exception raised by platform code: `new ApexError('System.QueryException', 'List has no rows…')`. */
export class ApexError extends Error {
  constructor(
    /** Fully qualified Apex type name, e.g. `System.TypeException`. */
    readonly apexType: string,
    message: string,
    /** Extra data for typed exceptions (DmlException rows, QueryException inaccessible fields …). */
    readonly details?: Record<string, unknown>,
  ) {
    super(message);
    this.name = apexType;
  }
}

/** A governor limit: `System.LimitException`, which Apex `catch` and `finally` never see. */
export class ApexLimitError extends ApexError {
  constructor(message: string) {
    super('System.LimitException', message);
  }
}

/** A feature the offline runtime does not model. Never caught by Apex code; fails the test or call loudly. */
export class NotSupportedError extends Error {
  constructor(feature: string) {
    super(`not supported by the offline runtime: ${feature}`);
    this.name = 'NotSupportedError';
  }
}
