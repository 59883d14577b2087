/** Reading stored records: case-insensitive field access and parent lookups through reference Ids. */
import type { ApexValue } from '../interp/values';
import { ApexId } from '../lang/id';
import type { ObjectInfo, RecordStore, Schema, StoredRecord } from '../org/model';
import type { RelationshipHop, ResolvedPath } from './paths';

/** A field of a stored record; records are keyed by the declared spelling, lookups ignore case. */
export function readStored(record: StoredRecord, name: string): ApexValue {
  if (name in record) return record[name] ?? null;
  const lower = name.toLowerCase();
  for (const key of Object.keys(record)) if (key.toLowerCase() === lower) return record[key] ?? null;
  return null;
}

export function idText(v: ApexValue): string | null {
  if (v instanceof ApexId) return v.value;
  if (typeof v === 'string' && ApexId.isValid(v)) return ApexId.of(v).value;
  return null;
}

export interface Located {
  record: StoredRecord;
  object: ObjectInfo;
}

/** Follows reference fields to parent records, caching each parent for the life of one query. */
export class ParentResolver {
  private readonly cache = new Map<string, StoredRecord | undefined>();
  constructor(
    private readonly store: RecordStore,
    private readonly schema: Schema,
  ) {}

  async follow(from: StoredRecord, hop: RelationshipHop): Promise<Located | null> {
    const id = idText(readStored(from, hop.field.name));
    if (id === null) return null;
    let parent = this.cache.get(id);
    if (!this.cache.has(id)) {
      parent = await this.store.get(id);
      this.cache.set(id, parent);
    }
    if (!parent) return null;
    const byPrefix = this.schema.byKeyPrefix(id.slice(0, 3));
    const object =
      hop.targets.find((t) => byPrefix && t.name.toLowerCase() === byPrefix.name.toLowerCase()) ??
      (hop.targets.length === 1 ? hop.targets[0] : undefined);
    return object ? { record: parent, object } : null;
  }

  /** The value at the end of a path; null through a missing parent or a polymorphic target without the field. */
  async read(start: Located, path: ResolvedPath): Promise<ApexValue> {
    let at: Located | null = start;
    for (const hop of path.hops) {
      at = await this.follow(at.record, hop);
      if (at === null) return null;
    }
    return at.object.fields.has(path.field.name.toLowerCase())
      ? readStored(at.record, path.field.name)
      : null;
  }
}
