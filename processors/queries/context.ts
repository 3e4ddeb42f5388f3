import type { Post } from '../../core/contracts/post.js';
import type { TextView } from '../text/tokens.js';
import type { Vocabulary } from './vocabulary.js';

/**
 * One post as the query matchers see it. The text is scanned for the vocabulary's words lazily,
 * once per post, however many queries look at it. The trigger index keeps one and points it at
 * each post in turn (`reset`): taggers run synchronously, and a post then allocates no context.
 */
export class MatchContext {
  /** Whether the vocabulary holds this post's words (it marks one post at a time). */
  private scanned = false;
  private foldedText: string | undefined;

  constructor(
    public post: Post,
    public text: TextView,
    /** The tagged language (tags.language) the `lang:` filter compares with. */
    public language: string | undefined,
    private readonly vocabulary: Vocabulary,
  ) {}

  /** Points the context at another post; `scanned` when the caller has marked its words in the vocabulary. */
  reset(post: Post, text: TextView, language: string | undefined, scanned: boolean): void {
    this.post = post;
    this.text = text;
    this.language = language;
    this.scanned = scanned;
    this.foldedText = undefined;
  }

  /**
   * Lower-cased text, folded like the regex `i` flag for the one letter toLowerCase misses. Kept
   * for the post: several leaves test substrings of it.
   */
  get folded(): string {
    return (this.foldedText ??= foldText(this.text.lower));
  }

  /** Whether the text contains the word (vocabulary id) standing alone. */
  hasWord(id: number): boolean {
    if (!this.scanned) {
      this.vocabulary.scan(this.folded);
      this.scanned = true;
    }
    return this.vocabulary.has(id);
  }
}

export function foldText(lower: string): string {
  return lower.includes('ſ') ? lower.replaceAll('ſ', 's') : lower;
}

/** Language for `lang:` when no tagged language is given: the post's own primary subtag. */
export function defaultLanguage(post: Post): string | undefined {
  return post.lang?.split('-')[0]?.toLowerCase();
}
