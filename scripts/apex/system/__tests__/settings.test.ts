import { NotSupportedError } from '../../lang/errors';
import { ApexId } from '../../lang/id';
import { ApexMap, ApexSObject, type ApexValue } from '../../interp/values';
import { fieldTokenValue, sObjectTypeValue } from '../schema';
import { sObjectStaticMethod } from '../settings';
import { sObjectStaticMember } from '../sobject-static';
import { fakeOrg, type FakeOrg } from './fake-platform';

let org: FakeOrg;
beforeEach(async () => {
  org = await fakeOrg();
});

const run = (object: string, method: string, ...args: ApexValue[]) =>
  sObjectStaticMethod(org.ctx, object, method, args) as Promise<ApexSObject | null>;

const owner = (id: string) => ({ SetupOwnerId: ApexId.of(id) });

/** The populated fields of a record, by declared name (Ids as text). */
function fields(r: ApexSObject | null): Record<string, unknown> {
  if (r === null) return { null: true };
  const out: Record<string, unknown> = {};
  for (const [k, v] of r.fields) out[r.names.get(k) ?? k] = v instanceof ApexId ? v.value : v;
  return out;
}

describe('hierarchy custom settings', () => {
  it('with no data: getInstance is a new record owned by the user, getOrgDefaults an empty record', async () => {
    const mine = await run('Pref__c', 'getInstance');
    expect(mine).toBeInstanceOf(ApexSObject);
    expect(fields(mine)).toEqual({ SetupOwnerId: org.userId, Flag__c: false });
    expect(fields(await run('pref__c', 'getOrgDefaults'))).toEqual({ Flag__c: false });
    expect(await run('Pref__c', 'getValues', org.userId)).toBeNull();
  });

  it('org defaults only: getInstance merges them into a record with a null Id', async () => {
    const orgRow = org.store.add('Pref__c', { ...owner(org.orgId), Mode__c: 'org', Flag__c: true });
    expect(fields(await run('Pref__c', 'getOrgDefaults'))).toEqual({
      Id: orgRow.value,
      SetupOwnerId: org.orgId,
      Mode__c: 'org',
      Flag__c: true,
    });
    const mine = await run('Pref__c', 'getInstance');
    expect(fields(mine)).toEqual({ SetupOwnerId: org.userId, Mode__c: 'org', Flag__c: true });
    expect(mine?.read('Id')).toBeNull();
  });

  it('merges user → profile → org field by field', async () => {
    org.store.add('Pref__c', { ...owner(org.orgId), Mode__c: 'org', Hour__c: 3, Flag__c: true });
    org.store.add('Pref__c', { ...owner(org.profileId), Mode__c: 'profile', Hour__c: null });
    const userRow = org.store.add('Pref__c', {
      ...owner(org.userId),
      Name: 'Ada',
      Mode__c: null,
      Flag__c: false,
    });
    expect(fields(await run('Pref__c', 'getInstance'))).toEqual({
      Id: userRow.value,
      SetupOwnerId: org.userId,
      Name: 'Ada',
      Mode__c: 'profile',
      Flag__c: false,
      Hour__c: 3,
    });
    expect(fields(await run('Pref__c', 'getInstance', ApexId.of(org.profileId)))).toMatchObject({
      SetupOwnerId: org.profileId,
      Mode__c: 'profile',
      Hour__c: 3,
    });
    expect(fields(await run('Pref__c', 'getValues', org.profileId))).toMatchObject({
      Mode__c: 'profile',
      Hour__c: null,
    });
    expect(fields(await run('Pref__c', 'getInstance', org.orgId))).toMatchObject({ Mode__c: 'org' });
  });

  it('getInstance() follows the running user', async () => {
    const other = org.store.add('User', { Name: 'Bob', ProfileId: null }).value;
    org.store.add('Pref__c', { ...owner(other), Mode__c: 'bob' });
    expect((await run('Pref__c', 'getInstance'))?.read('Mode__c')).toBeNull();
    org.runAs(other);
    expect((await run('Pref__c', 'getInstance'))?.read('Mode__c')).toBe('bob');
  });

  it('refuses list-setting methods and Ids outside the hierarchy', async () => {
    await expect(run('Pref__c', 'getAll')).rejects.toThrow(NotSupportedError);
    await expect(run('Pref__c', 'getInstance', org.store.newId('Account'))).rejects.toThrow(
      NotSupportedError,
    );
    await expect(run('Pref__c', 'getInstance', null)).rejects.toThrow(
      'Attempt to de-reference a null object',
    );
  });
});

