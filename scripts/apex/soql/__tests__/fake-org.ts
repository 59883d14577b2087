/** A small in-memory org for the SOQL tests: Account, Contact, User; permissions and sharing switchable. */
import type { ApexValue } from '../../interp/values';
import { ApexDatetime } from '../../lang/temporal';
import type { ChildRelationship, FieldInfo, ObjectInfo, Schema } from '../../org/model';
import {
  FakeAccess,
  FakeStore as SharedStore,
  fakeObjectInfo,
  roomyField,
  schemaOf,
} from '../../org/__tests__/fake-world';
import type { QueryEnv } from '../env';
import type { BindNode } from '../model';

export { FakeAccess };

const field = roomyField;
const ref = (name: string, to: string[], relationshipName: string): FieldInfo =>
  field(name, 'reference', { referenceTo: to, relationshipName });

function object(
  name: string,
  keyPrefix: string,
  fields: FieldInfo[],
  childRelationships: ChildRelationship[] = [],
): ObjectInfo {
  return fakeObjectInfo(name, keyPrefix, [field('Id', 'id'), ...fields], {
    sharingModel: 'Private',
    childRelationships,
  });
}

export const OBJECTS: ObjectInfo[] = [
  object(
    'Account',
    '001',
    [
      field('Name', 'string'),
      field('Industry', 'picklist'),
      field('AnnualRevenue', 'currency'),
      field('NumberOfEmployees', 'integer'),
      field('Tags__c', 'multipicklist'),
      field('Founded__c', 'date'),
      field('Active__c', 'boolean'),
      field('CreatedDate', 'datetime'),
      ref('OwnerId', ['User', 'Group'], 'Owner'),
      ref('ParentId', ['Account'], 'Parent'),
    ],
    [
      { relationshipName: 'Contacts', childObject: 'Contact', field: 'AccountId', cascadeDelete: false },
      { relationshipName: 'ChildAccounts', childObject: 'Account', field: 'ParentId', cascadeDelete: false },
    ],
  ),
  object('Contact', '003', [
    field('LastName', 'string'),
    field('Email', 'email'),
    field('Secret__c', 'string'),
    ref('AccountId', ['Account'], 'Account'),
  ]),
  object('User', '005', [field('Name', 'string'), field('Email', 'email')]),
  object('Group', '00G', [field('Name', 'string')]),
];

export const schema: Schema = schemaOf(OBJECTS);

export class FakeStore extends SharedStore {
  constructor() {
    super(schema);
  }
}

export interface TestEnv extends QueryEnv {
  queries: number;
  rows: number;
  binds: Map<string, ApexValue>;
}

/** 2024-03-14 15:00 in America/Los_Angeles (a Thursday). */
export const NOW = ApexDatetime.parseIso('2024-03-14T22:00:00Z');

export function testEnv(
  store: FakeStore,
  access: FakeAccess | null = null,
  binds: Record<string, ApexValue> = {},
): TestEnv {
  const env: TestEnv = {
    store,
    schema,
    access,
    defaultMode: 'system',
    withSharing: false,
    binds: new Map(Object.entries(binds).map(([k, v]) => [k.toLowerCase(), v])),
    resolveBind(node: BindNode): ApexValue {
      const key = node.text.toLowerCase();
      if (!env.binds.has(key)) throw new Error(`unbound :${node.text}`);
      return env.binds.get(key) ?? null;
    },
    timeZone: 'America/Los_Angeles',
    now: () => NOW,
    queries: 0,
    rows: 0,
    limits: {
      countQuery: () => {
        env.queries++;
      },
      countRows: (n) => {
        env.rows += n;
      },
    },
  };
  return env;
}
