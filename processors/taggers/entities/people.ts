/**
 * Named people from the shared tokens: a title and a capitalised name ("Cllr Jane Smith", "Mr Patel"),
 * a known first name and surname ("Sue Jones"), or a first name alone where the words around it say
 * it is one ("thanks to Sarah at the library"). Places and organisations are skipped.
 */
import type { Token } from '../../text/tokens.js';
import type { EntityLexicon } from './data.js';
import type { PostScan } from './post-scan.js';
import { isSentenceStart, markUsed, pushUnique, spanText } from './spans.js';
import { baseBits, IN, normBits } from './word-bits.js';

const MAX_NAME_WORDS = 3;

/** `scan` has read the tokens (capitals, and the names found so far in `used`). */
export function findPeople(tokens: readonly Token[], raw: string, lex: EntityLexicon, scan: PostScan, out: string[]): void {
  const { capital, used } = scan;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i];
    // Every name has a capital; a lower-case title ("cllr Smith") is followed by one.
    if (token === undefined || used[i] === 1 || (capital[i] === 0 && capital[i + 1] === 0)) continue;
    const end =
      (normBits(lex.bits, token) & IN.honorifics) !== 0 ? titled(tokens, i, lex, capital, used) : named(tokens, i, raw, lex, capital, used);
    if (end <= i) continue;
    markUsed(used, i, end);
    pushUnique(out, spanText(tokens, i, end, raw));
    i = end - 1;
  }
}

/** A word that can be part of a name once something else has said a name is there. */
function nameWord(token: Token | undefined, i: number, lex: EntityLexicon, capital: Uint8Array, used: Uint8Array): boolean {
  if (token === undefined || used[i] === 1 || capital[i] === 0) return false;
  return (baseBits(lex.bits, token) & (IN.streetWords | IN.headWords | IN.honorifics | IN.leadStopwords)) === 0;
}

/** "Cllr Jane Smith", "Mr. Patel": returns the index after the name, or i when there is none. */
function titled(tokens: readonly Token[], i: number, lex: EntityLexicon, capital: Uint8Array, used: Uint8Array): number {
  let j = tokens[i + 1]?.text === '.' ? i + 2 : i + 1;
  const first = j;
  while (j - first < MAX_NAME_WORDS && nameWord(tokens[j], j, lex, capital, used)) j++;
  if (j === first || isStreet(tokens, j, lex, capital)) return i;
  return j;
}

function isStreet(tokens: readonly Token[], j: number, lex: EntityLexicon, capital: Uint8Array): boolean {
  const token = tokens[j];
  return token !== undefined && capital[j] === 1 && (baseBits(lex.bits, token) & (IN.streetWords | IN.headWords)) !== 0;
}

function firstName(token: Token, lex: EntityLexicon): 'clear' | 'ambiguous' | 'no' {
  const b = baseBits(lex.bits, token);
  if ((b & IN.firstNames) === 0 || (b & (IN.places | IN.streetWords | IN.headWords)) !== 0) return 'no';
  return (b & IN.ambiguousFirstNames) !== 0 ? 'ambiguous' : 'clear';
}

function surname(token: Token | undefined, i: number, lex: EntityLexicon, capital: Uint8Array, used: Uint8Array): boolean {
  if (!nameWord(token, i, lex, capital, used) || token === undefined) return false;
  const b = baseBits(lex.bits, token);
  return (b & (IN.lastNames | IN.firstNames)) !== 0 || (b & IN.commonWords) === 0;
}

/** "Sue Jones", or "Sarah" when a cue word sits next to it. */
function named(tokens: readonly Token[], i: number, raw: string, lex: EntityLexicon, capital: Uint8Array, used: Uint8Array): number {
  const token = tokens[i];
  if (token === undefined || capital[i] === 0) return i;
  const kind = firstName(token, lex);
  if (kind === 'no') return i;
  let j = i + 1;
  while (j - i < MAX_NAME_WORDS && surname(tokens[j], j, lex, capital, used)) j++;
  if (isStreet(tokens, j, lex, capital)) return i;
  if (j > i + 1) {
    const last = tokens[j - 1];
    const known = last !== undefined && (baseBits(lex.bits, last) & IN.lastNames) !== 0;
    return kind === 'clear' || known ? j : i;
  }
  if (kind !== 'clear' || isSentenceStart(tokens, i, raw)) return i;
  const before = tokens[i - 1];
  const after = tokens[i + 1];
  const cued =
    (before !== undefined && (normBits(lex.bits, before) & IN.personCueBefore) !== 0) ||
    (after !== undefined && (normBits(lex.bits, after) & IN.personCueAfter) !== 0);
  return cued ? i + 1 : i;
}
