/**
 * What the name finder needs to know of a word before reading any of its entries, as the bits of
 * one byte per shared word id: a post's word costs one read of one small array, where a bit set per
 * question (plus the variant finder's per-word objects) cost a read of each.
 */
import { WORDS } from '../text/words.js';
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
/** Set on every worked-out entry, so 0 means "not worked out yet". */
const DONE = 128;

export class WordClasses {
  /** The bits above, by word id; sized to the word table, grown when later taggers add words. */
  private bits = new Uint8Array(0);

  constructor(
    private readonly index: FirstWordIndex,
    private readonly variant: VariantFinder,
  ) {}

  /** The bits of a shared word id (not NO_WORD), worked out the first time a post uses the word. */
  of(id: number): number {
    if (id >= this.bits.length) this.grow();
    const b = this.bits[id] as number;
    return b !== 0 ? b : (this.bits[id] = this.derive(id));
  }

  private derive(id: number): number {
    const { known, lowerOk, longer } = this.index;
    if (!known.has(id)) return DONE | (this.variant.possible(id) ? VARIANT : 0);
    return DONE | KNOWN | (lowerOk.has(id) ? LOWER_OK : 0) | (longer.has(id) ? LONGER : 0);
  }

  private grow(): void {
    const bits = new Uint8Array(Math.max(1024, WORDS.size));
    bits.set(this.bits);
    this.bits = bits;
  }
}
