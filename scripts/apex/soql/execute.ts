/**
 * `executeQuery(model, env)`: a query model evaluated over the record store. Returns the records as
 * an `ApexList` of `ApexSObject` (AggregateResult rows for aggregate queries), or the Integer of a
 * `SELECT COUNT()` query.
 */
import { ApexList, ApexSObject, type ApexValue } from '../interp/values';
import { ApexDate } from '../lang/temporal';
import type { Access, StoredRecord } from '../org/model';
import { aggregateValue, groupRows } from './aggregate';
import { compileCondition, type ConditionScope, type Predicate, type Row } from './conditions';
import type { QueryEnv } from './env';
import type { BindNode, QueryModel } from './model';
import { sortRows } from './order';
import { infoOf, planQuery, type AggregateSpec, type QueryPlan, type SubqueryPlan } from './plan';
import { projectRecord } from './project';
import { queryError } from './query-errors';
import { idText, ParentResolver, readStored, type Located } from './records';
import { checkSecurityEnforced, checkUserMode } from './security';
import { checkContentDocumentLinkQuery } from '../org/content';

interface Mode {
  userMode: boolean;
  sharing: boolean;
  securityEnforced: boolean;
}

function modeOf(model: QueryModel, env: QueryEnv): Mode {
  const system = { userMode: false, sharing: env.withSharing, securityEnforced: false };
  switch (model.security) {
    case 'user_mode':
      return { userMode: true, sharing: true, securityEnforced: false };
    case 'system_mode':
      return system;
    case 'security_enforced':
      return { ...system, securityEnforced: true };
    case null:
      return env.defaultMode === 'user' ? { userMode: true, sharing: true, securityEnforced: false } : system;
  }
}

/** A row of a query: the record and the values of the paths its clauses read. */
interface RecordRow extends Row {
  located: Located;
}

class QueryRun {
  readonly parents: ParentResolver;
  readonly today: ApexDate;
  constructor(
    readonly env: QueryEnv,
    readonly mode: Mode,
  ) {
    this.parents = new ParentResolver(env.store, env.schema);
    this.today = env.now().date(env.timeZone);
  }

  private access(): Access {
    if (this.env.access === null)
      throw new Error('SOQL in user mode or with sharing needs the running user (env.access)');
    return this.env.access;
  }

  checkSecurity(plan: QueryPlan): void {
    const objects = [plan.object, ...plan.subqueries.map((s) => s.plan.object)];
    if (this.mode.userMode) checkUserMode(this.access(), objects, plan.uses);
    else if (this.mode.securityEnforced) checkSecurityEnforced(this.access(), objects, plan.selectUses);
  }

  scope(plan: QueryPlan): ConditionScope {
    return {
      operand: (o) => plan.operand(o),
      resolveBind: async (node: BindNode) => this.env.resolveBind(node),
      semiJoin: (query) => this.semiJoin(query),
      today: this.today,
      timeZone: this.env.timeZone,
    };
  }

  /** The records of the plan's object visible in this mode, with their row values, filtered by WHERE. */
  async rows(plan: QueryPlan): Promise<RecordRow[]> {
    const where: Predicate | null = plan.model.where
      ? await compileCondition(plan.model.where, this.scope(plan))
      : null;
    let records: StoredRecord[] = await this.env.store.scan(plan.object.name);
    if (this.mode.sharing) {
      const access = this.access();
      records = records.filter((r) => access.canSeeRecord(plan.object.name, r));
    }
    const out: RecordRow[] = [];
    for (const record of records) {
      const located = { record, object: plan.object };
      const values = new Map<string, ApexValue>();
      for (const [key, path] of plan.rowPaths) values.set(key, await this.parents.read(located, path));
      const row = Object.assign(values, { located }) as Map<string, ApexValue> & RecordRow;
      if (where === null || where(row)) out.push(row);
    }
    return out;
  }

  async semiJoin(query: QueryModel): Promise<ApexValue[]> {
    const plan = planQuery(query, this.env.schema);
    if (plan.fields.length !== 1 || plan.aggregate || plan.countOnly || plan.subqueries.length > 0) {
      throw queryError('The selected field in a semi join must be a single Id or reference field');
    }
    const field = plan.fields[0];
    if (field.field.type !== 'id' && field.field.type !== 'reference') {
      throw queryError(
        `The selected field in a semi join must be an Id or reference field: ${field.field.name}`,
      );
    }
    this.checkSecurity(plan);
    const rows = await this.rows(plan);
    return Promise.all(rows.map((r) => this.parents.read(r.located, field)));
  }

