import { straightWordId, wordId, type Token } from '../../text/tokens.js';
import { NO_WORD } from '../../text/words.js';

const CURLY_APOSTROPHE = 0x2019;
const APOSTROPHE = 0x27;

/**
 * How a token compares with a term element, without string built-ins on the hot path: a call to
 * `includes` or `startsWith` costs several times a hand loop over a short word.
 */

/**
 * straightWordId: a word outside the table has a straight form in it only when it holds a curly
 * apostrophe, so the common case needs no search of the norm.
 */
export function straightId(t: Token): number {
  return wordId(t) >= 0 || hasCurlyApostrophe(t.norm) ? straightWordId(t) : NO_WORD;
}

/** Whether `norm` with curly apostrophes made straight starts with `stem`. */
export function startsWithStem(norm: string, stem: string): boolean {
  if (norm.length < stem.length) return false;
  for (let k = 0; k < stem.length; k++) {
    const c = norm.charCodeAt(k);
    if ((c === CURLY_APOSTROPHE ? APOSTROPHE : c) !== stem.charCodeAt(k)) return false;
  }
  return true;
}

export function hasCurlyApostrophe(s: string): boolean {
  for (let k = 0; k < s.length; k++) if (s.charCodeAt(k) === CURLY_APOSTROPHE) return true;
  return false;
}
