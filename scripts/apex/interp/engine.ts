/**
 * The interpreter proper, bound to one transaction: evaluates expressions, executes statements,
 * invokes methods and constructors, and implements `Ctx` for native code. Async throughout.
 */
import type { Expr, MethodDecl, CtorDecl, Stmt, PropertyDecl, FieldDecl } from '../parse/ast';
import { ApexError, ApexLimitError, NotSupportedError } from '../lang/errors';
import { Decimal } from '../lang/decimal';
import { ApexDouble } from '../lang/numbers';
import { ApexDate, ApexDatetime } from '../lang/temporal';
import { convertExpressionContext } from '../parse/load';
import { SCRIPT_THROWN } from '../system/exceptions';
import { apexHashCode } from '../system/hash-code';
import { typeValue } from '../system/type';
import { arithmetic, bitwise, compareNumbers, negate, nullPointer, type ArithOp, type BitOp } from './arith';
import type { ClassInfo, Initialiser } from './classes';
import { ApexExceptionObject, ApexThrow } from './exception-object';
import { isHandle, NamespaceHandle, TypeHandle, type Handle } from './handles';
import type { Ctx, NativeClass } from './native';
import type { AccessMode, ExecutionMode, SharingMode } from './platform';
import type { Registry, ResolvedType } from './registry';
import { measureHeap } from './heap';
import { type Frame, Scope } from './scope';
import { toApexString } from './strings';
import type { Transaction } from './transaction';
import { castValue, coerceValue, isInstance, methodClassName, simpleKey, typeOfValue } from './typing';
import {
  apexEquals,
  ApexEnumValue,
  ApexList,
  ApexMap,
  ApexObject,
  ApexSet,
  ApexSObject,
  NativeObject,
  strictEquals,
  type ApexValue,
  type TypeRef,
} from './values';

type Completion = undefined | { kind: 'break' } | { kind: 'continue' } | { kind: 'return'; value: ApexValue };
type Evaluated = ApexValue | Handle;
/** A `?.` met null further down a member chain: the whole chain is null (apex-semantics §2, safe navigation). */
const NULL_CHAIN = Symbol('null chain');
type Chained = Evaluated | typeof NULL_CHAIN;
const endChain = (v: Chained): Evaluated => (v === NULL_CHAIN ? null : v);

const UNCATCHABLE = new Set(['system.limitexception', 'system.assertexception']);
const OBJECT: TypeRef = { name: 'Object' };

/** An error Apex `catch` never sees: limits, assertion failures, runtime gaps, JS bugs. */
export function isUncatchable(err: unknown): boolean {
  if (err instanceof ApexThrow) return UNCATCHABLE.has(err.exception.info.name.toLowerCase());
  if (err instanceof ApexError)
    return err instanceof ApexLimitError || UNCATCHABLE.has(err.apexType.toLowerCase());
  return true;
}

function checkBoolean(v: ApexValue): boolean {
  if (v === null) throw nullPointer();
  if (typeof v !== 'boolean') throw new ApexError('System.TypeException', 'Condition must be a Boolean');
  return v;
}

/**
 * Built-in statics that turn their arguments into text. Only these get the `toString()` pre-pass:
 * running an override elsewhere would be a side effect Apex does not have.
 */
function printsArguments(nc: NativeClass, method: string): boolean {
  const cls = `${nc.namespace}.${nc.name}`.toLowerCase();
  if (cls === 'system.string') return ['valueof', 'join', 'format'].includes(method);
  return cls === 'system.system' && method === 'debug';
}

/** Whether any loaded class declares `toString()` (most programs: none, and no pre-pass is needed). */
const declaresToString = new WeakMap<Registry, boolean>();

/** Fewest statements between two heap walks; a walk of n values waits HEAP_WALK_PACE × n statements. */
const HEAP_WALK_MIN_STEPS = 1000;
const HEAP_WALK_PACE = 2;

export class Engine implements Ctx {
  readonly frames: Frame[] = [];
  private steps = 0;
  private nextHeapWalk = HEAP_WALK_MIN_STEPS;
  /** Bytes of the last heap walk, and bytes `allocated` since. */
  private heapMeasured = 0;
  private heapAllocated = 0;
  /** `toString()` results of the Apex objects a native call received, innermost call last. */
  private readonly printedStack: Map<ApexObject, string>[] = [];

  constructor(
    readonly reg: Registry,
    readonly tx: Transaction,
  ) {}

  // ---------------------------------------------------------------------------------------------
  // Ctx

  async callMethod(target: ApexValue, name: string, args: ApexValue[]): Promise<ApexValue> {
    return this.invokeOn(target, name, args, this.frames[this.frames.length - 1]?.line ?? 0);
  }

  async instantiate(type: TypeRef, args: ApexValue[]): Promise<ApexValue> {
    return this.construct(type, { kind: 'values', args }, this.currentClass());
  }

  typeOf(value: ApexValue): TypeRef {
    return typeOfValue(value);
  }

  isInstance(value: ApexValue, type: TypeRef): boolean {
    return isInstance(this.reg, value, type);
  }

  toApexString(value: ApexValue): string {
    return toApexString(value, {
      concat: false,
      fieldsOf: (o) => this.instanceFieldNames(o),
      printed: (o) => this.printedStack[this.printedStack.length - 1]?.get(o),
    });
  }

  fieldsOf(type: TypeRef): { name: string; type: TypeRef; isTransient: boolean }[] | undefined {
    const r = this.reg.resolve(type.name, this.currentClass());
    if (r?.kind !== 'apex') return undefined;
    return this.instanceFields(r.cls).map((f) => ({
      name: f.name,
      type: f.type,
      isTransient: f.mods.isTransient,
    }));
  }

  coerce(value: ApexValue, type: TypeRef): ApexValue {
    return coerceValue(this.reg, value, type);
  }

  private currentClass(): ClassInfo | null {
    return this.frames[this.frames.length - 1]?.cls ?? null;
  }

  private instanceFields(cls: ClassInfo): (FieldDecl | PropertyDecl)[] {
    const chain: ClassInfo[] = [];
    for (let c: ClassInfo | null = cls; c; c = this.reg.superclassOf(c)) chain.unshift(c);
    return chain.flatMap((c) => [...c.fields.values()].filter((f) => !f.mods.isStatic));
  }

  private instanceFieldNames(o: ApexObject): string[] {
    const cls = o.cls as ClassInfo;
    if (!cls.fields) return [];
    return this.instanceFields(cls).map((f) => f.name);
  }

  /**
   * Measures the heap now (interp/heap.ts): walks statics, every frame's locals and `this`, and
   * `extra`. Also run every few thousand statements, paced by the size of the last walk so the
   * cost of measuring stays a small share of the work measured.
   */
  checkHeap(extra: ApexValue[] = []): number {
    const measured = measureHeap(this.heapRoots(extra));
    this.nextHeapWalk = this.steps + Math.max(HEAP_WALK_MIN_STEPS, HEAP_WALK_PACE * measured.nodes);
    this.heapAllocated = 0;
    this.heapMeasured = measured.bytes;
    this.tx.limits.measure('heapSize', measured.bytes);
    return measured.bytes;
  }

  /**
   * A large value was just made (a callout's response, a parse): its size is added to what was
   * allocated since the last walk; once that passes the limit with the last measure, or a
   * twentieth of the limit on its own, the heap is measured at once (the moment of a peak) and
   * the limit enforced. Many small values cost their own size only.
   */
  allocated(value: ApexValue): void {
    this.heapAllocated += measureHeap([value]).bytes;
    const limit = this.tx.limits.limit('heapSize');
    if (this.heapMeasured + this.heapAllocated > limit || this.heapAllocated > limit / 20)
      this.checkHeap([value]);
  }

  private *heapRoots(extra: ApexValue[]): Generator<ApexValue> {
    for (const state of this.tx.statics.values()) yield* state.fields.values();
    for (const frame of this.frames) {
      if (frame.self) yield frame.self;
      yield* frame.scope.values();
    }
    yield* extra;
  }

