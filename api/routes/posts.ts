/** Reading stored posts: filtered, cursor-paginated listing, counts, and one post by id. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Store } from '../../core/store/types.js';
import { TaggedPostSchema } from '../../core/contracts/tagged.js';
import { PLATFORMS, DIRECTIONS } from '../../core/contracts/post.js';
import { SENTIMENT_LABELS, INTENTS, URGENCIES, LANGUAGES } from '../../core/contracts/tags.js';
import { StringEnum } from '../../core/contracts/schema.js';
import { fromRow, type PostRow } from '../../core/contracts/row.js';
import { ErrorBodySchema, httpError } from '../errors.js';
import { countPostsSql, decodeCursor, encodeCursor, listPostsSql, LIST_COLUMNS } from '../queries/posts.js';

const Filters = {
  from: Type.Optional(Type.String({ format: 'date-time', description: 'Created at or after (ISO-8601)' })),
  to: Type.Optional(Type.String({ format: 'date-time', description: 'Created before (ISO-8601)' })),
  platform: Type.Optional(StringEnum(PLATFORMS)),
  topic: Type.Optional(Type.String({ pattern: '^[a-z0-9_]{1,64}$', description: 'Topic id' })),
  sentiment: Type.Optional(StringEnum(SENTIMENT_LABELS)),
  q: Type.Optional(Type.String({ minLength: 1, maxLength: 200, description: 'Text contains (case-insensitive)' })),
  authority: Type.Optional(Type.String({ pattern: '^[A-Z][0-9]{8}$', description: 'GSS code of the responsible authority' })),
  intent: Type.Optional(StringEnum(INTENTS)),
  urgency: Type.Optional(StringEnum(URGENCIES)),
  needs_response: Type.Optional(Type.Boolean()),
  language: Type.Optional(StringEnum(LANGUAGES)),
  direction: Type.Optional(StringEnum(DIRECTIONS)),
  tenant: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,62}$' })),
  query: Type.Optional(
    Type.String({
      minLength: 1,
      maxLength: 4096,
      description: 'Listening query: AND, OR, NOT, "phrases", wildcards*, author:, platform:, lang:, #tag, @mention',
    }),
  ),
};

const ListQuery = Type.Object(
  {
    ...Filters,
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
    cursor: Type.Optional(Type.String({ maxLength: 1000, description: 'next_cursor from the previous page' })),
  },
  { additionalProperties: false },
);
const CountQuery = Type.Object(Filters, { additionalProperties: false });

const PostList = Type.Object({
  items: Type.Array(TaggedPostSchema),
  next_cursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as cursor for the next page; null on the last page' }),
});

export default async function postRoutes(fastify: FastifyInstance, opts: { store: Store }): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const errors = { 400: ErrorBodySchema, 404: ErrorBodySchema };

  app.get(
    '/v1/posts',
    {
      schema: {
        tags: ['posts'],
        summary: 'List tagged posts, newest first',
        querystring: ListQuery,
        response: { 200: PostList, ...errors },
      },
    },
    async (request) => {
      const { limit, cursor, ...filters } = request.query;
      const { sql, params } = listPostsSql(filters, limit, cursor === undefined ? undefined : decodeCursor(cursor));
      const rows = await opts.store.query<PostRow>(sql, params);
      const items = rows.map(fromRow);
      const last = items.at(-1);
      return { items, next_cursor: items.length === limit && last ? encodeCursor({ createdAt: last.created_at, id: last.id }) : null };
    },
  );

  app.get(
    '/v1/posts/count',
    {
      schema: {
        tags: ['posts'],
        summary: 'Count tagged posts matching the filters',
        querystring: CountQuery,
        response: { 200: Type.Object({ count: Type.Integer() }), ...errors },
      },
    },
    async (request) => {
      const { sql, params } = countPostsSql(request.query);
      const [row] = await opts.store.query<{ count: string | number }>(sql, params);
      return { count: Number(row?.count ?? 0) };
    },
  );

  app.get(
    '/v1/posts/:id',
    {
      schema: {
        tags: ['posts'],
        summary: 'One tagged post, with its original payload',
        params: Type.Object({ id: Type.String({ maxLength: 300 }) }),
        response: { 200: TaggedPostSchema, ...errors },
      },
    },
    async (request) => {
      const columns = LIST_COLUMNS.replace("'' AS raw", 'raw');
      const rows = await opts.store.query<PostRow>(`SELECT ${columns} FROM posts FINAL WHERE id = {id:String} LIMIT 1`, {
        id: request.params.id,
      });
      const row = rows[0];
      if (!row) throw httpError(404, 'POST_NOT_FOUND', `no post with id ${request.params.id}`);
      return fromRow(row);
    },
  );
}
