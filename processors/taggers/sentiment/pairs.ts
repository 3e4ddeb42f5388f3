/**
 * Bigram weight rows keyed by the two words' shared ids: open addressing over one Int32Array of
 * (first, second, row + 1) triples, so a bigram costs one probe, no string and no map.
 */
export class PairIndex {
  private readonly slots: Int32Array;
  private readonly mask: number;

  constructor(count: number) {
    let capacity = 1024;
    while (capacity < count * 2) capacity *= 2;
    this.slots = new Int32Array(capacity * 3);
    this.mask = capacity - 1;
  }

  set(first: number, second: number, row: number): void {
    const s = this.slots;
    let i = this.home(first, second);
    while (s[i + 2] !== 0 && !(s[i] === first && s[i + 1] === second)) i = this.next(i);
    s[i] = first;
    s[i + 1] = second;
    s[i + 2] = row + 1;
  }

  /** The row of the pair, or -1. */
  get(first: number, second: number): number {
    const s = this.slots;
    for (let i = this.home(first, second); ; i = this.next(i)) {
      const row = s[i + 2] as number;
      if (row === 0) return -1;
      if (s[i] === first && s[i + 1] === second) return row - 1;
    }
  }

  private home(first: number, second: number): number {
    const h = Math.imul(first ^ Math.imul(second, 0x9e3779b1), 0x85ebca6b);
    return ((h ^ (h >>> 15)) & this.mask) * 3;
  }

  private next(i: number): number {
    return i + 3 === this.slots.length ? 0 : i + 3;
  }
}
