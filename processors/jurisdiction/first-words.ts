/**
 * The gazetteer's first-word index keyed by shared word id (text/words.ts): a post's word costs an
 * array read instead of a string hash, and the words after it compare as ids.
 */
import { wordArray, WordSet, WORDS } from '../text/words.js';
import type { FirstWordEntry, Gazetteer, PlaceName } from './gazetteer.js';

export interface IdName {
  /** Word ids after the first two. */
  readonly rest: readonly number[];
  readonly name: PlaceName;
}

export interface IdEntry {
  readonly entry: FirstWordEntry;
  /** Second word id → names of 2+ words, longest first (as in FirstWordEntry.byNext). */
  readonly byNext: ReadonlyMap<number, readonly IdName[]> | undefined;
}

export interface FirstWordIndex {
  readonly entries: readonly (IdEntry | undefined)[];
  /** The ids with an entry: a small bit set answers for most words without touching `entries`. */
  readonly known: WordSet;
  /**
   * The ids whose entry may match written in lower case (FirstWordEntry.lowerOk): lets a lower-case
   * "the" or "hope" be passed over without reading its entry.
   */
  readonly lowerOk: WordSet;
}

// Resolvers built over the same gazetteer (tests, the API's engine) share one index.
const built = new WeakMap<Gazetteer, FirstWordIndex>();

export function firstWordIndex(gaz: Gazetteer): FirstWordIndex {
  let index = built.get(gaz);
  if (index === undefined) {
    const entries = wordArray<IdEntry | undefined>(
      [...gaz.byFirst].map(([word, entry]) => [word, { entry, byNext: byNextIds(entry) }] as const),
      undefined,
    );
    const ids = (ok: (e: FirstWordEntry) => boolean) => [...gaz.byFirst].filter(([, e]) => ok(e)).map(([w]) => WORDS.find(w));
    index = { entries, known: new WordSet(ids(() => true)), lowerOk: new WordSet(ids((e) => e.lowerOk)) };
    built.set(gaz, index);
  }
  return index;
}

function byNextIds(entry: FirstWordEntry): Map<number, IdName[]> | undefined {
  if (entry.byNext === undefined) return undefined;
  const out = new Map<number, IdName[]>();
  for (const [second, names] of entry.byNext) {
    out.set(
      WORDS.add(second),
      names.map((n) => ({ rest: n.rest.map((w) => WORDS.add(w)), name: n.name })),
    );
  }
  return out;
}