  // ---------------------------------------------------------------------------------------------
  // Frames, exceptions

  private stackTrace(): string {
    return [...this.frames]
      .reverse()
      .map((f) => `Class.${f.cls.name}.${f.method}: line ${f.line}, column 1`)
      .join('\n');
  }

  /** A new exception instance of a class (built-in or Apex), positioned at the current line. */
  private newExceptionObject(cls: ClassInfo): ApexExceptionObject {
    const ex = new ApexExceptionObject(cls);
    ex.lineNumber = this.frames[this.frames.length - 1]?.line ?? 0;
    ex.stackTrace = this.stackTrace();
    return ex;
  }

  /** The Apex exception for a platform `ApexError`. */
  exceptionFromError(err: ApexError): ApexExceptionObject {
    let cls = this.reg.builtinException(err.apexType);
    if (!cls) {
      const r = this.reg.resolve(err.apexType, null);
      if (r?.kind === 'apex' && this.reg.isException(r.cls)) cls = r.cls;
    }
    if (!cls) throw new NotSupportedError(`the exception type ${err.apexType}`);
    const ex = this.newExceptionObject(cls);
    ex.message = err.message;
    ex.details = err.details;
    return ex;
  }

  private async withFrame<T>(frame: Frame, run: () => Promise<T>): Promise<T> {
    this.frames.push(frame);
    this.tx.classStack.push({ cls: frame.cls, sharing: frame.sharing });
    try {
      return await run();
    } catch (err) {
      // A platform error becomes an Apex exception where it happened (line, stack).
      if (err instanceof ApexError && !isUncatchable(err)) throw new ApexThrow(this.exceptionFromError(err));
      throw err;
    } finally {
      this.frames.pop();
      this.tx.classStack.pop();
    }
  }

  private sharingFor(cls: ClassInfo): SharingMode {
    let c: ClassInfo = cls;
    const caller = this.frames[this.frames.length - 1]?.sharing;
    switch (c.mods.sharing) {
      case 'with':
        return 'with';
      case 'without':
        return 'without';
      case 'inherited':
        return caller ?? 'with';
      default:
        if (c.apiVersion >= 67) return 'with';
        c = cls;
        return caller ?? 'without';
    }
  }

  private frameFor(cls: ClassInfo, self: ApexObject | null, method: string, line: number): Frame {
    return { cls, self, scope: new Scope(null), method, sharing: this.sharingFor(cls), line };
  }

  // ---------------------------------------------------------------------------------------------
  // Classes: static state, members

  async ensureStatics(cls: ClassInfo): Promise<Map<string, ApexValue>> {
    const existing = this.tx.statics.get(cls);
    if (existing) return existing.fields;
    const fields = new Map<string, ApexValue>();
    this.tx.statics.set(cls, { fields });
    const sup = this.reg.superclassOf(cls);
    if (sup) await this.ensureStatics(sup);
    for (const init of cls.staticInit) if (init.kind !== 'init') fields.set(init.name.toLowerCase(), null);
    if (cls.staticInit.length > 0) {
      const frame = this.frameFor(cls, null, '<clinit>', cls.decl?.loc.line ?? 0);
      await this.withFrame(frame, () => this.runInitialisers(cls.staticInit, frame, fields));
    }
    return fields;
  }

  private async runInitialisers(
    inits: Initialiser[],
    frame: Frame,
    store: Map<string, ApexValue>,
  ): Promise<void> {
    for (const init of inits) {
      if (init.kind === 'init') {
        frame.line = init.loc.line;
        await this.execBlockIn(init.body, frame);
      } else if (init.kind === 'field' && init.init) {
        frame.line = init.loc.line;
        const v = await this.evalValue(init.init, frame);
        store.set(init.name.toLowerCase(), this.coerce(v, init.type));
      } else {
        store.set(init.name.toLowerCase(), null);
      }
    }
  }

  /** A field or property declared on `cls` or a superclass. */
  private findField(
    cls: ClassInfo,
    name: string,
  ): { owner: ClassInfo; decl: FieldDecl | PropertyDecl } | undefined {
    const key = name.toLowerCase();
    for (let c: ClassInfo | null = cls; c; c = this.reg.superclassOf(c)) {
      const decl = c.fields.get(key);
      if (decl) return { owner: c, decl };
    }
    return undefined;
  }

  private async readMember(
    owner: ClassInfo,
    decl: FieldDecl | PropertyDecl,
    self: ApexObject | null,
    frame: Frame,
  ): Promise<ApexValue> {
    const store = decl.mods.isStatic ? await this.ensureStatics(owner) : self?.fields;
    if (!store) throw nullPointer();
    const key = decl.name.toLowerCase();
    if (decl.kind === 'property' && decl.getter && decl.getter.body !== 'auto' && frame.accessorOf !== key) {
      const body = decl.getter.body;
      const f: Frame = {
        ...this.frameFor(owner, decl.mods.isStatic ? null : self, `get_${decl.name}`, body.loc.line),
        accessorOf: key,
      };
      return this.withFrame(f, async () => {
        const c = await this.exec(body, f);
        return c?.kind === 'return' ? c.value : null;
      });
    }
    return store.get(key) ?? null;
  }

  private async writeMember(
    owner: ClassInfo,
    decl: FieldDecl | PropertyDecl,
    self: ApexObject | null,
    value: ApexValue,
    frame: Frame,
  ): Promise<void> {
    const store = decl.mods.isStatic ? await this.ensureStatics(owner) : self?.fields;
    if (!store) throw nullPointer();
    const key = decl.name.toLowerCase();
    const v = this.coerce(value, decl.type);
    if (decl.kind === 'property' && decl.setter && decl.setter.body !== 'auto' && frame.accessorOf !== key) {
      const body = decl.setter.body;
      const f: Frame = {
        ...this.frameFor(owner, decl.mods.isStatic ? null : self, `set_${decl.name}`, body.loc.line),
        accessorOf: key,
      };
      f.scope.declare('value', decl.type, v);
      await this.withFrame(f, () => this.exec(body, f));
      return;
    }
    store.set(key, v);
  }

  // ---------------------------------------------------------------------------------------------
  // Methods

  private applicable(params: { type: TypeRef }[], args: ApexValue[], from: ClassInfo): number {
    let score = 0;
    for (let i = 0; i < params.length; i++) {
      const a = args[i];
      const t = params[i].type;
      if (a === null) continue;
      const key = simpleKey(t.name);
      if (key === 'object') continue;
      const actual = simpleKey(typeOfValue(a).name);
      if (actual === key) score += 3;
      else if (this.isAssignable(a, t, from)) score += 1;
      else return -1;
    }
    return score;
  }

  private isAssignable(a: ApexValue, t: TypeRef, from: ClassInfo): boolean {
    const key = simpleKey(t.name);
    const rankOrder = ['integer', 'long', 'double', 'decimal'];
    const actual = simpleKey(typeOfValue(a).name);
    if (rankOrder.includes(key) && rankOrder.includes(actual))
      return rankOrder.indexOf(actual) <= rankOrder.indexOf(key);
    if (key === 'id' && typeof a === 'string') return true;
    if (key === 'datetime' && a instanceof ApexDate) return true;
    const r = this.reg.resolve(t.name, from);
    if (r?.kind === 'apex') return isInstance(this.reg, a, { name: r.cls.name });
    return isInstance(this.reg, a, t);
  }

  /** Picks the overload for the runtime arguments: matching arity, then the most specific. */
  private pick<T extends { params: { type: TypeRef }[] }>(
    cands: T[],
    args: ApexValue[],
    from: ClassInfo,
  ): T | undefined {
    const sameArity = cands.filter((c) => c.params.length === args.length);
    if (sameArity.length <= 1) return sameArity[0];
    let best: T | undefined;
    let bestScore = -1;
    for (const c of sameArity) {
      const s = this.applicable(c.params, args, from);
      if (s > bestScore) {
        best = c;
        bestScore = s;
      }
    }
    return best;
  }

