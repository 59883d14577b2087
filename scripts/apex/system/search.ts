/**
 * SOSL from Apex: `Search.query(text[, AccessLevel])` and inline `[FIND …]` (through the platform).
 * In an Apex test a search returns only what `Test.setFixedSearchResults` fixed (nothing otherwise),
 * filtered by each RETURNING clause; outside tests the FIND text is matched over the record store.
 */
import { ApexError, NotSupportedError } from '../lang/errors';
import type { Ctx, NativeClass } from '../interp/native';
import type { RuntimeTransaction } from '../interp/runtime';
import { NativeObject, type ApexList, type ApexValue } from '../interp/values';
import type { ExecutionMode } from '../interp/platform';
import { dynamicSearch, executeSearch, type BindNode, type SearchModel, type SearchSource } from '../soql';
import { queryEnv } from './org-platform';
import { fixedSearchResults } from './test';

function searchSource(ctx: Ctx): SearchSource {
  const fixed = fixedSearchResults(ctx);
  if (fixed === undefined) return { kind: 'match' };
  return { kind: 'fixed', ids: fixed ?? [] };
}

/** Runs a SOSL statement, counting it against `Limits.getSoslQueries()`. */
export async function runSearch(
  ctx: Ctx,
  model: SearchModel,
  mode: ExecutionMode,
  resolveBind: (node: BindNode) => ApexValue | Promise<ApexValue>,
): Promise<ApexList> {
  (ctx.tx as RuntimeTransaction).limits.count('soslQueries');
  return executeSearch(model, queryEnv(ctx, mode, resolveBind), searchSource(ctx));
}

function accessMode(v: ApexValue | undefined): 'user' | 'system' {
  if (v === undefined || v === null) return 'system';
  if (v instanceof NativeObject && v.className === 'System.AccessLevel')
    return (v.payload as { mode: 'user' | 'system' }).mode;
  throw new NotSupportedError('this Search.query argument');
}

function callerSharing(ctx: Ctx): boolean {
  const stack = (ctx.tx as RuntimeTransaction).classStack;
  return stack[stack.length - 1]?.sharing === 'with';
}

export const SEARCH_CLASS: NativeClass = {
  name: 'Search',
  namespace: 'System',
  statics: {
    query: async (ctx, _s, [text, access]) => {
      if (typeof text !== 'string')
        throw new ApexError('System.NullPointerException', 'Argument cannot be null.');
      const model = dynamicSearch(text);
      const mode: ExecutionMode = {
        access: accessMode(access),
        sharing: callerSharing(ctx) ? 'with' : 'without',
        apiVersion: 0,
      };
      return runSearch(ctx, model, mode, (node) => {
        throw new NotSupportedError(`bind variable :${node.text} in Search.query`);
      });
    },
  },
};
