/**
 * What the name finder needs to know of a word before reading any of its entries, as the bits of
 * one byte per shared word id: a post's word costs one read of one small array, where a bit set per
 * question (plus the variant finder's per-word objects) cost a read of each.
 */
import { WordCode } from '../text/words.js';
import type { FirstWordIndex } from './first-words.js';
import type { VariantFinder } from './variants.js';

/** The word starts a gazetteer name (FirstWordIndex.known). */
export const KNOWN = 1;
/** Its entry may match written in lower case (FirstWordIndex.lowerOk). */
export const LOWER_OK = 2;
/** It starts names of two words or more (FirstWordIndex.longer). */
export const LONGER = 4;
/** Not a name's first word, but maybe a variant of one (VariantFinder.possible). */
export const VARIANT = 8;
export class WordClasses {
  /** The bits above, by word id, worked out the first time a post uses the word. */
  private readonly bits = new WordCode((_word, id) => this.derive(id));

  constructor(
    private readonly index: FirstWordIndex,
    private readonly variant: VariantFinder,
  ) {}

  /** The bits of the word `norm`, whose shared word id is `id` (not NO_WORD). */
  of(id: number, norm: string): number {
    return this.bits.of(id, norm);
  }

  private derive(id: number): number {
    const { known, lowerOk, longer } = this.index;
    if (!known.has(id)) return this.variant.possible(id) ? VARIANT : 0;
    return KNOWN | (lowerOk.has(id) ? LOWER_OK : 0) | (longer.has(id) ? LONGER : 0);
  }
}
