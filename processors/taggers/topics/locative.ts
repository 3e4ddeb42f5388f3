import { wordId, type Token } from '../../text/tokens.js';
import { WORDS, WordSet } from '../../text/words.js';

/**
 * Words that make a following landmark a location rather than the subject: "graffiti by the bus
 * stop" is about graffiti. "at", "in" and "on" are left out on purpose: "queue at the tip", "on
 * the bus" are about the place itself.
 */
const LOCATIVE_CUES = [
  'by',
  'near',
  'nr',
  'outside',
  'opposite',
  'behind',
  'beside',
  'past',
  'next',
  'front',
  'towards',
  'across',
  'alongside',
  'around',
  // Welsh: wrth (by), ger (near), tu allan (outside), gyferbyn (opposite)
  'wrth',
  'ger',
  'allan',
  'gyferbyn',
];
/** By word id: a cue is a whole norm, and a bit read costs less than a string lookup. */
const CUE_IDS = new WordSet(LOCATIVE_CUES.map((cue) => WORDS.add(cue)));
/** How far back (in words) a cue may stand: "outside the old primary school". */
const REACH = 4;
/** What a place term still counts for after a cue. */
export const LOCATIVE_FACTOR = 0.3;

export function afterLocativeCue(tokens: readonly Token[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - REACH; i--) {
    const tok = tokens[i];
    if (tok === undefined || tok.kind === 'punct') return false;
    if (CUE_IDS.has(wordId(tok))) return true;
  }
  return false;
}
