/** Apex exceptions at run time: the exception instance and the JS error that carries it up the stack. */
import { ApexObject, type ApexValue } from './values';
import type { ClassInfo } from './classes';

/** An instance of `System.Exception` or a subclass (built-in or declared in Apex). */
export class ApexExceptionObject extends ApexObject {
  message: string | null = null;
  cause: ApexValue = null;
  lineNumber = 0;
  stackTrace = '';
  /** Extra data from the platform (DmlException rows, QueryException inaccessible fields). */
  details: Record<string, unknown> | undefined;
  constructor(readonly info: ClassInfo) {
    super(info);
  }
}

/** Thrown through the interpreter's JS stack while an Apex exception propagates. */
export class ApexThrow extends Error {
  constructor(readonly exception: ApexExceptionObject) {
    super(`${exception.info.name}: ${exception.message ?? ''}`);
    this.name = 'ApexThrow';
  }
}
