import type { CompiledPattern } from './compile.js';

/**
 * What scoring reads of each compiled pattern, in typed arrays indexed by pattern: the hit rules
 * compare every pair of a post's hits, and a typed array read costs less than following a pattern
 * object.
 */
export class PatternTable {
  readonly topic: Int32Array;
  readonly term: Int32Array;
  readonly weight: Float64Array;
  /** 1 for an exclusion. */
  readonly exclusion: Uint8Array;
  /** 1 for a landmark term (locative.ts). */
  readonly place: Uint8Array;

  constructor(patterns: readonly CompiledPattern[]) {
    const n = patterns.length;
    this.topic = new Int32Array(n);
    this.term = new Int32Array(n);
    this.weight = new Float64Array(n);
    this.exclusion = new Uint8Array(n);
    this.place = new Uint8Array(n);
    patterns.forEach((p, i) => {
      this.topic[i] = p.topic;
      this.term[i] = p.term;
      this.weight[i] = p.weight;
      this.exclusion[i] = p.exclusion ? 1 : 0;
      this.place[i] = p.place ? 1 : 0;
    });
  }
}
