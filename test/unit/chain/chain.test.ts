import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

import type { Post } from '../../../core/contracts/post.js';
import { TaggedPostSchema } from '../../../core/contracts/tagged.js';
import { emptyTags } from '../../../core/contracts/tags.js';
import { createChain, TaggerFailedError } from '../../../processors/chain.js';
import { createQueryTagger } from '../../../processors/queries/index.js';
import { createEntityTagger } from '../../../processors/taggers/entities/index.js';
import { createJurisdictionTagger } from '../../../processors/taggers/jurisdiction/index.js';
import { createLanguageTagger } from '../../../processors/taggers/language/index.js';
import { createSentimentTagger } from '../../../processors/taggers/sentiment/index.js';
import type { Tagger } from '../../../processors/taggers/tagger.js';
import { createTopicTagger } from '../../../processors/taggers/topics/index.js';
import { tokenize } from '../../../processors/text/tokens.js';
import { WORDS } from '../../../processors/text/words.js';

const SAMPLE = fileURLToPath(new URL('../../../data/sample/posts.ndjson', import.meta.url));
const posts = readFileSync(SAMPLE, 'utf8')
  .split('\n')
  .filter((l) => l !== '')
  .slice(0, 400)
  .map((l) => JSON.parse(l) as Post);

const taggers: Tagger[] = [
  createLanguageTagger(),
  createSentimentTagger(),
  createTopicTagger(),
  createQueryTagger([{ id: 'q', tenant: 'devon', query: 'pothole* OR bins' }], { defaultTenant: 'fallback' }),
  createEntityTagger(),
  createJurisdictionTagger(),
];
const chain = createChain(taggers, { defaultTenant: 'fallback' });

/** The same post with its keys in reverse order, as a producer might write them. */
function reordered(post: Post): Post {
  return Object.fromEntries(Object.entries(post).reverse()) as Post;
}
const now = new Date('2026-03-01T12:00:00.000Z');

describe('createChain', () => {
  it("returns the post with the tags, tenant and processing time, keys in the schema's order", () => {
    const { tenant: _dropped, ...withoutTenant } = posts[1] as Post;
    for (const post of [posts[0] as Post, withoutTenant as Post, reordered(posts[2] as Post)]) {
      const tags = emptyTags();
      const input = { post, text: tokenize(post.text) };
      for (const t of taggers) t.tag(input, tags);
      const merged: Record<string, unknown> = { ...post, ...tags, tenant: post.tenant ?? 'fallback', processed_at: now.toISOString() };
      const inSchemaOrder = Object.fromEntries(Object.keys(TaggedPostSchema.properties).map((k) => [k, merged[k]]));
      const out = chain.tag(post, now);
      expect(JSON.stringify(out)).toBe(JSON.stringify(inSchemaOrder));
      expect(Object.keys(out)).toEqual(Object.keys(TaggedPostSchema.properties));
    }
  });

  it('tags a batch tagger by tagger with the same results as post by post', () => {
    const one = posts.map((p) => JSON.stringify(chain.tag(p, now)));
    const many = chain.tagMany(posts, now).map((t) => JSON.stringify(t));
    expect(many).toEqual(one);
  });

  it('puts a failing tagger’s error in the failing post’s place and tags the others', () => {
    const boom: Tagger = {
      name: 'boom',
      tag(input) {
        if (input.post.text.includes('Exeter')) throw new Error('no Exeter');
      },
    };
    const out = createChain([createLanguageTagger(), boom], { defaultTenant: 'x' }).tagMany(posts.slice(0, 50), now);
    posts.slice(0, 50).forEach((p, i) => {
      const r = out[i];
      if (p.text.includes('Exeter')) expect(r).toBeInstanceOf(TaggerFailedError);
      else expect(r).toMatchObject({ id: p.id, processed_at: now.toISOString() });
    });
    expect(out.some((r) => r instanceof TaggerFailedError)).toBe(true);
  });

  it('writes the time it is given, and rejects an invalid one as toISOString does', () => {
    expect(chain.tag(posts[0] as Post, now).processed_at).toBe('2026-03-01T12:00:00.000Z');
    expect(chain.tag(posts[0] as Post, new Date(0)).processed_at).toBe('1970-01-01T00:00:00.000Z');
    expect(() => chain.tag(posts[0] as Post, new Date(Number.NaN))).toThrow(RangeError);
    expect(Date.parse(chain.tag(posts[0] as Post).processed_at)).toBeGreaterThan(0);
  });

  it('never adds words to the shared word table while tagging (tokens would lose their ids)', () => {
    const size = WORDS.size;
    for (const p of posts) chain.tag(p);
    expect(WORDS.size).toBe(size);
  });
});
