/**
 * The interpreter's `Platform` over the org model: sObject types and field types from the schema,
 * DML statements through the DML engine (with Apex triggers), inline SOQL through the SOQL engine.
 * The running user, record store and clock come from the transaction (`services(ctx)`).
 */
import type { QueryContext, SoqlLiteralContext, SoslLiteralContext } from '@apexdevtools/apex-parser';
import { NotSupportedError } from '../lang/errors';
import type { Ctx } from '../interp/native';
import type { DmlRequest, ExecutionMode, Platform, QueryRequest } from '../interp/platform';
import type { RuntimeTransaction } from '../interp/runtime';
import { ApexList, ApexSObject, type ApexValue, type TypeRef } from '../interp/values';
import { ApexDatetime } from '../lang/temporal';
import { runDml, type DmlContext, type DmlTarget, type TriggerChunk } from '../org/dml';
import type { DmlOperation, DmlRowResult } from '../org/dml-results';
import type { FieldInfo, Schema } from '../org/model';
import {
  executeQuery,
  inlineQuery,
  inlineSearch,
  type BindNode,
  type QueryEnv,
  type QueryModel,
} from '../soql';
import { runSearch } from './search';
import { apexTypeOfField } from './sobject-fields';
import { services } from './services';
import { runTriggers } from './triggers';
import { sObjectStaticMember } from './sobject-static';

const TRIGGER_EVENTS = {
  beforeInsert: 'before insert',
  afterInsert: 'after insert',
  beforeUpdate: 'before update',
  afterUpdate: 'after update',
  beforeDelete: 'before delete',
  afterDelete: 'after delete',
  afterUndelete: 'after undelete',
} as const;

/** The Apex type of a field's value; compound address fields are not modelled. */
function fieldTypeRef(f: FieldInfo): TypeRef {
  if (f.type === 'address') throw new NotSupportedError('compound address fields');
  return { name: apexTypeOfField(f) };
}

/** Effective access mode (apex-semantics §9.6: user mode is the default from API 67). */
export function isUserMode(mode: ExecutionMode): boolean {
  return mode.access === 'user' || (mode.access === 'default' && mode.apiVersion >= 67);
}

/** The DML engine's view of the running transaction. */
export function dmlContext(ctx: Ctx): DmlContext {
  const s = services(ctx);
  const tx = ctx.tx as RuntimeTransaction;
  return {
    store: s.store,
    userId: s.userId(),
    orgId: s.orgId,
    now: ApexDatetime.fromInstant(s.now()),
    access: s.access(),
    triggers: (chunk: TriggerChunk) =>
      runTriggers(tx, chunk.objectName, TRIGGER_EVENTS[chunk.event], chunk.newRecords, chunk.oldRecords),
  };
}

/** Runs one DML operation for a statement or a `Database.*` call, counting it against the limits. */
export async function performDml(
  ctx: Ctx,
  op: DmlOperation,
  value: ApexValue,
  opts: {
    allOrNone: boolean;
    userMode: boolean;
    withSharing: boolean;
    externalIdField?: string;
    duplicateRules?: { allowSave: boolean };
  },
): Promise<DmlRowResult[]> {
  const tx = ctx.tx as RuntimeTransaction;
  const targets: (DmlTarget | null)[] =
    value instanceof ApexList ? (value.items as (DmlTarget | null)[]) : [value as DmlTarget | null];
  tx.limits.count('dmlStatements');
  tx.limits.count('dmlRows', targets.length);
  tx.hasUncommittedWork = true;
  return runDml(dmlContext(ctx), op, targets, opts);
}

/** The SOQL engine's view of the running transaction. */
export function queryEnv(ctx: Ctx, mode: ExecutionMode, resolveBind: QueryEnv['resolveBind']): QueryEnv {
  const s = services(ctx);
  const tx = ctx.tx as RuntimeTransaction;
  return {
    store: s.store,
    schema: s.schema,
    access: s.access(),
    defaultMode: isUserMode(mode) ? 'user' : 'system',
    withSharing: mode.sharing === 'with',
    resolveBind,
    timeZone: s.timeZone(),
    now: () => ApexDatetime.fromInstant(s.now()),
    limits: {
      countQuery: () => tx.limits.count('queries'),
      countRows: (n: number) => tx.limits.count('queryRows', n),
    },
  };
}

export async function runQuery(ctx: Ctx, model: QueryModel, env: QueryEnv): Promise<ApexValue> {
  return executeQuery(model, env);
}

export function orgPlatform(schema: Schema): Platform {
  return {
    sobjectType: (name) => schema.object(name)?.name,
    fieldType(sobjectType, field) {
      const object = schema.object(sobjectType);
      if (!object) return undefined;
      const f = object.fields.get(field.toLowerCase());
      if (f) return fieldTypeRef(f);
      const key = field.toLowerCase();
      for (const p of object.fields.values()) {
        if (p.relationshipName?.toLowerCase() === key && p.referenceTo.length === 1)
          return { name: p.referenceTo[0] };
      }
      const child = object.childRelationships.find((c) => c.relationshipName.toLowerCase() === key);
      if (child) return { name: 'List', args: [{ name: child.childObject }] };
      return undefined;
    },
    newSObject(ctx, type, fields) {
      const object = schema.object(type);
      if (!object) throw new NotSupportedError(`the sObject type ${type}`);
      const record = new ApexSObject(object.name);
      for (const [name, value] of fields) {
        const f = object.fields.get(name.toLowerCase());
        if (!f) {
          throw new NotSupportedError(`the field ${name} on ${object.name} (not in the schema)`);
        }
        record.write(f.name, value === null ? null : ctx.coerce(value, fieldTypeRef(f)));
      }
      return record;
    },
    sobjectStatic: (ctx, type, member, args) => sObjectStaticMember(ctx, type, member, args),
    async dml(ctx: Ctx, request: DmlRequest) {
      if (request.op === 'merge') throw new NotSupportedError('merge');
      if (request.value === null) {
        throw new NotSupportedError('DML on null');
      }
      await performDml(ctx, request.op, request.value, {
        allOrNone: true,
        userMode: isUserMode(request.mode),
        withSharing: request.mode.sharing === 'with',
        externalIdField: request.upsertField ?? undefined,
      });
    },
    async query(ctx: Ctx, request: QueryRequest) {
      const resolveBind = (node: BindNode): Promise<ApexValue> => request.bind(node.expression);
      if (request.kind === 'sosl') {
        return runSearch(ctx, inlineSearch(request.ctx as SoslLiteralContext), request.mode, resolveBind);
      }
      const model = inlineQuery((request.ctx as SoqlLiteralContext).query() as QueryContext);
      const env = queryEnv(ctx, request.mode, resolveBind);
      return runQuery(ctx, model, env);
    },
  };
}
