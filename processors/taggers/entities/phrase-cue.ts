/**
 * Whether a post could hold one of the known organisations' names, from each name's first two
 * slots (PhraseMatcher syntax): marks kept in the word bits (word-bits.ts), so the one pass over a
 * post's tokens (post-scan.ts) answers it with the read it makes anyway. Nine posts in ten hold no
 * known name, and the phrase scan (a bucket lookup at every opening word, "the" and "at" among
 * them) is then skipped.
 */
import { parseSlots } from '../../nlp/phrases.js';

/** The lowest bit of the marks: the word bits below it hold a word's lists twice over (word-bits.ts). */
export const PHRASE_BITS_FROM = 28;
/** Opens a name that may match without looking at the next token (one slot, or a gap or optional slot next). */
export const PHRASE_ALONE = 1 << PHRASE_BITS_FROM;
/** Opens a name whose second slot is a required word. */
export const PHRASE_FIRST = 1 << (PHRASE_BITS_FROM + 1);
/** Is that required second word of some name. */
export const PHRASE_SECOND = 1 << (PHRASE_BITS_FROM + 2);

/** [word id, mark] pairs for `patterns`; registers their words (a malformed pattern throws as PhraseMatcher.add does). */
export function phraseMarks(patterns: Iterable<string>): [number, number][] {
  const marks: [number, number][] = [];
  for (const pattern of patterns) {
    const [head, second] = parseSlots(pattern);
    if (head?.kind !== 'word') continue;
    const paired = second?.kind === 'word' && !second.optional;
    for (const id of head.ids) marks.push([id, paired ? PHRASE_FIRST : PHRASE_ALONE]);
    if (paired) for (const id of second.ids) marks.push([id, PHRASE_SECOND]);
  }
  return marks;
}

/** The marks of a word bits entry, shifted to the low bits: the form the pass over a post reads (scan-flags.ts). */
export function lowMarks(entry: number): number {
  return (entry >>> PHRASE_BITS_FROM) & LOW_MARKS;
}

export const LOW_ALONE = PHRASE_ALONE >>> PHRASE_BITS_FROM;
export const LOW_FIRST = PHRASE_FIRST >>> PHRASE_BITS_FROM;
const LOW_SECOND = PHRASE_SECOND >>> PHRASE_BITS_FROM;
const LOW_MARKS = LOW_ALONE | LOW_FIRST | LOW_SECOND;

/** A token with low marks `marks` may carry a name on, given whether the one before may open a two-word start. */
export function phraseMayStart(marks: number, afterFirst: boolean): boolean {
  return (marks & LOW_ALONE) !== 0 || (afterFirst && (marks & LOW_SECOND) !== 0);
}
