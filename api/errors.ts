/**
 * The one error shape every route returns: `{ error: { code, message, details? } }`. Callers branch
 * on `code`, never on `message`.
 */
import { Type, type Static } from 'typebox';

export const ErrorBodySchema = Type.Object({
  error: Type.Object({
    code: Type.String({ description: 'Stable machine-readable code, e.g. VALIDATION_FAILED' }),
    message: Type.String(),
    details: Type.Optional(Type.Unknown()),
  }),
});
export type ErrorBody = Static<typeof ErrorBodySchema>;

export class HttpError extends Error {
  override readonly name = 'HttpError';
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
  }
}

export function httpError(statusCode: number, code: string, message: string, details?: unknown): HttpError {
  return new HttpError(statusCode, code, message, details);
}
