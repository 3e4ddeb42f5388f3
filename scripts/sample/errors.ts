export const SAMPLE_ERROR_CODES = [
  'SAMPLE_INVALID_OPTIONS',
  'SAMPLE_TEMPLATE_INVALID',
  'SAMPLE_EMPTY_CHOICE',
  'SAMPLE_UNKNOWN_KEY',
] as const;
export type SampleErrorCode = (typeof SAMPLE_ERROR_CODES)[number];

/** Raised for bad generator options or broken template data; callers branch on `code`. */
export class SampleError extends Error {
  override readonly name = 'SampleError';
  constructor(
    readonly code: SampleErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
