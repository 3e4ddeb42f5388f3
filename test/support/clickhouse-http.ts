/**
 * A ClickHouse HTTP interface front-end over the real engine, for CI without a ClickHouse server
 * (Debian only packages ClickHouse 18.16, far too old for our SQL).
 *
 * What is real: @clickhouse/client's whole HTTP path (URL building, `param_<name>` encoding,
 * settings as URL parameters, JSONEachRow bodies, error parsing, keep-alive sockets) and
 * ClickHouse 26's SQL semantics (chdb runs every statement, binding `{name:Type}` placeholders
 * server-side). Only this network front-end is ours. It speaks the subset the client uses:
 * - GET/HEAD /ping and GET / -> "Ok.\n"; GET /?query=... runs the query (client ping({select})).
 * - POST / with the query in the `query` URL parameter and/or the body (concatenated with a
 *   newline, as the server does), or as multipart/form-data parts (`query`, `param_<name>`).
 * - `database`, `query_id`, `default_format`, `param_<name>`; every other parameter is a setting.
 * - INSERT ... FORMAT <text format> with the rows in the body (or inline after the statement).
 * - Responses carry X-ClickHouse-Query-Id, X-ClickHouse-Format and X-ClickHouse-Summary; errors
 *   are `Code: N. DB::Exception: ... (NAME) (version ...)` with X-ClickHouse-Exception-Code, and
 *   an HTTP status following the server's code-to-status mapping (400/403/404/500).
 * - gzip request bodies, and gzip responses when `enable_http_compression=1`.
 *
 * Limitations (none is used by core/store): no `session_id` sessions, roles, quotas or readonly
 * GET; no binary formats (Native, RowBinary, Parquet) for INSERT; no progress headers; the whole
 * result is buffered, so an error is never appended mid-stream; the summary's counters are chdb's
 * (result rows/bytes), not the server's read counters. Parameter values are re-encoded for chdb's
 * binder (it escapes values itself), so a composite (Array/Tuple/Map) value containing
 * nan/inf or `\xHH` escapes is refused. Requests to one database run one at a time.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync, inflateSync, brotliDecompressSync } from 'node:zlib';
import { drainPending, Session, type RawInsertFormat } from 'chdb';
import { TupleParam } from '@clickhouse/client';

export interface ShimOptions {
  /** chdb data folder; a temporary one (removed on close) when omitted. */
  readonly path?: string;
  readonly host?: string;
  /** 0 (default) picks a free port. */
  readonly port?: number;
  /** When set, requests must authenticate as this user (Basic auth, X-ClickHouse-* or URL). */
  readonly username?: string;
  readonly password?: string;
}

export interface ClickHouseHttpShim {
  readonly url: string;
  readonly path: string;
  /** Requests served so far (for tests that check the client really went over HTTP). */
  readonly requests: number;
  close(): Promise<void>;
}

/** Set when the first shim starts (chdb reports its version only once the engine is up). */
let serverVersion = 'unknown';

export async function startClickHouseHttpShim(opts: ShimOptions = {}): Promise<ClickHouseHttpShim> {
  const temp = opts.path === undefined;
  const path = opts.path ?? mkdtempSync(join(tmpdir(), 'civicpulse-ch-shim-'));
  const engine = new Engine(path);
  try {
    serverVersion = await engine.version();
  } catch (err) {
    await engine.close();
    if (temp) rmSync(path, { recursive: true, force: true });
    throw err;
  }
  let requests = 0;
  const server = createServer((req, res) => {
    requests += 1;
    handle(engine, opts, req, res).catch((err: unknown) => sendError(res, toEngineError(err)));
  });
  await listen(server, opts.host ?? '127.0.0.1', opts.port ?? 0);
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    path,
    get requests() {
      return requests;
    },
    async close() {
      await new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      });
      await engine.close();
      if (temp) rmSync(path, { recursive: true, force: true });
    },
  };
}

function listen(server: Server, host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
}

// ---------------------------------------------------------------------------------------------
// Requests

/** URL parameters of the HTTP interface itself; everything else is a ClickHouse setting. */
const HTTP_PARAMETERS = new Set([
  'query',
  'database',
  'query_id',
  'default_format',
  'user',
  'password',
  'quota_key',
  'session_id',
  'session_timeout',
  'session_check',
  'role',
  'compress',
  'decompress',
  'buffer_size',
  'wait_end_of_query',
  'enable_http_compression',
  'http_zlib_compression_level',
  'client_protocol_version',
  'stacktrace',
]);

