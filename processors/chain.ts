import type { Post } from '../core/contracts/post.js';
import type { TaggedPost } from '../core/contracts/tagged.js';
import { emptyTags } from '../core/contracts/tags.js';
import { tokenize } from './text/tokens.js';
import type { Tagger } from './taggers/tagger.js';

/** The ordered taggers, run over one shared tokenization per post. */
export interface TaggerChain {
  readonly names: readonly string[];
  tag(post: Post, now?: Date): TaggedPost;
}

export class TaggerFailedError extends Error {
  override readonly name = 'TaggerFailedError';
  readonly code = 'TAGGER_FAILED';
  constructor(
    readonly tagger: string,
    cause: unknown,
  ) {
    super(`tagger '${tagger}' failed: ${cause instanceof Error ? cause.message : String(cause)}`, { cause });
  }
}

export function createChain(taggers: readonly Tagger[], opts: { defaultTenant: string }): TaggerChain {
  return {
    names: taggers.map((t) => t.name),
    tag(post, now = new Date()) {
      const input = { post, text: tokenize(post.text) };
      const tags = emptyTags();
      for (const tagger of taggers) {
        try {
          tagger.tag(input, tags);
        } catch (err) {
          throw new TaggerFailedError(tagger.name, err);
        }
      }
      return { ...post, ...tags, tenant: post.tenant ?? opts.defaultTenant, processed_at: now.toISOString() };
    },
  };
}
