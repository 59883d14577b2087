/**
 * The running user's rights: object CRUD and field-level security from the profile ∪ assigned
 * permission sets, and record sharing by org-wide default, ownership and View/Modify All.
 */
import { ApexId } from '../lang/id';
import type { ApexValue } from '../interp/values';
import type { Access, FieldInfo, ObjectInfo, Schema, StoredRecord } from './model';
import { mergeGrants, type ObjectGrant, type PermissionGrant } from './permissions';

/** Synchronous read of a live record by Id (sharing of ControlledByParent objects reads the parent). */
export type RecordLookup = (id: string) => StoredRecord | undefined;

const NONE: ObjectGrant = {
  read: false,
  create: false,
  edit: false,
  delete: false,
  viewAll: false,
  modifyAll: false,
};

export function idText(v: ApexValue | undefined): string | null {
  if (v instanceof ApexId) return v.value;
  if (typeof v === 'string' && ApexId.isValid(v)) return ApexId.of(v).value;
  return null;
}

/** A field value by any spelling of its name. */
export function valueOf(record: StoredRecord, field: string): ApexValue {
  if (field in record) return record[field];
  const lower = field.toLowerCase();
  for (const k of Object.keys(record)) if (k.toLowerCase() === lower) return record[k];
  return null;
}

export class UserAccess implements Access {
  constructor(
    readonly userId: string,
    readonly grant: PermissionGrant,
    private readonly schema: Schema,
    private readonly lookup: RecordLookup,
  ) {}

  private rights(objectName: string): ObjectGrant {
    const object = this.schema.object(objectName);
    if (!object) return NONE;
    const key = object.name.toLowerCase();
    if (object.kind === 'setting' || object.kind === 'metadata') {
      const readable = this.grant.modifyAllData || this.grant.setupObjects.has(key);
      return {
        ...NONE,
        read: readable,
        create: this.grant.modifyAllData,
        edit: this.grant.modifyAllData,
        delete: this.grant.modifyAllData,
      };
    }
    const g = this.grant.objects.get(key) ?? NONE;
    if (this.grant.modifyAllData)
      return { read: true, create: true, edit: true, delete: true, viewAll: true, modifyAll: true };
    if (this.grant.viewAllData) return { ...g, read: true, viewAll: true };
    return g;
  }

  canRead(objectName: string): boolean {
    return this.rights(objectName).read;
  }
  canCreate(objectName: string): boolean {
    return this.rights(objectName).create;
  }
  canEdit(objectName: string): boolean {
    return this.rights(objectName).edit;
  }
  canDelete(objectName: string): boolean {
    return this.rights(objectName).delete;
  }

  /** Fields outside FLS: standard fields follow the object's rights, and so do required custom fields. */
  private fieldGrant(
    objectName: string,
    field: string,
  ): { object: ObjectInfo; info: FieldInfo; fls: { readable: boolean; editable: boolean } } | undefined {
    const object = this.schema.object(objectName);
    const info = object?.fields.get(field.toLowerCase());
    if (!object || !info) return undefined;
    if (
      !info.custom ||
      (!info.nillable && info.type !== 'boolean') ||
      object.kind === 'setting' ||
      object.kind === 'metadata'
    ) {
      return { object, info, fls: { readable: true, editable: true } };
    }
    const fls = this.grant.fields.get(`${object.name.toLowerCase()}.${info.name.toLowerCase()}`) ?? {
      readable: false,
      editable: false,
    };
    return { object, info, fls };
  }

  fieldReadable(objectName: string, field: string): boolean {
    const g = this.fieldGrant(objectName, field);
    return !!g && this.canRead(objectName) && (g.fls.readable || g.fls.editable);
  }

  fieldEditable(objectName: string, field: string): boolean {
    const g = this.fieldGrant(objectName, field);
    if (!g || !(g.info.createable || g.info.updateable)) return false;
    return (this.canEdit(objectName) || this.canCreate(objectName)) && g.fls.editable;
  }

  hasCustomPermission(name: string): boolean {
    return this.grant.customPermissions.has(name.toLowerCase());
  }
  canAccessClass(name: string): boolean {
    return this.grant.modifyAllData || this.grant.classes.has(name.toLowerCase());
  }
  canAccessPage(name: string): boolean {
    return this.grant.modifyAllData || this.grant.pages.has(name.toLowerCase());
  }