  /** A method by name along the class chain from `cls` (virtual dispatch starts at the runtime class). */
  private findMethod(
    cls: ClassInfo,
    name: string,
    args: ApexValue[],
    wantStatic: boolean | null,
  ): { owner: ClassInfo; decl: MethodDecl } | undefined {
    const key = name.toLowerCase();
    for (let c: ClassInfo | null = cls; c; c = this.reg.superclassOf(c)) {
      const list = c.methods.get(key);
      if (!list) continue;
      const usable = list.filter(
        (m) => m.body !== null && (wantStatic === null || m.mods.isStatic === wantStatic),
      );
      const m = this.pick(usable, args, c);
      if (m) return { owner: c, decl: m };
    }
    return undefined;
  }

  async invokeMethod(
    owner: ClassInfo,
    decl: MethodDecl,
    self: ApexObject | null,
    args: ApexValue[],
  ): Promise<ApexValue> {
    if (decl.mods.isStatic) await this.ensureStatics(owner);
    if (!decl.body) throw new NotSupportedError(`calling the abstract method ${owner.name}.${decl.name}`);
    const body = decl.body;
    const frame = this.frameFor(owner, decl.mods.isStatic ? null : self, decl.name, decl.loc.line);
    decl.params.forEach((p, i) => frame.scope.declare(p.name, p.type, this.coerce(args[i] ?? null, p.type)));
    return this.withFrame(frame, async () => {
      const c = await this.exec(body, frame);
      const value = c?.kind === 'return' ? c.value : null;
      // `return [SELECT …];` in a method declared to return one sObject is a single-row assignment.
      return decl.returnType && value !== null ? this.coerce(value, decl.returnType) : value;
    });
  }

  /** Calls a method on any value: Apex objects (virtual), exceptions, enums, natives by runtime kind. */
  async invokeOn(target: ApexValue, name: string, args: ApexValue[], line: number): Promise<ApexValue> {
    void line;
    if (target === null) throw nullPointer();
    const key = name.toLowerCase();
    if (target instanceof ApexObject && target.cls && (target.cls as ClassInfo).methods) {
      const cls = target.cls as ClassInfo;
      const found = this.findMethod(cls, name, args, false);
      if (found) return this.invokeMethod(found.owner, found.decl, target, args);
      for (let c: ClassInfo | null = cls; c; c = this.reg.superclassOf(c)) {
        const fn = c.nativeMethods?.[key];
        if (fn) return fn(this, target, args);
      }
      return this.objectMethod(target, key, args, cls.name);
    }
    if (target instanceof ApexEnumValue) {
      if (key === 'name') return target.name;
      if (key === 'ordinal') return target.ordinal;
      return this.objectMethod(target, key, args, target.type);
    }
    const className = methodClassName(target);
    const nc = this.reg.native(className);
    const fn = nc?.methods?.[key];
    if (fn && key === 'tostring')
      return this.withPrinted([target], () =>
        fn(this, target instanceof NativeObject ? target.payload : target, args),
      );
    if (fn) return fn(this, target instanceof NativeObject ? target.payload : target, args);
    return this.objectMethod(target, key, args, className);
  }

  private async objectMethod(
    target: ApexValue,
    key: string,
    args: ApexValue[],
    typeName: string,
  ): Promise<ApexValue> {
    switch (key) {
      case 'equals':
        if (target instanceof ApexObject && !target.equalsHook) return target === args[0];
        return strictEquals(target, args[0]);
      case 'hashcode':
        return apexHashCode(target);
      case 'tostring':
        return this.stringOf(target, false);
    }
    throw new NotSupportedError(`method ${typeName}.${key}()`);
  }

  /** String conversion that honours an Apex `toString()` override. */
  private async stringOf(v: ApexValue, concat: boolean): Promise<string> {
    if (v instanceof ApexObject && !(v instanceof ApexExceptionObject) && (v.cls as ClassInfo).methods) {
      const m = this.findMethod(v.cls as ClassInfo, 'toString', [], false);
      if (m) {
        const s = await this.invokeMethod(m.owner, m.decl, v, []);
        return s === null ? 'null' : String(s);
      }
    }
    return this.withPrinted([v], () =>
      toApexString(v, {
        concat,
        fieldsOf: (o) => this.instanceFieldNames(o),
        printed: (o) => this.printedStack[this.printedStack.length - 1]?.get(o),
      }),
    );
  }

  private anyToString(): boolean {
    let has = declaresToString.get(this.reg);
    if (has === undefined) {
      has = this.reg.allClasses().some((c) => c.methods.get('tostring')?.some((m) => m.params.length === 0));
      declaresToString.set(this.reg, has);
    }
    return has;
  }

  /**
   * Runs native code with the `toString()` overrides of the Apex objects in `values` (inside
   * collections and fields too) computed first: `Ctx.toApexString` is synchronous and cannot run Apex.
   */
  private async withPrinted<T>(values: ApexValue[], run: () => T | Promise<T>): Promise<T> {
    if (!this.anyToString()) return run();
    const printed = new Map<ApexObject, string>();
    const seen = new Set<unknown>();
    const visit = async (v: ApexValue): Promise<void> => {
      if (v === null || typeof v !== 'object' || seen.has(v)) return;
      seen.add(v);
      if (v instanceof ApexList) for (const x of v.items) await visit(x);
      else if (v instanceof ApexSet) for (const x of v.values()) await visit(x);
      else if (v instanceof ApexMap) {
        for (const [k, x] of v.entries()) {
          await visit(k);
          await visit(x);
        }
      } else if (
        v instanceof ApexObject &&
        !(v instanceof ApexExceptionObject) &&
        (v.cls as ClassInfo).methods
      ) {
        const m = this.findMethod(v.cls as ClassInfo, 'toString', [], false);
        if (!m) for (const x of v.fields.values()) await visit(x);
        else {
          const s = await this.invokeMethod(m.owner, m.decl, v, []);
          printed.set(v, s === null ? 'null' : String(s));
        }
      }
    };
    for (const v of values) await visit(v);
    this.printedStack.push(printed);
    try {
      return await run();
    } finally {
      this.printedStack.pop();
    }
  }

  // ---------------------------------------------------------------------------------------------
  // Construction

  private async construct(
    type: TypeRef,
    how:
      | { kind: 'values'; args: ApexValue[] }
      | { kind: 'creator'; expr: Extract<Expr, { kind: 'new' }>; frame: Frame },
    from: ClassInfo | null,
  ): Promise<ApexValue> {
    const key = simpleKey(type.name);
    const creator = how.kind === 'creator' ? how.expr.creator : null;
    const frame = how.kind === 'creator' ? how.frame : null;
    if (key === 'list' || key === 'set' || key === 'map') {
      if (creator && creator.kind !== 'args') return this.collectionLiteral(type, creator, frame!);
      const args =
        creator?.kind === 'args'
          ? await this.evalArgs(creator.args, frame!)
          : how.kind === 'values'
            ? how.args
            : [];
      return this.newCollection(type, args);
    }
    const resolved = this.reg.resolve(type.name, from);
    if (!resolved) throw new NotSupportedError(`new ${type.name}(): unknown type`);
    if (resolved.kind === 'sobject') {
      const pairs: [string, ApexValue][] = [];
      if (creator?.kind === 'fields') {
        for (const p of creator.pairs) pairs.push([p.name, await this.evalValue(p.value, frame!)]);
      } else if (creator?.kind === 'args' && creator.args.length > 0) {
        throw new NotSupportedError(`new ${type.name}(…) with positional arguments`);
      }
      if (!this.reg.platform) throw new NotSupportedError('sObjects without a platform');
      return this.reg.platform.newSObject(this, resolved.name, pairs);
    }
    const args =
      how.kind === 'values'
        ? how.args
        : creator?.kind === 'args'
          ? await this.evalArgs(creator.args, frame!)
          : creator?.kind === 'fields'
            ? await this.evalArgs(
                creator.pairs.map((p) => ({
                  kind: 'assign',
                  loc: p.value.loc,
                  op: '=',
                  target: { kind: 'name', loc: p.value.loc, name: p.name },
                  value: p.value,
                })),
                frame!,
              )
            : [];
    if (resolved.kind === 'native') {
      if (!resolved.nc.construct) throw new NotSupportedError(`new ${type.name}()`);
      return resolved.nc.construct(this, null, args, type.args);
    }
    return this.newApexObject(resolved.cls, args);
  }

