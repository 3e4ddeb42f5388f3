/**
 * Is this occurrence of a gazetteer name a place? Case, neighbouring words and cue words decide,
 * most strictly for names that are also everyday words ("Bath", "Street"), people's names ("Paul")
 * or places abroad ("Dallas"). Returns the mention's quality (0 = not a place here).
 */
import { CAPS_ANY, CAPS_LOWER, wordId, type Token } from '../text/tokens.js';
import { WORDS, WordSet } from '../text/words.js';
import type { PlaceName } from './gazetteer.js';
import { STREET_ABBREVIATIONS, STREET_WORDS } from './street-words.js';

/** Given and family names (compromise's lexicon, read once at start-up by the resolver). */
export interface PersonNames {
  readonly first: ReadonlySet<string>;
  readonly last: ReadonlySet<string>;
}

/** The same names as shared word ids (text/words.ts), so a token is tested with a bit read. */
export interface PersonWords {
  readonly first: WordSet;
  readonly last: WordSet;
}

export function personWords(people: PersonNames): PersonWords {
  return { first: wordSet(people.first), last: wordSet(people.last) };
}

/** A word list as a set of word ids. Its words are registered in the table, so a token's id is in it exactly when its norm is in the list. */
export function wordSet(words: Iterable<string>): WordSet {
  return new WordSet([...words].map((w) => WORDS.add(w)));
}

const CUES: ReadonlySet<string> = new Set([
  'in',
  'at',
  'near',
  'nr',
  'around',
  'outside',
  'from',
  'to',
  'through',
  'across',
  'into',
  'towards',
  'toward',
  'round',
  'via',
  'visiting',
  'throughout',
]);
const STREET_NEXT: ReadonlySet<string> = new Set([...STREET_WORDS, ...STREET_ABBREVIATIONS]);
const TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'cllr', 'councillor', 'sir', 'lady', 'lord', 'rev', 'saint']);
/** Month and day names that are also places ("March", Cambridgeshire): only with other context. */
const CALENDAR = new Set([
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
  'monday',
  'tuesday',
  'wednesday',
  'thursday',
  'friday',
  'saturday',
  'sunday',
]);
/** After a place name, these say it is abroad ("Perth WA", "Boston MA", "Washington DC"). */
const ABROAD_NEXT = new Set([
  'WA',
  'NY',
  'DC',
  'MA',
  'USA',
  'US',
  'NSW',
  'Australia',
  'Canada',
  'Massachusetts',
  'Ontario',
  'Tasmania',
  'Texas',
  'Virginia',
  'Celtics',
  'Bruins',
]);
/** A civic noun after an everyday word makes it a place ("Reading blue bins", "Fleet station"). */
const CIVIC_NEXT = new Set([
  'bins',
  'bin',
  'binmen',
  'roads',
  'streets',
  'council',
  'councils',
  'town',
  'city',
  'centre',
  'center',
  'high',
  'station',
  'library',
  'libraries',
  'hospital',
  'recycling',
  'parking',
  'traffic',
  'potholes',
  'pothole',
  'blue',
  'green',
  'black',
  'brown',
  'grey',
  'garden',
  'residents',
  'people',
  'area',
  'estate',
  'seafront',
  'beach',
  'parks',
  'leisure',
  'pool',
  'schools',
  'school',
  'buses',
  'bus',
  'trains',
  'flooding',
  'floods',
  'police',
  'housing',
  'planning',
  'rail',
  'drains',
  'gritters',
  'refuse',
  'rubbish',
  'litter',
  'rents',
  'tip',
]);
const COUNCIL_NEXT = new Set(['council', 'borough', 'county', 'cc', 'bc', 'dc']);
const SENTENCE_END = /^[.!?…]+$/;
const THE = WORDS.add('the');

/**
 * Each list above as one bit of a byte per word id: a token is tested against all of them with
 * one array read instead of a string hash per list. The lists hold lower-case words except
 * ABROAD_NEXT, which is matched as written: its bit marks the lower case, and only a token so
 * marked has its text looked up (a text in ABROAD_NEXT lowers to a marked norm).
 */
const IS = { cue: 1, street: 2, title: 4, calendar: 8, abroad: 16, civic: 32, council: 64 } as const;
const BITS = listBits([
  [CUES, IS.cue],
  [STREET_NEXT, IS.street],
  [TITLES, IS.title],
  [CALENDAR, IS.calendar],
  [[...ABROAD_NEXT].map((w) => w.toLowerCase()), IS.abroad],
  [CIVIC_NEXT, IS.civic],
  [COUNCIL_NEXT, IS.council],
]);

