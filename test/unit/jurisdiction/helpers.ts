import type { Post } from '../../../core/contracts/post.js';
import type { TopicTag } from '../../../core/contracts/tags.js';
import type { JurisdictionResolver, Resolution } from '../../../processors/jurisdiction/index.js';
import { tokenize } from '../../../processors/text/tokens.js';

export function makePost(text: string, extra: Partial<Post> = {}): Post {
  return {
    id: 'x:1',
    platform: 'x',
    source: 'test',
    direction: 'inbound',
    author: { id: 'a', handle: 'resident', name: 'Resident' },
    text,
    created_at: '2024-01-01T00:00:00Z',
    mentions: text.match(/@[A-Za-z0-9_]+/g) ?? [],
    hashtags: [],
    links: [],
    ...extra,
  };
}

/** Resolve `text` with `topic` as the service (null: no topic). */
export function resolveText(r: JurisdictionResolver, text: string, topic: string | null, extra: Partial<Post> = {}): Resolution {
  const topics: TopicTag[] = topic === null ? [] : [{ id: topic, score: 1 }];
  return r.resolve(makePost(text, extra), tokenize(text), topics);
}
