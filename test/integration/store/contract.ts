/**
 * The Store contract, run against every implementation: what the stages rely on, checked against
 * the real engine (chdb) or a real server.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, onTestFinished, test } from 'vitest';
import { isStoreError, loadMigrations, MIGRATIONS_DIR, runMigrations, type Store } from '../../../core/store/index.js';
import type { StoreHandle } from '../../support/clickhouse.js';

type Row = Record<string, unknown>;

/** A posts row with every column, so inserts also check the DDL's types. */
function post(id: string, over: Row = {}): Row {
  return {
    id,
    tenant: 'tenant-a',
    platform: 'x',
    source: 'council-feed',
    direction: 'inbound',
    author_id: `author-${id}`,
    author_handle: '@resident',
    author_name: 'A Resident',
    author_followers: 120,
    text: 'Pothole on Station Road again',
    created_at: '2026-11-20T08:15:00.000Z',
    url: `https://x.com/i/${id}`,
    lang: 'en',
    reply_to: '',
    thread_id: '',
    likes: 3,
    reposts: 1,
    replies: 0,
    views: 250,
    geo_lat: null,
    geo_lon: null,
    geo_place: '',
    mentions: ['@council'],
    hashtags: ['#potholes'],
    links: [],
    language: 'en',
    sentiment_label: 'negative',
    sentiment_score: -0.5,
    topics: ['roads.potholes'],
    topic_scores: [0.9],
    places: ['Station Road'],
    place_codes: [],
    entities: '{}',
    personal_data: false,
    authority_code: 'E06000001',
    authority_name: 'Hartlepool',
    authority_tier: 'unitary',
    service: 'highways',
    jurisdiction_confidence: 0.8,
    jurisdiction_method: 'place',
    jurisdiction_reason: 'named place',
    jurisdiction_candidates: '[]',
    intent: 'complaint',
    needs_response: true,
    urgency: 'normal',
    queries: [],
    routes: '[]',
    raw: '',
    processed_at: '2026-11-20T08:15:01.000Z',
    ...over,
  };
}

async function rejection(p: Promise<unknown>): Promise<unknown> {
  try {
    await p;
  } catch (err) {
    return err;
  }
  throw new Error('expected a rejection');
}

async function copyMigrations(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'civicpulse-migrations-'));
  onTestFinished(() => rm(dir, { recursive: true, force: true }));
  await cp(MIGRATIONS_DIR, dir, { recursive: true });
  return dir;
}

async function tables(store: Store): Promise<string[]> {
  const rows = await store.query<{ name: string }>('SELECT name FROM system.tables WHERE database = currentDatabase() ORDER BY name');
  return rows.map((r) => r.name);
}

