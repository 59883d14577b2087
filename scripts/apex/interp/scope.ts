/** Lexical scopes of locals and the frames of executing Apex methods. */
import type { ClassInfo } from './classes';
import type { SharingMode } from './platform';
import type { ApexObject, ApexValue, TypeRef } from './values';

interface Local {
  value: ApexValue;
  type: TypeRef;
}

export class Scope {
  private readonly vars = new Map<string, Local>();
  constructor(readonly parent: Scope | null) {}
  declare(name: string, type: TypeRef, value: ApexValue): void {
    this.vars.set(name.toLowerCase(), { value, type });
  }
  lookup(name: string): Local | undefined {
    const key = name.toLowerCase();
    const own = this.vars.get(key);
    if (own) return own;
    return this.parent?.lookup(key);
  }
  /** Every local of this scope and the enclosing ones (the heap's roots). */
  *values(): Generator<ApexValue> {
    for (const local of this.vars.values()) yield local.value;
    if (this.parent) yield* this.parent.values();
  }
}

/** One executing method, constructor, initialiser, accessor or trigger body. */
export interface Frame {
  /** The class that declares the executing code (sharing, `super`, private members). */
  cls: ClassInfo;
  self: ApexObject | null;
  scope: Scope;
  /** Name for stack traces: `method`, `<init>`, `<clinit>`, `get_prop`. */
  method: string;
  sharing: SharingMode;
  /** Inside a property accessor: the property's lower-case name (its backing field). */
  accessorOf?: string;
  line: number;
}
