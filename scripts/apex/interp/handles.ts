/**
 * Non-value results of evaluating a name: a type (`Account`, `Outer.Inner`, `Database`) or a
 * namespace prefix (`System.`, `Schema.`). They only appear as the target of `.member` or `.call()`.
 */
import type { ResolvedType } from './registry';

export class TypeHandle {
  constructor(readonly type: ResolvedType) {}
}

export class NamespaceHandle {
  constructor(readonly ns: string) {}
}

/** A name that resolved to something other than a value. */
export type Handle = TypeHandle | NamespaceHandle;

export function isHandle(v: unknown): v is Handle {
  return v instanceof TypeHandle || v instanceof NamespaceHandle;
}