export function storeContract(name: string, makeStore: () => StoreHandle): void {
  describe(`Store contract: ${name}`, () => {
    const h = makeStore();

    describe('migrations', () => {
      test('migrate applies every migration, records it with its checksum, in the store database', async () => {
        const files = await loadMigrations();
        expect(files.map((m) => m.version)).toContain('0001_posts');
        const report = await h.store.migrate();
        expect(report.applied).toEqual(files.map((m) => m.version));
        expect(report.current).toEqual(files.map((m) => m.version));
        const records = await h.store.query<{ version: string; checksum: string }>(
          'SELECT version, checksum FROM schema_migrations FINAL ORDER BY version',
        );
        expect(records).toEqual(files.map((m) => ({ version: m.version, checksum: m.checksum })));
        expect(await tables(h.store)).toEqual(expect.arrayContaining(['dead_letters', 'posts', 'schema_migrations']));
        const [db] = await h.store.query<{ d: string }>('SELECT currentDatabase() AS d');
        expect(db?.d).toBe(h.database);
      });

      test('a second run applies nothing and adds no record', async () => {
        const report = await h.store.migrate();
        expect(report.applied).toEqual([]);
        expect(report.current).toContain('0001_posts');
        const [count] = await h.store.query<{ n: string }>('SELECT count() AS n FROM schema_migrations');
        expect(Number(count?.n)).toBe(report.current.length);
      });

      test('a new migration file is applied on its own, after the recorded ones', async () => {
        const dir = await copyMigrations();
        await writeFile(join(dir, '9000_extra.sql'), 'CREATE TABLE IF NOT EXISTS extra (k String) ENGINE = MergeTree ORDER BY k;\n');
        const report = await runMigrations(h.store, dir);
        expect(report.applied).toEqual(['9000_extra']);
        expect(report.current.at(-1)).toBe('9000_extra');
        expect(await tables(h.store)).toContain('extra');
      });

      test('an applied migration whose file changed is refused with MIGRATION_CHECKSUM', async () => {
        const dir = await copyMigrations();
        const file = join(dir, '0001_posts.sql');
        const changed = (await readFile(file, 'utf8')).replace('author_followers UInt32', 'author_followers UInt64');
        await writeFile(file, changed);
        await writeFile(join(dir, '9001_never.sql'), 'CREATE TABLE IF NOT EXISTS never (k String) ENGINE = MergeTree ORDER BY k;\n');
        const err = await rejection(runMigrations(h.store, dir));
        expect(isStoreError(err, 'MIGRATION_CHECKSUM')).toBe(true);
        expect(String((err as Error).message)).toContain('0001_posts');
        // Nothing after the refusal ran.
        expect(await tables(h.store)).not.toContain('never');
      });
    });

    describe('migrations from processes starting at once', () => {
      const fresh = makeStore();
      test('two stores migrating one database concurrently leave one record per version', async () => {
        const other = await fresh.openSibling();
        const [a, b] = await Promise.all([fresh.store.migrate(), other.migrate()]);
        const versions = (await loadMigrations()).map((m) => m.version);
        expect(a.current).toEqual(versions);
        expect(b.current).toEqual(versions);
        const records = await fresh.store.query<{ version: string }>('SELECT version FROM schema_migrations FINAL ORDER BY version');
        expect(records.map((r) => r.version)).toEqual(versions);
      });
    });

    describe('insert and query', () => {
      test('rows round-trip with their types; ISO timestamps are accepted', async () => {
        await h.store.insert('posts', [
          post('x:1', {
            views: 18446744073709551615n,
            geo_lat: 54.69,
            geo_lon: -1.21,
            mentions: ["it's", 'back\\slash', 'tab\there', 'Caerdydd ✓'],
          }),
        ]);
        const [row] = await h.store.query<Row>(
          'SELECT id, created_at, views, geo_lat, mentions, personal_data, needs_response, likes FROM posts FINAL WHERE id = {id:String}',
          { id: 'x:1' },
        );
        expect(row).toEqual({
          id: 'x:1',
          created_at: '2026-11-20 08:15:00.000',
          views: '18446744073709551615',
          geo_lat: 54.69,
          mentions: ["it's", 'back\\slash', 'tab\there', 'Caerdydd ✓'],
          personal_data: false,
          needs_response: true,
          likes: 3,
        });
      });

      test('parameters of several types select the right rows', async () => {
        await h.store.insert('posts', [
          post('p:1', {
            tenant: 'tenant-p',
            created_at: '2026-11-21T09:00:00.000Z',
            likes: 10,
            sentiment_score: 0.6,
            topics: ['waste.bins'],
          }),
          post('p:2', {
            tenant: 'tenant-p',
            created_at: '2026-11-21T10:30:00.250Z',
            likes: 2,
            sentiment_score: 0.7,
            topics: ['roads.potholes'],
          }),
          post('p:3', {
            tenant: 'tenant-p',
            created_at: '2026-11-22T10:00:00.000Z',
            likes: 50,
            sentiment_score: -0.9,
            topics: ['waste.bins'],
          }),
          post('p:4', {
            tenant: 'tenant-q',
            created_at: '2026-11-21T09:00:00.000Z',
            likes: 99,
            sentiment_score: 0.9,
            topics: ['waste.bins'],
          }),
        ]);
        const select = `SELECT id FROM posts FINAL
          WHERE tenant = {tenant:String}
            AND created_at >= {from:DateTime64(3, 'UTC')} AND created_at < {to:DateTime64(3, 'UTC')}
            AND hasAny(topics, {topics:Array(String)})
            AND likes >= {likes:UInt32}
            AND sentiment_score > {score:Float32}
          ORDER BY id`;
        const ids = async (params: Record<string, unknown>) => (await h.store.query<{ id: string }>(select, params)).map((r) => r.id);
        const base = {
          tenant: 'tenant-p',
          from: '2026-11-21 00:00:00',
          to: '2026-11-22 00:00:00',
          topics: ['waste.bins', 'roads.potholes'],
          likes: 0,
          score: 0,
        };
        expect(await ids(base)).toEqual(['p:1', 'p:2']);
        expect(await ids({ ...base, likes: 5 })).toEqual(['p:1']);
        expect(await ids({ ...base, topics: ['roads.potholes'] })).toEqual(['p:2']);
        expect(await ids({ ...base, score: 0.65 })).toEqual(['p:2']);
        expect(await ids({ ...base, to: '2026-11-23 00:00:00', score: -1 })).toEqual(['p:1', 'p:2', 'p:3']);
        expect(await ids({ ...base, tenant: 'tenant-q' })).toEqual(['p:4']);
        // A Date keeps its milliseconds on both paths.
        expect(await ids({ ...base, from: new Date('2026-11-21T10:30:00.250Z'), to: new Date('2026-11-21T10:30:00.251Z') })).toEqual([
          'p:2',
        ]);
      });

      test('64-bit integers come back as strings, bigint parameters are exact', async () => {
        const [row] = await h.store.query<Row>('SELECT {n:UInt64} AS n, toInt64(-3) AS m, {b:Bool} AS b', {
          n: 18446744073709551615n,
          b: true,
        });
        expect(row).toEqual({ n: '18446744073709551615', m: '-3', b: true });
      });

      test('an empty insert is a no-op', async () => {
        await expect(h.store.insert('posts', [])).resolves.toBeUndefined();
      });

      test('a command takes parameters too (erasure by author)', async () => {
        await h.store.insert('posts', [post('e:1', { author_id: 'erase-me' }), post('e:2', { author_id: 'keep-me' })]);
        await h.store.command('ALTER TABLE posts DELETE WHERE author_id = {author:String} SETTINGS mutations_sync = 2', {
          author: 'erase-me',
        });
        const rows = await h.store.query<{ id: string }>("SELECT id FROM posts WHERE id LIKE 'e:%' ORDER BY id");
        expect(rows.map((r) => r.id)).toEqual(['e:2']);
      });
    });

    describe('injection', () => {
      const hostile = ["x'); DROP TABLE posts; --", "a\\'b", '}{x:String}', '\\N', 'line\nbreak\ttab', "' OR 1=1 --"];

      test('hostile String parameters are data, not SQL', async () => {
        for (const value of hostile) {
          const [row] = await h.store.query<{ v: string; n: string }>(
            'SELECT {v:String} AS v, (SELECT count() FROM posts WHERE text = {v:String}) AS n',
            { v: value },
          );
          expect(row).toEqual({ v: value, n: '0' });
        }
        expect(await tables(h.store)).toContain('posts');
      });

      test('hostile values round-trip through insert and match as parameters, also inside arrays', async () => {
        await h.store.insert(
          'posts',
          hostile.map((text, i) => post(`inj:${i}`, { text, mentions: [text] })),
        );
        for (const [i, value] of hostile.entries()) {
          const rows = await h.store.query<{ id: string; text: string }>(
            "SELECT id, text FROM posts FINAL WHERE text = {t:String} AND hasAny(mentions, {m:Array(String)}) AND id LIKE 'inj:%'",
            { t: value, m: [value, "'];DROP TABLE posts;--"] },
          );
          expect(rows).toEqual([{ id: `inj:${i}`, text: value }]);
        }
        const [count] = await h.store.query<{ n: string }>("SELECT count() AS n FROM posts WHERE id LIKE 'inj:%'");
        expect(count?.n).toBe(String(hostile.length));
      });

      test('a table name that is not a plain identifier is refused before any SQL', async () => {
        for (const table of ['posts; DROP TABLE posts', 'posts`', 'system.tables', '']) {
          const err = await rejection(h.store.insert(table, [post('never')]));
          expect(isStoreError(err, 'STORE_INVALID_ARGUMENT')).toBe(true);
        }
      });
    });

    describe('ReplacingMergeTree', () => {
      test('a re-delivered post collapses to one row, the newest processed_at, under FINAL', async () => {
        await h.store.insert('posts', [post('dup:1', { text: 'first', processed_at: '2026-11-20T08:16:00.000Z' })]);
        await h.store.insert('posts', [post('dup:1', { text: 'second', processed_at: '2026-11-20T08:17:00.000Z' })]);
        await h.store.insert('posts', [post('dup:1', { text: 'stale', processed_at: '2026-11-20T08:15:30.000Z' })]);
        const rows = await h.store.query<{ text: string }>('SELECT text FROM posts FINAL WHERE id = {id:String}', { id: 'dup:1' });
        expect(rows).toEqual([{ text: 'second' }]);
      });
    });

    describe('errors', () => {
      test('bad SQL is a STORE_QUERY with the ClickHouse code', async () => {
        const err = await rejection(h.store.query('SELEC 1 FROM'));
        expect(isStoreError(err, 'STORE_QUERY')).toBe(true);
        expect((err as { clickhouseCode?: number }).clickhouseCode).toBe(62);
      });

      test('an unknown table is code 60, a bad parameter value code 457, a failed command STORE_QUERY', async () => {
        const unknown = await rejection(h.store.query('SELECT * FROM no_such_table'));
        expect(isStoreError(unknown, 'STORE_QUERY') && unknown.clickhouseCode).toBe(60);
        const badParam = await rejection(h.store.query('SELECT {n:UInt32} AS n', { n: 'not a number' }));
        expect(isStoreError(badParam, 'STORE_QUERY') && badParam.clickhouseCode).toBe(457);
        const command = await rejection(h.store.command('DROP TABLE no_such_table'));
        expect(isStoreError(command, 'STORE_QUERY') && command.clickhouseCode).toBe(60);
      });

      test('a rejected insert is a STORE_INSERT with the ClickHouse code; nothing is written', async () => {
        const unknownTable = await rejection(h.store.insert('no_such_table', [{ a: 1 }]));
        expect(isStoreError(unknownTable, 'STORE_INSERT') && unknownTable.clickhouseCode).toBe(60);
        const unknownField = await rejection(h.store.insert('posts', [{ ...post('bad:1'), not_a_column: 1 }]));
        // Rows go as JSONCompactEachRow under an explicit column list: an unknown field is an unknown column.
        expect(isStoreError(unknownField, 'STORE_INSERT') && unknownField.clickhouseCode).toBe(16);
        const badValue = await rejection(h.store.insert('posts', [post('bad:2', { likes: 'many' })]));
        expect(isStoreError(badValue, 'STORE_INSERT')).toBe(true);
        expect(typeof (badValue as { clickhouseCode?: number }).clickhouseCode).toBe('number');
        const [count] = await h.store.query<{ n: string }>("SELECT count() AS n FROM posts WHERE id LIKE 'bad:%'");
        expect(count?.n).toBe('0');
      });
    });

    describe('lifecycle', () => {
      test('ping is true while open; a closed store pings false and refuses work with STORE_CLOSED', async () => {
        expect(await h.store.ping()).toBe(true);
        const other = await h.openSibling();
        expect(await other.ping()).toBe(true);
        await other.close();
        expect(await other.ping()).toBe(false);
        const err = await rejection(other.query('SELECT 1'));
        expect(isStoreError(err, 'STORE_CLOSED')).toBe(true);
        // Closing one store leaves the others working.
        expect(await h.store.ping()).toBe(true);
      });

      test('kind and database are reported', () => {
        expect(h.store.kind).toBe(name);
        expect(h.store.database).toBe(h.database);
      });
    });
  });
}
