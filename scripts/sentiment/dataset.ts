import { collectItems, createAnalysis, keyAt } from '../../processors/taggers/sentiment/analysis.js';
import { DENSE_FEATURES, denseFeatures, sparseFeatures } from '../../processors/taggers/sentiment/features.js';
import type { SentimentLexicon } from '../../processors/taggers/sentiment/lexicon.js';
import { applyRules, DEFAULT_RULE_OPTIONS } from '../../processors/taggers/sentiment/rules.js';
import { tokenize } from '../../processors/text/tokens.js';

/** One training or tuning example: the same features the run-time scorer computes. */
export interface Example {
  readonly dense: Float64Array;
  /** Sparse keys: `u:word`, `n:word` (inside a negation), `b:first second`, with their values. */
  readonly keys: readonly string[];
  readonly values: readonly number[];
  /** Target distribution over negative, neutral, positive. */
  readonly target: readonly [number, number, number];
  readonly weight: number;
}

export function extract(text: string, lexicon: SentimentLexicon): { dense: Float64Array; keys: string[]; values: number[] } {
  const a = createAnalysis();
  collectItems(tokenize(text), lexicon, a);
  applyRules(a, lexicon, DEFAULT_RULE_OPTIONS);
  const dense = new Float64Array(DENSE_FEATURES.length);
  denseFeatures(a, dense);
  const keys: string[] = [];
  const values: number[] = [];
  let prev = '';
  sparseFeatures(a, {
    item(analysis, i, negated, value, bigram) {
      const key = keyAt(analysis, i);
      keys.push(`${negated ? 'n' : 'u'}:${key}`);
      values.push(value);
      if (bigram) {
        keys.push(`b:${prev} ${key}`);
        values.push(value);
      }
      prev = key;
    },
  });
  return { dense, keys, values };
}
