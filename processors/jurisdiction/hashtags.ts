/**
 * Hashtags naming places ("#EastDevon", "#StokeOnTrent"): the gazetteer's run-together names in a
 * word table of their own (text/words.ts), so a hashtag is looked up from its text after the "#"
 * without building that string, and only the names a hashtag may stand for are kept.
 */
import { WordTable } from '../text/words.js';
import type { Gazetteer, PlaceName } from './gazetteer.js';

export interface HashtagIndex {
  readonly table: WordTable;
  /** By the table's id: the place a hashtag of that text names. */
  readonly names: readonly PlaceName[];
}

// Resolvers built over the same gazetteer (tests, the API's engine) share one index.
const built = new WeakMap<Gazetteer, HashtagIndex>();

export function hashtagIndex(gaz: Gazetteer): HashtagIndex {
  let index = built.get(gaz);
  if (index === undefined) {
    const table = new WordTable();
    const names: PlaceName[] = [];
    for (const [squashed, name] of gaz.bySquashed) {
      // Places abroad, people's names and one everyday word ("#bath") are not places as hashtags.
      if (name.abroad || name.person || (name.common && name.wordCount === 1)) continue;
      names[table.add(squashed)] = name;
    }
    index = { table, names };
    built.set(gaz, index);
  }
  return index;
}

/** The place a hashtag token's norm ("#eastdevon") names, if any. */
export function hashtagPlace(index: HashtagIndex, norm: string): PlaceName | undefined {
  const id = index.table.findSlice(norm, 1, norm.length);
  return id < 0 ? undefined : index.names[id];
}
