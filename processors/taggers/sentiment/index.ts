export { createSentimentTagger } from './tagger.js';
export {
  createSentimentScorer,
  scoreSentiment,
  SENTIMENT_METHODS,
  type SentimentMethod,
  type SentimentOptions,
  type SentimentScorer,
} from './score.js';
export { loadLexicon, buildLexicon, type SentimentLexicon } from './lexicon.js';
export { loadLinearModel, buildLinearModel, type LinearModel } from './linear.js';
export { SentimentDataError, SENTIMENT_ERROR_CODES, type SentimentErrorCode } from './errors.js';
export type { Sentiment, SentimentLabel } from '../../../core/contracts/tags.js';
