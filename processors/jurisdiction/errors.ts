export const JURISDICTION_ERROR_CODES = ['JURISDICTION_DATA_MISSING', 'JURISDICTION_DATA_INVALID', 'JURISDICTION_CONFIG_INVALID'] as const;
export type JurisdictionErrorCode = (typeof JURISDICTION_ERROR_CODES)[number];

/** Raised at start-up only (data files, configuration); resolution itself never throws. */
export class JurisdictionError extends Error {
  override readonly name = 'JurisdictionError';
  constructor(
    readonly code: JurisdictionErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}
