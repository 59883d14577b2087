/**
 * The instance methods of every sObject (`System.SObject`; `self` is the `ApexSObject`): dynamic
 * field access, relationships, clone, `addError` and friends. Field names are resolved against the
 * org schema in any case; errors follow apex-semantics §3.
 */
import { NotSupportedError } from '../lang/errors';
import type { Ctx, NativeClass, NativeFn } from '../interp/native';
import { ApexList, ApexMap, ApexSObject, NativeObject, type ApexValue } from '../interp/values';
import { arity, boolArg, nullPointer, stringArg, unsupportedOverload } from './args';
import { schemaOf, sObjectTypeToken } from './schema-tokens';
import { cloneInOrg } from './sobject-copy';
import { addError, recordErrors } from './sobject-errors';
import {
  assertQueried,
  checkedValue,
  childRelationship,
  fieldNameArg,
  fieldOf,
  invalidField,
  isWriteable,
  readField,
  recordObject,
  relationshipField,
  sObjectError,
} from './sobject-fields';

/** `Database.Error` values carry the error record as payload (status code, message, fields). */
export const DATABASE_ERROR_NAME = 'Database.Error';

function objectOf(ctx: Ctx, rec: ApexSObject) {
  const info = recordObject(schemaOf(ctx), rec);
  if (!info) throw new NotSupportedError(`this sObject method on ${rec.type}`);
  return info;
}

const get: NativeFn = (ctx, self, args) => {
  arity('SObject.get', args, 1);
  const rec = self as ApexSObject;
  return readField(schemaOf(ctx), rec, fieldNameArg(rec, args, 0, 'SObject.get'));
};

const put: NativeFn = (ctx, self, args) => {
  arity('SObject.put', args, 2);
  const rec = self as ApexSObject;
  const info = objectOf(ctx, rec);
  const f = fieldOf(info, fieldNameArg(rec, args, 0, 'SObject.put'));
  if (!isWriteable(info, f)) throw sObjectError(`Field is not writeable: ${info.name}.${f.name}`);
  const value = checkedValue(ctx, f, args[1] ?? null);
  const previous = rec.read(f.name);
  rec.write(f.name, value);
  return previous;
};

/** `getSObject('Account')` or `getSObject(Contact.AccountId)`: the related record or null. */
const getSObject: NativeFn = (ctx, self, args) => {
  arity('SObject.getSObject', args, 1);
  const rec = self as ApexSObject;
  const info = objectOf(ctx, rec);
  const lookup = relationshipOf(rec, args, 'SObject.getSObject', info);
  assertQueried(info, rec, lookup);
  const v = rec.read(lookup);
  return v instanceof ApexSObject ? v : null;
};

function relationshipOf(
  rec: ApexSObject,
  args: ApexValue[],
  method: string,
  info: ReturnType<typeof objectOf>,
): string {
  const name = fieldNameArg(rec, args, 0, method);
  if (typeof args[0] === 'string') return relationshipField(info, name).relationshipName as string;
  const f = fieldOf(info, name);
  if (!f.relationshipName) throw invalidField(name, info.name);
  return f.relationshipName;
}

const putSObject: NativeFn = (ctx, self, args) => {
  arity('SObject.putSObject', args, 2);
  const rec = self as ApexSObject;
  const info = objectOf(ctx, rec);
  const name = relationshipOf(rec, args, 'SObject.putSObject', info);
  const f = relationshipField(info, name);
  const value = args[1] ?? null;
  if (value !== null) {
    if (!(value instanceof ApexSObject)) throw unsupportedOverload('SObject.putSObject', args);
    if (!f.referenceTo.some((t) => t.toLowerCase() === value.type.toLowerCase())) {
      throw sObjectError(`Illegal assignment from ${value.type} to ${f.referenceTo.join(', ')}`);
    }
  }
  const previous = rec.read(name);
  rec.write(name, value);
  return previous instanceof ApexSObject ? previous : null;
};

