/**
 * The interpreter's calls: overload choice, virtual dispatch on Apex objects, enums and natives,
 * static calls, and the `toString()` overrides native code prints.
 */
import type { MethodDecl } from '../parse/ast';
import { ApexError, NotSupportedError } from '../lang/errors';
import { ApexDate } from '../lang/temporal';
import { apexHashCode } from '../system/hash-code';
import { nullPointer } from './arith';
import type { ClassInfo } from './classes';
import { EngineMembers } from './engine-members';
import { ApexExceptionObject } from './exception-object';
import type { NativeClass } from './native';
import type { Registry, ResolvedType } from './registry';
import type { Frame } from './scope';
import { toApexString } from './strings';
import { isInstance, methodClassName, simpleKey, typeOfValue } from './typing';
import {
  ApexEnumValue,
  ApexList,
  ApexMap,
  ApexObject,
  ApexSet,
  NativeObject,
  strictEquals,
  type ApexValue,
  type TypeRef,
} from './values';

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

export abstract class EngineMethods extends EngineMembers {
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
  protected pick<T extends { params: { type: TypeRef }[] }>(
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
  protected findMethod(
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

  protected async objectMethod(
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
  protected async stringOf(v: ApexValue, concat: boolean): Promise<string> {
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
}
