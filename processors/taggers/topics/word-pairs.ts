import type { Resolved } from './compile.js';

/**
 * The phrases a (first word, second word) pair of ids starts, in one open-addressing table over a
 * typed array: the scanner finds a pair's candidates, or learns there are none, from one probe of
 * dense memory, not by following the first word's Resolved object into its Map. Pairs are added
 * per word id when word-roles.ts works out the word's byte, so a word is known here before the
 * scanner asks about it.
 */
export class WordPairs {
  /** Triples (first, second, list index + 1); 0 in the third marks an empty slot. */
  private slots = new Int32Array(INITIAL_SLOTS * 3);
  private mask = INITIAL_SLOTS - 1;
  private readonly lists: (readonly number[])[] = [];

  /** Adds the pairs `r` (what word `first` starts) begins, with their candidate lists. */
  addStarts(first: number, r: Resolved): void {
    if (r.next !== undefined) for (const [second, list] of r.next) this.add(first, second, list);
  }

  /** The phrases `first` followed by the word with straight id `second` may start, if any. */
  get(first: number, second: number): readonly number[] | undefined {
    const slots = this.slots;
    for (let i = slotOf(first, second, this.mask); ; i = (i + 1) & this.mask) {
      const entry = slots[i * 3 + 2] as number;
      if (entry === 0) return undefined;
      if (slots[i * 3] === first && slots[i * 3 + 1] === second) return this.lists[entry - 1];
    }
  }

  private add(first: number, second: number, list: readonly number[]): void {
    if (this.get(first, second) !== undefined) return;
    this.lists.push(list);
    if (this.lists.length * 2 > this.mask + 1) this.rehash();
    this.place(first, second, this.lists.length);
  }

  private place(first: number, second: number, entry: number): void {
    const slots = this.slots;
    let i = slotOf(first, second, this.mask);
    while (slots[i * 3 + 2] !== 0) i = (i + 1) & this.mask;
    slots[i * 3] = first;
    slots[i * 3 + 1] = second;
    slots[i * 3 + 2] = entry;
  }

  /** Keeps the load under a half, so probes stay short. */
  private rehash(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * 3);
    for (let i = 0; i < old.length; i += 3) if (old[i + 2] !== 0) this.place(old[i] as number, old[i + 1] as number, old[i + 2] as number);
  }
}

const INITIAL_SLOTS = 1 << 12;

function slotOf(first: number, second: number, mask: number): number {
  const h = Math.imul(first, 0x9e3779b1) ^ second;
  const x = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return (x ^ (x >>> 15)) & mask;
}