  async newApexObject(cls: ClassInfo, args: ApexValue[]): Promise<ApexObject> {
    if (cls.kind !== 'class') throw new NotSupportedError(`instantiating the ${cls.kind} ${cls.name}`);
    await this.ensureStatics(cls);
    const isException = this.reg.isException(cls);
    const obj = isException ? this.newExceptionObject(cls) : new ApexObject(cls);
    this.installHooks(obj, cls);
    await this.runConstructor(cls, obj, args);
    return obj;
  }

  private installHooks(obj: ApexObject, cls: ClassInfo): void {
    const eq = this.findMethod(cls, 'equals', [null], false);
    const hc = this.findMethod(cls, 'hashCode', [], false);
    if (!eq || !hc) return;
    // Set/Map hashing is synchronous: hooks run only methods whose bodies need no awaiting platform work.
    obj.equalsHook = () => {
      throw new NotSupportedError(`${cls.name}.equals() used by == or a Set/Map key`);
    };
    obj.hashHook = () => {
      throw new NotSupportedError(`${cls.name}.hashCode() used by a Set/Map key`);
    };
  }

  private async runConstructor(cls: ClassInfo, obj: ApexObject, args: ApexValue[]): Promise<void> {
    if (cls.isBuiltin) {
      this.initBuiltinException(cls, obj as ApexExceptionObject, args);
      return;
    }
    const ctor = this.pick(cls.ctors, args, cls);
    if (!ctor) {
      const sup = this.reg.superclassOf(cls);
      const implicitException = sup && this.reg.isException(cls) && args.length <= 2;
      if (cls.ctors.length > 0 && !implicitException) {
        throw new NotSupportedError(`constructor ${cls.name}(${args.length} arguments)`);
      }
      if (args.length > 0 && !implicitException)
        throw new NotSupportedError(`constructor ${cls.name}(${args.length} arguments)`);
      if (sup) await this.runConstructor(sup, obj, implicitException ? args : []);
      await this.runInstanceInit(cls, obj);
      return;
    }
    await this.runCtorDecl(cls, ctor, obj, args);
  }

  private async runCtorDecl(
    cls: ClassInfo,
    ctor: CtorDecl,
    obj: ApexObject,
    args: ApexValue[],
  ): Promise<void> {
    const frame = this.frameFor(cls, obj, '<init>', ctor.loc.line);
    ctor.params.forEach((p, i) => frame.scope.declare(p.name, p.type, this.coerce(args[i] ?? null, p.type)));
    await this.withFrame(frame, async () => {
      const body = ctor.body.kind === 'block' ? ctor.body.body : [ctor.body];
      const first = body[0];
      let rest = body;
      const chain = first?.kind === 'expr' && first.expr.kind === 'ctorChain' ? first.expr : null;
      if (chain) {
        rest = body.slice(1);
        frame.line = chain.loc.line;
        const chainArgs = await this.evalArgs(chain.args, frame);
        if (chain.which === 'this') {
          const other = this.pick(cls.ctors, chainArgs, cls);
          if (!other) throw new NotSupportedError(`this(${chainArgs.length} arguments) in ${cls.name}`);
          await this.runCtorDecl(cls, other, obj, chainArgs);
        } else {
          const sup = this.reg.superclassOf(cls);
          if (!sup) throw new NotSupportedError(`super(…) in ${cls.name} without a superclass`);
          await this.runConstructor(sup, obj, chainArgs);
          await this.runInstanceInit(cls, obj);
        }
      } else {
        const sup = this.reg.superclassOf(cls);
        if (sup) await this.runConstructor(sup, obj, []);
        await this.runInstanceInit(cls, obj);
      }
      for (const s of rest) {
        const c = await this.exec(s, frame);
        if (c) break;
      }
    });
  }

  private async runInstanceInit(cls: ClassInfo, obj: ApexObject): Promise<void> {
    for (const init of cls.instanceInit)
      if (init.kind !== 'init') obj.fields.set(init.name.toLowerCase(), null);
    if (cls.instanceInit.some((i) => i.kind === 'init' || (i.kind === 'field' && i.init))) {
      const frame = this.frameFor(cls, obj, '<init>', cls.decl?.loc.line ?? 0);
      await this.withFrame(frame, () => this.runInitialisers(cls.instanceInit, frame, obj.fields));
    }
  }

  /** The four implicit exception constructors: (), (String), (Exception), (String, Exception). */
  private initBuiltinException(cls: ClassInfo, ex: ApexExceptionObject, args: ApexValue[]): void {
    void cls;
    const [a, b] = args;
    if (args.length === 0) ex.message = SCRIPT_THROWN;
    else if (args.length === 1 && a instanceof ApexExceptionObject) {
      ex.cause = a;
      ex.message = toApexString(a, { concat: false, fieldsOf: () => [] });
    } else {
      ex.message = a === null ? null : typeof a === 'string' ? a : this.toApexString(a);
      if (args.length === 2) ex.cause = b;
    }
    if (ex.info.name.toLowerCase() === 'system.aurahandledexception') ex.message = SCRIPT_THROWN;
  }

  private newCollection(type: TypeRef, args: ApexValue[]): ApexValue | Promise<ApexValue> {
    const nc = this.reg.native(type.name);
    if (nc?.construct) return nc.construct(this, null, args, type.args);
    if (args.length > 0) throw new NotSupportedError(`new ${type.name}(…) with arguments`);
    return this.emptyCollection(type);
  }

  private emptyCollection(type: TypeRef): ApexValue {
    const key = simpleKey(type.name);
    const [a, b] = type.args ?? [];
    if (key === 'list') return new ApexList(a ?? OBJECT);
    if (key === 'set') return new ApexSet(a ?? OBJECT);
    return new ApexMap(a ?? OBJECT, b ?? OBJECT);
  }

  private async collectionLiteral(
    type: TypeRef,
    creator: Exclude<Extract<Expr, { kind: 'new' }>['creator'], { kind: 'args' }>,
    frame: Frame,
  ): Promise<ApexValue> {
    const coll = this.emptyCollection(type);
    const [elem, valueType] = type.args ?? [];
    if (creator.kind === 'arraySize') {
      const n = await this.evalValue(creator.size, frame);
      if (typeof n !== 'number') throw nullPointer();
      (coll as ApexList).items = new Array<ApexValue>(n).fill(null);
      return coll;
    }
    if (creator.kind === 'map') {
      if (!(coll instanceof ApexMap)) throw new NotSupportedError(`map initialiser for ${type.name}`);
      for (const p of creator.pairs) {
        const k = this.coerce(await this.evalValue(p.key, frame), elem ?? OBJECT);
        coll.set(k, this.coerce(await this.evalValue(p.value, frame), valueType ?? OBJECT));
      }
      return coll;
    }
    if (creator.kind === 'fields') throw new NotSupportedError(`named arguments for ${type.name}`);
    for (const item of creator.items) {
      const v = this.coerce(await this.evalValue(item, frame), elem ?? OBJECT);
      if (coll instanceof ApexList) coll.items.push(v);
      else if (coll instanceof ApexSet) coll.add(v);
      else throw new NotSupportedError(`list initialiser for ${type.name}`);
    }
    return coll;
  }

  // ---------------------------------------------------------------------------------------------
  // Statements

  private async execBlockIn(s: Stmt, frame: Frame): Promise<Completion> {
    return this.exec(s, frame);
  }

  private withScope<T>(frame: Frame, run: () => Promise<T>): Promise<T> {
    const saved = frame.scope;
    frame.scope = new Scope(saved);
    return run().finally(() => {
      frame.scope = saved;
    });
  }

