export const QUERY_ERROR_CODES = ['QUERY_SYNTAX'] as const;
export type QueryErrorCode = (typeof QUERY_ERROR_CODES)[number];

/**
 * A listening query that cannot be parsed. `position` is the 0-based character offset in the
 * query text where the problem is, so an editor can point at it.
 */
export class QuerySyntaxError extends Error {
  override readonly name = 'QuerySyntaxError';
  readonly code: QueryErrorCode = 'QUERY_SYNTAX';
  readonly position: number;
  /** The message without the position suffix, for UIs that show the position themselves. */
  readonly reason: string;

  constructor(reason: string, position: number, options?: { cause?: unknown }) {
    super(`${reason} (at character ${position})`, options);
    this.reason = reason;
    this.position = position;
  }
}
