/**
 * Permissions as granted by a profile or a permission set: object CRUD + View/Modify All, field
 * permissions, Apex class and page access, custom permissions. Permission sets come from
 * `force-app/**\/permissionsets/*.permissionset-meta.xml`; the three standard profiles are built here.
 */
import * as path from 'node:path';
import type { Schema } from './model';
import { packageFiles } from './package-files';
import { asArray, flagOf, readXml, textOf, type XmlNode } from './xml';

export interface ObjectGrant {
  read: boolean;
  create: boolean;
  edit: boolean;
  delete: boolean;
  viewAll: boolean;
  modifyAll: boolean;
}

export interface PermissionGrant {
  /** API name: `LiveEngage_Admin`, or the profile name. */
  name: string;
  label: string;
  /** Lower-case object name → rights. */
  objects: Map<string, ObjectGrant>;
  /** Lower-case `object.field` → rights. */
  fields: Map<string, { readable: boolean; editable: boolean }>;
  /** Lower-case names. */
  classes: Set<string>;
  pages: Set<string>;
  customPermissions: Set<string>;
  /** Lower-case custom setting / custom metadata type names readable through Apex and SOQL. */
  setupObjects: Set<string>;
  viewAllData: boolean;
  modifyAllData: boolean;
}

export const SYSTEM_ADMINISTRATOR = 'System Administrator';
export const STANDARD_USER = 'Standard User';
export const MINIMUM_ACCESS = 'Minimum Access - Salesforce';

function emptyGrant(name: string, label = name): PermissionGrant {
  return {
    name,
    label,
    objects: new Map(),
    fields: new Map(),
    classes: new Set(),
    pages: new Set(),
    customPermissions: new Set(),
    setupObjects: new Set(),
    viewAllData: false,
    modifyAllData: false,
  };
}

/** Parses one permission set file; its Name is the file name. */
export function parsePermissionSet(file: string): PermissionGrant {
  const ps = (readXml(file).PermissionSet ?? {}) as XmlNode;
  const name = path.basename(file).replace(/\.permissionset-meta\.xml$/, '');
  const grant = emptyGrant(name, textOf(ps, 'label') ?? name);
  const enabled = (key: string, nameKey: string, into: Set<string>): void => {
    for (const n of asArray(ps[key] as XmlNode | XmlNode[])) {
      if (flagOf(n, 'enabled')) into.add((textOf(n, nameKey) ?? '').toLowerCase());
    }
  };
  for (const o of asArray(ps.objectPermissions as XmlNode | XmlNode[])) {
    grant.objects.set((textOf(o, 'object') ?? '').toLowerCase(), {
      read: flagOf(o, 'allowRead'),
      create: flagOf(o, 'allowCreate'),
      edit: flagOf(o, 'allowEdit'),
      delete: flagOf(o, 'allowDelete'),
      viewAll: flagOf(o, 'viewAllRecords'),
      modifyAll: flagOf(o, 'modifyAllRecords'),
    });
  }
  for (const f of asArray(ps.fieldPermissions as XmlNode | XmlNode[])) {
    grant.fields.set((textOf(f, 'field') ?? '').toLowerCase(), {
      readable: flagOf(f, 'readable'),
      editable: flagOf(f, 'editable'),
    });
  }
  enabled('classAccesses', 'apexClass', grant.classes);
  enabled('pageAccesses', 'apexPage', grant.pages);
  enabled('customPermissions', 'name', grant.customPermissions);
  enabled('customSettingAccesses', 'name', grant.setupObjects);
  enabled('customMetadataTypeAccesses', 'name', grant.setupObjects);
  for (const u of asArray(ps.userPermissions as XmlNode | XmlNode[])) {
    if (!flagOf(u, 'enabled')) continue;
    if (textOf(u, 'name') === 'ViewAllData') grant.viewAllData = true;
    if (textOf(u, 'name') === 'ModifyAllData') grant.modifyAllData = grant.viewAllData = true;
  }
  return grant;
}

