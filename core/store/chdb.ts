/**
 * The embedded store: ClickHouse in-process through chdb. The engine is one per process and bound
 * to one data folder: opening a second folder while one is open fails with STORE_CONNECT. Several
 * stores on the same folder are fine (each chdb Session keeps its own current database).
 */
import { resolve } from 'node:path';
import { Session } from 'chdb';
import { StoreError, type StoreErrorCode } from './errors.js';
import { parseJsonEachRow, toCompactRows, toJsonEachRow } from './json.js';
import { runMigrations } from './migrate.js';
import { toChdbParams } from './params.js';
import { INSERT_SETTINGS, QUERY_SETTINGS } from './settings.js';
import { assertIdentifier, trimStatement } from './sql.js';
import type { MigrationReport, QueryParams, Store } from './types.js';

export interface ChdbStoreOptions {
  /** Data folder; created if missing. */
  readonly path: string;
  /** Default 'civicpulse'; created if missing. */
  readonly database?: string;
}

export async function openChdbStore(opts: ChdbStoreOptions): Promise<Store> {
  const database = assertIdentifier(opts.database ?? 'civicpulse', 'database');
  // chdb keys its one-folder-per-process rule on the path text: './data' and its absolute form must agree.
  const path = resolve(opts.path);
  let session: Session;
  try {
    session = new Session(path);
  } catch (err) {
    throw toStoreError(err, 'STORE_CONNECT', `cannot open chdb at ${path}`);
  }
  try {
    // Identifiers checked above and constant settings: nothing caller-supplied reaches this SQL.
    await session.queryAsync(`CREATE DATABASE IF NOT EXISTS \`${database}\``);
    await session.queryAsync(`USE \`${database}\``);
    for (const [name, value] of Object.entries(QUERY_SETTINGS)) await session.queryAsync(`SET ${name} = ${value}`);
  } catch (err) {
    session.close();
    throw toStoreError(err, 'STORE_CONNECT', `cannot prepare database ${database}`);
  }
  return new ChdbStore(session, database);
}

class ChdbStore implements Store {
  readonly kind = 'chdb' as const;
  constructor(
    private readonly session: Session,
    readonly database: string,
  ) {}

  migrate(): Promise<MigrationReport> {
    return runMigrations(this);
  }

  async insert(table: string, rows: readonly Readonly<Record<string, unknown>>[]): Promise<void> {
    assertIdentifier(table, 'table');
    if (rows.length === 0) return;
    try {
      const { columns, values } = toCompactRows(rows);
      await this.session.insert({ table, columns, values: toJsonEachRow(values), format: 'JSONCompactEachRow', settings: INSERT_SETTINGS });
    } catch (err) {
      throw toStoreError(err, 'STORE_INSERT', `insert into ${table} failed`);
    }
  }

  async query<T = Record<string, unknown>>(sql: string, params?: QueryParams): Promise<T[]> {
    const text = await this.run(sql, params, 'JSONEachRow');
    return parseJsonEachRow<T>(text);
  }

  async command(sql: string, params?: QueryParams): Promise<void> {
    await this.run(sql, params, 'TabSeparated');
  }

  async ping(): Promise<boolean> {
    try {
      return (await this.run('SELECT 1', undefined, 'TabSeparated')).trim() === '1';
    } catch {
      return false;
    }
  }

  async close(): Promise<void> {
    this.session.close();
  }

  private async run(sql: string, params: QueryParams | undefined, format: string): Promise<string> {
    const statement = trimStatement(sql);
    try {
      const result =
        params === undefined || Object.keys(params).length === 0
          ? await this.session.queryAsync(statement, { format })
          : await this.session.queryBindAsync(statement, toChdbParams(params), { format });
      return result.text();
    } catch (err) {
      throw toStoreError(err, 'STORE_QUERY', 'query failed');
    }
  }
}

interface ChdbErrorShape {
  readonly code: string;
  readonly clickhouseCode?: number;
  readonly message: string;
}

function isChdbError(err: unknown): err is ChdbErrorShape {
  if (!(err instanceof Error)) return false;
  const code: unknown = (err as Error & { code?: unknown }).code;
  return typeof code === 'string' && code.startsWith('CHDB_');
}

/** chdb's typed errors (their classes are not exported to ESM) mapped by their stable `code`. */
function toStoreError(err: unknown, fallback: StoreErrorCode, context: string): StoreError {
  if (err instanceof StoreError) return err;
  if (!isChdbError(err)) return new StoreError(fallback, `${context}: ${String(err)}`, { cause: err });
  const code: StoreErrorCode =
    err.code === 'CHDB_CLOSED'
      ? 'STORE_CLOSED'
      : err.code === 'CHDB_CONNECTION'
        ? 'STORE_CONNECT'
        : err.code === 'CHDB_BIND'
          ? 'STORE_INVALID_ARGUMENT'
          : fallback;
  return new StoreError(code, `${context}: ${err.message}`, { cause: err, clickhouseCode: err.clickhouseCode });
}
