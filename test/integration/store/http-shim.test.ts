/**
 * The HTTP shim speaks the parts of the ClickHouse HTTP interface that @clickhouse/client uses:
 * checked with raw requests (what goes over the wire) and with the client's less common modes
 * (multipart parameters, compression, composite parameters, authentication).
 */
import { ClickHouseLogLevel, createClient, TupleParam, type ClickHouseClient } from '@clickhouse/client';
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import {
  decodeParam,
  parseLiteral,
  startClickHouseHttpShim,
  unescapeText,
  type ClickHouseHttpShim,
} from '../../support/clickhouse-http.js';

let shim: ClickHouseHttpShim;
beforeAll(async () => {
  shim = await startClickHouseHttpShim();
});
afterAll(() => shim?.close());

function client(extra: Parameters<typeof createClient>[0] = {}): ClickHouseClient {
  const c = createClient({ url: shim.url, log: { level: ClickHouseLogLevel.OFF }, ...extra });
  onTestFinished(() => c.close());
  return c;
}

async function post(search: Record<string, string>, body = ''): Promise<Response> {
  return fetch(`${shim.url}/?${new URLSearchParams(search).toString()}`, { method: 'POST', body });
}

describe('wire protocol', () => {
  test('GET and HEAD /ping answer Ok.', async () => {
    const get = await fetch(`${shim.url}/ping`);
    expect([get.status, await get.text()]).toEqual([200, 'Ok.\n']);
    const head = await fetch(`${shim.url}/ping`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    const root = await fetch(`${shim.url}/`);
    expect(await root.text()).toBe('Ok.\n');
  });

  test('a query in the body runs; query id, format and summary headers come back', async () => {
    const res = await post({ query_id: 'q-123' }, 'SELECT number AS n FROM system.numbers LIMIT 3 FORMAT JSONEachRow');
    expect(res.status).toBe(200);
    expect(res.headers.get('x-clickhouse-query-id')).toBe('q-123');
    expect(res.headers.get('x-clickhouse-format')).toBe('JSONEachRow');
    const summary = JSON.parse(res.headers.get('x-clickhouse-summary') ?? '{}') as Record<string, string>;
    expect(summary['result_rows']).toBe('3');
    expect(await res.text()).toBe('{"n":0}\n{"n":1}\n{"n":2}\n');
  });

  test('param_<name> URL parameters are bound server-side from escaped text', async () => {
    const res = await post({
      query: 'SELECT {s:String} AS s, {a:Array(String)} AS a, {n:Nullable(UInt8)} AS n FORMAT JSONEachRow',
      param_s: "it\\'s\\tx",
      param_a: "['a\\'b','c\\\\d']",
      param_n: '\\N',
    });
    expect(await res.json()).toEqual({ s: "it's\tx", a: ["a'b", 'c\\d'], n: null });
  });

  test('without FORMAT the default_format (else TabSeparated) applies', async () => {
    expect(await (await post({ query: "SELECT 1, 'a'" })).text()).toBe('1\ta\n');
    const csv = await post({ query: "SELECT 1, 'a'", default_format: 'CSV' });
    expect([csv.headers.get('x-clickhouse-format'), await csv.text()]).toEqual(['CSV', '1,"a"\n']);
  });

  test('errors are status, exception code header and the server text the client parses', async () => {
    const syntax = await post({ query: 'SELEC 1 FROM' });
    expect(syntax.status).toBe(400);
    expect(syntax.headers.get('x-clickhouse-exception-code')).toBe('62');
    expect(await syntax.text()).toMatch(/^Code: 62\. DB::Exception: .*\(SYNTAX_ERROR\) \(version \d+\.\d+/s);
    const unknownDb = await post({ query: 'SELECT 1', database: 'no_such_db' });
    expect([unknownDb.status, unknownDb.headers.get('x-clickhouse-exception-code')]).toEqual([404, '81']);
    const other = await post({ query: "SELECT throwIf(1, 'boom')" });
    expect([other.status, other.headers.get('x-clickhouse-exception-code')]).toEqual([500, '395']);
  });

  test('INSERT with the statement in the URL and rows in the body, or all inline in the body', async () => {
    const db = 'shim_insert';
    await post({ query: `CREATE DATABASE IF NOT EXISTS ${db}` });
    await post({ database: db, query: 'CREATE TABLE t (k String, at DateTime64(3)) ENGINE = MergeTree ORDER BY k' });
    const inUrl = await post(
      { database: db, query: 'INSERT INTO t FORMAT JSONEachRow', date_time_input_format: 'best_effort' },
      '{"k":"a","at":"2026-11-20T08:15:00.000Z"}\n{"k":"b","at":"2026-11-20T08:15:00.000Z"}\n',
    );
    expect(inUrl.status).toBe(200);
    expect(JSON.parse(inUrl.headers.get('x-clickhouse-summary') ?? '{}')).toMatchObject({ written_rows: '2' });
    const inline = await post({ database: db }, 'INSERT INTO t (k, at) FORMAT JSONEachRow\n{"k":"c","at":"2026-11-20 08:15:00"}');
    expect(inline.status).toBe(200);
    expect(await (await post({ database: db, query: 'SELECT groupArray(k) FROM (SELECT k FROM t ORDER BY k)' })).text()).toBe(
      "['a','b','c']\n",
    );
  });

  test('settings apply to their own request only', async () => {
    const q = "SELECT getSetting('max_threads') AS v FORMAT JSONEachRow";
    const before = await (await post({ query: q })).json();
    expect(await (await post({ query: q, max_threads: '3' })).json()).toEqual({ v: 3 });
    expect(await (await post({ query: q })).json()).toEqual(before);
    const unknown = await post({ query: 'SELECT 1', no_such_setting: '1' });
    expect(unknown.headers.get('x-clickhouse-exception-code')).toBe('115');
  });
});

describe('client modes', () => {
  test('multipart parameters, gzip requests and gzip responses', async () => {
    const c = client({ use_multipart_params: true, compression: { request: true, response: true } });
    const before = shim.requests;
    const rs = await c.query({
      query: 'SELECT {s:String} AS s, toUInt32(length({big:String})) AS n',
      query_params: { s: "multi'part\\", big: 'x'.repeat(10_000) },
      format: 'JSONEachRow',
    });
    expect(await rs.json()).toEqual([{ s: "multi'part\\", n: 10000 }]);
    expect(shim.requests).toBe(before + 1);
  });

  test('Tuple and Map parameters with quotes and backslashes', async () => {
    const c = client();
    const rs = await c.query({
      query: 'SELECT {t:Tuple(String, UInt8)} AS t, {m:Map(String, String)} AS m, {a:Array(Nullable(String))} AS a',
      query_params: { t: new TupleParam(["o'k\\", 7]), m: { "k'": 'v\\' }, a: ['x\ny', null] },
      format: 'JSONEachRow',
    });
    expect(await rs.json()).toEqual([{ t: ["o'k\\", 7], m: { "k'": 'v\\' }, a: ['x\ny', null] }]);
  });

  test('credentials are checked when the shim is configured with a user', async () => {
    const secured = await startClickHouseHttpShim({ path: shim.path, username: 'app', password: 's3cret' });
    onTestFinished(() => secured.close());
    const good = createClient({ url: secured.url, username: 'app', password: 's3cret' });
    const bad = createClient({ url: secured.url, username: 'app', password: 'wrong', log: { level: ClickHouseLogLevel.OFF } });
    onTestFinished(() => Promise.all([good.close(), bad.close()]).then(() => undefined));
    expect(await (await good.query({ query: 'SELECT 1 AS x', format: 'JSONEachRow' })).json()).toEqual([{ x: 1 }]);
    await expect(bad.query({ query: 'SELECT 1' })).rejects.toMatchObject({ code: '516', type: 'AUTHENTICATION_FAILED' });
  });
});

describe('parameter decoding', () => {
  test('escaped text is read as ClickHouse reads it', () => {
    expect(unescapeText("a\\'b\\\\c\\td\\ne")).toBe("a'b\\c\td\ne");
    // ClickHouse keeps the backslash before characters it does not unescape (LIKE patterns).
    expect(unescapeText('100\\%')).toBe('100\\%');
  });

  test('composite literals become values chdb re-encodes identically', () => {
    expect(parseLiteral("['a\\'b', 'c\\\\d', NULL]")).toEqual(["a'b", 'c\\d', null]);
    expect(parseLiteral('[18446744073709551615, -1.5, TRUE]')).toEqual([18446744073709551615n, -1.5, true]);
    expect(parseLiteral("{'k':[1,2]}")).toEqual(new Map([['k', [1n, 2n]]]));
    expect(parseLiteral("(1,'x')")).toBeInstanceOf(TupleParam);
    expect(() => parseLiteral("['unterminated")).toThrow();
    expect(() => parseLiteral('[nan]')).toThrow();
  });

  test('texts without escapes pass through untouched; \\N is NULL', () => {
    expect(decodeParam('2026-11-20 08:15:00.123', 'DateTime64(3)')).toBe('2026-11-20 08:15:00.123');
    expect(decodeParam("['a','b']", 'Array(String)')).toBe("['a','b']");
    expect(decodeParam('\\N', 'Nullable(String)')).toBeNull();
    expect(decodeParam("['a\\'b']", 'Array(LowCardinality(String))')).toEqual(["a'b"]);
  });
});
