import { Type, type Static } from 'typebox';
import { PostSchema } from './post.js';
import { TagsSchema } from './tags.js';

/** A post with everything the tagger chain added: what processors store and publish. */
export const TaggedPostSchema = Type.Object(
  {
    ...PostSchema.properties,
    ...TagsSchema.properties,
    tenant: Type.String(),
    processed_at: Type.String({ format: 'date-time' }),
  },
  { additionalProperties: false },
);
export type TaggedPost = Static<typeof TaggedPostSchema>;
