import { forEachRun } from './runs.js';

/**
 * The whole words the compiled queries care about, each with a small id. Scanning a post marks
 * which of them it contains in a reusable stamp array, so "does the post contain this word" is an
 * array read and a post allocates nothing for words no query cares about. A context must finish
 * with one post before the next scan (taggers run synchronously).
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private present = new Uint32Array(16);
  private stamp = 0;

  register(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
      if (id >= this.present.length) this.grow();
    }
    return id;
  }

  idOf(word: string): number | undefined {
    return this.ids.get(word);
  }

  /** Every word with its id. */
  entries(): IterableIterator<[string, number]> {
    return this.ids.entries();
  }

  /** Starts marking a new post; returns the stamp that identifies it. */
  begin(): number {
    this.stamp = this.stamp === 0xffffffff ? 1 : this.stamp + 1;
    return this.stamp;
  }

  mark(id: number): void {
    this.present[id] = this.stamp;
  }

  /** Marks the known words of `folded` text; returns the post's stamp. */
  scan(folded: string): number {
    const stamp = this.begin();
    if (this.ids.size === 0) return stamp;
    forEachRun(folded, (run) => {
      const id = this.ids.get(run);
      if (id !== undefined) this.present[id] = stamp;
    });
    return stamp;
  }

  has(id: number, stamp: number): boolean {
    return this.present[id] === stamp;
  }

  private grow(): void {
    const bigger = new Uint32Array(this.present.length * 2);
    bigger.set(this.present);
    this.present = bigger;
  }
}
