import type { Resolved } from './compile.js';

/**
 * The one-word pattern a word starts, when it starts exactly one (most do), kept per word id in a
 * typed array: the scanner adds that hit from one read, without following the word's Resolved
 * object and its arrays (cold memory, several dependent reads). word-roles.ts fills it when it
 * works out the word's byte, before the scanner asks.
 */
export class LoneSingles {
  /** Pattern index + 1; 0 for none or several. */
  private patterns = new Int32Array(0);

  record(id: number, r: Resolved): void {
    if (id >= this.patterns.length) this.grow(id);
    this.patterns[id] = r.singles.length === 1 ? (r.singles[0] as number) + 1 : 0;
  }

  /** The word's lone one-word pattern, or -1 when it has several (or none). */
  of(id: number): number {
    return (this.patterns[id] as number) - 1;
  }

  private grow(id: number): void {
    const patterns = new Int32Array(Math.max(1024, (id + 1) * 2));
    patterns.set(this.patterns);
    this.patterns = patterns;
  }
}
