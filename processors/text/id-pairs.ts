/**
 * A map from a pair of word ids to a small number, as one open-addressing typed array: a lookup is
 * a probe or two in one array, where a Map per first word costs a chain of objects to reach (the
 * array slot, the entry, the Map, its table), each a likely cache miss on a post's path.
 */
import { pairHash } from './pair-hash.js';

const EMPTY = -1;

export class IdPairs {
  /** Triples (first, second, value); first = EMPTY marks an empty slot. */
  private slots: Int32Array;
  private mask: number;
  private count = 0;

  /** Sized for `expected` pairs; grows past that, kept under half full so probes stay short. */
  constructor(expected: number) {
    let size = 16;
    while (size < expected * 2) size *= 2;
    this.slots = new Int32Array(size * 3).fill(EMPTY);
    this.mask = size - 1;
  }

  /** Stores `value` (0 or more) for the pair; ids are never negative. */
  set(first: number, second: number, value: number): void {
    const slots = this.slots;
    let i = this.home(first, second);
    while (slots[i] !== EMPTY && !(slots[i] === first && slots[i + 1] === second)) i = this.next(i);
    if (slots[i] === EMPTY && ++this.count * 2 > this.mask + 1) {
      this.grow();
      return this.set(first, second, value);
    }
    slots[i] = first;
    slots[i + 1] = second;
    slots[i + 2] = value;
  }

  /** The value stored for the pair, or -1. */
  get(first: number, second: number): number {
    const slots = this.slots;
    for (let i = this.home(first, second); ; i = this.next(i)) {
      const f = slots[i] as number;
      if (f === EMPTY) return -1;
      if (f === first && slots[i + 1] === second) return slots[i + 2] as number;
    }
  }

  private grow(): void {
    const old = this.slots;
    this.mask = this.mask * 2 + 1;
    this.slots = new Int32Array((this.mask + 1) * 3).fill(EMPTY);
    this.count = 0;
    for (let i = 0; i < old.length; i += 3) if (old[i] !== EMPTY) this.set(old[i] as number, old[i + 1] as number, old[i + 2] as number);
  }

  private home(first: number, second: number): number {
    return (pairHash(first, second) & this.mask) * 3;
  }

  private next(i: number): number {
    const j = i + 3;
    return j === this.slots.length ? 0 : j;
  }
}
