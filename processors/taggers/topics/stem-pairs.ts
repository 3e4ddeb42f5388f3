import { PairFilter } from '../../text/pair-filter.js';
import type { Resolved } from './compile.js';
import { STEM_KEY_LENGTH, stemKey } from './element-match.js';

/**
 * Which (first word, stem of the second element) pairs can start a phrase, in a hashed bit set
 * (text/pair-filter.ts): a false answer is certain, a true one may be a collision. Most tokens after
 * a word that starts phrases with a prefix second element ("street light*") begin some stem but not
 * one of its; the scanner reads a bit here before following the first word's candidates (a larger,
 * colder object). Pairs are added per word id when word-roles.ts works out the word's byte, so a
 * word is known here before the scanner asks about it. (Whole-word second elements are in
 * word-pairs.ts.)
 */
export class StemPairs {
  /** Sized for a few thousand pairs (8 KB): the taxonomy's few hundred leave most bits clear. */
  private readonly filter = new PairFilter(4096);

  /** Adds the pairs `r` (what word `first` starts) can begin; unkeyed stems are not filtered. */
  addStarts(first: number, r: Resolved): void {
    if (r.byStem !== undefined) for (const key of r.byStem.keys()) this.filter.add(first, key);
  }

  /** Whether `first` followed by a token with this norm may start a phrase with a keyed prefix second element. */
  mayPairStem(first: number, norm: string): boolean {
    return norm.length >= STEM_KEY_LENGTH && this.filter.has(first, stemKey(norm));
  }
}