  async exec(s: Stmt, f: Frame): Promise<Completion> {
    f.line = s.loc.line;
    if (++this.steps % 1000 === 0) {
      this.tx.countCpu();
      if (this.steps >= this.nextHeapWalk) this.checkHeap();
    }
    switch (s.kind) {
      case 'block':
        return this.withScope(f, async () => {
          for (const st of s.body) {
            const c = await this.exec(st, f);
            if (c) return c;
          }
          return undefined;
        });
      case 'local':
        for (const v of s.vars) {
          const value = v.init ? this.coerce(await this.evalValue(v.init, f), s.type) : null;
          f.scope.declare(v.name, s.type, value);
        }
        return undefined;
      case 'expr':
        await this.evalExpr(s.expr, f);
        return undefined;
      case 'if':
        if (checkBoolean(await this.evalValue(s.cond, f))) return this.execNested(s.then, f);
        return s.else ? this.execNested(s.else, f) : undefined;
      case 'while':
        while (checkBoolean(await this.evalValue(s.cond, f))) {
          const c = s.body ? await this.execNested(s.body, f) : undefined;
          if (c?.kind === 'break') break;
          if (c?.kind === 'return') return c;
        }
        return undefined;
      case 'doWhile':
        do {
          const c = await this.execNested(s.body, f);
          if (c?.kind === 'break') break;
          if (c?.kind === 'return') return c;
        } while (checkBoolean(await this.evalValue(s.cond, f)));
        return undefined;
      case 'for':
        return this.withScope(f, async () => {
          if (s.init && !Array.isArray(s.init)) await this.exec(s.init, f);
          else if (s.init) for (const e of s.init) await this.evalExpr(e, f);
          while (!s.cond || checkBoolean(await this.evalValue(s.cond, f))) {
            const c = s.body ? await this.execNested(s.body, f) : undefined;
            if (c?.kind === 'break') break;
            if (c?.kind === 'return') return c;
            for (const u of s.update) await this.evalExpr(u, f);
          }
          return undefined;
        });
      case 'forEach':
        return this.execForEach(s, f);
      case 'return':
        return { kind: 'return', value: s.expr ? await this.evalValue(s.expr, f) : null };
      case 'break':
        return { kind: 'break' };
      case 'continue':
        return { kind: 'continue' };
      case 'throw': {
        const v = await this.evalValue(s.expr, f);
        if (v === null) throw nullPointer();
        if (!(v instanceof ApexExceptionObject))
          throw new ApexError('System.TypeException', 'Only exceptions can be thrown');
        throw new ApexThrow(v);
      }
      case 'try':
        return this.execTry(s, f);
      case 'switch':
        return this.execSwitch(s, f);
      case 'dml':
        return this.execDml(s, f);
      case 'runAs': {
        const args = await this.evalArgs(s.args, f);
        if (!this.tx.runAs) throw new NotSupportedError('System.runAs outside an Apex test');
        let completion: Completion;
        await this.tx.runAs(args[0] ?? null, async () => {
          completion = await this.execNested(s.body, f);
        });
        return completion;
      }
    }
  }

  private execNested(s: Stmt, f: Frame): Promise<Completion> {
    if (s.kind === 'block') return this.exec(s, f);
    return this.withScope(f, () => this.exec(s, f));
  }

  private async execForEach(s: Extract<Stmt, { kind: 'forEach' }>, f: Frame): Promise<Completion> {
    const iterable = await this.evalValue(s.iterable, f);
    if (iterable === null) throw nullPointer();
    let items: ApexValue[];
    if (iterable instanceof ApexList) {
      const loopIsList = simpleKey(s.type.name) === 'list' && s.iterable.kind === 'soql';
      if (loopIsList) {
        items = [];
        for (let i = 0; i < iterable.items.length; i += 200) {
          items.push(new ApexList(iterable.elementType, iterable.items.slice(i, i + 200)));
        }
      } else items = [...iterable.items];
    } else if (iterable instanceof ApexSet) items = [...iterable.values()];
    else return this.iterateIterator(s, f, iterable);
    for (const item of items) {
      const c = await this.withScope(f, async () => {
        f.scope.declare(s.name, s.type, this.coerce(item, s.type));
        return s.body ? this.execNested(s.body, f) : undefined;
      });
      if (c?.kind === 'break') break;
      if (c?.kind === 'return') return c;
    }
    return undefined;
  }

  private async iterateIterator(
    s: Extract<Stmt, { kind: 'forEach' }>,
    f: Frame,
    iterable: ApexValue,
  ): Promise<Completion> {
    const it = await this.invokeOn(iterable, 'iterator', [], f.line);
    while (checkBoolean(await this.invokeOn(it, 'hasNext', [], f.line))) {
      const item = await this.invokeOn(it, 'next', [], f.line);
      const c = await this.withScope(f, async () => {
        f.scope.declare(s.name, s.type, this.coerce(item, s.type));
        return s.body ? this.execNested(s.body, f) : undefined;
      });
      if (c?.kind === 'break') break;
      if (c?.kind === 'return') return c;
    }
    return undefined;
  }

  private async execTry(s: Extract<Stmt, { kind: 'try' }>, f: Frame): Promise<Completion> {
    let completion: Completion;
    let pending: unknown;
    let hasPending = false;
    try {
      completion = await this.execNested(s.body, f);
    } catch (err) {
      if (isUncatchable(err)) throw err;
      const ex = err instanceof ApexThrow ? err.exception : this.exceptionFromError(err as ApexError);
      const clause = s.catches.find((c) => this.catches(c.type, ex, f.cls));
      if (clause) {
        try {
          completion = await this.withScope(f, () => {
            f.scope.declare(clause.name, clause.type, ex);
            return this.execNested(clause.body, f);
          });
        } catch (err2) {
          if (isUncatchable(err2)) throw err2;
          pending = err2;
          hasPending = true;
        }
      } else {
        pending = err instanceof ApexThrow ? err : new ApexThrow(ex);
        hasPending = true;
      }
    }
    if (s.finally) {
      const fc = await this.execNested(s.finally, f);
      if (fc) return fc;
    }
    if (hasPending) throw pending;
    return completion;
  }

  private catches(type: TypeRef, ex: ApexExceptionObject, from: ClassInfo): boolean {
    const key = simpleKey(type.name);
    if (key === 'exception') return true;
    const r = this.reg.resolve(type.name, from);
    if (r?.kind !== 'apex') throw new NotSupportedError(`catch of the unknown type ${type.name}`);
    for (let c: ClassInfo | null = ex.info; c; c = this.reg.superclassOf(c)) if (c === r.cls) return true;
    return false;
  }

  private async execSwitch(s: Extract<Stmt, { kind: 'switch' }>, f: Frame): Promise<Completion> {
    const v = await this.evalValue(s.expr, f);
    for (const w of s.whens) {
      const value = w.value;
      let matched = false;
      if (value.kind === 'else') matched = true;
      else if (value.kind === 'type') {
        if (isInstance(this.reg, v, this.qualify(value.type, f.cls))) {
          return this.withScope(f, () => {
            f.scope.declare(value.name, value.type, v);
            return this.execNested(w.body, f);
          });
        }
      } else {
        matched = value.values.some((lit) => {
          switch (lit.kind) {
            case 'null':
              return v === null;
            case 'integer':
              return typeof v === 'number'
                ? v === lit.value
                : typeof v === 'bigint' && v === BigInt(lit.value);
            case 'long':
              return typeof v === 'bigint' && v === lit.value;
            case 'string':
              return typeof v === 'string' && v === lit.value;
            case 'name':
              return (
                v instanceof ApexEnumValue &&
                v.name.toLowerCase() === lit.parts[lit.parts.length - 1].toLowerCase()
              );
          }
          return false;
        });
      }
      if (matched) return this.execNested(w.body, f);
    }
    return undefined;
  }