interface Statement {
  readonly sql: string;
  readonly params: Readonly<Record<string, string>>;
  /** Rows of an INSERT ... FORMAT, when the statement is one. */
  readonly data?: Buffer;
}

async function handle(engine: Engine, opts: ShimOptions, req: IncomingMessage, res: ServerResponse): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://shim');
  const method = req.method ?? 'GET';
  if (url.pathname === '/ping' || (url.pathname === '/' && !url.searchParams.has('query') && method !== 'POST')) {
    res.writeHead(200, { 'Content-Type': 'text/html; charset=UTF-8' }).end('Ok.\n');
    return;
  }
  if (url.pathname !== '/') {
    res.writeHead(404, { 'Content-Type': 'text/plain; charset=UTF-8' }).end(`There is no handle ${url.pathname}\n`);
    return;
  }
  const queryId = url.searchParams.get('query_id') ?? randomUUID();
  res.setHeader('X-ClickHouse-Query-Id', queryId);
  res.setHeader('X-ClickHouse-Server-Display-Name', 'civicpulse-chdb-shim');
  res.setHeader('X-ClickHouse-Timezone', 'UTC');
  const denied = authenticate(opts, req, url);
  if (denied) return sendError(res, denied);
  const body = decodeBody(req.headers['content-encoding'], await readBody(req));
  const statement = readStatement(url, req.headers['content-type'], body);
  const outcome = await engine.run({
    database: url.searchParams.get('database') ?? 'default',
    settings: settingsOf(url.searchParams),
    defaultFormat: url.searchParams.get('default_format') ?? 'TabSeparated',
    statement,
  });
  const gzip = url.searchParams.get('enable_http_compression') === '1' && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  sendResult(res, outcome, gzip);
}

function authenticate(opts: ShimOptions, req: IncomingMessage, url: URL): EngineError | undefined {
  if (opts.username === undefined) return undefined;
  let user = url.searchParams.get('user') ?? header(req, 'x-clickhouse-user');
  let password = url.searchParams.get('password') ?? header(req, 'x-clickhouse-key');
  const basic = /^Basic (.+)$/i.exec(header(req, 'authorization') ?? '');
  if (basic?.[1] !== undefined) {
    const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    user = decoded.slice(0, colon);
    password = decoded.slice(colon + 1);
  }
  if (user === opts.username && (password ?? '') === (opts.password ?? '')) return undefined;
  return new EngineError(
    516,
    `Code: 516. DB::Exception: ${user ?? 'default'}: Authentication failed: password is incorrect, or there is no user with such name. (AUTHENTICATION_FAILED)`,
  );
}

function header(req: IncomingMessage, name: string): string | undefined {
  const value = req.headers[name];
  return Array.isArray(value) ? value[0] : value;
}

async function readBody(req: IncomingMessage): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

function decodeBody(encoding: string | undefined, body: Buffer): Buffer {
  switch (encoding) {
    case undefined:
    case 'identity':
      return body;
    case 'gzip':
      return gunzipSync(body);
    case 'deflate':
      return inflateSync(body);
    case 'br':
      return brotliDecompressSync(body);
    default:
      throw new EngineError(1001, `Code: 1001. DB::Exception: Unknown HTTP Content-Encoding ${encoding}. (STD_EXCEPTION)`);
  }
}

function settingsOf(search: URLSearchParams): Map<string, string> {
  const settings = new Map<string, string>();
  for (const [name, value] of search) {
    if (!HTTP_PARAMETERS.has(name) && !name.startsWith('param_')) settings.set(name, value);
  }
  return settings;
}

function paramsOf(entries: Iterable<[string, string]>): Record<string, string> {
  const params: Record<string, string> = {};
  for (const [name, value] of entries) if (name.startsWith('param_')) params[name.slice('param_'.length)] = value;
  return params;
}

function readStatement(url: URL, contentType: string | undefined, body: Buffer): Statement {
  const boundary = /^multipart\/form-data;.*boundary=("?)([^";]+)\1/i.exec(contentType ?? '')?.[2];
  if (boundary !== undefined) {
    const parts = parseMultipart(body, boundary);
    const sql = parts.get('query') ?? url.searchParams.get('query') ?? '';
    return { sql, params: { ...paramsOf(url.searchParams), ...paramsOf(parts) } };
  }
  const params = paramsOf(url.searchParams);
  const inUrl = url.searchParams.get('query');
  if (inUrl !== null && body.length > 0 && parseInsert(inUrl) !== undefined) return { sql: inUrl, params, data: body };
  const text = inUrl === null ? body.toString('utf8') : body.length > 0 ? `${inUrl}\n${body.toString('utf8')}` : inUrl;
  const inline = splitInlineInsert(text);
  return inline ? { ...inline, params } : { sql: text, params };
}

