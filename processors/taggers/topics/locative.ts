import type { Token } from '../../text/tokens.js';

/**
 * Words that make a following landmark a location rather than the subject: "graffiti by the bus
 * stop" is about graffiti. "at", "in" and "on" are left out on purpose: "queue at the tip", "on
 * the bus" are about the place itself.
 */
const LOCATIVE_CUES = new Set([
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
]);
/** How far back (in words) a cue may stand: "outside the old primary school". */
const REACH = 4;
/** What a place term still counts for after a cue. */
export const LOCATIVE_FACTOR = 0.3;

export function afterLocativeCue(tokens: readonly Token[], start: number): boolean {
  for (let i = start - 1; i >= 0 && i >= start - REACH; i--) {
    const tok = tokens[i];
    if (tok === undefined || tok.kind === 'punct') return false;
    if (LOCATIVE_CUES.has(tok.norm)) return true;
  }
  return false;
}
