/**
 * SOQL for the offline runtime. The interpreter turns an inline query (`[SELECT …]`, the parser's
 * QueryContext) or a `Database.query` string into a {@link QueryModel} once, then runs it with
 * {@link executeQuery} each time the expression is evaluated.
 */
import type { QueryContext } from '@apexdevtools/apex-parser';
import { buildQuery } from './build';
import type { QueryModel } from './model';
import { perNode, perText } from './model-cache';
import { queryFromText } from './parse-text';

export { executeQuery } from './execute';
export type { QueryEnv, QueryLimits } from './env';
export type * from './model';
export { queryFromText } from './parse-text';

/** The model of an inline query (cached per parse-tree node). */
export const inlineQuery: (ctx: QueryContext) => QueryModel = perNode(buildQuery);

/** The model of a dynamic query string (cached per text; a syntax error is a System.QueryException). */
export const dynamicQuery: (text: string) => QueryModel = perText(queryFromText);
export { dynamicSearch, inlineSearch, type SearchModel } from './sosl-model';
export { executeSearch, type SearchSource } from './sosl-execute';
