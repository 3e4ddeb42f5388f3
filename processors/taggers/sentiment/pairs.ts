/**
 * Bigram weight rows keyed by the two words' shared ids: open addressing over a table of 8-byte
 * keys (the pair), with each slot's weights in a table of their own, so a probe reads the dense
 * key table (a quarter of the size of key-and-weights slots, more of it stays in the cache) and
 * only a hit reads its weights. No string and no map. (The model's word cards rule out most pairs
 * without a lookup here.)
 */
export class PairIndex {
  /** Weights of slot s at [s * 3 .. s * 3 + 2]. */
  readonly weights: Float64Array;
  /** First at [slot * 2], second + 1 after it (0 marks an empty slot). */
  private readonly ids: Int32Array;
  private readonly mask: number;

  constructor(count: number) {
    let capacity = 1024;
    while (capacity < count * 2) capacity *= 2;
    this.weights = new Float64Array(capacity * 3);
    this.ids = new Int32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  set(first: number, second: number, row: readonly number[]): void {
    let slot = hash(first, second) & this.mask;
    while (!this.empty(slot) && !this.holds(slot, first, second)) slot = (slot + 1) & this.mask;
    this.ids[slot * 2] = first;
    this.ids[slot * 2 + 1] = second + 1;
    this.weights.set([row[0] ?? 0, row[1] ?? 0, row[2] ?? 0], slot * 3);
  }

  /** The offset of the pair's three weights in `weights`, or -1. */
  get(first: number, second: number): number {
    for (let slot = hash(first, second) & this.mask; !this.empty(slot); slot = (slot + 1) & this.mask) {
      if (this.holds(slot, first, second)) return slot * 3;
    }
    return -1;
  }

  private empty(slot: number): boolean {
    return this.ids[slot * 2 + 1] === 0;
  }

  private holds(slot: number, first: number, second: number): boolean {
    return this.ids[slot * 2] === first && this.ids[slot * 2 + 1] === second + 1;
  }
}

function hash(first: number, second: number): number {
  const h = Math.imul(first ^ Math.imul(second, 0x9e3779b1), 0x85ebca6b);
  return h ^ (h >>> 15);
}
