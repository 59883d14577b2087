/**
 * `executeSearch(model, env, source)`: a SOSL statement evaluated over the record store. The records
 * searched are either the ids a test fixed (`Test.setFixedSearchResults`) or those whose searched
 * fields match the FIND expression; each RETURNING clause then runs as a SOQL query restricted to
 * them. Returns `List<List<SObject>>`, one list per RETURNING object, in order.
 */
import { ApexList, type ApexValue } from '../interp/values';
import type { FieldInfo, ObjectInfo, StoredRecord } from '../org/model';
import { ApexError } from '../lang/errors';
import type { QueryEnv } from './env';
import { executeQuery } from './execute';
import type { QueryModel } from './model';
import { idText, readStored } from './records';
import type { SearchGroup, SearchModel } from './sosl-model';
import { matchesSearch, parseSearchExpression, wordsOf, type SearchExpression } from './sosl-expression';

/** Records a SOSL statement may return: fixed ids (tests) or a match of the FIND text. */
export type SearchSource = { kind: 'fixed'; ids: string[] } | { kind: 'match' };

const MAX_ROWS = 2000;
const TEXT_TYPES = new Set(['string', 'textarea', 'email', 'phone', 'url']);

/** The fields `IN … FIELDS` searches on an object. */
export function searchedFields(object: ObjectInfo, group: SearchGroup): FieldInfo[] {
  const fields = [...object.fields.values()];
  switch (group) {
    case 'all':
      return fields.filter((f) => TEXT_TYPES.has(f.type));
    case 'name':
      return fields.filter((f) => f.nameField);
    case 'email':
      return fields.filter((f) => f.type === 'email');
    case 'phone':
      return fields.filter((f) => f.type === 'phone');
  }
}

function matches(record: StoredRecord, fields: FieldInfo[], expression: SearchExpression): boolean {
  const words: string[][] = [];
  const phoneDigits: string[] = [];
  for (const f of fields) {
    const v = readStored(record, f.name);
    if (typeof v !== 'string' || v.length === 0) continue;
    words.push(wordsOf(v));
    if (f.type === 'phone') phoneDigits.push(v.replace(/\D/g, ''));
  }
  return matchesSearch(expression, { words, phoneDigits });
}

async function candidateIds(
  env: QueryEnv,
  object: ObjectInfo,
  group: SearchGroup,
  expression: SearchExpression,
  source: SearchSource,
): Promise<string[]> {
  if (source.kind === 'fixed') return source.ids;
  const fields = searchedFields(object, group);
  const ids: string[] = [];
  for (const record of await env.store.scan(object.name)) {
    const id = idText(readStored(record, 'Id'));
    if (id !== null && matches(record, fields, expression)) ids.push(id);
  }
  return ids;
}

function restricted(query: QueryModel, ids: string[], model: SearchModel): QueryModel {
  const onlyIds = {
    kind: 'compare' as const,
    left: { kind: 'field' as const, field: { path: ['Id'], text: 'Id' } },
    op: 'in' as const,
    value: { kind: 'list' as const, values: ids.map((value) => ({ kind: 'string' as const, value })) },
  };
  return {
    ...query,
    where: query.where ? { kind: 'and', items: [onlyIds, query.where] } : onlyIds,
    security: model.security,
  };
}

async function resolveFind(model: SearchModel, env: QueryEnv): Promise<string> {
  if (model.find.kind === 'text') return model.find.text;
  const v: ApexValue = await env.resolveBind(model.find);
  if (typeof v !== 'string') throw new ApexError('System.SearchException', 'search term must be a String');
  return v;
}

async function statementLimit(model: SearchModel, env: QueryEnv): Promise<number> {
  if (model.limit === null) return MAX_ROWS;
  const n = typeof model.limit === 'number' ? model.limit : await env.resolveBind(model.limit);
  if (typeof n !== 'number' || n < 0)
    throw new ApexError('System.SearchException', `LIMIT must be a non-negative integer`);
  return Math.min(n, MAX_ROWS);
}

/** Runs the statement; the caller counts it against `soslQueries`. SOSL rows are not SOQL rows. */
export async function executeSearch(
  model: SearchModel,
  env: QueryEnv,
  source: SearchSource,
): Promise<ApexList> {
  const expression = parseSearchExpression(await resolveFind(model, env));
  let remaining = await statementLimit(model, env);
  const queryEnv: QueryEnv = { ...env, limits: { countQuery: () => undefined, countRows: () => undefined } };
  const lists: ApexList[] = [];
  for (const query of model.returning) {
    const object = env.schema.object(query.from);
    if (!object)
      throw new ApexError('System.QueryException', `sObject type '${query.from}' is not supported.`);
    const ids = await candidateIds(env, object, model.group, expression, source);
    const rows = (await executeQuery(restricted(query, ids, model), queryEnv)) as ApexList;
    const kept = rows.items.slice(0, Math.max(remaining, 0));
    remaining -= kept.length;
    lists.push(new ApexList({ name: object.name }, kept));
  }
  return new ApexList({ name: 'List', args: [{ name: 'SObject' }] }, lists);
}
