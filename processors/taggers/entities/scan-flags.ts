/**
 * The few facts of a word that the one pass over every post (post-scan.ts) reads, one byte per
 * shared word id: a quarter of the word bits' size (word-bits.ts), so the table read at every
 * token of every post stays in cache between the other taggers' tables. The full word bits are
 * read only by the finders, on the posts the pass says may hold a name.
 */
import { LOW_FIRST, lowMarks } from './phrase-cue.js';
import { IN, LIST_COUNT } from './word-bits.js';

/** The low bits hold the phrase marks (phrase-cue.ts lowMarks). */
export const SCAN_PHRASE_FIRST = LOW_FIRST;
/** The word is a title ("cllr", "mr"). */
export const SCAN_HONORIFIC = 8;
/** The word, without a possessive "'s", is a head word or a Welsh prefix head. */
export const SCAN_ORG_HEAD = 16;
/** The word, without a possessive "'s", is a first name. */
export const SCAN_FIRST_NAME = 32;

/** The scan byte of one word from its word-bits entry (which holds its own lists and those of its base form). */
function scanFlagsOf(entry: number): number {
  const flags = lowMarks(entry) | baseScanFlags(entry >>> LIST_COUNT);
  return (entry & IN.honorifics) !== 0 ? flags | SCAN_HONORIFIC : flags;
}

/** The flags that come from a word's form without "'s", given the lists that form is on (baseBits). */
export function baseScanFlags(base: number): number {
  const head = (base & (IN.headWords | IN.prefixHeads)) !== 0 ? SCAN_ORG_HEAD : 0;
  return (base & IN.firstNames) !== 0 ? head | SCAN_FIRST_NAME : head;
}

/** The scan byte of every word in `bits` (word-bits.ts listBits), by the same ids. */
export function scanFlags(bits: Uint32Array): Uint8Array {
  const flags = new Uint8Array(bits.length);
  for (let id = 0; id < bits.length; id++) flags[id] = scanFlagsOf(bits[id] as number);
  return flags;
}
