import type { Post } from '../../core/contracts/post.js';
import type { TextView } from '../text/tokens.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * One post as the query matchers see it. The text is scanned for the vocabulary's words lazily,
 * once per post, however many queries look at it.
 */
export class MatchContext {
  private stamp = 0;

  constructor(
    readonly post: Post,
    readonly text: TextView,
    /** The tagged language (tags.language) the `lang:` filter compares with. */
    readonly language: string | undefined,
    private readonly vocabulary: Vocabulary,
    /** Set when the caller already scanned this post's text with the same vocabulary. */
    scanned?: number,
  ) {
    if (scanned !== undefined) this.stamp = scanned;
  }

  /** Lower-cased text, folded like the regex `i` flag for the one letter toLowerCase misses. */
  get folded(): string {
    return foldText(this.text.lower);
  }

  /** Whether the text contains the word (vocabulary id) standing alone. */
  hasWord(id: number): boolean {
    if (this.stamp === 0) this.stamp = this.vocabulary.scan(this.folded);
    return this.vocabulary.has(id, this.stamp);
  }
}

export function foldText(lower: string): string {
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** Language for `lang:` when no tagged language is given: the post's own primary subtag. */
export function defaultLanguage(post: Post): string | undefined {
  return post.lang?.split('-')[0]?.toLowerCase();
}
