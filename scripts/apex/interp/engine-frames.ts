/**
 * The interpreter's base layer, bound to one transaction: its frames, heap accounting and exception
 * objects, and the `Ctx` that native code calls. The layers above add members, methods,
 * construction, statements and expressions (`engine.ts` is the whole).
 */
import type { PropertyDecl, FieldDecl } from '../parse/ast';
import { ApexError, NotSupportedError } from '../lang/errors';
import type { ClassInfo } from './classes';
import { ApexExceptionObject, ApexThrow } from './exception-object';
import { isUncatchable, type ConstructFrom } from './eval-support';
import type { Ctx, NativeClass } from './native';
import type { SharingMode } from './platform';
import type { Registry } from './registry';
import { measureHeap } from './heap';
import { type Frame, Scope } from './scope';
import { toApexString } from './strings';
import type { Transaction } from './transaction';
import { coerceValue, isInstance, typeOfValue } from './typing';
import type { ApexObject, ApexValue, TypeRef } from './values';

/** Fewest statements between two heap walks; a walk of n values waits HEAP_WALK_PACE × n statements. */
const HEAP_WALK_MIN_STEPS = 1000;
const HEAP_WALK_PACE = 2;

export abstract class EngineFrames implements Ctx {
  readonly frames: Frame[] = [];
  protected steps = 0;
  protected nextHeapWalk = HEAP_WALK_MIN_STEPS;
  /** Bytes of the last heap walk, and bytes `allocated` since. */
  private heapMeasured = 0;
  private heapAllocated = 0;
  /** `toString()` results of the Apex objects a native call received, innermost call last. */
  protected readonly printedStack: Map<ApexObject, string>[] = [];

  constructor(
    readonly reg: Registry,
    readonly tx: Transaction,
  ) {}

  abstract invokeOn(target: ApexValue, name: string, args: ApexValue[], line: number): Promise<ApexValue>;
  protected abstract construct(type: TypeRef, how: ConstructFrom, from: ClassInfo | null): Promise<ApexValue>;

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

  protected instanceFieldNames(o: ApexObject): string[] {
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
  protected newExceptionObject(cls: ClassInfo): ApexExceptionObject {
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

  protected async withFrame<T>(frame: Frame, run: () => Promise<T>): Promise<T> {
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

  protected frameFor(cls: ClassInfo, self: ApexObject | null, method: string, line: number): Frame {
    return { cls, self, scope: new Scope(null), method, sharing: this.sharingFor(cls), line };
  }

  /** For the native `Trigger` class and others that need the innermost frame. */
  currentFrame(): Frame | undefined {
    return this.frames[this.frames.length - 1];
  }

  nativeClass(name: string): NativeClass | undefined {
    return this.reg.native(name);
  }
}
