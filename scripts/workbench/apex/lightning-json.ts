/**
 * An `@AuraEnabled` method's return value as Lightning sends it to the component: Apex objects
 * with their `@AuraEnabled` fields and properties only (null ones left out, as the client never
 * sees them), sObjects as their fields (no `attributes`), Ids as 18-character strings, Date
 * `YYYY-MM-DD`, Datetime ISO in UTC, Decimal/Double/Long as numbers, Maps as objects.
 */
import { NotSupportedError } from '../../apex/lang/errors';
import { ApexId } from '../../apex/lang/id';
import type { ClassInfo } from '../../apex/interp/classes';
import type { Registry } from '../../apex/interp/registry';
import {
  ApexEnumValue,
  ApexList,
  ApexMap,
  ApexObject,
  ApexSet,
  ApexSObject,
  type ApexValue,
} from '../../apex/interp/values';
import { valueToJson } from '../org/field-json';

const isAuraEnabled = (mods: { annotations: { name: string }[] }): boolean =>
  mods.annotations.some((a) => a.name === 'auraenabled');

/** The class and its superclasses, outermost ancestor first. */
function chain(reg: Registry, cls: ClassInfo): ClassInfo[] {
  const out: ClassInfo[] = [];
  for (let c: ClassInfo | null = cls; c;) {
    out.unshift(c);
    const sup: ReturnType<Registry['resolve']> = c.superRef
      ? reg.resolve(c.superRef.name, c.outer ?? c)
      : undefined;
    c = sup?.kind === 'apex' ? sup.cls : null;
  }
  return out;
}

export function toLightningJson(reg: Registry, v: ApexValue): unknown {
  if (v === null || v === undefined) return null;
  if (v instanceof ApexEnumValue) return v.name;
  if (v instanceof ApexList) return v.items.map((x) => toLightningJson(reg, x));
  if (v instanceof ApexSet) return [...v.values()].map((x) => toLightningJson(reg, x));
  if (v instanceof ApexMap) {
    const out: Record<string, unknown> = {};
    for (const [k, x] of v.entries())
      out[k instanceof ApexId ? k.value : String(valueToJson(k))] = toLightningJson(reg, x);
    return out;
  }
  if (v instanceof ApexSObject) {
    const out: Record<string, unknown> = {};
    for (const [key, x] of v.fields) {
      if (x !== null) out[v.names.get(key) ?? key] = toLightningJson(reg, x);
    }
    return out;
  }
  if (v instanceof ApexObject) {
    const cls = reg.resolve(v.cls.name, null);
    if (cls?.kind !== 'apex') throw new NotSupportedError(`returning ${v.cls.name} to Lightning`);
    const out: Record<string, unknown> = {};
    for (const c of chain(reg, cls.cls)) {
      for (const f of c.fields.values()) {
        if (f.mods.isStatic || !isAuraEnabled(f.mods)) continue;
        if (f.kind === 'property' && f.getter && f.getter.body !== 'auto') {
          throw new NotSupportedError(`returning the computed property ${c.name}.${f.name} to Lightning`);
        }
        const x = v.fields.get(f.name.toLowerCase()) ?? null;
        if (x !== null) out[f.name] = toLightningJson(reg, x);
      }
    }
    return out;
  }
  const scalar = valueToJson(v);
  if (scalar === null) throw new NotSupportedError('returning a built-in object to Lightning');
  return scalar;
}
