import { StoreError } from './errors.js';

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/**
 * Table and database names cannot travel as query parameters, so they are the one thing that is
 * ever spliced into SQL text: only plain identifiers get through.
 */
export function assertIdentifier(name: string, what: string): string {
  if (!IDENTIFIER.test(name)) {
    throw new StoreError('STORE_INVALID_ARGUMENT', `${what} must match ${String(IDENTIFIER)}, got ${JSON.stringify(name)}`);
  }
  return name;
}

/** The HTTP client strips trailing semicolons before appending FORMAT; the embedded path must match. */
export function trimStatement(sql: string): string {
  return sql
    .trim()
    .replace(/;+\s*$/, '')
    .trimEnd();
}
