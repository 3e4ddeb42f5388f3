/**
 * Store throughput: 100k wide `posts` rows inserted in 10k-row batches into the embedded store
 * (chdb) and into the HTTP store (@clickhouse/client -> HTTP shim -> chdb), then the latency of a
 * FINAL count and of a typical filtered dashboard query. Run: npx tsx bench/store.ts
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { openChdbStore, openHttpStore, type Store } from '../core/store/index.js';
import { toJsonEachRow } from '../core/store/json.js';
import { startClickHouseHttpShim } from '../test/support/clickhouse-http.js';
import { seededRandom } from '../scripts/sentiment/random.js';

export interface BenchResult {
  name: string;
  unit: string;
  value: number;
}

const ROWS = 100_000;
const BATCH = 10_000;
const QUERY_RUNS = 7;

const TENANTS = ['hartlepool', 'cardiff', 'kent-cc', 'tfl', 'met-police'] as const;
const PLATFORMS = ['x', 'facebook', 'mastodon', 'bluesky', 'reddit', 'webform'] as const;
const TOPICS = ['roads.potholes', 'waste.bins', 'housing.repairs', 'transport.buses', 'crime.asb', 'parking', 'flooding'] as const;
const PLACES = ['Station Road', 'High Street', 'Newport', 'Canton', 'Seaton Carew', 'Maidstone'] as const;
const PHRASES = [
  'Bins not collected again on',
  'Huge pothole outside the school on',
  'Thanks to the team for sorting the streetlight on',
  'Who do I report fly-tipping to near',
  'Bus 42 did not turn up at',
  'Flooding under the bridge at',
  'Council tax bill is wrong, nobody answers the phone about',
] as const;

function pick<T>(r: () => number, xs: readonly T[]): T {
  return xs[Math.floor(r() * xs.length)]!;
}

export function makeRows(count: number): Record<string, unknown>[] {
  const r = seededRandom(42); // deterministic, so runs compare
  const start = Date.UTC(2026, 8, 1);
  const rows: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    const created = new Date(start + Math.floor(r() * 90 * 86_400_000));
    const topic = pick(r, TOPICS);
    const place = pick(r, PLACES);
    const score = Math.round((r() * 2 - 1) * 100) / 100;
    rows.push({
      id: `${pick(r, PLATFORMS)}:${1_800_000_000_000 + i}`,
      tenant: pick(r, TENANTS),
      platform: pick(r, PLATFORMS),
      source: 'bench-feed',
      direction: r() < 0.9 ? 'inbound' : 'outbound',
      author_id: `a${Math.floor(r() * 20_000)}`,
      author_handle: `@resident${i % 5000}`,
      author_name: `Resident ${i % 5000}`,
      author_followers: Math.floor(r() * 5000),
      text: `${pick(r, PHRASES)} ${place}. #${topic.split('.')[0]} @council it's been ${1 + Math.floor(r() * 9)} weeks now`,
      created_at: created.toISOString(),
      url: `https://example.org/p/${i}`,
      lang: 'en',
      reply_to: '',
      thread_id: '',
      likes: Math.floor(r() * 50),
      reposts: Math.floor(r() * 10),
      replies: Math.floor(r() * 5),
      views: Math.floor(r() * 100_000),
      geo_lat: r() < 0.2 ? 51.48 + r() : null,
      geo_lon: r() < 0.2 ? -3.18 + r() : null,
      geo_place: r() < 0.3 ? place : '',
      mentions: ['@council'],
      hashtags: [`#${topic.split('.')[0]}`],
      links: [],
      language: 'en',
      sentiment_label: score < -0.2 ? 'negative' : score > 0.2 ? 'positive' : 'neutral',
      sentiment_score: score,
      topics: [topic],
      topic_scores: [Math.round(r() * 100) / 100],
      places: [place],
      place_codes: ['W06000015'],
      entities: '{"organisations":["Council"],"people":[]}',
      personal_data: false,
      authority_code: 'W06000015',
      authority_name: 'Cardiff',
      authority_tier: 'unitary',
      service: topic.split('.')[0],
      jurisdiction_confidence: 0.8,
      jurisdiction_method: 'place',
      jurisdiction_reason: `named place ${place}`,
      jurisdiction_candidates: '[]',
      intent: 'complaint',
      needs_response: r() < 0.4,
      urgency: 'normal',
      queries: [],
      routes: '[{"tenant":"cardiff","team":"highways","rule":"topic"}]',
      raw: '',
      processed_at: new Date(created.getTime() + 1000).toISOString(),
    });
  }
  return rows;
}

async function median(runs: number, fn: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return times[Math.floor(times.length / 2)]!;
}

const FILTERED = `SELECT toStartOfDay(created_at) AS day, count() AS n, avg(sentiment_score) AS sentiment
  FROM posts FINAL
  WHERE tenant = {tenant:String} AND created_at >= {from:DateTime64(3, 'UTC')} AND created_at < {to:DateTime64(3, 'UTC')}
    AND has(topics, {topic:String})
  GROUP BY day ORDER BY day`;

async function measure(label: string, store: Store, rows: readonly Record<string, unknown>[]): Promise<BenchResult[]> {
  await store.migrate();
  const t0 = performance.now();
  for (let i = 0; i < rows.length; i += BATCH) await store.insert('posts', rows.slice(i, i + BATCH));
  const seconds = (performance.now() - t0) / 1000;
  const [count] = await store.query<{ n: string }>('SELECT count() AS n FROM posts FINAL');
  if (Number(count?.n) !== rows.length) throw new Error(`${label}: expected ${rows.length} rows, found ${count?.n}`);
  const finalCount = await median(QUERY_RUNS, () => store.query('SELECT count() AS n FROM posts FINAL'));
  const params = { tenant: 'cardiff', from: new Date(Date.UTC(2026, 9, 1)), to: new Date(Date.UTC(2026, 10, 1)), topic: 'roads.potholes' };
  const filtered = await median(QUERY_RUNS, () => store.query(FILTERED, params));
  return [
    { name: `store.${label}.insert_10k_batches`, unit: 'rows/s', value: Math.round(rows.length / seconds) },
    { name: `store.${label}.final_count`, unit: 'ms', value: round(finalCount) },
    { name: `store.${label}.filtered_query`, unit: 'ms', value: round(filtered) },
  ];
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

async function benchChdb(rows: readonly Record<string, unknown>[]): Promise<BenchResult[]> {
  const path = mkdtempSync(join(tmpdir(), 'civicpulse-bench-chdb-'));
  const store = await openChdbStore({ path, database: 'bench' });
  try {
    return await measure('chdb', store, rows);
  } finally {
    await store.close();
    rmSync(path, { recursive: true, force: true });
  }
}

async function benchHttpShim(rows: readonly Record<string, unknown>[]): Promise<BenchResult[]> {
  const shim = await startClickHouseHttpShim();
  const store = await openHttpStore({ url: shim.url, database: 'bench' });
  try {
    return await measure('http_shim', store, rows);
  } finally {
    await store.close();
    await shim.close();
  }
}

/** The JS side of an insert alone, to tell it apart from the engine's share. */
function benchSerialize(rows: readonly Record<string, unknown>[]): BenchResult[] {
  const t0 = performance.now();
  let bytes = 0;
  for (let i = 0; i < rows.length; i += BATCH) bytes += toJsonEachRow(rows.slice(i, i + BATCH)).length;
  const seconds = (performance.now() - t0) / 1000;
  return [
    { name: 'store.serialize_jsoneachrow', unit: 'rows/s', value: Math.round(rows.length / seconds) },
    { name: 'store.row_size_jsoneachrow', unit: 'bytes', value: Math.round(bytes / rows.length) },
  ];
}

export async function run(): Promise<BenchResult[]> {
  const rows = makeRows(ROWS);
  // chdb is one engine per process, one data folder at a time: the two run one after the other.
  return [...benchSerialize(rows), ...(await benchChdb(rows)), ...(await benchHttpShim(rows))];
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const results = await run();
  console.table(results.map((r) => ({ name: r.name, value: r.value, unit: r.unit })));
}
