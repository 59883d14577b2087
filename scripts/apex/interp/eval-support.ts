/**
 * What the interpreter's layers pass between them: a statement's completion, an expression's value
 * (or a type name), the null of a `?.` chain; and the checks every layer shares.
 */
import type { Expr } from '../parse/ast';
import { ApexError, ApexLimitError } from '../lang/errors';
import { nullPointer } from './arith';
import { ApexThrow } from './exception-object';
import type { Handle } from './handles';
import type { Frame } from './scope';
import type { ApexValue, TypeRef } from './values';

export type Completion =
  undefined | { kind: 'break' } | { kind: 'continue' } | { kind: 'return'; value: ApexValue };
export type Evaluated = ApexValue | Handle;
/** What a `new` builds from: argument values (native code, `Type.newInstance`) or the creator expression. */
export type ConstructFrom =
  | { kind: 'values'; args: ApexValue[] }
  | { kind: 'creator'; expr: Extract<Expr, { kind: 'new' }>; frame: Frame };
/** A `?.` met null further down a member chain: the whole chain is null (apex-semantics §2, safe navigation). */
export const NULL_CHAIN = Symbol('null chain');
export type Chained = Evaluated | typeof NULL_CHAIN;
export const endChain = (v: Chained): Evaluated => (v === NULL_CHAIN ? null : v);

const UNCATCHABLE = new Set(['system.limitexception', 'system.assertexception']);
export const OBJECT: TypeRef = { name: 'Object' };

/** An error Apex `catch` never sees: limits, assertion failures, runtime gaps, JS bugs. */
export function isUncatchable(err: unknown): boolean {
  if (err instanceof ApexThrow) return UNCATCHABLE.has(err.exception.info.name.toLowerCase());
  if (err instanceof ApexError)
    return err instanceof ApexLimitError || UNCATCHABLE.has(err.apexType.toLowerCase());
  return true;
}

export function checkBoolean(v: ApexValue): boolean {
  if (v === null) throw nullPointer();
  if (typeof v !== 'boolean') throw new ApexError('System.TypeException', 'Condition must be a Boolean');
  return v;
}

/** The source text of a name or member chain, for messages. */
export function exprText(e: Expr): string {
  switch (e.kind) {
    case 'name':
      return e.name;
    case 'field':
      return `${exprText(e.target)}.${e.name}`;
    default:
      return e.kind;
  }
}
