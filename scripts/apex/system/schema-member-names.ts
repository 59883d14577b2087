/**
 * Property tables whose keys are schema names. `Schema.SObjectType.<Object>` and
 * `….fields.<Field>` are the only Apex member reads whose names are not fixed by the class: they
 * name objects and fields of the org. A native class exposes them with a table that answers any
 * key, so the interpreter's ordinary property lookup reaches the schema.
 */
export function namedBySchema<F>(member: (name: string) => F): Record<string, F> {
  return new Proxy({} as Record<string, F>, {
    get: (_target, key) => (typeof key === 'string' ? member(key) : undefined),
    has: (_target, key) => typeof key === 'string',
  });
}
