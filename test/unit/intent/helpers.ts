import type { Post } from '../../../core/contracts/post.js';
import { emptyTags, type SentimentLabel, type Tags } from '../../../core/contracts/tags.js';
import type { Tagger } from '../../../processors/taggers/tagger.js';
import { tokenize } from '../../../processors/text/tokens.js';

export function post(text: string, lang?: string): Post {
  return {
    id: 'x:1',
    platform: 'x',
    source: 'test',
    direction: 'inbound',
    author: { id: 'a', handle: 'resident', name: 'A Resident' },
    text,
    created_at: '2024-05-01T10:00:00Z',
    ...(lang === undefined ? {} : { lang }),
    mentions: [],
    hashtags: [],
    links: [],
  };
}

export interface Given {
  readonly sentiment?: SentimentLabel;
  readonly topics?: readonly string[];
}

const SCORE: Record<SentimentLabel, number> = { negative: -0.6, neutral: 0, positive: 0.6 };

/** Runs `tagger` on `text` with the sentiment and topics an earlier tagger would have written. */
export function tagWith(tagger: Tagger, text: string, given: Given = {}): Tags {
  const tags = emptyTags();
  const label = given.sentiment ?? 'neutral';
  tags.sentiment = { label, score: SCORE[label] };
  tags.topics = (given.topics ?? []).map((id) => ({ id, score: 0.9 }));
  tagger.tag({ post: post(text), text: tokenize(text) }, tags);
  return tags;
}
