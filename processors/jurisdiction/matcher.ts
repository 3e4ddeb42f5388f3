/**
 * Finds place names in a post's shared tokens: one array read per word (by its shared word id),
 * continuation compared token by token as ids (no string building); judge.ts decides whether each
 * hit is a place.
 */
import { CAPS_ANY, isAsciiDigit, isAsciiLetter, wordId, type TextView, type Token } from '../text/tokens.js';
import { firstWordIndex, type FirstWordIndex, type IdName } from './first-words.js';
import type { Gazetteer, PlaceName } from './gazetteer.js';
import { hashtagIndex, hashtagPlace } from './hashtags.js';
import { judge, personWords, type PersonNames } from './judge.js';
import { createVariantFinder } from './variants.js';
import { KNOWN, LONGER, LOWER_OK, VARIANT, WordClasses } from './word-classes.js';

export interface NameMention {
  readonly kind: 'name' | 'hashtag';
  /** As written in the post. */
  readonly text: string;
  readonly start: number;
  readonly name: PlaceName;
  /** How sure we are this is a place at all (0..1), before asking which one. */
  readonly quality: number;
}

/** Told of each name found, in order: the fields of a NameMention, so no object is made per name. */
export type NameSink = (kind: NameMention['kind'], text: string, start: number, name: PlaceName, quality: number) => void;

/**
 * Reports the names in a text to `found`, in order. Returns false when no token can hold a letter
 * followed by a digit (see `digitAfterLetter`): then the text holds no postcode and the caller skips
 * that search, its one pass over the tokens doing for both.
 */
export type NameFinder = (view: TextView, found: NameSink) => boolean;

/** The names in a text as NameMention objects (for callers that keep them). */
export function mentionsIn(find: NameFinder, view: TextView): NameMention[] {
  const out: NameMention[] = [];
  find(view, (kind, text, start, name, quality) => out.push({ kind, text, start, name, quality }));
  return out;
}

/** Punctuation a name may contain in a post ("St. Albans", "Bath & North East Somerset"). */
const INNER_PUNCT = new Set(['.', '&']);

export function createNameFinder(gaz: Gazetteer, allPeople: PersonNames): NameFinder {
  const people = personWords(withoutTowns(allPeople, gaz));
  const variant = createVariantFinder(gaz, people);
  const index = firstWordIndex(gaz);
  const classes = new WordClasses(index, variant);
  const hashtags = hashtagIndex(gaz);
  return (view, found) => {
    const tokens = view.tokens;
    const raw = view.raw;
    let digits = false;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind !== 'word') {
        if (t.kind === 'hashtag') {
          const name = hashtagPlace(hashtags, t.norm);
          if (name !== undefined) found('hashtag', t.text, t.start, name, name.weak ? 0.5 : 0.9);
        }
        digits ||= digitAfterLetter(raw, t);
        continue;
      }
      const id = wordId(t);
      // A word outside the table is no name's first word but may be a variant of one.
      const bits = id < 0 ? VARIANT : classes.of(id, t.norm);
      if ((bits & KNOWN) === 0) {
        if ((bits & VARIANT) !== 0 && (t.caps & CAPS_ANY) !== 0) {
          const alt = variant.find(tokens, i, id); // a capitalised word
          if (alt) found('name', t.text, t.start, alt.name, alt.quality);
        }
        continue;
      }
      // "the", "hope": only capitalised forms can be places. Both tests are bit, character and
      // pointer reads, so such words never touch their entry.
      if ((bits & LOWER_OK) === 0 && (t.caps & CAPS_ANY) === 0) continue;
      const end = longestMatch(tokens, i, id, (bits & LONGER) !== 0, index);
      if (end < 0) continue;
      const name = matched as PlaceName;
      const quality = judge(tokens, i, end, name, people);
      if (quality <= 0) continue;
      // A one-word name is its token's text: the tokenizer's shared string, not a copy of it, which
      // a name's spellings (spellings.ts) then match by pointer.
      found('name', end === i + 1 ? t.text : spanText(raw, t, tokens[end - 1] as Token), t.start, name, quality);
      i = end - 1;
    }
    return digits;
  };
}

/** The text from token `first` to token `last`, as written. */
function spanText(raw: string, first: Token, last: Token): string {
  return raw.slice(first.start, last.start + last.text.length);
}

/**
 * Whether a letter followed by a digit may lie in or just before this (non-word) token. Every
 * ASCII digit of a text is in a token: a number's digits can only follow a letter just before it;
 * a mention's or hashtag's only when it holds a digit; the rarer kinds (links, e-mail addresses,
 * emoticons) are taken to may. Words and punctuation hold no digits.
 */
function digitAfterLetter(raw: string, t: Token): boolean {
  switch (t.kind) {
    case 'punct':
    case 'emoji':
      return false;
    case 'number':
      return isAsciiLetter(raw.charCodeAt(t.start - 1));
    case 'mention':
    case 'hashtag':
      return hasDigit(t.norm);
    default:
      return true;
  }
}

function hasDigit(s: string): boolean {
  for (let k = 0; k < s.length; k++) {
    if (isAsciiDigit(s.charCodeAt(k))) return true;
  }
  return false;
}

// The name found by the last longestMatch call (saves allocating a result object per hit).
let matched: PlaceName | undefined;

/** End index (exclusive) of the longest name starting at token i (word `id`), or -1; the name goes to `matched`. */
function longestMatch(tokens: readonly Token[], i: number, id: number, longer: boolean, index: FirstWordIndex): number {
  if (longer) {
    const j = skipInner(tokens, i + 1);
    const second = tokens[j];
    const k = second === undefined ? -1 : pairAt(index, id, wordId(second));
    if (k >= 0) {
      for (const e of index.names[k] as readonly IdName[]) {
        const end = matchRest(tokens, j + 1, e.rest);
        if (end >= 0) {
          matched = e.name;
          return end;
        }
      }
    }
  }
  matched = index.singles[id];
  return matched === undefined ? -1 : i + 1;
}

/** The names starting (first, second) (an index in `names`), or -1; most second words start no pair, and a bit says so. */
function pairAt(index: FirstWordIndex, first: number, second: number): number {
  return index.seconds.has(second) ? index.pairs.get(first, second) : -1;
}

function matchRest(tokens: readonly Token[], j: number, rest: readonly number[]): number {
  for (const w of rest) {
    j = skipInner(tokens, j);
    if (j >= tokens.length || wordId(tokens[j] as Token) !== w) return -1;
    j++;
  }
  return j;
}

function skipInner(tokens: readonly Token[], j: number): number {
  while (j < tokens.length && (tokens[j] as Token).kind === 'punct' && INNER_PUNCT.has((tokens[j] as Token).text)) j++;
  return j;
}

/** People's names minus those that are also towns ("Preston Lancashire" is not a person). */
function withoutTowns(people: PersonNames, gaz: Gazetteer): PersonNames {
  const town = (w: string) => gaz.byFirst.get(w)?.single?.targets.some((t) => t.alias || t.former || t.n >= 2) === true;
  return { first: new Set([...people.first].filter((w) => !town(w))), last: new Set([...people.last].filter((w) => !town(w))) };
}
