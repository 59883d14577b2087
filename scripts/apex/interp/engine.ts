/**
 * The interpreter, bound to one transaction: the expressions, over the layers below it (frames,
 * members, methods, construction, statements). Async throughout; implements `Ctx` for native code.
 */
import type { Expr, FieldDecl, PropertyDecl } from '../parse/ast';
import { ApexError, NotSupportedError } from '../lang/errors';
import { Decimal } from '../lang/decimal';
import { ApexDouble } from '../lang/numbers';
import { ApexDate, ApexDatetime } from '../lang/temporal';
import { convertExpressionContext } from '../parse/load';
import { typeValue } from '../system/type';
import { arithmetic, bitwise, negate, nullPointer, type ArithOp, type BitOp } from './arith';
import type { ClassInfo } from './classes';
import { EngineStatements } from './engine-statements';
import { checkBoolean, endChain, exprText, NULL_CHAIN, type Chained, type Evaluated } from './eval-support';
import { ApexExceptionObject } from './exception-object';
import { isHandle, NamespaceHandle, TypeHandle, type Handle } from './handles';
import { compareValues, temporalAdd } from './operators';
import type { ResolvedType } from './registry';
import type { Frame } from './scope';
import { castValue, isInstance, methodClassName, simpleKey } from './typing';
import {
  apexEquals,
  ApexEnumValue,
  ApexList,
  ApexMap,
  ApexObject,
  ApexSObject,
  NativeObject,
  type ApexValue,
  type TypeRef,
} from './values';

export class Engine extends EngineStatements {
  async evalValue(e: Expr, f: Frame): Promise<ApexValue> {
    const v = await this.evalExpr(e, f);
    if (isHandle(v)) throw new NotSupportedError(`using the type name '${exprText(e)}' as a value`);
    return v;
  }

  protected async evalArgs(args: Expr[], f: Frame): Promise<ApexValue[]> {
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
        if (l instanceof ApexDate || l instanceof ApexDatetime) return temporalAdd(l, r, 1);
        return arithmetic('+', l, r);
      case '-':
        if (l instanceof ApexDate || l instanceof ApexDatetime) return temporalAdd(l, r, -1);
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
        return compareValues(op, l, r);
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
}
