/**
 * `System.Assert.*`, the legacy `System.assert/assertEquals/assertNotEquals` and `System.debug`.
 * Failures throw `System.AssertException`, which Apex `catch` and `finally` never see.
 */
import { ApexError } from '../lang/errors';
import type { Ctx, NativeClass, NativeFn } from '../interp/native';
import type { Transaction } from '../interp/transaction';
import { strictEquals, type ApexValue } from '../interp/values';
import { typeOfTypeValue } from './type';

function fail(detail: string | null, msg: ApexValue | undefined): never {
  const suffix = msg === undefined || msg === null ? '' : String(msg);
  const parts = ['Assertion Failed', detail, suffix].filter((p): p is string => p !== null && p !== '');
  throw new ApexError('System.AssertException', parts.join(': '));
}

function str(ctx: Ctx, v: ApexValue): string {
  return ctx.toApexString(v);
}

function truthy(v: ApexValue): boolean {
  if (v === null) throw new ApexError('System.NullPointerException', 'Attempt to de-reference a null object');
  return v === true;
}

const areEqual: NativeFn<null> = (ctx, _s, [expected, actual, msg]) => {
  if (!strictEquals(expected ?? null, actual ?? null)) {
    fail(`Expected: ${str(ctx, expected ?? null)}, Actual: ${str(ctx, actual ?? null)}`, msg);
  }
  return null;
};

const areNotEqual: NativeFn<null> = (ctx, _s, [notExpected, actual, msg]) => {
  if (strictEquals(notExpected ?? null, actual ?? null)) fail(`Same value: ${str(ctx, actual ?? null)}`, msg);
  return null;
};

const isTrue: NativeFn<null> = (_ctx, _s, [cond, msg]) => {
  if (!truthy(cond ?? null)) fail(null, msg);
  return null;
};

function instanceCheck(want: boolean): NativeFn<null> {
  return (ctx, _s, [value, type, msg]) => {
    const t = typeOfTypeValue(type ?? null);
    if (!t) throw new ApexError('System.NullPointerException', 'Attempt to de-reference a null object');
    if (ctx.isInstance(value ?? null, t) !== want) {
      fail(
        `${want ? 'Expected instance of' : 'Unexpected instance of'} ${t.name}, Actual: ${str(ctx, value ?? null)}`,
        msg,
      );
    }
    return null;
  };
}

export const AssertClass: NativeClass = {
  name: 'Assert',
  namespace: 'System',
  statics: {
    areequal: areEqual,
    arenotequal: areNotEqual,
    istrue: isTrue,
    isfalse: (_ctx, _s, [cond, msg]) => {
      if (truthy(cond ?? null)) fail(null, msg);
      return null;
    },
    isnull: (ctx, _s, [value, msg]) => {
      if (value !== null) fail(`Expected: null, Actual: ${str(ctx, value)}`, msg);
      return null;
    },
    isnotnull: (_ctx, _s, [value, msg]) => {
      if (value === null) fail('Value is null', msg);
      return null;
    },
    fail: (_ctx, _s, [msg]) => fail(null, msg),
    isinstanceoftype: instanceCheck(true),
    isnotinstanceoftype: instanceCheck(false),
  },
};

/** The assertion and debug statics of `System` (other modules add the rest of `System`). */
export const SystemAssertStatics: NativeClass = {
  name: 'System',
  namespace: 'System',
  statics: {
    assert: isTrue,
    assertequals: areEqual,
    assertnotequals: areNotEqual,
    debug: (ctx, _s, args) => {
      const tx = ctx.tx as Transaction;
      if (!tx.debug) return null;
      const text = ctx.toApexString(args[args.length - 1] ?? null);
      tx.debugLog.push(text);
      console.log(`DEBUG|${text}`);
      return null;
    },
  },
};
