import type { Resolved } from './compile.js';
import { STEM_KEY_LENGTH, stemKey } from './element-match.js';

/**
 * Which (first word, stem of the second element) pairs can start a phrase, as bits of a hashed set:
 * a false answer is certain, a true one may be a collision. Most tokens after a word that starts
 * phrases with a prefix second element ("street light*") begin some stem but not one of its; the
 * scanner reads a bit here before following the first word's candidates (a larger, colder object).
 * Pairs are added per word id when word-roles.ts works out the word's byte, so a word is known here
 * before the scanner asks about it. (Whole-word second elements are in word-pairs.ts.)
 */
export class PairFilter {
  private readonly bits = new Uint32Array(WORDS_OF_BITS);

  /** Adds the pairs `r` (what word `first` starts) can begin; unkeyed stems are not filtered. */
  addStarts(first: number, r: Resolved): void {
    if (r.byStem !== undefined) for (const key of r.byStem.keys()) this.set(stemSlot(first, key));
  }

  /** Whether `first` followed by a token with this norm may start a phrase with a keyed prefix second element. */
  mayPairStem(first: number, norm: string): boolean {
    return norm.length >= STEM_KEY_LENGTH && this.has(stemSlot(first, stemKey(norm)));
  }

  private set(slot: number): void {
    this.bits[slot >>> 5] = (this.bits[slot >>> 5] as number) | (1 << (slot & 31));
  }

  private has(slot: number): boolean {
    return (((this.bits[slot >>> 5] as number) >>> (slot & 31)) & 1) === 1;
  }
}

/** 2^16 bits (8 KB): a few hundred pairs leave most bits clear. */
const SLOT_BITS = 16;
const WORDS_OF_BITS = (1 << SLOT_BITS) >>> 5;

function stemSlot(first: number, key: number): number {
  return mix(Math.imul(first, 0x9e3779b1) ^ key);
}

function mix(h: number): number {
  const x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (x ^ (x >>> 15)) >>> (32 - SLOT_BITS);
}
