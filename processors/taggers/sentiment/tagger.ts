import type { Tagger } from '../tagger.js';
import { createSentimentScorer, type SentimentOptions } from './score.js';

/** The chain step that owns `tags.sentiment`. Data is loaded here, not per post. */
export function createSentimentTagger(options: SentimentOptions = {}): Tagger {
  const score = createSentimentScorer(options);
  return {
    name: 'sentiment',
    tag(input, tags) {
      tags.sentiment = score(input.text);
    },
  };
}