  /** A type name as written in `from`, made absolute (inner classes get their outer prefix). */
  private qualify(t: TypeRef, from: ClassInfo): TypeRef {
    const r = this.reg.resolve(t.name, from);
    if (r?.kind === 'apex') return { ...t, name: r.cls.name };
    return t;
  }

  private mode(f: Frame, access: AccessMode): ExecutionMode {
    return { access, sharing: f.sharing, apiVersion: f.cls.apiVersion };
  }

  private async execDml(s: Extract<Stmt, { kind: 'dml' }>, f: Frame): Promise<Completion> {
    if (!this.reg.platform) throw new NotSupportedError('DML without a platform');
    const value = await this.evalValue(s.expr, f);
    if (value === null) throw nullPointer();
    const mergeWith = s.mergeWith ? await this.evalValue(s.mergeWith, f) : null;
    await this.reg.platform.dml(this, {
      op: s.op,
      value,
      upsertField: s.upsertField,
      mergeWith,
      mode: this.mode(f, s.access ?? 'default'),
    });
    return undefined;
  }

  // ---------------------------------------------------------------------------------------------
  // Expressions

  async evalValue(e: Expr, f: Frame): Promise<ApexValue> {
    const v = await this.evalExpr(e, f);
    if (isHandle(v)) throw new NotSupportedError(`using the type name '${exprText(e)}' as a value`);
    return v;
  }

  private async evalArgs(args: Expr[], f: Frame): Promise<ApexValue[]> {
    const out: ApexValue[] = [];
    for (const a of args) out.push(await this.evalValue(a, f));
    return out;
  }

  /** Evaluates an expression converted from the parser (SOQL binds) in the frame of the query. */
  async evalBind(ctx: Parameters<typeof convertExpressionContext>[0], f: Frame): Promise<ApexValue> {
    return this.evalValue(convertExpressionContext(ctx, f.cls.file), f);
  }

  async evalExpr(e: Expr, f: Frame): Promise<Evaluated> {
    switch (e.kind) {
      case 'literal':
        return this.literal(e);
      case 'name':
        return this.evalName(e, f);
      case 'this':
        if (!f.self) throw new NotSupportedError('this in a static context');
        return f.self;
      case 'super':
        throw new NotSupportedError('super outside a method call');
      case 'field':
        return endChain(await this.evalField(e, f));
      case 'call':
        return endChain(await this.evalCall(e, f));
      case 'ctorChain':
        throw new NotSupportedError(`${e.which}(…) outside the first statement of a constructor`);
      case 'index':
        return endChain(await this.evalIndex(e, f));
      case 'new':
        return this.construct(this.qualifyNew(e.type, f), { kind: 'creator', expr: e, frame: f }, f.cls);
      case 'cast':
        return castValue(this.reg, await this.evalValue(e.expr, f), this.qualify(e.type, f.cls));
      case 'instanceof':
        return isInstance(this.reg, await this.evalValue(e.expr, f), this.qualify(e.type, f.cls));
      case 'unary': {
        const v = await this.evalValue(e.expr, f);
        if (e.op === '!') return !checkBoolean(v);
        if (e.op === '-') return negate(v);
        if (e.op === '+') {
          if (v === null) throw nullPointer();
          return v;
        }
        if (v === null) throw nullPointer();
        if (typeof v === 'number') return ~v;
        if (typeof v === 'bigint') return BigInt.asIntN(64, ~v);
        throw new ApexError('System.TypeException', 'Operator ~ requires an Integer or Long');
      }
      case 'incdec': {
        const old = await this.evalValue(e.target, f);
        const next = arithmetic(e.op === '++' ? '+' : '-', old, 1);
        await this.assignTo(e.target, next, f);
        return e.prefix ? next : old;
      }
      case 'binary':
        return this.evalBinary(e, f);
      case 'ternary':
        return checkBoolean(await this.evalValue(e.cond, f))
          ? this.evalExpr(e.then, f)
          : this.evalExpr(e.else, f);
      case 'assign':
        return this.evalAssign(e, f);
      case 'classLit':
        return typeValue(this.qualify(e.type, f.cls));
      case 'soql':
      case 'sosl': {
        if (!this.reg.platform) throw new NotSupportedError('SOQL without a platform');
        return this.reg.platform.query(this, {
          kind: e.kind,
          ctx: e.ctx,
          mode: this.mode(f, 'default'),
          bind: (x) => this.evalBind(x, f),
        });
      }
    }
  }

  private qualifyNew(t: TypeRef, f: Frame): TypeRef {
    const key = simpleKey(t.name);
    if (key === 'list' || key === 'set' || key === 'map') return t;
    return this.qualify(t, f.cls);
  }

  private literal(e: Extract<Expr, { kind: 'literal' }>): ApexValue {
    switch (e.type) {
      case 'Decimal':
        return Decimal.valueOf(e.value as string);
      case 'Double':
        return new ApexDouble(Number(e.value));
      default:
        return e.value as ApexValue;
    }
  }

  private async evalName(e: Extract<Expr, { kind: 'name' }>, f: Frame): Promise<Evaluated> {
    const local = f.scope.lookup(e.name);
    if (local) return local.value;
    const key = e.name.toLowerCase();
    const member = this.memberInScope(key, f);
    if (member)
      return this.readMember(member.owner, member.decl, member.decl.mods.isStatic ? null : f.self, f);
    return this.resolveTypeName(e.name, f.cls);
  }

  /** A field or property visible by simple name: the class chain, then outer classes' statics. */
  private memberInScope(
    key: string,
    f: Frame,
  ): { owner: ClassInfo; decl: FieldDecl | PropertyDecl } | undefined {
    const start = f.self ? (f.self.cls as ClassInfo) : f.cls;
    const own = this.findField(f.cls, key) ?? (start !== f.cls ? this.findField(start, key) : undefined);
    if (own && (own.decl.mods.isStatic || f.self)) return own;
    for (let o = f.cls.outer; o; o = o.outer) {
      const found = this.findField(o, key);
      if (found?.decl.mods.isStatic) return found;
    }
    return undefined;
  }

  private resolveTypeName(name: string, from: ClassInfo): Handle {
    const r = this.reg.resolve(name, from);
    if (r) return new TypeHandle(r);
    if (this.reg.namespaces.has(name.toLowerCase())) return new NamespaceHandle(name);
    throw new NotSupportedError(`the name '${name}' (${from.file})`);
  }

  /** The target of a member access, index or call: NULL_CHAIN when a `?.` inside it met null. */
  private async chainTarget(t: Expr, f: Frame): Promise<Chained> {
    switch (t.kind) {
      case 'field':
        return this.evalField(t, f);
      case 'call':
        return this.evalCall(t, f);
      case 'index':
        return this.evalIndex(t, f);
      default:
        return this.evalExpr(t, f);
    }
  }

  private async evalIndex(e: Extract<Expr, { kind: 'index' }>, f: Frame): Promise<Chained> {
    const target = await this.chainTarget(e.target, f);
    if (target === NULL_CHAIN) return NULL_CHAIN;
    if (isHandle(target))
      throw new NotSupportedError(`using the type name '${exprText(e.target)}' as a value`);
    const index = await this.evalValue(e.index, f);
    if (target === null) throw nullPointer();
    if (target instanceof ApexList) {
      if (index === null) throw nullPointer();
      return target.at(Number(index));
    }
    if (target instanceof ApexMap) return target.get(index);
    throw new NotSupportedError('indexing a value that is not a List');
  }

