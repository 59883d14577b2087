/**
 * `Security.stripInaccessible`, `System.AccessType`, `System.SObjectAccessDecision` and
 * `FeatureManagement.checkPermission`, for the running user.
 */
import { ApexError } from '../lang/errors';
import type { NativeClass } from '../interp/native';
import { ApexEnumValue, ApexList, ApexMap, ApexSet, ApexSObject, NativeObject } from '../interp/values';
import { checkCustomPermission, type UserAccess } from '../org/access';
import { stripInaccessible, type AccessDecision, type AccessType } from '../org/strip-inaccessible';
import { services } from './services';

const ACCESS_TYPES: AccessType[] = ['READABLE', 'CREATABLE', 'UPDATABLE', 'UPSERTABLE'];

export const SECURITY_CLASSES: NativeClass[] = [
  { name: 'AccessType', namespace: 'System', enumValues: ACCESS_TYPES },
  {
    name: 'Security',
    namespace: 'System',
    statics: {
      stripinaccessible: (ctx, _s, [type, records, enforceRoot]) => {
        if (!(type instanceof ApexEnumValue) || !(records instanceof ApexList)) {
          throw new ApexError('System.NullPointerException', 'Argument cannot be null.');
        }
        const s = services(ctx);
        const sobjects = records.items.filter((r): r is ApexSObject => r instanceof ApexSObject);
        const decision = stripInaccessible(
          s.access(),
          s.schema,
          type.name as AccessType,
          sobjects,
          enforceRoot === undefined ? true : enforceRoot === true,
        );
        return decisionValue(decision, records.elementType.name);
      },
    },
  },
  {
    name: 'SObjectAccessDecision',
    namespace: 'System',
    methods: {
      getrecords: (_c, self) => (self as DecisionPayload).records,
      getremovedfields: (_c, self) => (self as DecisionPayload).removed,
      getmodifiedindexes: (_c, self) => (self as DecisionPayload).modified,
    },
  },
  {
    name: 'FeatureManagement',
    namespace: 'System',
    statics: {
      checkpermission: (ctx, _s, [name]) => {
        if (typeof name !== 'string')
          throw new ApexError('System.NullPointerException', 'Argument cannot be null.');
        return checkCustomPermission(services(ctx).access() as UserAccess, name);
      },
    },
  },
];

interface DecisionPayload {
  records: ApexList;
  removed: ApexMap;
  modified: ApexSet;
}

function decisionValue(d: AccessDecision, elementType: string): NativeObject<DecisionPayload> {
  const removed = new ApexMap({ name: 'String' }, { name: 'Set', args: [{ name: 'String' }] });
  for (const [objectName, fields] of d.removedFields) {
    const set = new ApexSet({ name: 'String' });
    for (const f of fields) set.add(f);
    removed.set(objectName, set);
  }
  const modified = new ApexSet({ name: 'Integer' });
  for (const i of d.modifiedIndexes) modified.add(i);
  return new NativeObject('System.SObjectAccessDecision', {
    records: new ApexList({ name: elementType }, d.records),
    removed,
    modified,
  });
}