function parseMultipart(body: Buffer, boundary: string): Map<string, string> {
  const parts = new Map<string, string>();
  for (const raw of body.toString('utf8').split(`--${boundary}`)) {
    const split = raw.indexOf('\r\n\r\n');
    if (split === -1) continue;
    const name = /name="([^"]*)"/.exec(raw.slice(0, split))?.[1];
    if (name !== undefined) parts.set(name, raw.slice(split + 4).replace(/\r\n$/, ''));
  }
  return parts;
}

interface InsertTarget {
  readonly table: string;
  readonly columns: readonly string[] | undefined;
  readonly format: string;
  /** Length of the statement text up to and including FORMAT <name>. */
  readonly headLength: number;
}

const INSERT_HEAD =
  /^\s*INSERT\s+INTO\s+(?:TABLE\s+)?([A-Za-z_][A-Za-z0-9_]*(?:\.[A-Za-z_][A-Za-z0-9_]*)?)\s*(?:\(([A-Za-z0-9_,\s]*)\))?\s*FORMAT\s+([A-Za-z]+)/i;

function parseInsert(sql: string): InsertTarget | undefined {
  const m = INSERT_HEAD.exec(sql);
  if (!m?.[1] || !m[3]) return undefined;
  const columns = m[2]
    ?.split(',')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  return { table: m[1], columns: columns?.length ? columns : undefined, format: m[3], headLength: m[0].length };
}

/** `INSERT INTO t FORMAT JSONEachRow\n{...}` sent whole in the body: the rows follow the head. */
function splitInlineInsert(text: string): Statement | undefined {
  const target = parseInsert(text);
  if (!target) return undefined;
  const rest = text.slice(target.headLength).replace(/^[ \t]*\r?\n?/, '');
  return rest.trim() === '' ? undefined : { sql: text.slice(0, target.headLength), params: {}, data: Buffer.from(rest, 'utf8') };
}

// ---------------------------------------------------------------------------------------------
// Responses

interface Outcome {
  readonly body: Buffer;
  readonly format: string | undefined;
  readonly summary: Readonly<Record<string, number>>;
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  JSONEachRow: 'application/x-ndjson; charset=UTF-8',
  JSON: 'application/json; charset=UTF-8',
  JSONCompact: 'application/json; charset=UTF-8',
  TabSeparated: 'text/tab-separated-values; charset=UTF-8',
  TSV: 'text/tab-separated-values; charset=UTF-8',
  CSV: 'text/csv; charset=UTF-8; header=absent',
};

function sendResult(res: ServerResponse, outcome: Outcome, gzip: boolean): void {
  const summary = {
    read_rows: '0',
    read_bytes: '0',
    written_rows: '0',
    written_bytes: '0',
    total_rows_to_read: '0',
    result_rows: '0',
    result_bytes: '0',
    elapsed_ns: '0',
    ...Object.fromEntries(Object.entries(outcome.summary).map(([k, v]) => [k, String(Math.round(v))])),
  };
  res.setHeader('X-ClickHouse-Summary', JSON.stringify(summary));
  if (outcome.format !== undefined) {
    res.setHeader('X-ClickHouse-Format', outcome.format);
    res.setHeader('Content-Type', CONTENT_TYPES[outcome.format] ?? 'text/plain; charset=UTF-8');
  } else {
    res.setHeader('Content-Type', 'text/plain; charset=UTF-8');
  }
  if (gzip) {
    res.setHeader('Content-Encoding', 'gzip');
    res.writeHead(200).end(gzipSync(outcome.body));
  } else {
    res.writeHead(200).end(outcome.body);
  }
}

/** The server's exceptionCodeToHTTPStatus, for the codes a client is likely to meet. */
const STATUS_BY_CODE: ReadonlyMap<number, number> = new Map([
  ...[192, 193, 195, 497, 516].map((c) => [c, 403] as const),
  ...[6, 26, 27, 32, 36, 38, 41, 42, 43, 44, 47, 53, 62, 72, 80, 115, 117, 456, 457].map((c) => [c, 400] as const),
  ...[46, 60, 73, 81, 107].map((c) => [c, 404] as const),
]);

