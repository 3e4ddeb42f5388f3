/**
 * HTTP ingest: one post as JSON, or a batch as NDJSON. A batch is all-or-nothing: if any line is
 * bad the response lists every bad line and nothing is published, so a client can fix and resend
 * (resending is safe: posts are de-duplicated by id).
 */
import type { FastifyInstance } from 'fastify';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import { Type } from 'typebox';
import { PostSchema, type Post } from '../core/contracts/post.js';
import { ErrorBodySchema, httpError } from '../api/errors.js';
import type { PostPublisher, Rejection } from './publisher.js';

const Accepted = Type.Object({ accepted: Type.Integer({ description: 'Posts published to the bus' }) });

export interface IngestRouteOptions {
  readonly publisher: PostPublisher;
  readonly maxBodyBytes: number;
  /** Largest number of lines in one NDJSON batch. */
  readonly maxBatch?: number;
}

export default async function ingestRoutes(fastify: FastifyInstance, opts: IngestRouteOptions): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const maxBatch = opts.maxBatch ?? 10_000;
  // Only JSON and NDJSON are posts; plain text would otherwise reach the handler as a string.
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser('application/x-ndjson', { parseAs: 'string', bodyLimit: opts.maxBodyBytes }, (_req, body, done) =>
    done(null, body),
  );

  app.post(
    '/v1/ingest',
    {
      bodyLimit: opts.maxBodyBytes,
      schema: {
        tags: ['ingest'],
        summary: 'Ingest one post (application/json) or a batch (application/x-ndjson, one post per line)',
        body: {
          content: {
            'application/json': { schema: PostSchema },
            'application/x-ndjson': { schema: Type.String({ description: 'One Post JSON object per line' }) },
          },
        },
        response: { 202: Accepted, 400: ErrorBodySchema, 413: ErrorBodySchema, 415: ErrorBodySchema },
      },
    },
    async (request, reply) => {
      const posts = typeof request.body === 'string' ? parseBatch(opts.publisher, request.body, maxBatch) : [request.body as Post];
      await opts.publisher.publish(posts);
      return reply.status(202).send({ accepted: posts.length });
    },
  );
}

function parseBatch(publisher: PostPublisher, body: string, maxBatch: number): Post[] {
  const posts: Post[] = [];
  const rejections: Rejection[] = [];
  const lines = body.split('\n');
  if (lines.length > maxBatch + 1) throw httpError(413, 'BATCH_TOO_LARGE', `at most ${maxBatch} posts per batch`);
  lines.forEach((text, i) => {
    if (text.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (err) {
      rejections.push({ line: i + 1, code: 'MALFORMED_JSON', message: (err as Error).message });
      return;
    }
    const checked = publisher.check(value, i + 1);
    if (checked.ok) posts.push(checked.post);
    else rejections.push(checked.rejection);
  });
  if (rejections.length > 0)
    throw httpError(400, 'INVALID_BATCH', `${rejections.length} line(s) rejected; nothing was ingested`, rejections);
  if (posts.length === 0) throw httpError(400, 'EMPTY_BODY', 'the batch has no posts');
  return posts;
}
