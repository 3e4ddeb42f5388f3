/**
 * A set of word ids that also numbers its members densely (0, 1, 2... in id order), so per-member
 * data can sit in a short array instead of one as long as the word table. Each 32 ids keep their
 * member bits and the count of members before them side by side, so one cache line answers both
 * "is it a member" and "which one".
 */
export class IdRanks {
  /** Per 32 ids: [member bits, members before]. */
  private readonly words: Int32Array;
  /** Number of members. */
  readonly size: number;

  /** `ids` may repeat; NO_WORD and other negative ids are left out. */
  constructor(ids: Iterable<number>) {
    let max = -1;
    const members = [...ids].filter((id) => id >= 0);
    for (const id of members) max = Math.max(max, id);
    this.words = new Int32Array(((max >>> 5) + 1) * 2);
    for (const id of members) {
      const at = (id >>> 5) << 1;
      this.words[at] = (this.words[at] as number) | (1 << (id & 31));
    }
    let before = 0;
    for (let at = 0; at < this.words.length; at += 2) {
      this.words[at + 1] = before;
      before += bitCount(this.words[at] as number);
    }
    this.size = before;
  }

  /** The member's rank, or -1 when `id` is not a member (NO_WORD included). */
  rankOf(id: number): number {
    const at = (id >>> 5) << 1;
    if (id < 0 || at >= this.words.length) return -1;
    const bits = this.words[at] as number;
    const bit = id & 31;
    if (((bits >>> bit) & 1) === 0) return -1;
    return (this.words[at + 1] as number) + bitCount(bits & ((1 << bit) - 1));
  }
}

/** Set bits of a 32-bit word (the classic SWAR count: JavaScript has no popcount). */
export function bitCount(x: number): number {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
