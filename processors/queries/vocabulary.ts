import { Stamps } from '../text/stamps.js';
import { forEachRun } from './runs.js';

/**
 * The whole words the compiled queries care about, each with a small id. Scanning a post marks
 * which of them it contains in a reusable stamp array, so "does the post contain this word" is an
 * array read and a post allocates nothing for words no query cares about. A context must finish
 * with one post before the next scan (taggers run synchronously).
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly present = new Stamps(16);

  register(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
      this.present.grow(id + 1);
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

  /** Starts marking a new post. */
  begin(): void {
    this.present.next();
  }

  mark(id: number): void {
    this.present.mark(id);
  }

  /** Starts a new post and marks the known words of its `folded` text. */
  scan(folded: string): void {
    this.begin();
    if (this.ids.size === 0) return;
    forEachRun(folded, (run) => {
      const id = this.ids.get(run);
      if (id !== undefined) this.present.mark(id);
    });
  }

  /** Whether the post being marked contains the word. */
  has(id: number): boolean {
    return this.present.has(id);
  }
}
