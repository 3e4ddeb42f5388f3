import type { Analysis } from './analysis.js';
import { normalize } from './rules.js';

/** Post-level features the learnt model reads from the rule-based analysis. */
export const DENSE_FEATURES = [
  'compound',
  'positive',
  'negative',
  'has_positive',
  'has_negative',
  'no_lexicon',
  'exclaim',
  'question',
  'caps',
  'length',
  'contrast',
  'max_positive',
  'max_negative',
  'icons',
  'negators',
  'strong_positive',
  'strong_negative',
  'near_zero',
  'positive_count',
  'negative_count',
] as const;
export type DenseFeature = (typeof DENSE_FEATURES)[number];

/** Writes the dense features of `a` into `out` (length DENSE_FEATURES.length), in that order. */
export function denseFeatures(a: Analysis, out: Float64Array): void {
  out[0] = a.compound;
  out[1] = normalize(a.posSum);
  out[2] = normalize(a.negSum);
  out[3] = a.posCount > 0 ? 1 : 0;
  out[4] = a.negCount > 0 ? 1 : 0;
  out[5] = a.posCount + a.negCount === 0 ? 1 : 0;
  out[6] = a.exclaim > 0 ? 1 : 0;
  out[7] = a.question > 0 ? 1 : 0;
  out[8] = a.capsWords > 0 && a.capsWords < a.letterWords ? 1 : 0;
  out[9] = Math.min(a.n, 40) / 40;
  out[10] = a.contrastAt >= 0 ? 1 : 0;
  out[11] = a.maxPos / 4;
  out[12] = a.minNeg / 4;
  out[13] = normalize(a.iconSum);
  out[14] = a.negators > 0 ? 1 : 0;
  out[15] = a.compound >= 0.5 ? 1 : 0;
  out[16] = a.compound <= -0.5 ? 1 : 0;
  out[17] = a.compound > -0.05 && a.compound < 0.05 ? 1 : 0;
  out[18] = Math.min(a.posCount, 5) / 5;
  out[19] = Math.min(a.negCount, 5) / 5;
}

/** Receives the sparse n-gram features of a post; the scorer looks weights up, training collects keys. */
export interface SparseSink {
  /**
   * Item i of `a` as an n-gram item: its unigram (marked when negated), and when `bigram` is true
   * also the bigram with the item passed just before it. Its key is `a.ids[i]` (text/words.ts), or
   * keyAt(a, i) as text.
   */
  item(a: Analysis, i: number, negated: boolean, value: number, bigram: boolean): void;
}

/**
 * Unigrams (marked when inside a negation's clause) and within-clause bigrams of the items the
 * lexicon rules did not claim: phrases and hand-set domain words speak through the dense features.
 * As in the rules, words before a contrast ("but") count half and words after it half again.
 */
export function sparseFeatures(a: Analysis, sink: SparseSink): void {
  let chained = false;
  const at = a.contrastAt;
  for (let i = 0; i < a.n; i++) {
    if (a.covered[i] === 1 || a.kinds[i] === 1) {
      chained = false;
      continue;
    }
    const value = at < 0 || i === at ? 1 : i < at ? 0.5 : 1.5;
    sink.item(a, i, a.negScope[i] === 1, value, chained && a.boundary[i] === 0);
    chained = true;
  }
}
