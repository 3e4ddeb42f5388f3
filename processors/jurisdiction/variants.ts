/**
 * Names the index misses as written: a possessive ("Bristol's") or a mutated Welsh name after a
 * Welsh preposition ("yng Nghaernarfon" -> Caernarfon, "ym Mangor" -> Bangor, Gwynedd).
 */
import { wordId, type Token } from '../text/tokens.js';
import { WordMemo } from '../text/words.js';
import type { Gazetteer, PlaceName } from './gazetteer.js';
import { judge, wordSet, type PersonWords } from './judge.js';

/** Welsh mutations of a radical initial, longest first. */
const MUTATIONS: readonly (readonly [string, string])[] = [
  ['ngh', 'c'],
  ['mh', 'p'],
  ['nh', 't'],
  ['ng', 'g'],
  ['ch', 'c'],
  ['ph', 'p'],
  ['th', 't'],
  ['dd', 'd'],
  ['m', 'b'],
  ['n', 'd'],
  ['g', 'c'],
  ['b', 'p'],
  ['d', 't'],
  ['f', 'b'],
  ['f', 'm'],
  ['l', 'll'],
  ['r', 'rh'],
];
const WELSH_CUES = wordSet(['yn', 'yng', 'ym', 'i', 'o', 'ger', 'am', 'dros', 'trwy', 'drwy', 'hyd', 'heb', 'gan', 'wrth', 'dan']);

export interface VariantHit {
  readonly name: PlaceName;
  readonly quality: number;
}

/** What a word's spelling could be: a possessive of a name (still to be judged), or a mutated Welsh name. */
interface Spelling {
  readonly possessive: boolean;
  /** For a Welsh name: the hit itself, made once per word. */
  readonly hit: VariantHit;
}

export interface VariantFinder {
  /**
   * False when the word (a shared word id, not NO_WORD) can be no variant however written: one
   * array read that spares most words the test for capitals and the lookup.
   */
  possible(id: number): boolean;
  /** `(tokens, i, id)`: the token at i, a capitalised word, and its shared word id. */
  find(tokens: readonly Token[], i: number, id: number): VariantHit | null;
}

export function createVariantFinder(gaz: Gazetteer, people: PersonWords): VariantFinder {
  const welshOnly = new Map<PlaceName, PlaceName | null>();
  const welshTargets = (name: PlaceName): PlaceName | null => {
    let w = welshOnly.get(name);
    if (w === undefined) {
      const targets = name.targets.filter((x) => x.code.startsWith('W'));
      w = targets.length === 0 ? null : { ...name, targets };
      welshOnly.set(name, w);
    }
    return w;
  };
  const spelling = (word: string): Spelling | null => {
    if (possessive(word)) {
      const name = singleWordName(gaz, word.slice(0, -2));
      return name ? { possessive: true, hit: { name, quality: 0 } } : null;
    }
    for (const [mutated, radical] of MUTATIONS) {
      if (!word.startsWith(mutated)) continue;
      const name = singleWordName(gaz, radical + word.slice(mutated.length));
      const welsh = name ? welshTargets(name) : null;
      if (welsh) return { possessive: false, hit: { name: welsh, quality: 0.9 } };
    }
    return null; // most words
  };
  // Worked out once per word the table knows; most words, capitalised or not, cost one array read.
  const byWord = new WordMemo((_id, word) => spelling(word));
  const possible = (id: number): boolean => byWord.of(id) !== null;
  const find = (tokens: readonly Token[], i: number, id: number): VariantHit | null => {
    const t = tokens[i] as Token;
    const prev = tokens[i - 1];
    const cued = prev !== undefined && WELSH_CUES.has(wordId(prev));
    // Without a Welsh cue only a possessive can be a variant: most words stop here, before any lookup.
    if (!cued && !possessive(t.norm)) return null;
    const s = id < 0 ? spelling(t.norm) : byWord.of(id);
    if (s === null) return null;
    if (s.possessive) {
      const quality = judge(tokens, i, i + 1, s.hit.name, people);
      return quality > 0 ? { name: s.hit.name, quality } : null;
    }
    return cued ? s.hit : null;
  };
  return { possible, find };
}

/** Ends in "'s" or "’s": the regex /['’]s$/ as two character reads (`$` is the string's end). */
function possessive(word: string): boolean {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115 /* s */) return false;
  const c = word.charCodeAt(n - 2); // 39 is "'", 0x2019 is "’"
  return c === 39 || c === 0x2019;
}

function singleWordName(gaz: Gazetteer, word: string): PlaceName | null {
  return gaz.byFirst.get(word)?.single ?? null;
}
