import { CivicPulseError } from '../../../core/errors.js';

export const SENTIMENT_ERROR_CODES = [
  /** A data file (lexicon or model weights) could not be read. */
  'SENTIMENT_DATA_MISSING',
  /** A data file was read but does not have the expected shape. */
  'SENTIMENT_DATA_INVALID',
] as const;
export type SentimentErrorCode = (typeof SENTIMENT_ERROR_CODES)[number];

export class SentimentDataError extends CivicPulseError<SentimentErrorCode> {
  override readonly name = 'SentimentDataError';
  constructor(
    code: SentimentErrorCode,
    readonly file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(code, `${file}: ${message}`, options);
  }
}
