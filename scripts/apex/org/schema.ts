/** The org's schema: the standard objects table plus our objects from `force-app` metadata. */
import * as path from 'node:path';
import type { ChildRelationship, FieldInfo, ObjectInfo, ObjectKind, Schema } from './model';
import { auditFields, ownerField } from './fields';
import { STANDARD_OBJECTS, type StandardObjectSpec } from './standard-objects';
import { objectFolders, parseObjectFolder } from './custom-objects';

export const FORCE_APP = path.resolve(__dirname, '..', '..', '..', 'force-app');

/** Objects no Apex DML may write (setup data maintained by the platform). */
export interface OrgSchema extends Schema {
  isReadOnly(objectName: string): boolean;
}

function standardObject(spec: StandardObjectSpec): ObjectInfo {
  const fields = new Map<string, FieldInfo>();
  for (const f of [...auditFields(), ...(spec.owned ? [ownerField(spec.name)] : []), ...spec.fields])
    fields.set(f.name.toLowerCase(), f);
  return {
    name: spec.name,
    label: spec.label,
    labelPlural: spec.labelPlural,
    keyPrefix: spec.keyPrefix,
    kind: 'standard',
    sharingModel: spec.sharingModel,
    custom: false,
    fields,
    childRelationships: [],
  };
}

/** Key prefixes for our objects, in name order so they are stable: `a00`…, `m00`… (metadata), `e00`… (events). */
function prefixer(): (kind: ObjectKind) => string {
  const next: Record<string, number> = {};
  return (kind) => {
    const letter = kind === 'metadata' ? 'm' : kind === 'event' ? 'e' : 'a';
    const n = next[letter] ?? 0;
    next[letter] = n + 1;
    return letter + n.toString(36).toUpperCase().padStart(2, '0');
  };
}

/** Relationship name a parent exposes for a child lookup (`Contacts`, `Chat_Transcripts__r`). */
function childRelationshipName(
  child: ObjectInfo,
  field: FieldInfo,
  declared: Record<string, string> | undefined,
): string | undefined {
  if (declared?.[field.name]) return declared[field.name];
  if (field.custom && field.childRelationshipName) return field.childRelationshipName;
  return undefined;
}

class MetadataSchema implements OrgSchema {
  private readonly byName = new Map<string, ObjectInfo>();
  private readonly byPrefix = new Map<string, ObjectInfo>();
  constructor(
    list: ObjectInfo[],
    private readonly readOnly: Set<string>,
  ) {
    for (const o of list) {
      this.byName.set(o.name.toLowerCase(), o);
      this.byPrefix.set(o.keyPrefix, o);
    }
  }
  object(name: string): ObjectInfo | undefined {
    return this.byName.get(name.toLowerCase());
  }
  objects(): ObjectInfo[] {
    return [...this.byName.values()];
  }
  byKeyPrefix(prefix: string): ObjectInfo | undefined {
    return this.byPrefix.get(prefix);
  }
  isReadOnly(objectName: string): boolean {
    return this.readOnly.has(objectName.toLowerCase());
  }
}

/** Reads the schema from a package directory (default: the repository's `force-app`). */
export function loadSchema(packageDir: string = FORCE_APP): OrgSchema {
  const objects = STANDARD_OBJECTS.map(standardObject);
  const readOnly = new Set(STANDARD_OBJECTS.filter((s) => s.readOnly).map((s) => s.name.toLowerCase()));
  const prefix = prefixer();
  for (const dir of objectFolders(packageDir)) {
    const name = path.basename(dir);
    if (!name.includes('__')) throw new Error(`${dir}: standard object extensions are not modelled`);
    const kind = name.endsWith('__mdt') ? 'metadata' : name.endsWith('__e') ? 'event' : 'custom';
    objects.push(parseObjectFolder(dir, prefix(kind)));
  }
  const byName = new Map(objects.map((o) => [o.name.toLowerCase(), o]));
  const declaredChildren = new Map(STANDARD_OBJECTS.map((s) => [s.name.toLowerCase(), s.childRelationships]));
  for (const child of objects) {
    for (const field of child.fields.values()) {
      if (field.type !== 'reference') continue;
      for (const target of field.referenceTo) {
        const parent = byName.get(target.toLowerCase());
        const relationshipName = childRelationshipName(
          child,
          field,
          declaredChildren.get(child.name.toLowerCase()),
        );
        if (!parent || !relationshipName) continue;
        const rel: ChildRelationship = {
          relationshipName,
          childObject: child.name,
          field: field.name,
          cascadeDelete: field.deleteConstraint === 'Cascade',
        };
        parent.childRelationships.push(rel);
      }
    }
  }
  return new MetadataSchema(objects, readOnly);
}

/** The field of an object by any spelling, or undefined. */
export function fieldOf(object: ObjectInfo, name: string): FieldInfo | undefined {
  return object.fields.get(name.toLowerCase());
}