const getSObjects: NativeFn = (ctx, self, args) => {
  arity('SObject.getSObjects', args, 1);
  const rec = self as ApexSObject;
  const info = objectOf(ctx, rec);
  const r = childRelationship(info, stringArg(args, 0, 'SObject.getSObjects'));
  assertQueried(info, rec, r.relationshipName);
  const v = rec.read(r.relationshipName);
  return v instanceof ApexList ? v : null;
};

const isSet: NativeFn = (ctx, self, args) => {
  arity('SObject.isSet', args, 1);
  const rec = self as ApexSObject;
  const info = recordObject(schemaOf(ctx), rec);
  const name = fieldNameArg(rec, args, 0, 'SObject.isSet');
  const k = (info ? fieldOf(info, name).name : name).toLowerCase();
  return rec.fields.has(k) || (rec.queried?.has(k) ?? false);
};

const getPopulatedFieldsAsMap: NativeFn = (ctx, self, args) => {
  arity('SObject.getPopulatedFieldsAsMap', args, 0);
  const rec = self as ApexSObject;
  const info = recordObject(schemaOf(ctx), rec);
  const m = new ApexMap({ name: 'String' }, { name: 'Object' });
  for (const [k, v] of rec.fields) {
    const declared = info?.fields.get(k)?.name ?? rec.names.get(k) ?? k;
    m.set(declared, v);
  }
  return m;
};

const clone: NativeFn = (ctx, self, args) => {
  arity('SObject.clone', args, 0, 1, 2, 3, 4);
  const flag = (i: number) => (args.length > i ? boolArg(args, i, 'SObject.clone') : false);
  return cloneInOrg(ctx, self as ApexSObject, {
    preserveId: flag(0),
    deep: flag(1),
    preserveReadonlyTimestamps: flag(2),
    preserveAutonumber: flag(3),
  });
};

/** addError(msg), addError(msg, escape), addError(exception), addError(field, msg[, escape]). */
const addErrorFn: NativeFn = async (ctx, self, args) => {
  arity('SObject.addError', args, 1, 2, 3);
  const rec = self as ApexSObject;
  const first = args[0];
  if (first === null) throw nullPointer();
  if (args.length === 1 || typeof args[1] === 'boolean') {
    if (typeof first === 'string') addError(rec, first);
    else addError(rec, toMessage(await ctx.callMethod(first, 'getMessage', [])));
    return null;
  }
  const info = objectOf(ctx, rec);
  const field = fieldOf(info, fieldNameArg(rec, args, 0, 'SObject.addError'));
  addError(rec, stringArg(args, 1, 'SObject.addError'), field.name);
  return null;
};

function toMessage(v: ApexValue): string {
  return typeof v === 'string' ? v : '';
}

const getErrors: NativeFn = (_ctx, self, args) => {
  arity('SObject.getErrors', args, 0);
  return new ApexList(
    { name: DATABASE_ERROR_NAME },
    recordErrors(self as ApexSObject).map((e) => new NativeObject(DATABASE_ERROR_NAME, { ...e })),
  );
};

export const SObjectClass: NativeClass = {
  name: 'SObject',
  namespace: 'System',
  methods: {
    get,
    put,
    getsobject: getSObject,
    putsobject: putSObject,
    getsobjects: getSObjects,
    getsobjecttype: (ctx, self, args) => {
      arity('SObject.getSObjectType', args, 0);
      return sObjectTypeToken(schemaOf(ctx), (self as ApexSObject).type);
    },
    getpopulatedfieldsasmap: getPopulatedFieldsAsMap,
    isset: isSet,
    clone,
    adderror: addErrorFn,
    geterrors: getErrors,
    haserrors: (_ctx, self, args) => {
      arity('SObject.hasErrors', args, 0);
      return recordErrors(self as ApexSObject).length > 0;
    },
    getquickactionname: () => {
      throw new NotSupportedError('SObject.getQuickActionName (quick actions are not modelled)');
    },
  },
};