  private async evalField(e: Extract<Expr, { kind: 'field' }>, f: Frame): Promise<Chained> {
    let target = await this.chainTarget(e.target, f);
    if (target === NULL_CHAIN) return NULL_CHAIN;
    // `[SELECT Name FROM X LIMIT 1].Name`: a field read on a query is a single-row assignment
    // (apex-semantics §3: `?.` on a query with no rows gives null instead of the QueryException).
    if (e.target.kind === 'soql' && target instanceof ApexList) {
      if (e.safe && target.items.length === 0) return NULL_CHAIN;
      target = this.coerce(target, { name: 'SObject' });
    }
    if (target instanceof TypeHandle) return this.staticMember(target.type, e.name, f);
    if (target instanceof NamespaceHandle) return this.resolveTypeName(`${target.ns}.${e.name}`, f.cls);
    if (target === null) {
      if (e.safe) return NULL_CHAIN;
      if (this.isSObjectRead(e.target)) return null;
      throw nullPointer();
    }
    if (target instanceof ApexSObject) {
      e.memo = { sobject: true };
      return this.readSObjectField(target, e.name);
    }
    return this.readProperty(target, e.name, f);
  }

  /** `c.Account.Name` reads null through a null parent: the target is itself an sObject field read. */
  private isSObjectRead(e: Expr): boolean {
    return e.kind === 'field' && (e.memo as { sobject?: boolean } | undefined)?.sobject === true;
  }

  private async readProperty(target: ApexValue, name: string, f: Frame): Promise<ApexValue> {
    if (target instanceof ApexSObject) return this.readSObjectField(target, name);
    if (target instanceof ApexObject && (target.cls as ClassInfo).fields) {
      const found = this.findField(target.cls as ClassInfo, name);
      if (found) return this.readMember(found.owner, found.decl, target, f);
      throw new NotSupportedError(`field ${(target.cls as ClassInfo).name}.${name}`);
    }
    const nc = this.reg.native(methodClassName(target));
    const prop = nc?.props?.[name.toLowerCase()];
    if (prop) return prop(this, target instanceof NativeObject ? target.payload : target);
    throw new NotSupportedError(`property ${methodClassName(target)}.${name}`);
  }

  readSObjectField(rec: ApexSObject, name: string): ApexValue {
    const key = name.toLowerCase();
    if (rec.queried && key !== 'id' && !rec.fields.has(key) && !rec.queried.has(key)) {
      throw new ApexError(
        'System.SObjectException',
        `SObject row was retrieved via SOQL without querying the requested field: ${rec.type}.${name}`,
      );
    }
    // A checkbox is never null on an sObject: unset, it reads false.
    if (!rec.fields.has(key) && this.reg.platform?.fieldType(rec.type, name)?.name === 'Boolean')
      return false;
    return rec.read(name);
  }

  private async staticMember(t: ResolvedType, name: string, f: Frame): Promise<Evaluated> {
    const key = name.toLowerCase();
    if (t.kind === 'apex') {
      const cls = t.cls;
      if (cls.kind === 'enum') {
        const i = cls.enumConstants.findIndex((c) => c.toLowerCase() === key);
        if (i >= 0) return new ApexEnumValue(cls.name, cls.enumConstants[i], i);
      }
      const field = this.findField(cls, key);
      if (field?.decl.mods.isStatic) return this.readMember(field.owner, field.decl, null, f);
      const inner = this.reg.resolve(name, cls);
      if (inner?.kind === 'apex' && inner.cls.outer) return new TypeHandle(inner);
      throw new NotSupportedError(`static member ${cls.name}.${name}`);
    }
    if (t.kind === 'native') {
      const nc = t.nc;
      const prop = nc.staticProps?.[key];
      if (prop) return prop(this);
      const i = nc.enumValues?.findIndex((c) => c.toLowerCase() === key) ?? -1;
      if (i >= 0) return new ApexEnumValue(`${nc.namespace}.${nc.name}`, nc.enumValues![i], i);
      const qualified =
        this.reg.resolve(`${nc.name}.${name}`, null) ??
        this.reg.resolve(`${nc.namespace}.${nc.name}.${name}`, null);
      if (qualified) return new TypeHandle(qualified);
      if (nc.namespace.toLowerCase() === 'system' && this.reg.namespaces.has(nc.name.toLowerCase())) {
        return this.resolveTypeName(`${nc.name}.${name}`, f.cls);
      }
      throw new NotSupportedError(`static member ${nc.namespace}.${nc.name}.${name}`);
    }
    if (!this.reg.platform) throw new NotSupportedError('sObjects without a platform');
    return this.reg.platform.sobjectStatic(this, t.name, name, null);
  }

  private async evalCall(e: Extract<Expr, { kind: 'call' }>, f: Frame): Promise<Chained> {
    if (e.target === null) return this.callUnqualified(e, f);
    if (e.target.kind === 'super') {
      if (!f.self) throw new NotSupportedError('super.method() in a static context');
      const sup = this.reg.superclassOf(f.cls);
      const args = await this.evalArgs(e.args, f);
      const found = sup ? this.findMethod(sup, e.name, args, false) : undefined;
      if (found) return this.invokeMethod(found.owner, found.decl, f.self, args);
      if (sup) {
        for (let c: ClassInfo | null = sup; c; c = this.reg.superclassOf(c)) {
          const fn = c.nativeMethods?.[e.name.toLowerCase()];
          if (fn) return fn(this, f.self, args);
        }
      }
      return this.objectMethod(f.self, e.name.toLowerCase(), args, f.cls.name);
    }
    const target = await this.chainTarget(e.target, f);
    if (target === NULL_CHAIN) return NULL_CHAIN;
    if (target instanceof TypeHandle)
      return this.callStatic(target.type, e.name, await this.evalArgs(e.args, f), f);
    if (target instanceof NamespaceHandle) {
      throw new NotSupportedError(`the method ${target.ns}.${e.name}()`);
    }
    if (target === null) {
      if (e.safe) return NULL_CHAIN;
      throw nullPointer();
    }
    const args = await this.evalArgs(e.args, f);
    f.line = e.loc.line;
    return this.invokeOn(target, e.name, args, e.loc.line);
  }

  private async callUnqualified(e: Extract<Expr, { kind: 'call' }>, f: Frame): Promise<ApexValue> {
    const args = await this.evalArgs(e.args, f);
    f.line = e.loc.line;
    if (f.self) {
      const found = this.findMethod(f.self.cls as ClassInfo, e.name, args, null);
      if (found) return this.invokeMethod(found.owner, found.decl, f.self, args);
    }
    for (let c: ClassInfo | null = f.cls; c; c = c.outer) {
      const found = this.findMethod(c, e.name, args, c === f.cls && f.self ? null : true);
      if (found) {
        if (!found.decl.mods.isStatic && !f.self)
          throw new NotSupportedError(`instance method ${e.name} from a static context`);
        return this.invokeMethod(found.owner, found.decl, found.decl.mods.isStatic ? null : f.self, args);
      }
    }
    // Methods a class inherits from a built-in parent (an exception's getMessage()).
    if (f.self instanceof ApexExceptionObject) return this.invokeOn(f.self, e.name, args, e.loc.line);
    throw new NotSupportedError(`the method ${e.name}(${args.length} arguments) in ${f.cls.name}`);
  }

  async callStatic(t: ResolvedType, name: string, args: ApexValue[], f: Frame | null): Promise<ApexValue> {
    const key = name.toLowerCase();
    if (t.kind === 'apex') {
      const cls = t.cls;
      if (cls.kind === 'enum') {
        if (key === 'values') {
          return new ApexList(
            { name: cls.name },
            cls.enumConstants.map((c, i) => new ApexEnumValue(cls.name, c, i)),
          );
        }
        if (key === 'valueof') {
          const i = cls.enumConstants.findIndex((c) => c === args[0]);
          if (i < 0)
            throw new ApexError(
              'System.NoSuchElementException',
              `No enum constant ${cls.name}.${String(args[0])}`,
            );
          return new ApexEnumValue(cls.name, cls.enumConstants[i], i);
        }
      }
      const found = this.findMethod(cls, name, args, true);
      if (!found)
        throw new NotSupportedError(`the static method ${cls.name}.${name}(${args.length} arguments)`);
      return this.invokeMethod(found.owner, found.decl, null, args);
    }
    if (t.kind === 'native') {
      const fn = t.nc.statics?.[key];
      if (!fn) throw new NotSupportedError(`the static method ${t.nc.namespace}.${t.nc.name}.${name}()`);
      return printsArguments(t.nc, key)
        ? this.withPrinted(args, () => fn(this, null, args))
        : fn(this, null, args);
    }
    void f;
    if (!this.reg.platform) throw new NotSupportedError('sObjects without a platform');
    return this.reg.platform.sobjectStatic(this, t.name, name, args);
  }

