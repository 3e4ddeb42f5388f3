import { IdPairs } from '../../text/id-pairs.js';
import type { Resolved } from './compile.js';

/**
 * The phrases a (first word, second word) pair of ids starts, found in one open-addressing table
 * over a typed array (text/id-pairs.ts): the scanner finds a pair's candidates, or learns there are
 * none, from one probe of dense memory, not by following the first word's Resolved object into its
 * Map. Pairs are added per word id when word-roles.ts works out the word's byte, so a word is known
 * here before the scanner asks about it.
 */
export class WordPairs {
  /** The index in `lists` of each pair's candidates. */
  private readonly index = new IdPairs(INITIAL_PAIRS);
  private readonly lists: (readonly number[])[] = [];

  /** Adds the pairs `r` (what word `first` starts) begins, with their candidate lists. */
  addStarts(first: number, r: Resolved): void {
    if (r.next !== undefined) for (const [second, list] of r.next) this.add(first, second, list);
  }

  /** The phrases `first` followed by the word with straight id `second` may start, if any. */
  get(first: number, second: number): readonly number[] | undefined {
    const k = this.index.get(first, second);
    return k < 0 ? undefined : this.lists[k];
  }

  private add(first: number, second: number, list: readonly number[]): void {
    if (this.index.get(first, second) >= 0) return;
    this.index.set(first, second, this.lists.length);
    this.lists.push(list);
  }
}

const INITIAL_PAIRS = 1 << 11;
