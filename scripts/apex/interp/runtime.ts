/**
 * Entry point: `ApexRuntime.load({ dirs, natives, platform })` loads and converts the Apex once;
 * `runtime.transaction(opts)` gives a transaction to call static methods, create instances and run
 * triggers in.
 */
import type { Annotation, TriggerEvent } from '../parse/ast';
import { loadApexDirs } from '../parse/load';
import type { ApexUnit } from '../parse/ast';
import { NotSupportedError } from '../lang/errors';
import type { ClassInfo } from './classes';
import { Engine } from './engine';
import type { NativeClass } from './native';
import type { Platform } from './platform';
import { Registry } from './registry';
import { Scope } from './scope';
import { Transaction, type TransactionOptions, type TriggerContext } from './transaction';
import type { ApexObject, ApexValue, TypeRef } from './values';

export interface LoadOptions {
  dirs?: string[];
  /** Absolute path → source text used instead of that file of `dirs`. */
  sourceOverrides?: ReadonlyMap<string, string>;
  /** Already loaded units (tests build them from source text). */
  units?: ApexUnit[];
  natives: NativeClass[];
  platform?: Platform | null;
}

export interface MethodInfo {
  name: string;
  isStatic: boolean;
  annotations: Annotation[];
  isTestMethod: boolean;
  params: number;
}

export interface ClassSummary {
  name: string;
  file: string;
  annotations: Annotation[];
  isInterface: boolean;
  isAbstract: boolean;
  methods: MethodInfo[];
}

/** A transaction bound to the runtime: the handle callers use. */
export class RuntimeTransaction extends Transaction {
  readonly engine: Engine;
  constructor(
    readonly runtime: ApexRuntime,
    opts: TransactionOptions,
  ) {
    super(opts);
    this.engine = new Engine(runtime.registry, this);
  }

  private classNamed(name: string): ClassInfo {
    const r = this.runtime.registry.resolve(name, null);
    if (r?.kind !== 'apex') throw new NotSupportedError(`the class ${name}`);
    return r.cls;
  }

  /** `Cls.method(args)`; an uncaught Apex exception rejects with an `ApexThrow`. */
  async callStatic(className: string, method: string, args: ApexValue[] = []): Promise<ApexValue> {
    return this.engine.callStatic({ kind: 'apex', cls: this.classNamed(className) }, method, args, null);
  }

  /** `new Cls(args)` for an Apex class, native class, collection or sObject. */
  async newInstance(type: string | TypeRef, args: ApexValue[] = []): Promise<ApexValue> {
    return this.engine.instantiate(typeof type === 'string' ? { name: type } : type, args);
  }

  /** Calls an instance method (test methods of a non-static test class, interface methods). */
  async callMethod(target: ApexObject, method: string, args: ApexValue[] = []): Promise<ApexValue> {
    return this.engine.callMethod(target, method, args);
  }

  /** Runs a trigger's body for one event with the given context variables. */
  async runTrigger(
    name: string,
    context: Omit<TriggerContext, 'event'> & { event: TriggerEvent },
  ): Promise<void> {
    const t = this.runtime.registry.triggers.get(name.toLowerCase());
    if (!t) throw new NotSupportedError(`the trigger ${name}`);
    if (!t.decl.events.includes(context.event)) return;
    this.triggerStack.push(context);
    try {
      const frame = {
        cls: t.cls,
        self: null,
        scope: new Scope(null),
        method: '',
        sharing: 'without' as const,
        line: t.decl.loc.line,
      };
      await this.engine.ensureStatics(t.cls);
      this.engine.frames.push(frame);
      try {
        for (const s of t.decl.body) {
          const c = await this.engine.exec(s, frame);
          if (c?.kind === 'return') break;
        }
      } finally {
        this.engine.frames.pop();
      }
    } finally {
      this.triggerStack.pop();
    }
  }
}

export class ApexRuntime {
  private constructor(readonly registry: Registry) {}

  static load(opts: LoadOptions): ApexRuntime {
    const units = [
      ...(opts.units ?? []),
      ...(opts.dirs ? loadApexDirs(opts.dirs, opts.sourceOverrides) : []),
    ];
    return new ApexRuntime(new Registry(units, opts.natives, opts.platform ?? null));
  }

  transaction(opts: TransactionOptions = {}): RuntimeTransaction {
    return new RuntimeTransaction(this, opts);
  }

  /** Every class (inner ones too) with annotations and methods, for test discovery. */
  classes(): ClassSummary[] {
    return this.registry.allClasses().map((c) => ({
      name: c.name,
      file: c.file,
      annotations: c.annotations,
      isInterface: c.kind === 'interface',
      isAbstract: c.mods.isAbstract,
      methods: [...c.methods.values()].flat().map((m) => ({
        name: m.name,
        isStatic: m.mods.isStatic,
        annotations: m.mods.annotations,
        isTestMethod: m.mods.isTestMethod || m.mods.annotations.some((a) => a.name === 'istest'),
        params: m.params.length,
      })),
    }));
  }

  /** Triggers by object: name, sObject and events. */
  triggers(): { name: string; sobject: string; events: TriggerEvent[] }[] {
    return [...this.registry.triggers.values()].map((t) => ({
      name: t.decl.name,
      sobject: t.decl.sobject,
      events: t.decl.events,
    }));
  }
}
