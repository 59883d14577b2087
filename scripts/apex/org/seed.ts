/**
 * The data every org has and Apex tests see: the Organization row, the standard profiles, the
 * running admin user (and the Automated Process user platform-event triggers run as), the
 * permission sets of the package, lead statuses, and the package's custom metadata records.
 */
import { ApexId } from '../lang/id';
import type { ApexValue } from '../interp/values';
import type { RecordStore, StoredRecord } from './model';
import type { MetadataRecordSource } from './custom-metadata';
import { MINIMUM_ACCESS, STANDARD_USER, SYSTEM_ADMINISTRATOR, type PermissionGrant } from './permissions';

export interface SeededOrg {
  orgId: string;
  adminUserId: string;
  automatedProcessUserId: string;
  /** Profile name → Id. */
  profileIds: Map<string, string>;
  /** Permission set name → Id. */
  permissionSetIds: Map<string, string>;
}

export interface SeedInput {
  permissionSets: PermissionGrant[];
  metadataRecords: MetadataRecordSource[];
  /** Stamp for CreatedDate / LastModifiedDate / SystemModstamp (an `ApexDatetime`). */
  now: ApexValue;
  timeZone?: string;
}

const LEAD_STATUSES: [string, boolean, boolean][] = [
  ['Open - Not Contacted', false, true],
  ['Working - Contacted', false, false],
  ['Closed - Converted', true, false],
  ['Closed - Not Converted', false, false],
];

export async function seedOrg(store: RecordStore, input: SeedInput): Promise<SeededOrg> {
  const timeZone = input.timeZone ?? 'America/Los_Angeles';
  const adminUserId = store.newId('User');
  const put = async (
    objectName: string,
    fields: StoredRecord,
    id = store.newId(objectName),
  ): Promise<string> => {
    const object = store.schema.object(objectName);
    const audit: StoredRecord = {};
    if (object?.fields.has('createddate')) {
      Object.assign(audit, {
        IsDeleted: false,
        CreatedDate: input.now,
        CreatedById: ApexId.of(adminUserId),
        LastModifiedDate: input.now,
        LastModifiedById: ApexId.of(adminUserId),
        SystemModstamp: input.now,
      });
    }
    await store.insert(objectName, { Id: ApexId.of(id), ...audit, ...fields });
    return id;
  };
  const orgId = await put('Organization', {
    Name: 'LiveEngage Local',
    TimeZoneSidKey: timeZone,
    DefaultLocaleSidKey: 'en_US',
    LanguageLocaleKey: 'en_US',
    NamespacePrefix: null,
    InstanceName: 'CS1',
    OrganizationType: 'Developer Edition',
    IsSandbox: false,
  });
  const profileIds = new Map<string, string>();
  for (const name of [SYSTEM_ADMINISTRATOR, STANDARD_USER, MINIMUM_ACCESS]) {
    profileIds.set(name, await put('Profile', { Name: name, UserType: 'Standard' }));
  }
  const user = (first: string | null, last: string, alias: string, userType: string): StoredRecord => ({
    FirstName: first,
    LastName: last,
    Name: first ? `${first} ${last}` : last,
    Username: `${alias}@liveengage.local`,
    Email: `${alias}@example.org`,
    Alias: alias,
    CommunityNickname: alias,
    IsActive: true,
    ProfileId: ApexId.of(profileIds.get(SYSTEM_ADMINISTRATOR) as string),
    TimeZoneSidKey: timeZone,
    LocaleSidKey: 'en_US',
    LanguageLocaleKey: 'en_US',
    EmailEncodingKey: 'UTF-8',
    UserType: userType,
  });
  await put('User', user('Local', 'Admin', 'admin', 'Standard'), adminUserId);
  const automatedProcessUserId = await put(
    'User',
    user(null, 'Automated Process', 'autoproc', 'AutomatedProcess'),
  );
  const permissionSetIds = new Map<string, string>();
  for (const ps of input.permissionSets) {
    permissionSetIds.set(
      ps.name,
      await put('PermissionSet', {
        Name: ps.name,
        Label: ps.label,
        IsOwnedByProfile: false,
        NamespacePrefix: null,
      }),
    );
  }
  for (const [i, [label, converted, isDefault]] of LEAD_STATUSES.entries()) {
    await put('LeadStatus', {
      MasterLabel: label,
      ApiName: label,
      IsConverted: converted,
      IsDefault: isDefault,
      SortOrder: i + 1,
    });
  }
  for (const m of input.metadataRecords) await put(m.objectName, m.values);
  return { orgId, adminUserId, automatedProcessUserId, profileIds, permissionSetIds };
}
