/**
 * How built-in classes (`scripts/apex/system/`) plug into the interpreter.
 *
 * A native class is a plain object: constructors, static and instance methods, static properties.
 * Method names are keys in lower case (Apex is case-insensitive); overloads are resolved inside the
 * function from `args` (count and runtime types). A function may return a value or a Promise.
 * Instance methods get `self`: the JS payload of a `NativeObject`, or the primitive value itself for
 * methods on primitives (`'abc'.length()` → class `String`, self `'abc'`).
 */
import type { ApexValue, TypeRef } from './values';

export type NativeFn<Self = unknown> = (
  ctx: Ctx,
  self: Self,
  args: ApexValue[],
  /** Type arguments where the call site has them (`new List<String>()`, `JSON.deserialize(s, X.class)` passes the Type). */
  typeArgs?: TypeRef[],
) => ApexValue | Promise<ApexValue>;

/** An instance method that only reads its receiver's payload (`getName()`, `getLabel()` …). */
export const getter =
  <S>(get: (self: S) => ApexValue): NativeFn =>
  (_ctx, self) =>
    get(self as S);

export interface NativeClass {
  /** Simple name as declared by Salesforce: `HttpRequest`. */
  name: string;
  /** `System`, `Schema`, `Database`, `Auth` … (`System` names resolve without the prefix). */
  namespace: string;
  /** Qualified parent (exceptions: `System.Exception`). */
  parent?: string;
  /** Qualified interfaces the class implements. */
  interfaces?: string[];
  /** `new X(args)`: returns the value of the new instance (usually a NativeObject). Absent → not constructible. */
  construct?: NativeFn<null>;
  statics?: Record<string, NativeFn<null>>;
  methods?: Record<string, NativeFn>;
  /** Static read-only properties (`Schema.SObjectType`, enum constants): evaluated on read. */
  staticProps?: Record<string, (ctx: Ctx) => ApexValue | Promise<ApexValue>>;
  /** Instance properties read with `x.prop` (no call). */
  props?: Record<string, (ctx: Ctx, self: unknown) => ApexValue>;
  /** Instance properties written with `x.prop = v` (`AsyncOptions.MinimumQueueableDelayInMinutes`). */
  setProps?: Record<string, (ctx: Ctx, self: unknown, value: ApexValue) => void>;
  /** Enum constants, in declaration order (makes the class an enum). */
  enumValues?: string[];
}

/**
 * The interpreter's services available to native code; the interpreter implements it. Add a member
 * here (with its implementation in the interpreter) when a binding needs one.
 */
export interface Ctx {
  /** Calls an instance method by name on any object (Apex or native): `respond`, `compareTo`, `execute`. */
  callMethod(target: ApexValue, name: string, args: ApexValue[]): Promise<ApexValue>;
  /** `new T(args)` for any type: Apex class, native class, collection, sObject. */
  instantiate(type: TypeRef, args: ApexValue[]): Promise<ApexValue>;
  /** The runtime type of a value (`Integer`, `List<String>`, `Account`, `MyClass.Inner`), as Apex names it. */
  typeOf(value: ApexValue): TypeRef;
  /** `value instanceof type` with Apex's rules (inheritance, interfaces, `Object`). */
  isInstance(value: ApexValue, type: TypeRef): boolean;
  /** `String.valueOf(value)` / string concatenation, for every kind of value. */
  toApexString(value: ApexValue): string;
  /** Declared instance fields of an Apex class, in declaration order (JSON, `String.valueOf` of objects). */
  fieldsOf(type: TypeRef): { name: string; type: TypeRef; isTransient: boolean }[] | undefined;
  /** Converts a value to a declared type on assignment (Integer → Decimal, String → Id …); throws TypeException when it cannot. */
  coerce(value: ApexValue, type: TypeRef): ApexValue;
  /** Measures the heap now (plus `extra`, values about to be returned) and enforces its limit; absent in fakes. */
  checkHeap?(extra?: ApexValue[]): number;
  /** A large value was just made (a callout response, a parse): counted, and the heap limit enforced when passed. */
  allocated?(value: ApexValue): void;
  /** The current transaction: limits, running user, clock, test context, record store. Typed by the interpreter. */
  readonly tx: unknown;
}
