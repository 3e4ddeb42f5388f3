import { Type, type Static } from 'typebox';

import { StringEnum as lit } from './schema.js';

export const SENTIMENT_LABELS = ['negative', 'neutral', 'positive'] as const;
export type SentimentLabel = (typeof SENTIMENT_LABELS)[number];

export const INTENTS = ['complaint', 'question', 'report', 'praise', 'information', 'other'] as const;
export type Intent = (typeof INTENTS)[number];

export const URGENCIES = ['low', 'normal', 'high', 'emergency'] as const;
export type Urgency = (typeof URGENCIES)[number];

export const LANGUAGES = ['en', 'cy', 'other'] as const;
export type Language = (typeof LANGUAGES)[number];

export const JURISDICTION_METHODS = ['geotag', 'place', 'account', 'tenant', 'none'] as const;
export type JurisdictionMethod = (typeof JURISDICTION_METHODS)[number];

export const SentimentSchema = Type.Object(
  { label: lit(SENTIMENT_LABELS), score: Type.Number({ minimum: -1, maximum: 1 }) },
  { additionalProperties: false },
);

export const TopicTagSchema = Type.Object(
  { id: Type.String(), score: Type.Number({ minimum: 0, maximum: 1 }) },
  { additionalProperties: false },
);

export const PlaceEntitySchema = Type.Object(
  {
    text: Type.String(),
    /** GSS code of the authority the place resolved to, when the gazetteer knows it. */
    code: Type.Union([Type.String(), Type.Null()]),
  },
  { additionalProperties: false },
);

export const EntitiesSchema = Type.Object(
  {
    places: Type.Array(PlaceEntitySchema),
    organisations: Type.Array(Type.String()),
    people: Type.Array(Type.String()),
    handles: Type.Array(Type.String()),
    hashtags: Type.Array(Type.String()),
    links: Type.Array(Type.String()),
    postcodes: Type.Array(Type.String()),
    roads: Type.Array(Type.String()),
    phones: Type.Array(Type.String()),
    emails: Type.Array(Type.String()),
    /** True when the text carries personal data (phones, emails, full postcodes). */
    personal_data: Type.Boolean(),
  },
  { additionalProperties: false },
);

export const CandidateSchema = Type.Object(
  { code: Type.String(), name: Type.String(), confidence: Type.Number({ minimum: 0, maximum: 1 }) },
  { additionalProperties: false },
);

export const JurisdictionSchema = Type.Object(
  {
    code: Type.Union([Type.String(), Type.Null()]),
    name: Type.Union([Type.String(), Type.Null()]),
    tier: Type.Union([Type.String(), Type.Null()]),
    service: Type.Union([Type.String(), Type.Null()]),
    confidence: Type.Number({ minimum: 0, maximum: 1 }),
    method: lit(JURISDICTION_METHODS),
    reason: Type.String(),
    candidates: Type.Array(CandidateSchema),
  },
  { additionalProperties: false },
);

export const RouteSchema = Type.Object(
  { tenant: Type.String(), team: Type.String(), rule: Type.String() },
  { additionalProperties: false },
);

/** Everything the tagger chain adds to a post. Each tagger owns some of these fields. */
export const TagsSchema = Type.Object(
  {
    language: lit(LANGUAGES),
    sentiment: SentimentSchema,
    topics: Type.Array(TopicTagSchema),
    entities: EntitiesSchema,
    jurisdiction: JurisdictionSchema,
    intent: lit(INTENTS),
    needs_response: Type.Boolean(),
    urgency: lit(URGENCIES),
    /** Ids of tenant listening queries the post matched. */
    queries: Type.Array(Type.String()),
    routes: Type.Array(RouteSchema),
  },
  { additionalProperties: false },
);

export type Sentiment = Static<typeof SentimentSchema>;
export type TopicTag = Static<typeof TopicTagSchema>;
export type PlaceEntity = Static<typeof PlaceEntitySchema>;
export type Entities = Static<typeof EntitiesSchema>;
export type Jurisdiction = Static<typeof JurisdictionSchema>;
export type Route = Static<typeof RouteSchema>;
export type Tags = Static<typeof TagsSchema>;

/** No entities found; `places` may carry over what an earlier tagger found. */
export function emptyEntities(places: PlaceEntity[] = []): Entities {
  return {
    places,
    organisations: [],
    people: [],
    handles: [],
    hashtags: [],
    links: [],
    postcodes: [],
    roads: [],
    phones: [],
    emails: [],
    personal_data: false,
  };
}

/** The neutral starting point every tagger chain fills in. */
export function emptyTags(): Tags {
  return {
    language: 'en',
    sentiment: { label: 'neutral', score: 0 },
    topics: [],
    entities: emptyEntities(),
    jurisdiction: {
      code: null,
      name: null,
      tier: null,
      service: null,
      confidence: 0,
      method: 'none',
      reason: 'no place or account identified',
      candidates: [],
    },
    intent: 'other',
    needs_response: false,
    urgency: 'normal',
    queries: [],
    routes: [],
  };
}
