/**
 * "Seen in this post" for small integer ids, without clearing an array per post: each post (or
 * whatever unit the caller counts) gets a new stamp, and an id is seen when its mark equals it.
 * When the counter runs out it starts over and the marks are cleared then: a mark left from 2^32
 * posts before would otherwise read as seen.
 */

/** The last stamp a Uint32Array holds; the one after it is 1 again. */
export const LAST_STAMP = 0xffffffff;

export class Stamps {
  private marks: Uint32Array;
  /** 0 until the first `next()`, which must come before any mark (unmarked ids hold 0). */
  private stamp = 0;

  /**
   * Ids from 0 to `size - 1` (`grow` makes room for more). `last` is the stamp after which the
   * count starts over: only tests lower it, to reach the wrap without 2^32 posts.
   */
  constructor(
    size: number,
    private readonly last = LAST_STAMP,
  ) {
    this.marks = new Uint32Array(size);
  }

  /** Starts a new post: every id reads as unseen. */
  next(): void {
    if (this.stamp === this.last) {
      this.marks.fill(0);
      this.stamp = 0;
    }
    this.stamp++;
  }

  mark(id: number): void {
    this.marks[id] = this.stamp;
  }

  has(id: number): boolean {
    return this.marks[id] === this.stamp;
  }

  /** Marks the id; false when it was already marked in this post. */
  add(id: number): boolean {
    if (this.marks[id] === this.stamp) return false;
    this.marks[id] = this.stamp;
    return true;
  }

  /** Makes room for ids below `size`, keeping the marks (doubling, so growing id by id stays cheap). */
  grow(size: number): void {
    if (size <= this.marks.length) return;
    const bigger = new Uint32Array(Math.max(size, this.marks.length * 2));
    bigger.set(this.marks);
    this.marks = bigger;
  }
}
