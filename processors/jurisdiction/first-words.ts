/**
 * The gazetteer's first-word index keyed by shared word id (text/words.ts): a post's word costs an
 * array read instead of a string hash, and the words after it compare as ids.
 */
import { wordArray, WordSet, WORDS } from '../text/words.js';
import type { FirstWordEntry, Gazetteer, PlaceName } from './gazetteer.js';
import { IdPairs } from '../text/id-pairs.js';

export interface IdName {
  /** Word ids after the first two. */
  readonly rest: readonly number[];
  readonly name: PlaceName;
}

export interface FirstWordIndex {
  /** By first word id: the one-word name (FirstWordEntry.single). */
  readonly singles: readonly (PlaceName | undefined)[];
  /** The ids with an entry: a small bit set answers for most words without touching the rest. */
  readonly known: WordSet;
  /**
   * The ids whose entry may match written in lower case (FirstWordEntry.lowerOk): lets a lower-case
   * "the" or "hope" be passed over without reading its entry.
   */
  readonly lowerOk: WordSet;
  /** The ids that start names of two words or more: only these look at the next word. */
  readonly longer: WordSet;
  /** The ids that are the second word of a name of 2+ words: only these are looked up in `pairs`. */
  readonly seconds: WordSet;
  /** (First id, second id) → index in `names` of the names of 2+ words so starting. */
  readonly pairs: IdPairs;
  /** Longest first (as in FirstWordEntry.byNext). */
  readonly names: readonly (readonly IdName[])[];
}

// Resolvers built over the same gazetteer (tests, the API's engine) share one index.
const built = new WeakMap<Gazetteer, FirstWordIndex>();

export function firstWordIndex(gaz: Gazetteer): FirstWordIndex {
  let index = built.get(gaz);
  if (index === undefined) {
    const entries = [...gaz.byFirst];
    // The later words are registered before the first ones, as they always were (ids unchanged).
    const { keyed, names } = longerNames(entries);
    const singles = wordArray<PlaceName | undefined>(
      entries.map(([word, entry]) => [word, entry.single] as const),
      undefined,
    );
    const pairs = new IdPairs(keyed.length);
    for (const [first, second, k] of keyed) pairs.set(WORDS.find(first), second, k);
    const ids = (ok: (e: FirstWordEntry) => boolean) => entries.filter(([, e]) => ok(e)).map(([w]) => WORDS.find(w));
    index = {
      singles,
      known: new WordSet(ids(() => true)),
      lowerOk: new WordSet(ids((e) => e.lowerOk)),
      longer: new WordSet(ids((e) => e.byNext !== undefined)),
      seconds: new WordSet(keyed.map(([, second]) => second)),
      pairs,
      names,
    };
    built.set(gaz, index);
  }
  return index;
}

/** The names of 2+ words as (first word, second word id, index in `names`), their later words registered. */
function longerNames(entries: readonly (readonly [string, FirstWordEntry])[]): {
  keyed: [string, number, number][];
  names: IdName[][];
} {
  const keyed: [string, number, number][] = [];
  const names: IdName[][] = [];
  for (const [first, entry] of entries) {
    if (entry.byNext === undefined) continue;
    for (const [second, list] of entry.byNext) {
      keyed.push([first, WORDS.add(second), names.length]);
      names.push(list.map((n) => ({ rest: n.rest.map((w) => WORDS.add(w)), name: n.name })));
    }
  }
  return { keyed, names };
}
