/** The interpreter's statements: blocks, loops, try/catch/finally, switch, DML, `System.runAs`. */
import type { Expr, Stmt } from '../parse/ast';
import { ApexError, NotSupportedError } from '../lang/errors';
import { nullPointer } from './arith';
import type { ClassInfo } from './classes';
import { EngineConstruction } from './engine-construct';
import { checkBoolean, isUncatchable, type Completion, type Evaluated } from './eval-support';
import { ApexExceptionObject, ApexThrow } from './exception-object';
import type { AccessMode, ExecutionMode } from './platform';
import { type Frame, Scope } from './scope';
import { isInstance, simpleKey } from './typing';
import { ApexEnumValue, ApexList, ApexSet, type ApexValue, type TypeRef } from './values';

export abstract class EngineStatements extends EngineConstruction {
  abstract evalExpr(e: Expr, f: Frame): Promise<Evaluated>;

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
      const c = await this.loopPass(s, f, item);
      if (c?.kind === 'break') break;
      if (c?.kind === 'return') return c;
    }
    return undefined;
  }

  /** One pass of a for-each body with the loop variable bound to `item`. */
  private loopPass(s: Extract<Stmt, { kind: 'forEach' }>, f: Frame, item: ApexValue): Promise<Completion> {
    return this.withScope(f, async () => {
      f.scope.declare(s.name, s.type, this.coerce(item, s.type));
      return s.body ? this.execNested(s.body, f) : undefined;
    });
  }

  private async iterateIterator(
    s: Extract<Stmt, { kind: 'forEach' }>,
    f: Frame,
    iterable: ApexValue,
  ): Promise<Completion> {
    const it = await this.invokeOn(iterable, 'iterator', [], f.line);
    while (checkBoolean(await this.invokeOn(it, 'hasNext', [], f.line))) {
      const item = await this.invokeOn(it, 'next', [], f.line);
      const c = await this.loopPass(s, f, item);
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
  protected qualify(t: TypeRef, from: ClassInfo): TypeRef {
    const r = this.reg.resolve(t.name, from);
    if (r?.kind === 'apex') return { ...t, name: r.cls.name };
    return t;
  }

  protected mode(f: Frame, access: AccessMode): ExecutionMode {
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
}
