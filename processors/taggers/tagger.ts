import type { Post } from '../../core/contracts/post.js';
import type { Tags } from '../../core/contracts/tags.js';
import type { TextView } from '../text/tokens.js';

/** What every tagger sees: the post and its one shared tokenization. */
export interface TagInput {
  readonly post: Post;
  readonly text: TextView;
}

/**
 * One step of the chain. A tagger writes only the fields it owns into `tags`, and may read fields
 * written by taggers earlier in the chain (jurisdiction reads topics and places; intent reads
 * sentiment). Taggers are pure and synchronous: no I/O on the hot path; data is loaded when the
 * tagger is built.
 */
export interface Tagger {
  readonly name: string;
  tag(input: TagInput, tags: Tags): void;
}
