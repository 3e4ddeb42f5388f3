import type { SentimentScorer } from '../../processors/taggers/sentiment/index.js';
import { tokenize } from '../../processors/text/tokens.js';
import type { LabelledText } from './corpora.js';
import { labelIndex, metrics, type Metrics } from './metrics.js';

/** Scores every text and compares the labels with the gold ones. */
export function evaluate(score: SentimentScorer, data: readonly LabelledText[]): Metrics {
  const predicted = data.map((d) => labelIndex(score(tokenize(d.text)).label));
  return metrics(
    data.map((d) => d.label),
    predicted,
  );
}
