/** Tenant listening queries: a boolean syntax parsed once, matched in the stream and in SQL. */
export { parseQuery } from './parser.js';
export { compileMatcher, type QueryMatcher } from './matcher.js';
export { toSql, type SqlFilter } from './sql.js';
export { createQueryTagger } from './tagger.js';
export { QuerySyntaxError, QUERY_ERROR_CODES, type QueryErrorCode } from './errors.js';
export { FIELDS, QUERY_LIMITS, type Field, type QueryNode } from './ast.js';
export type { ListeningQuery } from './types.js';
