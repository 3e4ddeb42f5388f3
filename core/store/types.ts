/**
 * The analytical store, as the stages see it. Two implementations share these semantics and the
 * same SQL: the embedded engine (chdb, in-process) and a ClickHouse server over HTTP
 * (@clickhouse/client). Values always travel as query parameters (`{name:Type}` placeholders),
 * never inside the SQL text.
 */
export type QueryParams = Readonly<Record<string, unknown>>;

export interface MigrationReport {
  /** Versions applied by this call, in order. */
  readonly applied: readonly string[];
  /** Every version recorded after this call. */
  readonly current: readonly string[];
}

export interface Store {
  readonly kind: 'chdb' | 'http';
  /** The database all unqualified table names resolve in. */
  readonly database: string;
  /** Applies pending migrations in order and records each one; safe to call on every start. */
  migrate(): Promise<MigrationReport>;
  /** Inserts rows (JSONEachRow) into a table; resolves once they are durably written. */
  insert(table: string, rows: readonly Readonly<Record<string, unknown>>[]): Promise<void>;
  /** Runs a SELECT and returns its rows as objects (64-bit integers come back as strings). */
  query<T = Record<string, unknown>>(sql: string, params?: QueryParams): Promise<T[]>;
  /** Runs a statement that returns no rows (DDL, ALTER, OPTIMIZE...). */
  command(sql: string, params?: QueryParams): Promise<void>;
  ping(): Promise<boolean>;
  close(): Promise<void>;
}
