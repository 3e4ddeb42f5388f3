/**
 * Jurisdiction lookups: which body answers for a post (or a bit of text), with the reason and the
 * candidates weighed. GET takes text and a few hints; POST takes a full normalised Post.
 */
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';

import { PLATFORMS, PostSchema, type Post } from '../../core/contracts/post.js';
import { StringEnum } from '../../core/contracts/schema.js';
import { JurisdictionSchema, PlaceEntitySchema, TopicTagSchema, type TopicTag } from '../../core/contracts/tags.js';
import type { JurisdictionResolver } from '../../processors/jurisdiction/index.js';
import type { TextView } from '../../processors/text/tokens.js';
import { ErrorBodySchema, httpError } from '../errors.js';

export interface JurisdictionRoutesOptions {
  readonly resolver: JurisdictionResolver;
  /** Tokenizes the post and runs the taggers before jurisdiction (topics), as the chain would. */
  readonly tagText: (post: Post) => { text: TextView; topics: TopicTag[] };
}

const TopicId = Type.String({ pattern: '^[a-z0-9_]{1,64}$', description: 'Topic id to use as the service (overrides the topic tagger)' });

const ResolveQuery = Type.Object(
  {
    text: Type.String({ minLength: 1, maxLength: 20000, description: 'The post text' }),
    platform: Type.Optional(StringEnum(PLATFORMS)),
    mentions: Type.Optional(Type.String({ maxLength: 4000, description: 'Comma-separated @handles the post is addressed to' })),
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    lon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    topic: Type.Optional(TopicId),
  },
  { additionalProperties: false },
);

const ResolveTopicQuery = Type.Object({ topic: Type.Optional(TopicId) }, { additionalProperties: false });

const ResolveResult = Type.Object({
  jurisdiction: JurisdictionSchema,
  places: Type.Array(PlaceEntitySchema),
  topics: Type.Array(TopicTagSchema, { description: 'The topics used; the first is the service' }),
});

export default async function jurisdictionRoutes(fastify: FastifyInstance, opts: JurisdictionRoutesOptions): Promise<void> {
  const app = fastify.withTypeProvider<TypeBoxTypeProvider>();
  const errors = { 400: ErrorBodySchema };

  const answer = (post: Post, topic: string | undefined) => {
    const tagged = opts.tagText(post);
    const topics = topic === undefined ? tagged.topics : [{ id: topic, score: 1 }];
    const { jurisdiction, places } = opts.resolver.resolve(post, tagged.text, topics);
    return { jurisdiction, places, topics };
  };

  app.get(
    '/v1/jurisdiction/resolve',
    {
      schema: {
        tags: ['jurisdiction'],
        summary: 'Resolve the responsible body for a piece of text',
        querystring: ResolveQuery,
        response: { 200: ResolveResult, ...errors },
      },
    },
    async (request) => {
      const q = request.query;
      if ((q.lat === undefined) !== (q.lon === undefined)) throw httpError(400, 'INVALID_GEO', 'lat and lon must be given together');
      return answer(queryPost(q), q.topic);
    },
  );

  app.post(
    '/v1/jurisdiction/resolve',
    {
      schema: {
        tags: ['jurisdiction'],
        summary: 'Resolve the responsible body for a normalised post',
        body: PostSchema,
        querystring: ResolveTopicQuery,
        response: { 200: ResolveResult, ...errors },
      },
    },
    async (request) => answer(request.body, request.query.topic),
  );
}

function queryPost(q: { text: string; platform?: Post['platform']; mentions?: string; lat?: number; lon?: number }): Post {
  const mentions = (q.mentions ?? '')
    .split(',')
    .map((m) => m.trim())
    .filter((m) => m !== '')
    .map((m) => (m.startsWith('@') ? m : `@${m}`));
  return {
    id: 'api:resolve',
    platform: q.platform ?? 'x',
    source: 'api',
    direction: 'inbound',
    author: { id: 'api', handle: 'api', name: 'API' },
    text: q.text,
    created_at: new Date().toISOString(),
    mentions,
    hashtags: [],
    links: [],
    ...(q.lat !== undefined && q.lon !== undefined ? { geo: { lat: q.lat, lon: q.lon } } : {}),
  };
}
