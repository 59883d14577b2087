/** Argument checks shared by the primitive and collection bindings. */
import { ApexBlob } from '../lang/blob';
import { ApexError, NotSupportedError } from '../lang/errors';
import type { Ctx } from '../interp/native';
import type { ApexValue, TypeRef } from '../interp/values';

export function nullPointer(): ApexError {
  return new ApexError('System.NullPointerException', 'Attempt to de-reference a null object');
}

/** Apex resolves overloads at compile time; a call shape we do not bind is a runtime gap, never a guess. */
export function unsupportedOverload(method: string, args: ApexValue[]): NotSupportedError {
  return new NotSupportedError(`${method} with ${args.length} argument(s) of these types`);
}

/** An argument of the type `is` accepts, which Apex dereferences: null → NullPointerException. */
function derefArg<T extends ApexValue>(
  args: ApexValue[],
  i: number,
  method: string,
  is: (v: ApexValue) => v is T,
): T {
  const v = args[i];
  if (v === null || v === undefined) throw nullPointer();
  if (!is(v)) throw unsupportedOverload(method, args);
  return v;
}

export function stringArg(args: ApexValue[], i: number, method: string): string {
  return derefArg(args, i, method, (v): v is string => typeof v === 'string');
}

export function intArg(args: ApexValue[], i: number, method: string): number {
  return derefArg(args, i, method, (v): v is number => typeof v === 'number');
}

export function boolArg(args: ApexValue[], i: number, method: string): boolean {
  return derefArg(args, i, method, (v): v is boolean => typeof v === 'boolean');
}

export function blobArg(args: ApexValue[], i: number, method: string): ApexBlob {
  return derefArg(args, i, method, (v): v is ApexBlob => v instanceof ApexBlob);
}

export function arity(method: string, args: ApexValue[], ...allowed: number[]): void {
  if (!allowed.includes(args.length)) throw unsupportedOverload(method, args);
}

const OBJECT = 'object';

/** Converts a value to a collection's declared element/key type (`List<Decimal>.add(5)`, `Map<Id, X>.get('001…')`). */
export function coerceTo(ctx: Ctx, v: ApexValue, type: TypeRef): ApexValue {
  if (v === null || type.name.toLowerCase() === OBJECT) return v;
  return ctx.coerce(v, type);
}