function sendError(res: ServerResponse, err: EngineError): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const status = STATUS_BY_CODE.get(err.clickhouseCode) ?? 500;
  res.setHeader('X-ClickHouse-Exception-Code', String(err.clickhouseCode));
  res.writeHead(status, { 'Content-Type': 'text/plain; charset=UTF-8' });
  res.end(`${err.message.trimEnd()} (version ${serverVersion})\n`);
}

class EngineError extends Error {
  constructor(
    readonly clickhouseCode: number,
    message: string,
  ) {
    super(message);
  }
}

function toEngineError(err: unknown): EngineError {
  if (err instanceof EngineError) return err;
  const e = err as { code?: unknown; clickhouseCode?: unknown; message?: unknown };
  const message = typeof e.message === 'string' ? e.message : String(err);
  if (typeof e.clickhouseCode === 'number') return new EngineError(e.clickhouseCode, message);
  // chdb's own errors (bad parameter value, closed engine) carry no ClickHouse code.
  const code = e.code === 'CHDB_BIND' ? 457 : 1001;
  const name = code === 457 ? 'BAD_QUERY_PARAMETER' : 'STD_EXCEPTION';
  return new EngineError(code, `Code: ${code}. DB::Exception: ${message}. (${name})`);
}

// ---------------------------------------------------------------------------------------------
// The engine: one chdb Session per database, so each keeps its own current database and settings.

interface Run {
  readonly database: string;
  readonly settings: ReadonlyMap<string, string>;
  readonly defaultFormat: string;
  readonly statement: Statement;
}

const RAW_INSERT_FORMATS: ReadonlySet<string> = new Set<RawInsertFormat>([
  'JSONEachRow',
  'JSONCompactEachRow',
  'CSV',
  'CSVWithNames',
  'TSV',
  'TabSeparated',
  'TSVWithNames',
  'TabSeparatedWithNames',
]);

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

class Engine {
  private readonly sessions = new Map<string, Promise<DatabaseSession>>();
  constructor(private readonly path: string) {}

  async run(run: Run): Promise<Outcome> {
    const db = await this.sessionFor(run.database);
    try {
      return await db.exclusive(async () => {
        await db.syncSettings(run.settings);
        const insert = run.statement.data ? parseInsert(run.statement.sql) : undefined;
        if (insert && run.statement.data && RAW_INSERT_FORMATS.has(insert.format)) {
          return insertRows(db.session, insert, run.statement.data);
        }
        const sql = run.statement.data ? `${run.statement.sql}\n${run.statement.data.toString('utf8')}` : run.statement.sql;
        return select(db.session, sql, run.statement.params, run.defaultFormat);
      });
    } catch (err) {
      throw await this.withErrorName(db.session, toEngineError(err));
    }
  }

  /** Resolves once the engine has really let go of the folder (chdb defers behind running work). */
  async close(): Promise<void> {
    const opened = await Promise.allSettled(this.sessions.values());
    this.sessions.clear();
    for (const s of opened) if (s.status === 'fulfilled') s.value.session.close();
    await drainPending();
  }

  async version(): Promise<string> {
    const db = await this.sessionFor('default');
    return (await db.session.queryAsync('SELECT version()', { format: 'TabSeparated' })).text().trim();
  }

  private sessionFor(database: string): Promise<DatabaseSession> {
    // The promise is kept, so concurrent first requests for a database share one session.
    let pending = this.sessions.get(database);
    if (!pending) {
      pending = this.openSession(database);
      this.sessions.set(database, pending);
      pending.catch(() => this.sessions.delete(database));
    }
    return pending;
  }

  private async openSession(database: string): Promise<DatabaseSession> {
    if (!IDENTIFIER.test(database)) {
      throw new EngineError(81, `Code: 81. DB::Exception: Database ${database} does not exist. (UNKNOWN_DATABASE)`);
    }
    const session = new Session(this.path);
    try {
      await session.queryAsync(`USE \`${database}\``);
    } catch (err) {
      session.close();
      throw toEngineError(err);
    }
    return new DatabaseSession(session);
  }

