/**
 * The interpreter's `new`: Apex objects (constructor chains, initialisers, implicit exception
 * constructors), sObjects, natives and collection literals.
 */
import type { Expr, CtorDecl } from '../parse/ast';
import { NotSupportedError } from '../lang/errors';
import { SCRIPT_THROWN } from '../system/exceptions';
import { nullPointer } from './arith';
import type { ClassInfo } from './classes';
import { EngineMethods } from './engine-methods';
import { OBJECT, type ConstructFrom } from './eval-support';
import { ApexExceptionObject } from './exception-object';
import type { Frame } from './scope';
import { toApexString } from './strings';
import { simpleKey } from './typing';
import { ApexList, ApexMap, ApexObject, ApexSet, type ApexValue, type TypeRef } from './values';

export abstract class EngineConstruction extends EngineMethods {
  protected abstract evalArgs(args: Expr[], f: Frame): Promise<ApexValue[]>;

  protected async construct(type: TypeRef, how: ConstructFrom, from: ClassInfo | null): Promise<ApexValue> {
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
}
