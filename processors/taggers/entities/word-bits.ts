/**
 * The entity word lists as bits by shared word id (text/words.ts): testing a token against any of
 * them is one array read instead of a string hash per list. The Sets stay for words that are not
 * tokens (the regex look-around in postcodes and roads).
 */
import { wordId, type Token } from '../../text/tokens.js';
import { WORDS } from '../../text/words.js';

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

export function listBits(lists: Readonly<Record<TokenList, ReadonlySet<string>>>): Uint16Array {
  const marks: [number, number][] = [];
  for (const name of TOKEN_LISTS) for (const word of lists[name]) marks.push([WORDS.add(word), IN[name]]);
  const bits = new Uint16Array(WORDS.size);
  for (const [id, bit] of marks) bits[id] = (bits[id] as number) | bit;
  return bits;
}

function bitsAt(bits: Uint16Array, id: number): number {
  return id >= 0 && id < bits.length ? (bits[id] as number) : 0;
}

/** The lists the token's lower-case form is on. */
export function normBits(bits: Uint16Array, t: Token): number {
  return bitsAt(bits, wordId(t));
}

/** The lists the token's form without a possessive "'s" is on ("Council's" -> "council"). */
export function baseBits(bits: Uint16Array, t: Token): number {
  return possessive(t.norm) ? bitsAt(bits, WORDS.findSlice(t.norm, 0, t.norm.length - 2)) : normBits(bits, t);
}

export function possessive(s: string): boolean {
  const n = s.length;
  if (n < 3) return false;
  const last = s.charCodeAt(n - 1);
  const mark = s.charCodeAt(n - 2);
  return (last === 115 || last === 83) && (mark === 39 || mark === 0x2019);
}