/** Every permission set under a package directory, by name. */
export function loadPermissionSets(packageDir: string): PermissionGrant[] {
  return packageFiles(packageDir, '.permissionset-meta.xml')
    .map(parsePermissionSet)
    .sort((a, b) => a.name.localeCompare(b.name));
}

const ALL: ObjectGrant = {
  read: true,
  create: true,
  edit: true,
  delete: true,
  viewAll: true,
  modifyAll: true,
};
const CRUD: ObjectGrant = {
  read: true,
  create: true,
  edit: true,
  delete: true,
  viewAll: false,
  modifyAll: false,
};
const READ: ObjectGrant = {
  read: true,
  create: false,
  edit: false,
  delete: false,
  viewAll: false,
  modifyAll: false,
};

/** Objects a Standard User profile can create, edit and delete (its usual CRUD). */
const STANDARD_USER_CRUD = [
  'Account',
  'Contact',
  'Lead',
  'Opportunity',
  'Case',
  'ContentVersion',
  'ContentDocument',
  'ContentDocumentLink',
];

/**
 * The three standard profiles: System Administrator (everything, View/Modify All Data, every
 * class and page; custom permissions only through permission sets), Standard User (CRUD on the usual standard objects, read on
 * the rest of the standard ones, no custom objects), Minimum Access (read on User only).
 */
export function standardProfiles(schema: Schema, packageDir: string): PermissionGrant[] {
  const admin = emptyGrant(SYSTEM_ADMINISTRATOR);
  admin.viewAllData = admin.modifyAllData = true;
  const standard = emptyGrant(STANDARD_USER);
  const minimum = emptyGrant(MINIMUM_ACCESS);
  for (const o of schema.objects()) {
    const key = o.name.toLowerCase();
    admin.objects.set(key, ALL);
    if (o.kind === 'setting' || o.kind === 'metadata') admin.setupObjects.add(key);
    for (const f of o.fields.values())
      admin.fields.set(`${key}.${f.name.toLowerCase()}`, {
        readable: true,
        editable: f.updateable || f.createable,
      });
    if (o.kind !== 'standard') continue;
    const grant = STANDARD_USER_CRUD.includes(o.name) ? CRUD : READ;
    standard.objects.set(key, grant);
    for (const f of o.fields.values()) {
      standard.fields.set(`${key}.${f.name.toLowerCase()}`, {
        readable: true,
        editable: grant.edit && (f.updateable || f.createable),
      });
    }
  }
  minimum.objects.set('user', READ);
  for (const name of listNames(packageDir, 'classes', '.cls')) admin.classes.add(name);
  for (const name of listNames(packageDir, 'pages', '.page')) admin.pages.add(name);
  return [admin, standard, minimum];
}

/** Lower-case member names of one metadata folder kind anywhere under the package directory. */
function listNames(packageDir: string, folder: string, suffix: string): string[] {
  return packageFiles(packageDir, suffix, folder).map((f) => path.basename(f, suffix).toLowerCase());
}

/** Union of grants: the user's profile plus assigned permission sets. */
export function mergeGrants(name: string, grants: PermissionGrant[]): PermissionGrant {
  const out = emptyGrant(name);
  for (const g of grants) {
    out.viewAllData ||= g.viewAllData;
    out.modifyAllData ||= g.modifyAllData;
    for (const [k, v] of g.objects) {
      const prev = out.objects.get(k);
      out.objects.set(k, {
        read: v.read || !!prev?.read,
        create: v.create || !!prev?.create,
        edit: v.edit || !!prev?.edit,
        delete: v.delete || !!prev?.delete,
        viewAll: v.viewAll || !!prev?.viewAll,
        modifyAll: v.modifyAll || !!prev?.modifyAll,
      });
    }
    for (const [k, v] of g.fields) {
      const prev = out.fields.get(k);
      out.fields.set(k, {
        readable: v.readable || !!prev?.readable,
        editable: v.editable || !!prev?.editable,
      });
    }
    for (const s of ['classes', 'pages', 'customPermissions', 'setupObjects'] as const)
      for (const v of g[s]) out[s].add(v);
  }
  return out;
}
