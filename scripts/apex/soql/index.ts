/**
 * SOQL for the offline runtime. The interpreter turns an inline query (`[SELECT …]`, the parser's
 * QueryContext) or a `Database.query` string into a {@link QueryModel} once, then runs it with
 * {@link executeQuery} each time the expression is evaluated.
 */
import type { QueryContext } from '@apexdevtools/apex-parser';
import { buildQuery } from './build';
import type { QueryModel } from './model';
import { queryFromText } from './parse-text';

export { executeQuery } from './execute';
export type { QueryEnv, QueryLimits } from './env';
export type * from './model';
export { queryFromText } from './parse-text';

const inlineModels = new WeakMap<QueryContext, QueryModel>();
const textModels = new Map<string, QueryModel>();

/** The model of an inline query (cached per parse-tree node). */
export function inlineQuery(ctx: QueryContext): QueryModel {
  let model = inlineModels.get(ctx);
  if (!model) {
    model = buildQuery(ctx);
    inlineModels.set(ctx, model);
  }
  return model;
}

/** The model of a dynamic query string (cached per text; a syntax error is a System.QueryException). */
export function dynamicQuery(text: string): QueryModel {
  let model = textModels.get(text);
  if (!model) {
    model = queryFromText(text);
    // Dynamic texts vary with their literals: keep the cache bounded.
    if (textModels.size >= 1000) textModels.clear();
    textModels.set(text, model);
  }
  return model;
}
export { dynamicSearch, inlineSearch, type SearchModel } from './sosl-model';
export { executeSearch, type SearchSource } from './sosl-execute';
