import type { PatternTable } from './pattern-table.js';

/**
 * The matches found in one post, in reusable typed arrays (no per-post allocation). Rules that
 * compare matches with each other (exclusion veto, subsumption) live here.
 */
export class HitBuffer {
  private pattern: Int32Array<ArrayBuffer> = new Int32Array(64);
  private start: Int32Array<ArrayBuffer> = new Int32Array(64);
  private end: Int32Array<ArrayBuffer> = new Int32Array(64);
  count = 0;
  private exclusions = 0;

  constructor(private readonly table: PatternTable) {}

  reset(): void {
    this.count = 0;
    this.exclusions = 0;
  }

  add(pattern: number, start: number, end: number): void {
    if (this.count === this.pattern.length) this.grow();
    this.pattern[this.count] = pattern;
    this.start[this.count] = start;
    this.end[this.count] = end;
    this.count++;
    if (this.table.exclusion[pattern] === 1) this.exclusions++;
  }

  patternAt(h: number): number {
    return this.pattern[h] ?? 0;
  }

  startAt(h: number): number {
    return this.start[h] ?? 0;
  }

  /** An exclusion of the same topic overlapping the hit's tokens vetoes it ("bin" in "bin laden"). */
  vetoed(h: number, topic: number): boolean {
    if (this.exclusions === 0) return false;
    const { exclusion, topic: topicOf } = this.table;
    const s = this.start[h] ?? 0;
    const e = this.end[h] ?? 0;
    for (let x = 0; x < this.count; x++) {
      const p = this.pattern[x] ?? 0;
      if (exclusion[p] !== 1 || topicOf[p] !== topic) continue;
      if ((this.start[x] ?? 0) < e && s < (this.end[x] ?? 0)) return true;
    }
    return false;
  }

  /**
   * A hit inside a longer hit of the same topic adds nothing: "bus stop" is one piece of evidence,
   * not "bus" plus "bus stop". On equal spans the heavier (then earlier) term wins.
   */
  subsumed(h: number, topic: number, weight: number): boolean {
    const { exclusion, topic: topicOf, weight: weightOf } = this.table;
    const s = this.start[h] ?? 0;
    const e = this.end[h] ?? 0;
    for (let x = 0; x < this.count; x++) {
      if (x === h) continue;
      const p = this.pattern[x] ?? 0;
      if (exclusion[p] === 1 || topicOf[p] !== topic) continue;
      const xs = this.start[x] ?? 0;
      const xe = this.end[x] ?? 0;
      if (xs > s || xe < e) continue;
      const w = weightOf[p] ?? 0;
      if (xe - xs > e - s || w > weight || (w === weight && x < h)) return true;
    }
    return false;
  }

  private grow(): void {
    const size = this.pattern.length * 2;
    const copy = (a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const b = new Int32Array(size);
      b.set(a);
      return b;
    };
    this.pattern = copy(this.pattern);
    this.start = copy(this.start);
    this.end = copy(this.end);
  }
}
