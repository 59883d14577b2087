/**
 * The loaded program: Apex classes (top-level and inner), triggers, built-in exception classes and
 * native classes, with type-name resolution (case-insensitive, inner classes, namespaces).
 */
import type { ApexUnit, TriggerDecl } from '../parse/ast';
import { NotSupportedError } from '../lang/errors';
import {
  DML_EXCEPTION_METHODS,
  EXCEPTION_METHODS,
  OTHER_EXCEPTIONS,
  QUERY_EXCEPTION_METHODS,
  SYSTEM_EXCEPTIONS,
} from '../system/exceptions';
import { addMembers, buildClass, type ClassInfo, EMPTY_MODIFIERS } from './classes';
import type { NativeClass, NativeFn } from './native';
import type { Platform } from './platform';
import type { TypeRef } from './values';

export type ResolvedType =
  { kind: 'apex'; cls: ClassInfo } | { kind: 'native'; nc: NativeClass } | { kind: 'sobject'; name: string };

export interface TriggerInfo {
  decl: TriggerDecl;
  /** Holds the trigger's own members (classes, fields, methods) and runs its body. */
  cls: ClassInfo;
}

function builtinClass(name: string, parent: ClassInfo | null, methods?: Record<string, NativeFn>): ClassInfo {
  return {
    name,
    kind: 'class',
    decl: null,
    file: '<builtin>',
    apiVersion: 0,
    outer: null,
    inner: new Map(),
    superRef: parent ? { name: parent.name } : null,
    interfaceRefs: [],
    superclass: parent,
    interfaces: [],
    methods: new Map(),
    ctors: [],
    fields: new Map(),
    instanceInit: [],
    staticInit: [],
    mods: EMPTY_MODIFIERS,
    annotations: [],
    enumConstants: [],
    nativeMethods: methods,
    isBuiltin: true,
  };
}

/** Merges native classes declared more than once (several modules bind statics of `System`). */
function mergeNatives(list: NativeClass[]): NativeClass[] {
  const byName = new Map<string, NativeClass>();
  for (const nc of list) {
    const key = `${nc.namespace}.${nc.name}`.toLowerCase();
    const prev = byName.get(key);
    if (!prev) {
      byName.set(key, { ...nc });
      continue;
    }
    byName.set(key, {
      ...prev,
      ...nc,
      statics: { ...prev.statics, ...nc.statics },
      methods: { ...prev.methods, ...nc.methods },
      staticProps: { ...prev.staticProps, ...nc.staticProps },
      props: { ...prev.props, ...nc.props },
      construct: nc.construct ?? prev.construct,
      interfaces: [...(prev.interfaces ?? []), ...(nc.interfaces ?? [])],
      enumValues: nc.enumValues ?? prev.enumValues,
    });
  }
  return [...byName.values()];
}

export class Registry {
  readonly classes = new Map<string, ClassInfo>();
  readonly triggers = new Map<string, TriggerInfo>();
  readonly exceptionRoot: ClassInfo;
  private readonly builtinExceptions = new Map<string, ClassInfo>();
  private readonly nativesByQualified = new Map<string, NativeClass>();
  private readonly nativesBySimple = new Map<string, NativeClass>();
  readonly namespaces = new Set<string>(['system', 'schema', 'database']);
  private readonly resolveCache = new Map<string, ResolvedType | null>();

  constructor(
    units: ApexUnit[],
    natives: NativeClass[],
    readonly platform: Platform | null,
  ) {
    this.exceptionRoot = builtinClass('Exception', null, EXCEPTION_METHODS);
    this.builtinExceptions.set('exception', this.exceptionRoot);
    this.builtinExceptions.set('system.exception', this.exceptionRoot);
    const extra: Record<string, Record<string, NativeFn>> = {
      dmlexception: DML_EXCEPTION_METHODS,
      queryexception: QUERY_EXCEPTION_METHODS,
    };
    const all: [string, string][] = [
      ...SYSTEM_EXCEPTIONS.map((n): [string, string] => ['System', n]),
      ...OTHER_EXCEPTIONS,
    ];
    for (const [ns, name] of all) {
      const info = builtinClass(`${ns}.${name}`, this.exceptionRoot, extra[name.toLowerCase()]);
      this.builtinExceptions.set(`${ns}.${name}`.toLowerCase(), info);
      if (ns === 'System') this.builtinExceptions.set(name.toLowerCase(), info);
    }
    for (const nc of mergeNatives(natives)) {
      const q = `${nc.namespace}.${nc.name}`.toLowerCase();
      this.nativesByQualified.set(q, nc);
      const simple = nc.name.toLowerCase();
      if (nc.namespace.toLowerCase() === 'system' || !this.nativesBySimple.has(simple))
        this.nativesBySimple.set(simple, nc);
      this.namespaces.add(nc.namespace.toLowerCase());
    }
    for (const unit of units) {
      if (unit.decl.kind === 'trigger') {
        const t = unit.decl;
        const cls = buildClass(
          {
            kind: 'class',
            loc: t.loc,
            name: t.name,
            mods: EMPTY_MODIFIERS,
            extends: null,
            implements: [],
            members: [],
          },
          unit,
          null,
        );
        addMembers(cls, t, unit);
        this.triggers.set(t.name.toLowerCase(), { decl: t, cls });
      } else {
        this.classes.set(unit.decl.name.toLowerCase(), buildClass(unit.decl, unit, null));
      }
    }
  }

