/**
 * `Schema.DescribeSObjectResult`, its `fields` member (`Schema.SObjectTypeFields`: `getMap()`, and
 * `fields.Name`, the describe of a field) and `Schema.ChildRelationship`. Object access answers come
 * from the running user's `Access` captured when the describe is made, narrowed by what the
 * object's kind allows (custom metadata is read-only to DML, platform events are only published).
 */
import { getter, type Ctx, type NativeClass } from '../interp/native';
import { ApexList, NativeObject, type ApexValue } from '../interp/values';
import type { Access, ChildRelationship, ObjectInfo, Schema } from '../org/model';
import { NotSupportedError } from '../lang/errors';
import { fieldDescribe, localName } from './schema-describe-field';
import { namedBySchema } from './schema-member-names';
import {
  DescribeMap,
  objectInfo,
  sObjectFieldToken,
  sObjectTypeToken,
  SOBJECT_FIELD_NAME,
} from './schema-tokens';
import { services } from './services';

export const DESCRIBE_SOBJECT_NAME = 'Schema.DescribeSObjectResult';
export const SOBJECT_TYPE_FIELDS_NAME = 'Schema.SObjectTypeFields';
export const CHILD_RELATIONSHIP_NAME = 'Schema.ChildRelationship';

export interface ObjectDescribePayload {
  schema: Schema;
  info: ObjectInfo;
  access: Access;
}

export interface ChildRelationshipPayload {
  schema: Schema;
  relationship: ChildRelationship;
}

/** A describe of an object for the running user. */
export function objectDescribe(ctx: Ctx, objectName: string): NativeObject<ObjectDescribePayload> {
  const s = services(ctx);
  return new NativeObject<ObjectDescribePayload>(DESCRIBE_SOBJECT_NAME, {
    schema: s.schema,
    info: objectInfo(s.schema, objectName),
    access: s.access(),
  });
}

function fieldMap(p: ObjectDescribePayload): DescribeMap {
  const m = new DescribeMap({ name: SOBJECT_FIELD_NAME });
  for (const f of p.info.fields.values()) m.set(f.name.toLowerCase(), sObjectFieldToken(p.schema, p.info, f));
  return m;
}

const DML_READ_ONLY = new Set(['metadata', 'event']);

type Self = ObjectDescribePayload;
const fn = getter<Self>;

export const DescribeSObjectResultClass: NativeClass = {
  name: 'DescribeSObjectResult',
  namespace: 'Schema',
  methods: {
    getname: fn((p) => p.info.name),
    getlocalname: fn((p) => localName(p.info.name)),
    getlabel: fn((p) => p.info.label),
    getlabelplural: fn((p) => p.info.labelPlural),
    getkeyprefix: fn((p) => p.info.keyPrefix),
    iscustom: fn((p) => p.info.custom),
    iscustomsetting: fn((p) => p.info.kind === 'setting'),
    isaccessible: fn((p) => p.access.canRead(p.info.name)),
    isqueryable: fn((p) => p.info.kind !== 'event' && p.access.canRead(p.info.name)),
    iscreateable: fn((p) => p.info.kind !== 'metadata' && p.access.canCreate(p.info.name)),
    isupdateable: fn((p) => !DML_READ_ONLY.has(p.info.kind) && p.access.canEdit(p.info.name)),
    isdeletable: fn((p) => !DML_READ_ONLY.has(p.info.kind) && p.access.canDelete(p.info.name)),
    getsobjecttype: fn((p) => sObjectTypeToken(p.schema, p.info.name)),
    getchildrelationships: fn(
      (p) =>
        new ApexList(
          { name: CHILD_RELATIONSHIP_NAME },
          p.info.childRelationships.map(
            (relationship) =>
              new NativeObject<ChildRelationshipPayload>(CHILD_RELATIONSHIP_NAME, {
                schema: p.schema,
                relationship,
              }),
          ),
        ),
    ),
  },
  props: {
    fields: (_ctx, self) => new NativeObject<Self>(SOBJECT_TYPE_FIELDS_NAME, self as Self),
  },
};

export const SObjectTypeFieldsClass: NativeClass = {
  name: 'SObjectTypeFields',
  namespace: 'Schema',
  methods: {
    getmap: fn(fieldMap),
  },
  // `Schema.SObjectType.Account.fields.Name`: the describe of the field named.
  props: namedBySchema((name) => (_ctx: Ctx, self: unknown) => fieldDescribeOf(self as Self, name)),
};

function fieldDescribeOf(p: Self, name: string): ApexValue {
  const field = p.info.fields.get(name.toLowerCase());
  if (!field) throw new NotSupportedError(`fields.${name} of ${p.info.name}: the object has no such field`);
  return fieldDescribe(p.schema, p.info, field, p.access);
}

type Rel = ChildRelationshipPayload;
const rel = getter<Rel>;

function childField(p: Rel) {
  const child = objectInfo(p.schema, p.relationship.childObject);
  const field = child.fields.get(p.relationship.field.toLowerCase());
  if (!field)
    throw new Error(
      `child relationship ${p.relationship.relationshipName}: no field ${p.relationship.field}`,
    );
  return { child, field };
}

export const ChildRelationshipClass: NativeClass = {
  name: 'ChildRelationship',
  namespace: 'Schema',
  methods: {
    getchildsobject: rel((p) => sObjectTypeToken(p.schema, p.relationship.childObject)),
    getfield: rel((p) => {
      const { child, field } = childField(p);
      return sObjectFieldToken(p.schema, child, field);
    }),
    getrelationshipname: rel((p) => p.relationship.relationshipName),
    iscascadedelete: rel((p) => p.relationship.cascadeDelete),
    isrestricteddelete: rel((p) => childField(p).field.deleteConstraint === 'Restrict'),
  },
};
