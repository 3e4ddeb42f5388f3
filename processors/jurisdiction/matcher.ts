/**
 * Finds place names in a post's shared tokens: one array read per word (by its shared word id),
 * continuation compared token by token as ids (no string building); judge.ts decides whether each
 * hit is a place.
 */
import { wordId, type TextView, type Token } from '../text/tokens.js';
import { firstWordIndex, type IdEntry } from './first-words.js';
import type { Gazetteer, PlaceName } from './gazetteer.js';
import { hashtagIndex, hashtagPlace } from './hashtags.js';
import { judge, personWords, type PersonNames } from './judge.js';
import { createVariantFinder } from './variants.js';

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

export type NameFinder = (view: TextView, found: NameSink) => void;

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
  const { entries, known, lowerOk } = firstWordIndex(gaz);
  const hashtags = hashtagIndex(gaz);
  return (view, found) => {
    const tokens = view.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i] as Token;
      if (t.kind === 'hashtag') {
        const name = hashtagPlace(hashtags, t.norm);
        if (name !== undefined) found('hashtag', t.text, t.start, name, name.weak ? 0.5 : 0.9);
        continue;
      }
      if (t.kind !== 'word') continue;
      const id = wordId(t);
      if (!known.has(id)) {
        if (t.text !== t.norm) {
          const alt = variant(tokens, i, id); // a capitalised word
          if (alt) found('name', t.text, t.start, alt.name, alt.quality);
        }
        continue;
      }
      // "the", "hope": only capitalised forms can be places. Both tests are bit and pointer reads
      // (a lower-case token's text is its norm), so such words never touch their entry.
      if (!lowerOk.has(id) && t.text === t.norm) continue;
      const end = longestMatch(tokens, i, entries[id] as IdEntry);
      if (end < 0) continue;
      const name = matched as PlaceName;
      const quality = judge(tokens, i, end, name, people);
      if (quality <= 0) continue;
      const last = tokens[end - 1] as Token;
      found('name', view.raw.slice(t.start, last.start + last.text.length), t.start, name, quality);
      i = end - 1;
    }
  };
}

// The name found by the last longestMatch call (saves allocating a result object per hit).
let matched: PlaceName | undefined;

/** End index (exclusive) of the longest name starting at token i, or -1; the name goes to `matched`. */
function longestMatch(tokens: readonly Token[], i: number, entry: IdEntry): number {
  if (entry.byNext !== undefined) {
    const j = skipInner(tokens, i + 1);
    const second = tokens[j];
    const list = second === undefined ? undefined : entry.byNext.get(wordId(second));
    if (list !== undefined) {
      for (const e of list) {
        const end = matchRest(tokens, j + 1, e.rest);
        if (end >= 0) {
          matched = e.name;
          return end;
        }
      }
    }
  }
  matched = entry.entry.single;
  return matched === undefined ? -1 : i + 1;
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
