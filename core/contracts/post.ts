import { Type, type Static } from 'typebox';
import { StringEnum } from './schema.js';

/** Platforms a post can come from. `webform` covers council contact forms posted to the HTTP ingest. */
export const PLATFORMS = ['x', 'facebook', 'instagram', 'mastodon', 'bluesky', 'reddit', 'webform', 'rss'] as const;
export type Platform = (typeof PLATFORMS)[number];

export const DIRECTIONS = ['inbound', 'outbound'] as const;
export type Direction = (typeof DIRECTIONS)[number];

const Str = (max: number) => Type.String({ maxLength: max });

export const AuthorSchema = Type.Object(
  {
    id: Type.String({ minLength: 1, maxLength: 256 }),
    handle: Str(256),
    name: Str(512),
    followers: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

export const MetricsSchema = Type.Object(
  {
    likes: Type.Integer({ minimum: 0 }),
    reposts: Type.Integer({ minimum: 0 }),
    replies: Type.Integer({ minimum: 0 }),
    views: Type.Optional(Type.Integer({ minimum: 0 })),
  },
  { additionalProperties: false },
);

/** Either a point (lat/lon) or a free-text place the platform attached to the post. */
export const GeoSchema = Type.Object(
  {
    lat: Type.Optional(Type.Number({ minimum: -90, maximum: 90 })),
    lon: Type.Optional(Type.Number({ minimum: -180, maximum: 180 })),
    place: Type.Optional(Str(512)),
  },
  { additionalProperties: false, minProperties: 1 },
);

/**
 * The normalised post every ingest source publishes. `id` is `<platform>:<native id>` and is the
 * idempotency key all the way to storage.
 */
export const PostSchema = Type.Object(
  {
    id: Type.String({ pattern: '^[a-z]+:[^\\s]{1,256}$', maxLength: 300 }),
    platform: StringEnum(PLATFORMS),
    source: Type.String({ minLength: 1, maxLength: 256 }),
    direction: StringEnum(DIRECTIONS),
    author: AuthorSchema,
    text: Type.String({ maxLength: 20000 }),
    created_at: Type.String({ format: 'date-time' }),
    url: Type.Optional(Type.String({ format: 'uri', maxLength: 2048 })),
    lang: Type.Optional(Type.String({ pattern: '^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$' })),
    reply_to: Type.Optional(Str(300)),
    thread_id: Type.Optional(Str(300)),
    metrics: Type.Optional(MetricsSchema),
    geo: Type.Optional(GeoSchema),
    mentions: Type.Array(Str(256), { maxItems: 100 }),
    hashtags: Type.Array(Str(256), { maxItems: 100 }),
    links: Type.Array(Str(2048), { maxItems: 50 }),
    tenant: Type.Optional(Type.String({ pattern: '^[a-z0-9][a-z0-9_-]{0,62}$' })),
    raw: Type.Optional(Type.Unknown()),
  },
  { additionalProperties: false },
);

export type Post = Static<typeof PostSchema>;
export type Author = Static<typeof AuthorSchema>;