  private isOwner(object: ObjectInfo, record: StoredRecord): boolean {
    const owner = object.fields.has('ownerid')
      ? idText(valueOf(record, 'OwnerId'))
      : object.name === 'User'
        ? idText(valueOf(record, 'Id'))
        : null;
    return owner === this.userId;
  }

  /** The record a ControlledByParent record takes its sharing from (its master or primary lookup). */
  private parentOf(
    object: ObjectInfo,
    record: StoredRecord,
  ): { object: ObjectInfo; record: StoredRecord } | undefined {
    const field = [...object.fields.values()].find(
      (f) => f.type === 'reference' && f.deleteConstraint === 'Cascade',
    );
    const id = field ? idText(valueOf(record, field.name)) : null;
    const parent = id ? this.lookup(id) : undefined;
    const parentObject = id ? this.schema.byKeyPrefix(id.slice(0, 3)) : undefined;
    return parent && parentObject ? { object: parentObject, record: parent } : undefined;
  }

  canSeeRecord(objectName: string, record: StoredRecord): boolean {
    return this.recordRight(objectName, record, (r) => r.viewAll || r.modifyAll, ['Private']);
  }

  canEditRecord(objectName: string, record: StoredRecord): boolean {
    return this.recordRight(objectName, record, (r) => r.modifyAll, ['Private', 'Read']);
  }

  /**
   * A right on one record: everyone's under the sharing models not in `ownerOnly`, the owner's under
   * those, the parent's right under ControlledByParent; `bypass` (View/Modify All) grants it outright.
   */
  private recordRight(
    objectName: string,
    record: StoredRecord,
    bypass: (r: ObjectGrant) => boolean,
    ownerOnly: string[],
  ): boolean {
    const object = this.schema.object(objectName);
    if (!object) return false;
    if (bypass(this.rights(objectName))) return true;
    if (object.sharingModel === 'ControlledByParent') {
      const parent = this.parentOf(object, record);
      if (parent) return this.recordRight(parent.object.name, parent.record, bypass, ownerOnly);
      return this.isOwner(object, record);
    }
    return ownerOnly.includes(object.sharingModel) ? this.isOwner(object, record) : true;
  }

  canDeleteRecord(objectName: string, record: StoredRecord): boolean {
    const object = this.schema.object(objectName);
    if (!object) return false;
    if (this.rights(objectName).modifyAll) return true;
    if (object.sharingModel === 'ControlledByParent') {
      const parent = this.parentOf(object, record);
      if (parent) return this.canEditRecord(parent.object.name, parent.record);
    }
    if (object.kind === 'setting' || object.kind === 'metadata' || object.kind === 'event') return true;
    return this.isOwner(object, record);
  }
}

/** Everything the access model reads from metadata: profiles and permission sets by name. */
export interface PermissionCatalog {
  profiles: PermissionGrant[];
  permissionSets: PermissionGrant[];
}

/**
 * The access of a user in the store: profile (User.ProfileId → Profile.Name) ∪ the permission sets
 * of the user's PermissionSetAssignment records (PermissionSet.Name).
 */
export function accessFor(
  userId: string,
  schema: Schema,
  catalog: PermissionCatalog,
  scan: (objectName: string) => StoredRecord[],
  lookup: RecordLookup,
): UserAccess {
  const uid = ApexId.of(userId).value;
  const user = lookup(uid);
  if (!user) throw new Error(`no user ${userId}`);
  const profileId = idText(valueOf(user, 'ProfileId'));
  const profile = profileId ? lookup(profileId) : undefined;
  const profileName = profile ? String(valueOf(profile, 'Name')) : '';
  const grants: PermissionGrant[] = catalog.profiles.filter(
    (p) => p.name.toLowerCase() === profileName.toLowerCase(),
  );
  for (const psa of scan('PermissionSetAssignment')) {
    if (idText(valueOf(psa, 'AssigneeId')) !== uid) continue;
    const psId = idText(valueOf(psa, 'PermissionSetId'));
    const ps = psId ? lookup(psId) : undefined;
    const name = ps ? String(valueOf(ps, 'Name')).toLowerCase() : '';
    grants.push(...catalog.permissionSets.filter((p) => p.name.toLowerCase() === name));
  }
  return new UserAccess(uid, mergeGrants(profileName, grants), schema, lookup);
}

/** `FeatureManagement.checkPermission(name)`: the user's profile or permission sets grant the custom permission. */
export function checkCustomPermission(access: UserAccess, name: string): boolean {
  return access.hasCustomPermission(name);
}
