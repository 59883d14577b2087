/** An org for Apex tests: the metadata read once per package directory, and a seeded in-memory store over it. */
import type { ApexValue } from '../interp/values';
import { accessFor, type PermissionCatalog, type UserAccess } from './access';
import { loadMetadataRecords, type MetadataRecordSource } from './custom-metadata';
import { MemoryRecordStore } from './memory-store';
import { loadPermissionSets, standardProfiles } from './permissions';
import { FORCE_APP, loadSchema, type OrgSchema } from './schema';
import { seedOrg, type SeededOrg } from './seed';

export interface OrgMetadata {
  packageDir: string;
  schema: OrgSchema;
  catalog: PermissionCatalog;
  metadataRecords: MetadataRecordSource[];
}

const cache = new Map<string, OrgMetadata>();

export function loadOrgMetadata(packageDir: string = FORCE_APP): OrgMetadata {
  let m = cache.get(packageDir);
  if (!m) {
    const schema = loadSchema(packageDir);
    m = {
      packageDir,
      schema,
      catalog: {
        profiles: standardProfiles(schema, packageDir),
        permissionSets: loadPermissionSets(packageDir),
      },
      metadataRecords: loadMetadataRecords(packageDir),
    };
    cache.set(packageDir, m);
  }
  return m;
}

export interface LocalOrg {
  metadata: OrgMetadata;
  store: MemoryRecordStore;
  seeded: SeededOrg;
  /** The access of a user as the store holds it now (profile + permission set assignments). */
  accessFor(userId: string): UserAccess;
}

/** A fresh store with the seed data, its undo history cleared (tests roll back to this state). */
export async function createLocalOrg(metadata: OrgMetadata, now: ApexValue): Promise<LocalOrg> {
  const store = new MemoryRecordStore(metadata.schema);
  const seeded = await seedOrg(store, {
    permissionSets: metadata.catalog.permissionSets,
    metadataRecords: metadata.metadataRecords,
    now,
  });
  store.commit();
  return {
    metadata,
    store,
    seeded,
    accessFor: (userId) =>
      accessFor(
        userId,
        metadata.schema,
        metadata.catalog,
        (o) => store.scanSync(o),
        (id) => store.getSync(id),
      ),
  };
}
