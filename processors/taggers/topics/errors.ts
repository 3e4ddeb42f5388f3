import type { FieldError } from '../../../core/contracts/validate.js';
import { describeErrors } from '../../../core/contracts/validate.js';

export const TAXONOMY_ERROR_CODES = ['TAXONOMY_INVALID'] as const;
export type TaxonomyErrorCode = (typeof TAXONOMY_ERROR_CODES)[number];

/**
 * A taxonomy file or tenant extension that cannot be used. Thrown when the tagger is built (boot
 * time), never on the hot path. `path` is the JSON Pointer of the most specific offending value
 * (a union reports both "not a string" at a term and "too big" at its weight: the weight is meant).
 */
export class TaxonomyError extends Error {
  override readonly name = 'TaxonomyError';
  readonly code: TaxonomyErrorCode = 'TAXONOMY_INVALID';
  readonly path: string;
  readonly errors: readonly FieldError[];

  constructor(errors: readonly FieldError[], options?: { cause?: unknown }) {
    super(`invalid taxonomy: ${describeErrors(errors)}`, options);
    this.errors = errors;
    this.path = errors.reduce((best, e) => (e.path.length > best.length ? e.path : best), errors[0]?.path ?? '');
  }
}

/** Prefixes every error path, so extension errors read `/extensions/2/terms/0`. */
export function prefixed(prefix: string, errors: readonly FieldError[]): FieldError[] {
  return errors.map((e) => ({ path: `${prefix}${e.path}`, message: e.message }));
}
