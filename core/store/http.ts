/**
 * The server store: a ClickHouse server or cluster over HTTP through @clickhouse/client. Values
 * travel as `param_<name>` URL parameters bound server-side; inserts are synchronous
 * (async_insert=0), so a resolved insert means the rows are written.
 */
import { ClickHouseError, ClickHouseLogLevel, createClient, type ClickHouseClient, type Logger } from '@clickhouse/client';
import { StoreError, type StoreErrorCode } from './errors.js';
import { stringifyRow, toCompactRows } from './json.js';
import { runMigrations } from './migrate.js';
import { INSERT_SETTINGS, QUERY_SETTINGS } from './settings.js';
import { assertIdentifier } from './sql.js';
import type { MigrationReport, QueryParams, Store } from './types.js';

export interface HttpStoreOptions {
  readonly url: string;
  readonly username?: string;
  readonly password?: string;
  /** Default 'civicpulse'; created if missing (when the user may). */
  readonly database?: string;
  /** Default 30 000 ms. */
  readonly requestTimeoutMs?: number;
  /** Receives the client's warnings (a pino logger fits); without one the client is silent. */
  readonly logger?: StoreLogger;
}

export interface StoreLogger {
  warn(obj: Record<string, unknown>, msg: string): void;
  debug(obj: Record<string, unknown>, msg: string): void;
}

export async function openHttpStore(opts: HttpStoreOptions): Promise<Store> {
  const database = assertIdentifier(opts.database ?? 'civicpulse', 'database');
  await ensureDatabase(opts, database);
  return new HttpStore(makeClient(opts, database), database);
}

function makeClient(opts: HttpStoreOptions, database: string | undefined): ClickHouseClient {
  return createClient({
    url: opts.url,
    username: opts.username,
    password: opts.password,
    database,
    request_timeout: opts.requestTimeoutMs ?? 30_000,
    application: 'civicpulse',
    clickhouse_settings: QUERY_SETTINGS,
    json: { parse: JSON.parse, stringify: stringifyRow },
    log: opts.logger ? { LoggerClass: forwardingLogger(opts.logger), level: ClickHouseLogLevel.WARN } : { level: ClickHouseLogLevel.OFF },
  });
}

/**
 * The client wants a class it instantiates itself. Its ERROR entries are failed requests that
 * reach the caller as a StoreError anyway, so they are only worth a debug line here.
 */
function forwardingLogger(logger: StoreLogger): new () => Logger {
  const entry = (p: { module?: string; message: string; args?: Record<string, unknown>; err?: Error }) =>
    [{ module: 'store', client: p.module, ...p.args, ...(p.err ? { err: p.err } : {}) }, p.message] as const;
  return class implements Logger {
    trace(): void {}
    debug(): void {}
    info(): void {}
    warn(p: Parameters<Logger['warn']>[0]): void {
      logger.warn(...entry(p));
    }
    error(p: Parameters<Logger['error']>[0]): void {
      logger.debug(...entry(p));
    }
  };
}

/** The client names its database on every request, so it must exist before that client is made. */
async function ensureDatabase(opts: HttpStoreOptions, database: string): Promise<void> {
  const bootstrap = makeClient(opts, undefined);
  try {
    const ping = await bootstrap.ping({ select: true });
    if (!ping.success) throw new StoreError('STORE_CONNECT', `cannot reach ClickHouse at ${opts.url}`, { cause: ping.error });
    const found = await bootstrap.query({
      query: 'SELECT name FROM system.databases WHERE name = {name:String}',
      query_params: { name: database },
      format: 'JSONEachRow',
    });
    if ((await found.json()).length === 0) {
      // Checked identifier; a database name cannot be a query parameter in CREATE DATABASE.
      await bootstrap.command({ query: `CREATE DATABASE IF NOT EXISTS \`${database}\`` });
    }
  } catch (err) {
    throw toStoreError(err, 'STORE_CONNECT', `cannot prepare database ${database}`);
  } finally {
    await bootstrap.close();
  }
}

class HttpStore implements Store {
  readonly kind = 'http' as const;
  private closed = false;
  constructor(
    private readonly client: ClickHouseClient,
    readonly database: string,
  ) {}

  migrate(): Promise<MigrationReport> {
    return runMigrations(this);
  }

  async insert(table: string, rows: readonly Readonly<Record<string, unknown>>[]): Promise<void> {
    assertIdentifier(table, 'table');
    this.assertOpen();
    if (rows.length === 0) return;
    try {
      const { columns, values } = toCompactRows(rows);
      await this.client.insert({
        table,
        columns: columns as [string, ...string[]],
        values,
        format: 'JSONCompactEachRow',
        clickhouse_settings: INSERT_SETTINGS,
      });
    } catch (err) {
      throw toStoreError(err, 'STORE_INSERT', `insert into ${table} failed`);
    }
  }

  async query<T = Record<string, unknown>>(sql: string, params?: QueryParams): Promise<T[]> {
    this.assertOpen();
    try {
      const result = await this.client.query({ query: sql, query_params: { ...params }, format: 'JSONEachRow' });
      return await result.json<T>();
    } catch (err) {
      throw toStoreError(err, 'STORE_QUERY', 'query failed');
    }
  }

  async command(sql: string, params?: QueryParams): Promise<void> {
    this.assertOpen();
    try {
      await this.client.command({ query: sql, query_params: { ...params } });
    } catch (err) {
      throw toStoreError(err, 'STORE_QUERY', 'command failed');
    }
  }

  async ping(): Promise<boolean> {
    if (this.closed) return false;
    return (await this.client.ping({ select: true })).success;
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await this.client.close();
  }

  private assertOpen(): void {
    if (this.closed) throw new StoreError('STORE_CLOSED', 'store is closed');
  }
}

const NETWORK_ERRORS: ReadonlySet<string> = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ETIMEDOUT',
  'EPIPE',
  'EAI_AGAIN',
]);

function isNetworkError(err: unknown): boolean {
  if (!(err instanceof Error)) return false;
  const code = (err as { code?: unknown }).code;
  // The client reports its own request timeout with this exact message and no code.
  return (typeof code === 'string' && NETWORK_ERRORS.has(code)) || err.message === 'Timeout error.';
}

function toStoreError(err: unknown, fallback: StoreErrorCode, context: string): StoreError {
  if (err instanceof StoreError) return err;
  if (err instanceof ClickHouseError) {
    const clickhouseCode = Number(err.code);
    return new StoreError(fallback, `${context}: Code: ${err.code}. ${err.message}`.trimEnd(), {
      cause: err,
      clickhouseCode: Number.isInteger(clickhouseCode) ? clickhouseCode : undefined,
    });
  }
  const code = isNetworkError(err) ? 'STORE_CONNECT' : fallback;
  const message = err instanceof Error ? err.message : String(err);
  return new StoreError(code, `${context}: ${message}`, { cause: err });
}
