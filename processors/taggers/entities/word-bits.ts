/**
 * The entity word lists as bits by shared word id (text/words.ts): testing a token against any of
 * them is one array read instead of a string hash per list. The Sets stay for words that are not
 * tokens (the regex look-around in postcodes and roads).
 */
import { wordId, type Token } from '../../text/tokens.js';
import { WORDS } from '../../text/words.js';
import { phraseMarks } from './phrase-cue.js';

export const TOKEN_LISTS = [
  'headWords',
  'prefixHeads',
  'connectors',
  'leadStopwords',
  'nameKeepers',
  'honorifics',
  'firstNames',
  'ambiguousFirstNames',
  'lastNames',
  'commonWords',
  'places',
  'streetWords',
  'personCueBefore',
  'personCueAfter',
] as const;
export type TokenList = (typeof TOKEN_LISTS)[number];

/** The bit of each list. */
export const IN = Object.fromEntries(TOKEN_LISTS.map((name, i) => [name, 1 << i])) as Readonly<Record<TokenList, number>>;

export const LIST_COUNT = TOKEN_LISTS.length;
/** The lists of a word, in an entry's low bits. */
const LISTS = (1 << LIST_COUNT) - 1;

/**
 * Per shared word id: the lists the word is on (low bits), the lists its form without a possessive
 * "'s" is on ("council's" has those of "council"), and the phrase marks of phrase-cue.ts (from bit
 * PHRASE_BITS_FROM; a test checks the lists leave room). One array read gives all of them, and
 * the token's `norm` need not be loaded to look for an "'s". Words registered later (by other
 * taggers) read 0.
 */
export function listBits(lists: Readonly<Record<TokenList, ReadonlySet<string>>>, phrases: Iterable<string>): Uint32Array {
  const marks: [number, number][] = [];
  for (const name of TOKEN_LISTS) for (const word of lists[name]) marks.push([WORDS.add(word), IN[name]]);
  marks.push(...phraseMarks(phrases));
  const bits = new Uint32Array(WORDS.size);
  for (const [id, mark] of marks) bits[id] = (bits[id] as number) | mark;
  for (let id = 0; id < bits.length; id++) {
    const word = WORDS.word(id);
    const base = possessive(word) ? bitsAt(bits, WORDS.findSlice(word, 0, word.length - 2)) : (bits[id] as number);
    bits[id] = (bits[id] as number) | ((base & LISTS) << LIST_COUNT);
  }
  return bits;
}

function bitsAt(bits: Uint32Array, id: number): number {
  return id >= 0 && id < bits.length ? (bits[id] as number) : 0;
}

/** The token's entry (listBits): 0 for a word the table did not hold when the lists were built. */
export function entryOf(bits: Uint32Array, t: Token): number {
  return bitsAt(bits, wordId(t));
}

/** The lists the token's lower-case form is on. */
export function normBits(bits: Uint32Array, t: Token): number {
  return entryOf(bits, t) & LISTS;
}

/** The lists the token's form without a possessive "'s" is on ("Council's" -> "council"). */
export function baseBits(bits: Uint32Array, t: Token): number {
  const id = wordId(t);
  if (id >= 0 && id < bits.length) return ((bits[id] as number) >>> LIST_COUNT) & LISTS;
  // A word registered after the lists, or none at all: its form without "'s" may still be listed.
  return possessive(t.norm) ? bitsAt(bits, WORDS.findSlice(t.norm, 0, t.norm.length - 2)) & LISTS : 0;
}

/** The lists in an entry (entryOf) of a word. */
export function listsOf(entry: number): number {
  return entry & LISTS;
}

export function possessive(s: string): boolean {
  const n = s.length;
  if (n < 3) return false;
  const last = s.charCodeAt(n - 1);
  const mark = s.charCodeAt(n - 2);
  return (last === 115 || last === 83) && (mark === 39 || mark === 0x2019);
}