  private async evalBinary(e: Extract<Expr, { kind: 'binary' }>, f: Frame): Promise<ApexValue> {
    switch (e.op) {
      case '&&':
        return (
          checkBoolean(await this.evalValue(e.left, f)) && checkBoolean(await this.evalValue(e.right, f))
        );
      case '||':
        return (
          checkBoolean(await this.evalValue(e.left, f)) || checkBoolean(await this.evalValue(e.right, f))
        );
      case '??': {
        const l = await this.evalValue(e.left, f);
        return l !== null ? l : this.evalValue(e.right, f);
      }
    }
    const l = await this.evalValue(e.left, f);
    const r = await this.evalValue(e.right, f);
    return this.binaryOp(e.op, l, r);
  }

  private async binaryOp(op: string, l: ApexValue, r: ApexValue): Promise<ApexValue> {
    switch (op) {
      case '+':
        if (typeof l === 'string' || typeof r === 'string')
          return (await this.stringOf(l, true)) + (await this.stringOf(r, true));
        if (l instanceof ApexDate || l instanceof ApexDatetime) return this.temporalAdd(l, r, 1);
        return arithmetic('+', l, r);
      case '-':
        if (l instanceof ApexDate || l instanceof ApexDatetime) return this.temporalAdd(l, r, -1);
        return arithmetic('-', l, r);
      case '*':
      case '/':
        return arithmetic(op as ArithOp, l, r);
      case '==':
        return this.equalsOp(l, r);
      case '!=':
        return !(await this.equalsOp(l, r));
      case '===':
        return l === r || (l !== null && typeof l !== 'object' && l === r);
      case '!==':
        return !(l === r);
      case '<':
      case '>':
      case '<=':
      case '>=':
        return this.compare(op, l, r);
      default:
        return bitwise(op as BitOp, l, r);
    }
  }

  /** `==`: a class's own `equals(Object)` decides for its instances (Apex calls it for user-defined types). */
  private async equalsOp(l: ApexValue, r: ApexValue): Promise<boolean> {
    if (l instanceof ApexObject && l.equalsHook) {
      const m = this.findMethod(l.cls as ClassInfo, 'equals', [r], false);
      if (m) return (await this.invokeMethod(m.owner, m.decl, l, [r])) === true;
    }
    return apexEquals(l, r) || (l instanceof ApexObject && l === r);
  }

  private temporalAdd(l: ApexDate | ApexDatetime, r: ApexValue, sign: number): ApexValue {
    if (r === null) throw nullPointer();
    if (l instanceof ApexDate) {
      if (typeof r !== 'number')
        throw new ApexError('System.TypeException', 'Date arithmetic requires an Integer');
      return l.addDays(sign * r);
    }
    // Datetime ± a number adds (fractional) days: `dt + 1.5` is 36 hours later (apex-semantics §5).
    let days: number;
    if (typeof r === 'number') days = r;
    else if (typeof r === 'bigint') days = Number(r);
    else if (r instanceof ApexDouble) days = r.value;
    else if (r instanceof Decimal) days = r.toNumber();
    else throw new ApexError('System.TypeException', 'Datetime arithmetic requires a number of days');
    return ApexDatetime.fromInstant(l.instant + Math.round(sign * days * 86_400_000));
  }

  private compare(op: string, l: ApexValue, r: ApexValue): boolean {
    if (l === null || r === null) return false;
    let c = compareNumbers(l, r);
    if (c === undefined) {
      if (typeof l === 'string' && typeof r === 'string') {
        const a = l.toLowerCase();
        const b = r.toLowerCase();
        c = a < b ? -1 : a > b ? 1 : 0;
      } else if (l instanceof ApexDate && r instanceof ApexDate) c = l.compareTo(r);
      else if (l instanceof ApexDatetime && r instanceof ApexDatetime) c = l.compareTo(r);
      else if (typeof (l as { compareTo?: unknown }).compareTo === 'function') {
        c = (l as unknown as { compareTo(o: unknown): number }).compareTo(r);
      } else throw new NotSupportedError(`comparing ${typeOfValue(l).name} with ${typeOfValue(r).name}`);
    }
    switch (op) {
      case '<':
        return c < 0;
      case '>':
        return c > 0;
      case '<=':
        return c <= 0;
      default:
        return c >= 0;
    }
  }

  private async evalAssign(e: Extract<Expr, { kind: 'assign' }>, f: Frame): Promise<ApexValue> {
    let value: ApexValue;
    if (e.op === '=') value = await this.evalValue(e.value, f);
    else {
      const old = await this.evalValue(e.target, f);
      const rhs = await this.evalValue(e.value, f);
      if (old === null) throw nullPointer();
      value = await this.binaryOp(e.op.slice(0, -1), old, rhs);
    }
    return this.assignTo(e.target, value, f);
  }

  /** Stores into a local, field, property, static, sObject field or list element; returns the stored value. */
  private async assignTo(target: Expr, value: ApexValue, f: Frame): Promise<ApexValue> {
    switch (target.kind) {
      case 'name': {
        const local = f.scope.lookup(target.name);
        if (local) {
          local.value = this.coerce(value, local.type);
          return local.value;
        }
        const member = this.memberInScope(target.name.toLowerCase(), f);
        if (!member) throw new NotSupportedError(`assignment to the unknown name '${target.name}'`);
        await this.writeMember(
          member.owner,
          member.decl,
          member.decl.mods.isStatic ? null : f.self,
          value,
          f,
        );
        return value;
      }
      case 'field': {
        const obj = await this.evalExpr(target.target, f);
        if (obj instanceof TypeHandle && obj.type.kind === 'apex') {
          const field = this.findField(obj.type.cls, target.name);
          if (!field?.decl.mods.isStatic)
            throw new NotSupportedError(`static field ${obj.type.cls.name}.${target.name}`);
          await this.writeMember(field.owner, field.decl, null, value, f);
          return value;
        }
        if (obj === null) throw nullPointer();
        if (obj instanceof ApexSObject) {
          const type = this.reg.platform?.fieldType(obj.type, target.name);
          const v = type ? this.coerce(value, type) : value;
          obj.write(target.name, v);
          return v;
        }
        if (obj instanceof ApexObject && (obj.cls as ClassInfo).fields) {
          const found = this.findField(obj.cls as ClassInfo, target.name);
          if (!found) throw new NotSupportedError(`field ${(obj.cls as ClassInfo).name}.${target.name}`);
          await this.writeMember(found.owner, found.decl, obj, value, f);
          return value;
        }
        const setter =
          obj instanceof NativeObject &&
          this.reg.native(methodClassName(obj))?.setProps?.[target.name.toLowerCase()];
        if (setter) {
          setter(this, obj instanceof NativeObject ? obj.payload : obj, value);
          return value;
        }
        throw new NotSupportedError(`assignment to ${exprText(target)}`);
      }
      case 'index': {
        const list = await this.evalValue(target.target, f);
        const index = await this.evalValue(target.index, f);
        if (list === null || index === null) throw nullPointer();
        if (!(list instanceof ApexList))
          throw new NotSupportedError('index assignment on a value that is not a List');
        const v = this.coerce(value, list.elementType);
        list.setAt(Number(index), v);
        return v;
      }
    }
    throw new NotSupportedError(`assignment to ${exprText(target)}`);
  }

  /** For the native `Trigger` class and others that need the innermost frame. */
  currentFrame(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  nativeClass(name: string): NativeClass | undefined {
    return this.reg.native(name);
  }
}

function exprText(e: Expr): string {
  switch (e.kind) {
    case 'name':
      return e.name;
    case 'field':
      return `${exprText(e.target)}.${e.name}`;
    default:
      return e.kind;
  }
}