  /** The client parses `(NAME)` out of the message; chdb sometimes leaves it off. */
  private async withErrorName(session: Session, err: EngineError): Promise<EngineError> {
    if (/\([A-Z0-9_]*[A-Z]{3}[A-Z0-9_]*\)/.test(err.message)) return err;
    try {
      const result = await session.queryBindAsync(
        'SELECT errorCodeToName({c:Int32})',
        { c: err.clickhouseCode },
        { format: 'TabSeparated' },
      );
      return new EngineError(err.clickhouseCode, `${err.message.trimEnd()} (${result.text().trim() || 'UNKNOWN_EXCEPTION'})`);
    } catch {
      return new EngineError(err.clickhouseCode, `${err.message.trimEnd()} (UNKNOWN_EXCEPTION)`);
    }
  }
}

class DatabaseSession {
  private tail: Promise<unknown> = Promise.resolve();
  /** Settings this shim has SET on the session, by name. */
  private readonly applied = new Map<string, string>();
  constructor(readonly session: Session) {}

  /** SET + statement must not interleave with another request's SET. */
  exclusive<R>(fn: () => Promise<R>): Promise<R> {
    const run = this.tail.then(fn, fn);
    this.tail = run.catch(() => undefined);
    return run;
  }

  /** Makes the session's settings exactly the request's: per-request semantics on a long session. */
  async syncSettings(wanted: ReadonlyMap<string, string>): Promise<void> {
    for (const [name, value] of wanted) {
      if (this.applied.get(name) === value) continue;
      if (!IDENTIFIER.test(name)) {
        throw new EngineError(115, `Code: 115. DB::Exception: Unknown setting '${name}'. (UNKNOWN_SETTING)`);
      }
      await this.session.queryAsync(`SET ${name} = ${quote(value)}`);
      this.applied.set(name, value);
    }
    for (const name of [...this.applied.keys()]) {
      if (wanted.has(name)) continue;
      await this.session.queryAsync(`SET ${name} = DEFAULT`);
      this.applied.delete(name);
    }
  }
}

function quote(value: string): string {
  return `'${value.replaceAll('\\', '\\\\').replaceAll("'", "\\'")}'`;
}

async function insertRows(session: Session, target: InsertTarget, data: Buffer): Promise<Outcome> {
  const summary = await session.insert({
    table: target.table,
    values: data,
    format: target.format as RawInsertFormat,
    ...(target.columns ? { columns: target.columns } : {}),
  });
  return {
    body: Buffer.alloc(0),
    format: undefined,
    summary: { written_rows: summary.rowsWritten, written_bytes: summary.bytesWritten, elapsed_ns: summary.elapsed * 1e9 },
  };
}

const TRAILING_FORMAT = /\bFORMAT\s+([A-Za-z]+)\s*;?\s*$/i;

async function select(session: Session, sql: string, wire: Readonly<Record<string, string>>, defaultFormat: string): Promise<Outcome> {
  const format = TRAILING_FORMAT.exec(sql)?.[1] ?? defaultFormat;
  const params = decodeParams(sql, wire);
  const result =
    Object.keys(params).length === 0 ? await session.queryAsync(sql, { format }) : await session.queryBindAsync(sql, params, { format });
  const body = Buffer.from(result.bytes());
  return {
    body,
    format,
    summary: {
      read_rows: result.rowsRead,
      read_bytes: result.bytesRead,
      result_rows: result.rowsRead,
      result_bytes: body.length,
      elapsed_ns: result.elapsed * 1e9,
    },
  };
}

// ---------------------------------------------------------------------------------------------
// Parameters: the client sends each value as ClickHouse "escaped" text; chdb's binder takes JS
// values and escapes them itself, so each text is turned back into the value that chdb will
// re-encode to an equivalent text.

const PLACEHOLDER = /\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*:\s*([^{}]+?)\s*\}/g;

function decodeParams(sql: string, wire: Readonly<Record<string, string>>): Record<string, unknown> {
  const types = new Map<string, string>();
  for (const m of sql.matchAll(PLACEHOLDER)) if (m[1] && m[2]) types.set(m[1], m[2]);
  const out: Record<string, unknown> = {};
  for (const [name, text] of Object.entries(wire)) out[name] = decodeParam(text, types.get(name));
  return out;
}

/** One `param_<name>` text -> the JS value chdb must be given to bind the same ClickHouse value. */
export function decodeParam(text: string, type: string | undefined): unknown {
  if (text === '\\N') return null;
  // chdb's escaping leaves such a text unchanged, so it reaches the engine byte for byte.
  if (!text.includes('\\')) return text;
  if (type !== undefined && isComposite(type)) {
    try {
      return parseLiteral(text);
    } catch (err) {
      throw new EngineError(
        457,
        `Code: 457. DB::Exception: Value ${text} cannot be parsed as ${type} (${(err as Error).message}). (BAD_QUERY_PARAMETER)`,
      );
    }
  }
  return unescapeText(text);
}

