/** A minimal `Ctx` for calling the primitive and collection bindings without the interpreter. */
import { Decimal } from '../../lang/decimal';
import { ApexError } from '../../lang/errors';
import { ApexId } from '../../lang/id';
import { ApexDouble } from '../../lang/numbers';
import type { Ctx, NativeClass, NativeFn } from '../../interp/native';
import { ApexList, ApexMap, ApexObject, ApexSet, type ApexValue, type TypeRef } from '../../interp/values';
import { serviceMap, type PlatformServices } from '../services';

/** Apex objects in these tests: `compareTo` is a JS function kept on the class record. */
export interface FakeClass {
  name: string;
  comparable: boolean;
  compareTo?: (a: ApexObject, b: ApexValue) => number;
}

export function fakeObject(cls: FakeClass, fields: Record<string, ApexValue>): ApexObject {
  const o = new ApexObject(cls);
  for (const [k, v] of Object.entries(fields)) o.fields.set(k, v);
  return o;
}

function show(v: ApexValue): string {
  if (v === null) return 'null';
  if (v instanceof ApexList) return '(' + v.items.map(show).join(', ') + ')';
  if (v instanceof ApexSet) return '{' + [...v.values()].map(show).join(', ') + '}';
  if (v instanceof ApexMap)
    return (
      '{' +
      v
        .entries()
        .map(([k, x]) => `${show(k)}=${show(x)}`)
        .join(', ') +
      '}'
    );
  return String(v);
}

export interface FakeCtx extends Ctx {
  calls: string[];
}

/** Fakes name the platform services as a plain object; a transaction holds them in its service map. */
export function withServiceMap<T>(tx: T): T {
  const bag = tx as { services?: unknown } | null;
  if (bag?.services && !(bag.services instanceof Map)) {
    bag.services = serviceMap(bag.services as Partial<PlatformServices>);
  }
  return tx;
}

export function fakeCtx(tx: unknown = {}): FakeCtx {
  withServiceMap(tx);
  const calls: string[] = [];
  return {
    calls,
    tx,
    callMethod(target, name, args) {
      calls.push(name);
      if (target instanceof ApexObject) {
        const cls = target.cls as FakeClass;
        if (name.toLowerCase() === 'compareto' && cls.compareTo)
          return Promise.resolve(cls.compareTo(target, args[0]));
        if (name.toLowerCase() === 'compare') {
          const fn = target.fields.get('fn') as unknown as (a: ApexValue, b: ApexValue) => number;
          return Promise.resolve(fn(args[0], args[1]));
        }
      }
      return Promise.reject(new Error(`fake ctx: no method ${name}`));
    },
    instantiate() {
      return Promise.reject(new Error('fake ctx: instantiate'));
    },
    typeOf() {
      return { name: 'Object' };
    },
    isInstance(value, type: TypeRef) {
      return (
        type.name.toLowerCase().endsWith('comparable') &&
        value instanceof ApexObject &&
        (value.cls as FakeClass).comparable
      );
    },
    toApexString: show,
    fieldsOf() {
      return undefined;
    },
    coerce(value, type) {
      const t = type.name.toLowerCase();
      if (
        t === 'decimal' &&
        (typeof value === 'number' || typeof value === 'bigint' || value instanceof ApexDouble)
      ) {
        return Decimal.fromNumber(value);
      }
      if (t === 'id' && typeof value === 'string') return ApexId.of(value);
      if (t === 'string' && typeof value !== 'string') {
        throw new ApexError('System.TypeException', 'Invalid conversion');
      }
      return value;
    },
  };
}

/** Calls a method of a native class by its lower-case name. */
export function call(
  cls: NativeClass,
  method: string,
  self: unknown,
  args: ApexValue[],
  ctx: Ctx = fakeCtx(),
) {
  const fn: NativeFn | undefined = cls.methods?.[method];
  if (!fn) throw new Error(`${cls.name}.${method} is not bound`);
  return fn(ctx, self, args);
}

export function callStatic(cls: NativeClass, method: string, args: ApexValue[], ctx: Ctx = fakeCtx()) {
  const fn = cls.statics?.[method];
  if (!fn) throw new Error(`${cls.name}.${method} (static) is not bound`);
  return fn(ctx, null, args);
}

export function construct(cls: NativeClass, args: ApexValue[], typeArgs: TypeRef[], ctx: Ctx = fakeCtx()) {
  if (!cls.construct) throw new Error(`${cls.name} is not constructible`);
  return cls.construct(ctx, null, args, typeArgs);
}
