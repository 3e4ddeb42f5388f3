import { Type, type Static } from 'typebox';

/**
 * The taxonomy is data: these schemas validate the shipped file and tenant extensions alike, and the
 * types are derived from them so the two never drift.
 */

/** A topic id: lower snake case, stable across releases (stored in ClickHouse and used in routing rules). */
export const TOPIC_ID_PATTERN = '^[a-z][a-z0-9_]{1,47}$';

/**
 * The responsible tier: `district`, `county`, `addressed` (whoever the post was addressed to) or
 * `other:<body>` for bodies outside local government (police, NHS, water company...).
 */
export const TIER_PATTERN = '^(district|county|addressed|other:[a-z][a-z0-9_]{1,47})$';

const TermText = Type.String({ minLength: 1, maxLength: 120 });

/**
 * A term is its text, or an object with a weight (default 1; weak, ambiguous words carry less) and
 * `place: true` for landmarks ("bus stop", "school") that are often only where something happened:
 * after a locative word ("by the bus stop", "outside the school") such a term counts for little.
 */
export const TermSchema = Type.Union([
  TermText,
  Type.Object(
    {
      text: TermText,
      weight: Type.Optional(Type.Number({ exclusiveMinimum: 0, maximum: 3 })),
      place: Type.Optional(Type.Boolean()),
    },
    { additionalProperties: false },
  ),
]);

const Terms = Type.Array(TermSchema, { maxItems: 5000 });
const Exclusions = Type.Array(TermText, { maxItems: 2000 });
const Id = Type.String({ pattern: TOPIC_ID_PATTERN });
const Label = Type.String({ minLength: 1, maxLength: 200 });
const Description = Type.String({ maxLength: 1000 });
const Tier = Type.String({ pattern: TIER_PATTERN });

export const TopicDefinitionSchema = Type.Object(
  {
    id: Id,
    label: Label,
    description: Type.Optional(Description),
    tier: Tier,
    terms: Terms,
    exclusions: Type.Optional(Exclusions),
  },
  { additionalProperties: false },
);

/**
 * What a tenant may supply: a whole new topic, or just extra terms/exclusions for an existing id
 * (label and tier are then optional; a new id must have them, checked after the schema).
 */
export const TopicExtensionSchema = Type.Object(
  {
    id: Id,
    label: Type.Optional(Label),
    description: Type.Optional(Description),
    tier: Type.Optional(Tier),
    terms: Type.Optional(Terms),
    exclusions: Type.Optional(Exclusions),
  },
  { additionalProperties: false },
);

export const TaxonomyFileSchema = Type.Object(
  {
    version: Type.Literal(1),
    topics: Type.Array(TopicDefinitionSchema, { minItems: 1, maxItems: 1000 }),
  },
  { additionalProperties: false },
);

export const TopicExtensionsSchema = Type.Array(TopicExtensionSchema, { maxItems: 1000 });

export type Term = Static<typeof TermSchema>;
export type TopicDefinition = Static<typeof TopicDefinitionSchema>;
export type TopicExtension = Static<typeof TopicExtensionSchema>;
export type TaxonomyFile = Static<typeof TaxonomyFileSchema>;
