/**
 * The interpreter's class state: static initialisation, and reading and writing fields and
 * properties (accessor bodies run in their own frame).
 */
import type { PropertyDecl, FieldDecl, Stmt, Expr } from '../parse/ast';
import { nullPointer } from './arith';
import type { ClassInfo, Initialiser } from './classes';
import { EngineFrames } from './engine-frames';
import type { Completion } from './eval-support';
import type { Frame } from './scope';
import type { ApexObject, ApexValue } from './values';

export abstract class EngineMembers extends EngineFrames {
  abstract exec(s: Stmt, f: Frame): Promise<Completion>;
  abstract evalValue(e: Expr, f: Frame): Promise<ApexValue>;

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

  protected async runInitialisers(
    inits: Initialiser[],
    frame: Frame,
    store: Map<string, ApexValue>,
  ): Promise<void> {
    for (const init of inits) {
      if (init.kind === 'init') {
        frame.line = init.loc.line;
        await this.exec(init.body, frame);
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
  protected findField(
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

  protected async readMember(
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

  protected async writeMember(
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
}
