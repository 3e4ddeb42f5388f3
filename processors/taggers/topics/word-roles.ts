import { hasCurlyApostrophe, straightFormId, wordId, type Token } from '../../text/tokens.js';
import { WordCode } from '../../text/words.js';
import type { Followers } from './followers.js';
import type { LoneSingles } from './lone-singles.js';
import type { StemPairs } from './stem-pairs.js';
import type { WordPairs } from './word-pairs.js';
import type { Resolver } from './resolver.js';

// A byte per word id: the scanner reads it for each token, and reads what a word starts (a larger
// object, rarely in the processor's cache) only when the word and the one after it can make a match:
// most tokens that start a phrase ("the", "on") are followed by no possible second word.

/** The token starts a one-word pattern (resolver.ts has which). */
export const SINGLES = 1;
/** Its straight form is some pattern's whole-word second element. */
export const SECOND = 2;
/** It starts some pattern's prefix second element. */
export const STEM = 4;
/** Its norm holds a curly apostrophe: its straight id is not its id. */
export const CURLY = 8;
/** It starts a longer pattern whose second element is a whole word. */
export const FIRST_OF_WORDS = 16;
/** It starts a longer pattern whose second element is a prefix. */
export const FIRST_OF_STEM = 32;
/** Some prefix second element it starts is too short for stem-pairs.ts to key: not filtered. */
export const UNKEYED_STEM = 64;
/** Every role: what a word outside the table is taken to have. */
const ANY = SINGLES | SECOND | STEM | CURLY | FIRST_OF_WORDS | FIRST_OF_STEM;

/**
 * What a token can be in a phrase, as bits in one byte kept per word id: the scanner reads each
 * token's byte once, and most tokens are none of it, so a phrase's candidates are looked up only
 * when both of its first words can play their part.
 */
export class WordRoles {
  private readonly known = new WordCode((word, id) => this.derive(word, id));

  constructor(
    private readonly resolver: Resolver,
    private readonly followers: Followers,
    private readonly pairs: WordPairs,
    private readonly stems: StemPairs,
    private readonly lone: LoneSingles,
  ) {}

  of(t: Token): number {
    const id = wordId(t);
    // A word outside the table is not worked out here: it may be anything, and the scanner looks.
    return id >= 0 ? this.known.of(id, t.norm) : ANY;
  }

  private derive(word: string, id: number): number {
    const curly = hasCurlyApostrophe(word);
    const straight = curly ? straightFormId(word) : id;
    const r = this.resolver.ofWord(word);
    // The word's pairs and lone pattern are kept now: the scanner reads a word's byte before them.
    this.pairs.addStarts(id, r);
    this.stems.addStarts(id, r);
    this.lone.record(id, r);
    return (
      (r.nextPrefix.length > 0 && r.byStem === undefined ? UNKEYED_STEM : 0) |
      (r.singles.length > 0 ? SINGLES : 0) |
      (r.next !== undefined ? FIRST_OF_WORDS : 0) |
      (r.nextPrefix.length > 0 ? FIRST_OF_STEM : 0) |
      (this.followers.mayBe(straight) ? SECOND : 0) |
      (this.followers.startsStem(word) ? STEM : 0) |
      (curly ? CURLY : 0)
    );
  }
}
