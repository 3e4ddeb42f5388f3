import { pairHash } from '../../text/pair-hash.js';

/**
 * Bigram weight rows keyed by the two words' shared ids: open addressing over slots of four
 * Float64s (the pair's two ids as Int32s, then its three weights), so a hit costs one cache line.
 * Most pairs asked about have no row (the model's word cards let through every pair whose second
 * word shares a mask bit with a partner of the first), so a bit set of the pairs' hashes, small
 * enough to stay in the cache, answers most misses before the slot table is read. No string and no
 * map.
 */
export class PairIndex {
  /** Slot s: Int32s [s * 8] (first) and [s * 8 + 1] (second + 1, 0 when empty), weights at Float64s [s * 4 + 1 .. s * 4 + 3]. */
  readonly weights: Float64Array;
  private readonly ids: Int32Array;
  private readonly mask: number;
  /** One bit per FILTER_BITS-bit hash value: set when some pair has it. */
  private readonly filter = new Int32Array(1 << (FILTER_BITS - 5));

  constructor(count: number) {
    let capacity = 1024;
    while (capacity < count * 2) capacity *= 2;
    this.weights = new Float64Array(capacity * SLOT);
    this.ids = new Int32Array(this.weights.buffer);
    this.mask = capacity - 1;
  }

  set(first: number, second: number, row: readonly number[]): void {
    const h = hash(first, second);
    const f = h >>> (32 - FILTER_BITS);
    this.filter[f >>> 5] = (this.filter[f >>> 5] as number) | (1 << (f & 31));
    let slot = h & this.mask;
    while (!this.empty(slot) && !this.holds(slot, first, second)) slot = (slot + 1) & this.mask;
    this.ids[slot * SLOT * 2] = first;
    this.ids[slot * SLOT * 2 + 1] = second + 1;
    this.weights.set([row[0] ?? 0, row[1] ?? 0, row[2] ?? 0], slot * SLOT + 1);
  }

  /** The offset of the pair's three weights in `weights`, or -1. */
  get(first: number, second: number): number {
    const h = hash(first, second);
    const f = h >>> (32 - FILTER_BITS);
    if (((this.filter[f >>> 5] as number) & (1 << (f & 31))) === 0) return -1;
    for (let slot = h & this.mask; !this.empty(slot); slot = (slot + 1) & this.mask) {
      if (this.holds(slot, first, second)) return slot * SLOT + 1;
    }
    return -1;
  }

  private empty(slot: number): boolean {
    return this.ids[slot * SLOT * 2 + 1] === 0;
  }

  private holds(slot: number, first: number, second: number): boolean {
    return this.ids[slot * SLOT * 2] === first && this.ids[slot * SLOT * 2 + 1] === second + 1;
  }
}

/** Float64s per slot: the ids (two Int32s) and three weights, 32 bytes, two slots to a cache line. */
const SLOT = 4;
/** 2^20 bits (128 KiB) for some 30,000 pairs: about 3% of absent pairs get past it. */
const FILTER_BITS = 20;

/** The second id takes the multiplication: the slots and filter bits stay where they always were. */
function hash(first: number, second: number): number {
  return pairHash(second, first);
}
