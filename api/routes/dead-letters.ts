/** What was rejected and why: the dead-letter table, newest first. */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import type { Store } from '../../core/store/types.js';
import { DEAD_LETTER_CODES } from '../../core/dead-letter.js';
import { StringEnum } from '../../core/contracts/schema.js';
import { fromClickHouseTime } from '../../core/contracts/row.js';
import { ErrorBodySchema } from '../errors.js';

const Query = Type.Object(
  {
    stage: Type.Optional(StringEnum(['ingest', 'processor'])),
    code: Type.Optional(StringEnum(DEAD_LETTER_CODES)),
    limit: Type.Integer({ minimum: 1, maximum: 500, default: 50 }),
  },
  { additionalProperties: false },
);

const DeadLetterItem = Type.Object({
  received_at: Type.String(),
  stage: Type.String(),
  subject: Type.String(),
  code: Type.String(),
  reason: Type.String(),
  payload: Type.String(),
});

export default async function deadLetterRoutes(fastify: FastifyInstance, opts: { store: Store }): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  app.get(
    '/v1/dead-letters',
    {
      schema: {
        tags: ['operations'],
        summary: 'Rejected messages with the reason, newest first',
        querystring: Query,
        response: { 200: Type.Object({ items: Type.Array(DeadLetterItem) }), 400: ErrorBodySchema },
      },
    },
    async (request) => {
      const { stage, code, limit } = request.query;
      const conditions = [stage !== undefined ? 'stage = {stage:String}' : '', code !== undefined ? 'code = {code:String}' : ''].filter(
        (c) => c !== '',
      );
      const sql = `SELECT received_at, stage, subject, code, reason, payload FROM dead_letters ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''} ORDER BY received_at DESC LIMIT {limit:UInt32}`;
      const rows = await opts.store.query<{
        received_at: string;
        stage: string;
        subject: string;
        code: string;
        reason: string;
        payload: string;
      }>(sql, { limit, ...(stage !== undefined ? { stage } : {}), ...(code !== undefined ? { code } : {}) });
      return { items: rows.map((r) => ({ ...r, received_at: fromClickHouseTime(r.received_at) })) };
    },
  );
}