function listBits(lists: readonly (readonly [Iterable<string>, number])[]): Uint8Array {
  const marks: [number, number][] = [];
  for (const [words, bit] of lists) for (const w of words) marks.push([WORDS.add(w), bit]);
  const bits = new Uint8Array(WORDS.size);
  for (const [id, bit] of marks) bits[id] = (bits[id] as number) | bit;
  return bits;
}

/** The lists the token's lower-case form is on (any kind of token). */
function bitsOf(t: Token): number {
  const id = wordId(t);
  return id >= 0 && id < BITS.length ? (BITS[id] as number) : 0;
}

/** Capitalised as a proper noun: "Bath", not "bath", and not a shouted "BATH" (all capitals say nothing). */
export function isCapitalised(t: Token): boolean {
  return (t.caps & CAPS_ANY) !== 0 && (t.text.length === 1 || (t.caps & CAPS_LOWER) !== 0);
}

/** A capitalised word that is not a cue ("In Exeter"). */
function capitalWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && (t.caps & CAPS_ANY) !== 0 && (bitsOf(t) & IS.cue) === 0;
}

/** The lists a word token is on; 0 for any other token or none. */
function wordBits(t: Token | undefined): number {
  return t !== undefined && t.kind === 'word' ? bitsOf(t) : 0;
}

export function judge(tokens: readonly Token[], i: number, end: number, name: PlaceName, people: PersonWords): number {
  const first = tokens[i] as Token;
  const next = tokens[end];
  const prev = tokens[i - 1];
  const nextBits = wordBits(next);
  const prevBits = wordBits(prev);
  if ((nextBits & IS.street) !== 0 && capitalWord(next)) return 0; // "Exeter Road": a street, not the place
  if (next !== undefined && (bitsOf(next) & IS.abroad) !== 0 && ABROAD_NEXT.has(next.text)) return 0;
  if ((prevBits & IS.title) !== 0) return 0; // "Cllr Ashford"
  // "the Isle of Wight" is not "The Isle". By word id: a string comparison with "the" costs a call.
  if (wordId(first) === THE && (first.caps & CAPS_ANY) === 0) return 0;
  // "Frank Gifford", "Chelsea Clinton": part of a person's name.
  if (capitalWord(prev) && people.first.has(wordId(prev))) return 0;
  if (name.wordCount === 1 && capitalWord(next) && people.last.has(wordId(next))) return 0;
  const capital = isCapitalised(first) || ((first.caps & CAPS_ANY) !== 0 && name.wordCount > 1);
  const cue = (prevBits & IS.cue) !== 0;
  const weak = name.weak ? 0.6 : 1;
  if (name.abroad) return capital && cue ? 0.45 : 0;
  if (name.wordCount > 1) return (name.common ? (capital ? 0.8 : 0) : 1) * weak;
  if (name.person) return personWord(capital, cue, prev, nextBits, next); // "Paul Smith", "Kerry said"

  if (!name.common) return plainWord(capital, cue, nextBits) * weak;
  return everydayWord(tokens, i, capital, cue, nextBits, first) * weak;
}

/** A small place named like a person ("Paul", "Kelly"): capitalised, alone, and cued or before a civic noun. */
function personWord(capital: boolean, cue: boolean, prev: Token | undefined, nextBits: number, next: Token | undefined): number {
  if (!capital || capitalWord(prev) || capitalWord(next)) return 0;
  return cue ? 0.7 : (nextBits & IS.civic) !== 0 ? 0.6 : 0;
}

/** A single-word name that is not an everyday word ("Exmouth"): lower case needs a cue or a civic noun. */
function plainWord(capital: boolean, cue: boolean, nextBits: number): number {
  if (capital) return 1;
  return cue || (nextBits & (IS.civic | IS.council)) !== 0 ? 0.85 : 0.45;
}

/** "Bath", "Reading", "Street": capitalised AND a cue before or a civic noun after. */
function everydayWord(tokens: readonly Token[], i: number, capital: boolean, cue: boolean, nextBits: number, first: Token): number {
  if (!capital) return 0;
  if ((bitsOf(first) & IS.calendar) !== 0) return 0.3;
  if (cue || (nextBits & IS.council) !== 0) return 0.8;
  if ((nextBits & IS.civic) === 0) return 0;
  return sentenceInitial(tokens, i) ? 0.6 : 0.7;
}

function sentenceInitial(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k] as Token;
    if (t.kind === 'mention' || t.kind === 'url' || t.kind === 'emoji') continue;
    return t.kind === 'punct' && SENTENCE_END.test(t.text);
  }
  return true;
}