function isComposite(type: string): boolean {
  const base = type.replace(/^(?:\s*(?:Nullable|LowCardinality)\s*\()+/, '').trimStart();
  return /^(Array|Tuple|Map|Nested)\s*\(/.test(base);
}

const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '0': '\0' };
/** ClickHouse drops the backslash before these; before any other character it keeps it. */
const BARE_ESCAPES = new Set(['\\', "'", '"', '`', '/']);

/** ClickHouse's escaped-string reading (readEscapedString / parseComplexEscapeSequence). */
export function unescapeText(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch !== '\\' || i + 1 >= text.length) {
      out += ch;
      continue;
    }
    const next = text[++i]!;
    out += SIMPLE_ESCAPES[next] ?? (BARE_ESCAPES.has(next) ? next : `\\${next}`);
  }
  return out;
}

/**
 * A ClickHouse literal as the client writes composite parameters: 'quoted strings', numbers,
 * NULL, TRUE/FALSE, [arrays], (tuples) and {maps}. Integers come back as bigint so that no digit
 * is lost on the way to chdb's serializer.
 */
export function parseLiteral(text: string): unknown {
  const parser = new LiteralParser(text);
  const value = parser.value();
  parser.end();
  return value;
}

class LiteralParser {
  private i = 0;
  constructor(private readonly s: string) {}

  value(): unknown {
    this.skipSpace();
    const ch = this.s[this.i];
    if (ch === "'") return this.quoted();
    if (ch === '[') return this.list('[', ']');
    if (ch === '(') return new TupleParam(this.list('(', ')'));
    if (ch === '{') return this.map();
    return this.bare();
  }

  end(): void {
    this.skipSpace();
    if (this.i !== this.s.length) throw new Error(`unexpected ${JSON.stringify(this.s.slice(this.i, this.i + 10))}`);
  }

  private list(open: string, close: string): unknown[] {
    this.expect(open);
    const items: unknown[] = [];
    this.skipSpace();
    if (this.s[this.i] === close) {
      this.i += 1;
      return items;
    }
    for (;;) {
      items.push(this.value());
      this.skipSpace();
      if (this.s[this.i] === close) {
        this.i += 1;
        return items;
      }
      this.expect(',');
    }
  }

  private map(): Map<unknown, unknown> {
    this.expect('{');
    const entries = new Map<unknown, unknown>();
    this.skipSpace();
    if (this.s[this.i] === '}') {
      this.i += 1;
      return entries;
    }
    for (;;) {
      const key = this.value();
      this.skipSpace();
      this.expect(':');
      entries.set(key, this.value());
      this.skipSpace();
      if (this.s[this.i] === '}') {
        this.i += 1;
        return entries;
      }
      this.expect(',');
    }
  }

  private quoted(): string {
    this.expect("'");
    let out = '';
    while (this.i < this.s.length) {
      const ch = this.s[this.i++]!;
      if (ch === '\\') {
        const next = this.s[this.i++];
        if (next === undefined) break;
        if (next === 'x') throw new Error('\\x escapes are not supported by the shim');
        out += SIMPLE_ESCAPES[next] ?? (BARE_ESCAPES.has(next) ? next : `\\${next}`);
      } else if (ch === "'") {
        if (this.s[this.i] !== "'") return out;
        out += "'";
        this.i += 1;
      } else {
        out += ch;
      }
    }
    throw new Error('unterminated string');
  }

  private bare(): unknown {
    const word = /^[A-Za-z0-9_.+-]+/.exec(this.s.slice(this.i))?.[0];
    if (word === undefined) throw new Error(`unexpected ${JSON.stringify(this.s.slice(this.i, this.i + 10))}`);
    this.i += word.length;
    const lower = word.toLowerCase();
    if (lower === 'null') return null;
    if (lower === 'true' || lower === 'false') return lower === 'true';
    if (/^[-+]?\d+$/.test(word)) return BigInt(word);
    if (/^[-+]?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i.test(word)) return Number(word);
    throw new Error(`${word} is not supported by the shim`);
  }

  private expect(ch: string): void {
    if (this.s[this.i] !== ch) throw new Error(`expected ${ch} at ${this.i}`);
    this.i += 1;
  }

  private skipSpace(): void {
    while (this.i < this.s.length && /\s/.test(this.s[this.i]!)) this.i += 1;
  }
}
