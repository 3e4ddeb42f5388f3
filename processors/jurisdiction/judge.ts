/**
 * Is this occurrence of a gazetteer name a place? Case, neighbouring words and cue words decide,
 * most strictly for names that are also everyday words ("Bath", "Street"), people's names ("Paul")
 * or places abroad ("Dallas"). Returns the mention's quality (0 = not a place here).
 */
import type { Token } from '../text/tokens.js';
import type { PlaceName } from './gazetteer.js';
import { STREET_ABBREVIATIONS, STREET_WORDS } from './street-words.js';

/** Given and family names (compromise's lexicon, read once at start-up by the resolver). */
export interface PersonNames {
  readonly first: ReadonlySet<string>;
  readonly last: ReadonlySet<string>;
}

export const CUES: ReadonlySet<string> = new Set([
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

/** Capitalised as a proper noun: "Bath", not "bath", and not a shouted "BATH" (all capitals say nothing). */
export function isCapitalised(t: Token): boolean {
  return t.text !== t.norm && (t.text.length === 1 || !allCapitals(t.text));
}

/** `text === text.toUpperCase()`, without building the upper case when an ASCII a-z answers first. */
function allCapitals(text: string): boolean {
  for (let k = 0; k < text.length; k++) {
    const c = text.charCodeAt(k);
    if (c >= 97 && c <= 122) return false;
    if (c >= 128) return text === text.toUpperCase();
  }
  return true;
}

function capitalWord(t: Token | undefined): t is Token {
  return t !== undefined && t.kind === 'word' && t.text !== t.norm && !CUES.has(t.norm);
}

function wordIn(t: Token | undefined, set: ReadonlySet<string>): boolean {
  return t !== undefined && t.kind === 'word' && set.has(t.norm);
}

export function judge(tokens: readonly Token[], i: number, end: number, name: PlaceName, people: PersonNames): number {
  const first = tokens[i] as Token;
  const next = tokens[end];
  const prev = tokens[i - 1];
  if (capitalWord(next) && STREET_NEXT.has(next.norm)) return 0; // "Exeter Road": a street, not the place
  if (next !== undefined && ABROAD_NEXT.has(next.text)) return 0;
  if (wordIn(prev, TITLES)) return 0; // "Cllr Ashford"
  if (first.norm === 'the' && first.text === first.norm) return 0; // "the Isle of Wight" is not "The Isle"
  // "Frank Gifford", "Chelsea Clinton": part of a person's name.
  if (capitalWord(prev) && people.first.has(prev.norm)) return 0;
  if (name.wordCount === 1 && capitalWord(next) && people.last.has(next.norm)) return 0;
  const capital = isCapitalised(first) || (first.text !== first.norm && name.wordCount > 1);
  const cue = wordIn(prev, CUES);
  const weak = name.weak ? 0.6 : 1;
  if (name.abroad) return capital && cue ? 0.45 : 0;
  if (name.wordCount > 1) return (name.common ? (capital ? 0.8 : 0) : 1) * weak;
  if (name.person) return personWord(capital, cue, prev, next); // "Paul Smith", "Kerry said"

  if (!name.common) return plainWord(capital, cue, next) * weak;
  return everydayWord(tokens, i, capital, cue, next, first) * weak;
}

/** A small place named like a person ("Paul", "Kelly"): capitalised, alone, and cued or before a civic noun. */
function personWord(capital: boolean, cue: boolean, prev: Token | undefined, next: Token | undefined): number {
  if (!capital || capitalWord(prev) || capitalWord(next)) return 0;
  return cue ? 0.7 : wordIn(next, CIVIC_NEXT) ? 0.6 : 0;
}

/** A single-word name that is not an everyday word ("Exmouth"): lower case needs a cue or a civic noun. */
function plainWord(capital: boolean, cue: boolean, next: Token | undefined): number {
  if (capital) return 1;
  return cue || wordIn(next, CIVIC_NEXT) || wordIn(next, COUNCIL_NEXT) ? 0.85 : 0.45;
}

/** "Bath", "Reading", "Street": capitalised AND a cue before or a civic noun after. */
function everydayWord(tokens: readonly Token[], i: number, capital: boolean, cue: boolean, next: Token | undefined, first: Token): number {
  if (!capital) return 0;
  if (CALENDAR.has(first.norm)) return 0.3;
  if (cue || wordIn(next, COUNCIL_NEXT)) return 0.8;
  if (!wordIn(next, CIVIC_NEXT)) return 0;
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