  async bound(value: QueryModel['limit'], what: 'LIMIT' | 'OFFSET'): Promise<number | null> {
    if (value === null) return null;
    const n = typeof value === 'number' ? value : await this.env.resolveBind(value);
    if (typeof n !== 'number' || n < 0)
      throw queryError(`${what} must be a non-negative integer, found: ${String(n)}`);
    if (what === 'OFFSET' && n > 2000) throw queryError('Maximum SOQL offset allowed is 2000');
    return n;
  }

  async page<T>(rows: T[], model: QueryModel): Promise<T[]> {
    const offset = (await this.bound(model.offset, 'OFFSET')) ?? 0;
    const limit = await this.bound(model.limit, 'LIMIT');
    return rows.slice(offset, limit === null ? undefined : offset + limit);
  }

  async records(plan: QueryPlan): Promise<ApexList> {
    const rows = await this.page(sortRows(await this.rows(plan), plan.orderBy), plan.model);
    const items: ApexSObject[] = [];
    for (const row of rows) items.push(await projectRecord(row.located, plan.fields, this.parents));
    let count = items.length;
    for (const sub of plan.subqueries) count += await this.children(sub, rows, items);
    this.env.limits.countRows(count);
    return new ApexList({ name: plan.object.name }, items);
  }

  /** Fills each parent's child relationship with its (possibly empty) list; returns the child rows. */
  async children(sub: SubqueryPlan, parents: RecordRow[], items: ApexSObject[]): Promise<number> {
    const byParent = new Map<string, RecordRow[]>();
    for (const row of await this.rows(sub.plan)) {
      const parentId = idText(readStored(row.located.record, sub.relationship.field));
      if (parentId === null) continue;
      const list = byParent.get(parentId);
      if (list) list.push(row);
      else byParent.set(parentId, [row]);
    }
    let total = 0;
    for (let i = 0; i < parents.length; i++) {
      const id = idText(readStored(parents[i].located.record, 'Id'));
      const mine = await this.page(sortRows(byParent.get(id ?? '') ?? [], sub.plan.orderBy), sub.plan.model);
      const list = new ApexList({ name: sub.plan.object.name }, []);
      for (const row of mine)
        list.items.push(await projectRecord(row.located, sub.plan.fields, this.parents));
      items[i].write(sub.relationship.relationshipName, list);
      items[i].queried?.add(sub.relationship.relationshipName.toLowerCase());
      total += list.items.length;
    }
    return total;
  }

  async aggregate(plan: QueryPlan, spec: AggregateSpec): Promise<ApexList> {
    const rows = await this.rows(plan);
    const groups = spec.groupBy.length > 0 ? groupRows(rows, spec.groupBy.map(infoOf)) : [rows];
    let results = groups.map((group) => {
      const values = new Map<string, ApexValue>();
      for (const p of spec.groupBy) values.set(p.key, group[0].get(p.key) ?? null);
      for (const agg of spec.aggregates) values.set(agg.key, aggregateValue(agg, group));
      return values;
    });
    if (plan.model.having) {
      const having = await compileCondition(plan.model.having, this.scope(plan));
      results = results.filter((r) => having(r));
    }
    results = await this.page(sortRows(results, plan.orderBy), plan.model);
    this.env.limits.countRows(rows.length);
    const items = results.map((values) => {
      const ar = new ApexSObject('AggregateResult');
      ar.queried = new Set();
      for (const column of spec.columns) {
        ar.write(column.name, values.get(column.kind === 'field' ? column.path.key : column.agg.key) ?? null);
        ar.queried.add(column.name.toLowerCase());
      }
      return ar;
    });
    return new ApexList({ name: 'AggregateResult' }, items);
  }

  async count(plan: QueryPlan): Promise<number> {
    const rows = await this.page(await this.rows(plan), plan.model);
    // apex-semantics §8.1: COUNT() without GROUP BY counts as one row.
    this.env.limits.countRows(1);
    return rows.length;
  }
}

export async function executeQuery(model: QueryModel, env: QueryEnv): Promise<ApexList | number> {
  const plan = planQuery(model, env.schema);
  checkContentDocumentLinkQuery(model);
  env.limits.countQuery();
  for (let i = 0; i < plan.subqueries.length; i++) env.limits.countQuery();
  const run = new QueryRun(env, modeOf(model, env));
  run.checkSecurity(plan);
  if (plan.countOnly) return run.count(plan);
  if (plan.aggregate) return run.aggregate(plan, plan.aggregate);
  return run.records(plan);
}
