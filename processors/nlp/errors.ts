export const NLP_ERROR_CODES = ['NLP_MODEL_SHAPE', 'NLP_DATA_MISSING', 'NLP_DATA_INVALID'] as const;
export type NlpErrorCode = (typeof NLP_ERROR_CODES)[number];

/**
 * Raised at start-up, never per post: compromise's internals no longer look the way this wrapper
 * reads them, or a word list under data/nlp/ is missing or malformed.
 */
export class NlpError extends Error {
  override readonly name = 'NlpError';
  readonly code: NlpErrorCode;

  constructor(code: NlpErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}