describe('list custom settings', () => {
  beforeEach(async () => {
    org.store.add('Country__c', { Name: 'France', Code__c: 'FR' });
    org.store.add('Country__c', { Name: 'Japan', Code__c: 'JP' });
  });

  it('getAll maps Name to record', async () => {
    const m = (await sObjectStaticMethod(org.ctx, 'Country__c', 'getAll', [])) as ApexMap;
    expect(m.keys()).toEqual(['France', 'Japan']);
    expect((m.get('Japan') as ApexSObject).read('Code__c')).toBe('JP');
  });

  it('getInstance and getValues by name; null when missing', async () => {
    expect((await run('Country__c', 'getInstance', 'France'))?.read('Code__c')).toBe('FR');
    expect((await run('Country__c', 'getValues', 'Japan'))?.read('Code__c')).toBe('JP');
    expect(await run('Country__c', 'getValues', 'Peru')).toBeNull();
    await expect(run('Country__c', 'getOrgDefaults')).rejects.toThrow(NotSupportedError);
  });
});

describe('custom metadata', () => {
  let topic: string;
  beforeEach(async () => {
    topic = org.store.add('Catalog__mdt', {
      DeveloperName: 'Topic',
      MasterLabel: 'Topic',
      QualifiedApiName: 'ns__Topic',
      Path__c: 'a.b',
      Long__c: 'x'.repeat(300),
    }).value;
    org.store.add('Catalog__mdt', {
      DeveloperName: 'Goal',
      MasterLabel: 'Goal',
      QualifiedApiName: 'Goal',
    });
  });

  it('getAll maps DeveloperName to record', async () => {
    const m = (await sObjectStaticMethod(org.ctx, 'Catalog__mdt', 'getAll', [])) as ApexMap;
    expect(m.keys()).toEqual(['Topic', 'Goal']);
    expect((m.get('Topic') as ApexSObject).read('Path__c')).toBe('a.b');
  });

  it('getInstance by developer name, qualified API name or Id; null when missing', async () => {
    expect((await run('Catalog__mdt', 'getInstance', 'Topic'))?.read('Path__c')).toBe('a.b');
    expect((await run('Catalog__mdt', 'getInstance', 'ns__Topic'))?.read('DeveloperName')).toBe('Topic');
    expect((await run('Catalog__mdt', 'getInstance', ApexId.of(topic)))?.read('DeveloperName')).toBe('Topic');
    expect((await run('Catalog__mdt', 'getInstance', topic.slice(0, 15)))?.read('DeveloperName')).toBe(
      'Topic',
    );
    expect(await run('Catalog__mdt', 'getInstance', 'Nope')).toBeNull();
    expect(await run('Catalog__mdt', 'getInstance', 'topic')).toBeNull();
  });

  it('long text comes back cut to 255 characters', async () => {
    expect(((await run('Catalog__mdt', 'getInstance', 'Topic'))?.read('Long__c') as string).length).toBe(255);
  });

  it('each call returns a fresh record', async () => {
    const a = await run('Catalog__mdt', 'getInstance', 'Goal');
    a?.write('Path__c', 'changed');
    expect((await run('Catalog__mdt', 'getInstance', 'Goal'))?.read('Path__c')).toBeNull();
  });
});

describe('static members of sObject types', () => {
  it('SObjectType, field tokens and getSObjectType()', async () => {
    expect(await sObjectStaticMember(org.ctx, 'account', 'SObjectType', null)).toBe(
      sObjectTypeValue(org.ctx, 'Account'),
    );
    expect(await sObjectStaticMember(org.ctx, 'Account', 'name', null)).toBe(
      fieldTokenValue(org.ctx, 'Account', 'Name'),
    );
    expect(await sObjectStaticMember(org.ctx, 'Account', 'getSObjectType', [])).toBe(
      sObjectTypeValue(org.ctx, 'Account'),
    );
    expect(await sObjectStaticMember(org.ctx, 'Country__c', 'getAll', [])).toBeInstanceOf(ApexMap);
  });

  it('other static methods on ordinary objects are not modelled', async () => {
    await expect(run('Account', 'getInstance')).rejects.toThrow(NotSupportedError);
    await expect(run('Chat__c', 'getAll')).rejects.toThrow(NotSupportedError);
  });
});
