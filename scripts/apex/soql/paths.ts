/**
 * Field paths resolved against the schema: `Account.Owner.Name` on Contact is two reference hops
 * (AccountId → Account, OwnerId → User/Group) and a field. Polymorphic hops keep every target; the
 * record's Id decides at run time.
 */
import type { FieldInfo, ObjectInfo, Schema } from '../org/model';
import type { FieldPath } from './model';
import { noSuchColumn, noSuchObject, unknownRelationship } from './query-errors';

export interface RelationshipHop {
  /** The reference field on the object before the hop (`AccountId`). */
  field: FieldInfo;
  /** Its relationship name as declared (`Account`). */
  relationshipName: string;
  targets: ObjectInfo[];
}

export interface ResolvedPath {
  hops: RelationshipHop[];
  /** The object the last segment is read on (the first target that has it, for polymorphic hops). */
  object: ObjectInfo;
  field: FieldInfo;
  /** Lower-case key for caches: `account.owner.name`. */
  key: string;
}

export function objectOrFail(schema: Schema, name: string): ObjectInfo {
  const o = schema.object(name);
  if (!o) throw noSuchObject(name);
  return o;
}

export function relationshipField(object: ObjectInfo, name: string): FieldInfo | undefined {
  const lower = name.toLowerCase();
  for (const f of object.fields.values()) {
    if (f.type === 'reference' && f.relationshipName?.toLowerCase() === lower) return f;
  }
  return undefined;
}

/** Resolves a path written on `root` (the FROM alias, when given, may prefix it). */
export function resolvePath(
  schema: Schema,
  root: ObjectInfo,
  field: FieldPath,
  alias: string | null,
): ResolvedPath {
  let segments = field.path;
  if (alias !== null && segments.length > 1 && segments[0].toLowerCase() === alias.toLowerCase()) {
    segments = segments.slice(1);
  }
  const hops: RelationshipHop[] = [];
  let candidates: ObjectInfo[] = [root];
  for (const name of segments.slice(0, -1)) {
    const found = candidates.map((o) => relationshipField(o, name)).find((f) => f !== undefined);
    if (!found || !found.relationshipName) throw unknownRelationship(name, 'field path');
    const targets = found.referenceTo
      .map((t) => schema.object(t))
      .filter((o): o is ObjectInfo => o !== undefined);
    if (targets.length === 0) throw unknownRelationship(name, 'field path');
    hops.push({ field: found, relationshipName: found.relationshipName, targets });
    candidates = targets;
  }
  const last = segments[segments.length - 1];
  for (const object of candidates) {
    const f = object.fields.get(last.toLowerCase());
    if (f) return { hops, object, field: f, key: segments.join('.').toLowerCase() };
  }
  if (hops.length === 0) throw noSuchColumn(last, root.name);
  // Salesforce names the whole path in the column when it is a relationship path.
  throw noSuchColumn(segments.join('.'), root.name);
}
