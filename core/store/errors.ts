import { CivicPulseError } from '../errors.js';

export const STORE_ERROR_CODES = [
  /** A query or command was rejected by ClickHouse (bad SQL, bad parameter, unknown table...). */
  'STORE_QUERY',
  /** An insert was rejected (unparseable row, unknown column, unknown table...). */
  'STORE_INSERT',
  /** The engine could not be opened or the server could not be reached. */
  'STORE_CONNECT',
  /** The store (or a batcher) was used after close(). */
  'STORE_CLOSED',
  /** A caller passed something unusable (e.g. a table name that is not a plain identifier). */
  'STORE_INVALID_ARGUMENT',
  /** An applied migration's file changed since it was applied. */
  'MIGRATION_CHECKSUM',
  /** A migration file is unusable (bad name) or one of its statements failed. */
  'MIGRATION_FAILED',
] as const;
export type StoreErrorCode = (typeof STORE_ERROR_CODES)[number];

export interface StoreErrorOptions {
  readonly cause?: unknown;
  /** The ClickHouse exception code (e.g. 62 for a syntax error) when the engine gave one. */
  readonly clickhouseCode?: number;
}

export class StoreError extends CivicPulseError<StoreErrorCode> {
  override readonly name = 'StoreError';
  readonly clickhouseCode: number | undefined;
  constructor(code: StoreErrorCode, message: string, options?: StoreErrorOptions) {
    super(code, message, { cause: options?.cause });
    this.clickhouseCode = options?.clickhouseCode;
  }
}

export function isStoreError(err: unknown, code?: StoreErrorCode): err is StoreError {
  return err instanceof StoreError && (code === undefined || err.code === code);
}
