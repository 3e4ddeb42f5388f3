/**
 * A set of word-id pairs as a hashed bit set (a one-hash Bloom filter): `has` may answer true for a
 * pair never added, never false for one that was. Taggers use it to reject, from two ints alone
 * (word ids, or a word id and a stem's key), a lookup that cannot succeed, without reading the
 * lookup's colder memory: the intent phrase trie's first-level nodes, topics' stem phrases.
 */

/** Bits per pair added: about 1 in 16 absent pairs then answers true. */
const BITS_PER_PAIR = 16;
const MIN_BITS = 1024;

export class PairFilter {
  private readonly bits: Int32Array;
  /** 32 minus log2 of the number of bits: the top bits of the mixed hash pick one. */
  private readonly shift: number;

  constructor(pairs: number) {
    let size = MIN_BITS;
    while (size < pairs * BITS_PER_PAIR) size *= 2;
    this.bits = new Int32Array(size >>> 5);
    this.shift = 32 - Math.log2(size);
  }

  add(first: number, second: number): void {
    const b = this.bit(first, second);
    this.bits[b >>> 5] = (this.bits[b >>> 5] as number) | (1 << (b & 31));
  }

  has(first: number, second: number): boolean {
    const b = this.bit(first, second);
    return ((this.bits[b >>> 5] as number) & (1 << (b & 31))) !== 0;
  }

  /** Multiplicative mixing of both ids; the high bits are the well-mixed ones. */
  private bit(first: number, second: number): number {
    return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 0x7f4a7c15, 0x85ebca77)) >>> this.shift;
  }
}