  /** The built-in exception class for a qualified type name (`System.DmlException`), or undefined. */
  builtinException(name: string): ClassInfo | undefined {
    return this.builtinExceptions.get(name.toLowerCase());
  }

  native(name: string): NativeClass | undefined {
    const key = name.toLowerCase();
    return (
      this.nativesByQualified.get(key) ?? (key.includes('.') ? undefined : this.nativesBySimple.get(key))
    );
  }

  /** Resolves a type name as written in `from` (inner classes of `from` and its outers and supers first). */
  resolve(name: string, from: ClassInfo | null): ResolvedType | undefined {
    const key = `${from?.name ?? ''}|${name.toLowerCase()}`;
    const cached = this.resolveCache.get(key);
    if (cached !== undefined) return cached ?? undefined;
    const found = this.resolveUncached(name, from);
    this.resolveCache.set(key, found ?? null);
    return found;
  }

  private resolveUncached(name: string, from: ClassInfo | null): ResolvedType | undefined {
    const parts = name.split('.');
    const first = parts[0].toLowerCase();
    let cls: ClassInfo | undefined;
    for (let c: ClassInfo | null = from; c && !cls; c = c.outer) cls = this.innerOf(c, first);
    cls ??= this.classes.get(first);
    if (cls) {
      for (const p of parts.slice(1)) {
        cls = cls ? this.innerOf(cls, p.toLowerCase()) : undefined;
      }
      if (cls) return { kind: 'apex', cls };
    }
    const lower = name.toLowerCase();
    const exc = this.builtinExceptions.get(lower);
    if (exc) return { kind: 'apex', cls: exc };
    const nc = this.native(lower);
    if (nc) return { kind: 'native', nc };
    const sobjectName = lower.startsWith('schema.') ? name.slice(7) : name;
    if (!sobjectName.includes('.')) {
      const so = this.platform?.sobjectType(sobjectName);
      if (so) return { kind: 'sobject', name: so };
    }
    return undefined;
  }

  /** An inner class of `c` or of one of its superclasses. */
  private innerOf(c: ClassInfo, lowerName: string): ClassInfo | undefined {
    for (let k: ClassInfo | null | undefined = c; k; k = this.superclassOf(k)) {
      const inner = k.inner.get(lowerName);
      if (inner) return inner;
    }
    return undefined;
  }

  superclassOf(c: ClassInfo): ClassInfo | null {
    if (c.superclass !== undefined) return c.superclass;
    if (!c.superRef) {
      c.superclass = null;
      return null;
    }
    c.superclass = null; // guards against cycles while resolving
    const r = this.resolve(c.superRef.name, c.outer ?? c);
    if (!r || r.kind !== 'apex') throw new NotSupportedError(`superclass ${c.superRef.name} of ${c.name}`);
    c.superclass = r.cls;
    return r.cls;
  }

  /** Lower-case qualified names of every class and interface `c` is, including natives (`queueable`). */
  ancestry(c: ClassInfo): Set<string> {
    const out = new Set<string>();
    const visit = (k: ClassInfo): void => {
      const n = k.name.toLowerCase();
      if (out.has(n)) return;
      out.add(n);
      if (n.startsWith('system.')) out.add(n.slice(7));
      for (const ref of k.interfaceRefs) {
        const r = this.resolve(ref.name, k.outer ?? k);
        if (r?.kind === 'apex') visit(r.cls);
        else if (r?.kind === 'native') {
          out.add(`${r.nc.namespace}.${r.nc.name}`.toLowerCase());
          out.add(r.nc.name.toLowerCase());
        } else out.add(ref.name.toLowerCase());
      }
      const sup = this.superclassOf(k);
      if (sup) visit(sup);
    };
    visit(c);
    return out;
  }

  isException(c: ClassInfo): boolean {
    for (let k: ClassInfo | null = c; k; k = this.superclassOf(k)) if (k === this.exceptionRoot) return true;
    return false;
  }

  /** Every class (top-level and inner), for discovery (`@IsTest`). */
  allClasses(): ClassInfo[] {
    const out: ClassInfo[] = [];
    const visit = (c: ClassInfo): void => {
      out.push(c);
      for (const i of c.inner.values()) visit(i);
    };
    for (const c of this.classes.values()) visit(c);
    return out;
  }

  typeRefOf(c: ClassInfo): TypeRef {
    return { name: c.name };
  }
}
