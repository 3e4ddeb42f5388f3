/**
 * SQL for reading posts. Every value is a query parameter; the SQL text is built only from fixed
 * fragments chosen by which filters are present. FINAL makes re-delivered posts count once.
 */
import { toClickHouseTime, fromClickHouseTime } from '../../core/contracts/row.js';
import { httpError } from '../errors.js';
import { parseQuery, QuerySyntaxError, toSql } from '../../processors/queries/index.js';

export interface PostFilters {
  readonly from?: string;
  readonly to?: string;
  readonly platform?: string;
  readonly topic?: string;
  readonly sentiment?: string;
  readonly q?: string;
  readonly authority?: string;
  readonly intent?: string;
  readonly urgency?: string;
  readonly needs_response?: boolean;
  readonly language?: string;
  readonly direction?: string;
  readonly tenant?: string;
  /** A listening query in the boolean syntax, e.g. `(bin OR bins) AND NOT laden`. */
  readonly query?: string;
}

export interface SqlPart {
  readonly sql: string;
  readonly params: Record<string, string | number | boolean>;
}

const EQUALS: Partial<Record<keyof PostFilters, { column: string; type: string }>> = {
  platform: { column: 'platform', type: 'String' },
  sentiment: { column: 'sentiment_label', type: 'String' },
  authority: { column: 'authority_code', type: 'String' },
  intent: { column: 'intent', type: 'String' },
  urgency: { column: 'urgency', type: 'String' },
  needs_response: { column: 'needs_response', type: 'Bool' },
  language: { column: 'language', type: 'String' },
  direction: { column: 'direction', type: 'String' },
  tenant: { column: 'tenant', type: 'String' },
};

export function whereClause(f: PostFilters): SqlPart {
  const conditions: string[] = [];
  const params: Record<string, string | number | boolean> = {};
  if (f.from !== undefined) {
    conditions.push(`created_at >= {from:DateTime64(3, 'UTC')}`);
    params.from = toClickHouseTime(f.from);
  }
  if (f.to !== undefined) {
    conditions.push(`created_at < {to:DateTime64(3, 'UTC')}`);
    params.to = toClickHouseTime(f.to);
  }
  for (const [key, spec] of Object.entries(EQUALS) as [keyof PostFilters, { column: string; type: string }][]) {
    const value = f[key];
    if (value === undefined) continue;
    conditions.push(`${spec.column} = {${key}:${spec.type}}`);
    params[key] = value;
  }
  if (f.topic !== undefined) {
    conditions.push('has(topics, {topic:String})');
    params.topic = f.topic;
  }
  if (f.q !== undefined) {
    conditions.push('positionCaseInsensitiveUTF8(text, {q:String}) > 0');
    params.q = f.q;
  }
  if (f.query !== undefined) {
    const listening = listeningQuerySql(f.query);
    conditions.push(`(${listening.sql})`);
    Object.assign(params, listening.params);
  }
  return { sql: conditions.length > 0 ? conditions.join(' AND ') : '1', params };
}

function listeningQuerySql(query: string): SqlPart {
  try {
    return toSql(parseQuery(query), 'lq');
  } catch (err) {
    if (err instanceof QuerySyntaxError) throw httpError(400, err.code, err.message, { position: err.position, reason: err.reason });
    throw err;
  }
}

export interface Cursor {
  readonly createdAt: string;
  readonly id: string;
}

export function encodeCursor(c: Cursor): string {
  return Buffer.from(JSON.stringify([c.createdAt, c.id])).toString('base64url');
}

export function decodeCursor(text: string): Cursor {
  try {
    const value = JSON.parse(Buffer.from(text, 'base64url').toString('utf8')) as unknown;
    if (
      Array.isArray(value) &&
      value.length === 2 &&
      typeof value[0] === 'string' &&
      typeof value[1] === 'string' &&
      !Number.isNaN(Date.parse(value[0]))
    ) {
      return { createdAt: value[0], id: value[1] };
    }
  } catch {
    // fall through to the typed error
  }
  throw httpError(400, 'INVALID_CURSOR', 'cursor is not one this API issued');
}

/** Columns a listing returns: everything but the original payload, which only GET by id returns. */
export const LIST_COLUMNS = [
  'id',
  'tenant',
  'platform',
  'source',
  'direction',
  'author_id',
  'author_handle',
  'author_name',
  'author_followers',
  'text',
  'created_at',
  'url',
  'lang',
  'reply_to',
  'thread_id',
  'likes',
  'reposts',
  'replies',
  'views',
  'geo_lat',
  'geo_lon',
  'geo_place',
  'mentions',
  'hashtags',
  'links',
  'language',
  'sentiment_label',
  'sentiment_score',
  'topics',
  'topic_scores',
  'places',
  'place_codes',
  'entities',
  'personal_data',
  'authority_code',
  'authority_name',
  'authority_tier',
  'service',
  'jurisdiction_confidence',
  'jurisdiction_method',
  'jurisdiction_reason',
  'jurisdiction_candidates',
  'intent',
  'needs_response',
  'urgency',
  'queries',
  'routes',
  "'' AS raw",
  'processed_at',
].join(', ');

export function listPostsSql(f: PostFilters, limit: number, cursor?: Cursor): SqlPart {
  const where = whereClause(f);
  const params: Record<string, string | number | boolean> = { ...where.params, limit };
  let sql = `SELECT ${LIST_COLUMNS} FROM posts FINAL WHERE ${where.sql}`;
  if (cursor) {
    sql += ` AND (created_at, id) < ({cursor_ts:DateTime64(3, 'UTC')}, {cursor_id:String})`;
    params.cursor_ts = toClickHouseTime(cursor.createdAt);
    params.cursor_id = cursor.id;
  }
  sql += ' ORDER BY created_at DESC, id DESC LIMIT {limit:UInt32}';
  return { sql, params };
}

export function countPostsSql(f: PostFilters): SqlPart {
  const where = whereClause(f);
  return { sql: `SELECT count() AS count FROM posts FINAL WHERE ${where.sql}`, params: where.params };
}

export { fromClickHouseTime };
