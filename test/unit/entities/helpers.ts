import { emptyTags, type Entities } from '../../../core/contracts/tags.js';
import type { Post } from '../../../core/contracts/post.js';
import { createEntityTagger, type EntityTaggerOptions } from '../../../processors/taggers/entities/index.js';
import { tokenize } from '../../../processors/text/tokens.js';

export function post(text: string): Post {
  return {
    id: 'x:1',
    platform: 'x',
    source: 'test',
    direction: 'inbound',
    author: { id: 'a', handle: 'resident', name: 'A Resident' },
    text,
    created_at: '2024-05-01T10:00:00Z',
    mentions: [],
    hashtags: [],
    links: [],
  };
}

/** Builds a tagger once per options object and returns a function from text to entities. */
export function entitiesOf(opts: EntityTaggerOptions = {}): (text: string) => Entities {
  const tagger = createEntityTagger(opts);
  return (text) => {
    const tags = emptyTags();
    tagger.tag({ post: post(text), text: tokenize(text) }, tags);
    return tags.entities;
  };
}
