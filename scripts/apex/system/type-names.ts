/** Comparing and printing TypeRefs the way Apex names types. */
import type { TypeRef } from '../interp/values';

/** Lower-case simple key: `System.String` → `string`, `Schema.Account` → `account`; other namespaces kept. */
export function typeKey(t: TypeRef): string {
  const n = t.name.toLowerCase();
  if (n.startsWith('system.') || n.startsWith('schema.')) return n.slice(n.indexOf('.') + 1);
  return n;
}

/** `Map<String,ANY>`: Apex prints type arguments without spaces. */
export function typeToString(t: TypeRef): string {
  return t.args && t.args.length > 0 ? `${t.name}<${t.args.map(typeToString).join(',')}>` : t.name;
}

/** The element type of collections built by `JSON.deserializeUntyped`: Object, but Apex prints it as `ANY`. */
export const UNTYPED: TypeRef = { name: 'ANY' };
export const STRING_TYPE: TypeRef = { name: 'String' };
export const OBJECT_TYPE: TypeRef = { name: 'Object' };
