/**
 * Jurisdiction resolver speed over realistic posts (the labelled jurisdiction and enrichment sets
 * plus the TweetEval tweets: civic posts with places, handles and geotags, and everyday chatter).
 * Tokenizing is done beforehand: it is shared by the whole chain, not the resolver's cost.
 * Run: npx tsx bench/jurisdiction.ts
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { Post } from '../core/contracts/post.js';
import type { TopicTag } from '../core/contracts/tags.js';
import { createJurisdictionResolver, loadRegister, type JurisdictionResolver } from '../processors/jurisdiction/index.js';
import { tokenize, type TextView } from '../processors/text/tokens.js';
import { labelledAccounts } from '../scripts/eval/jurisdiction.js';

export interface BenchResult {
  name: string;
  unit: string;
  value: number;
}

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');

interface Sample {
  post: Post;
  text: TextView;
  topics: TopicTag[];
}

function readLines(rel: string): Record<string, unknown>[] {
  const path = join(ROOT, rel);
  if (!existsSync(path)) return [];
  return readFileSync(path, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}

function samples(file: string): Sample[] {
  return readLines(file).map((r, i) => {
    const text = typeof r['text'] === 'string' ? r['text'] : '';
    const topic =
      typeof r['topic'] === 'string' ? r['topic'] : Array.isArray(r['topics']) ? (r['topics'][0] as string | undefined) : undefined;
    const geo = r['geo'] as { lat: number; lon: number } | undefined;
    const mentions = Array.isArray(r['mentions']) ? (r['mentions'] as string[]) : (text.match(/@[A-Za-z0-9_]+/g) ?? []);
    const post: Post = {
      id: `x:${i}`,
      platform: 'x',
      source: 'bench',
      direction: 'inbound',
      author: { id: 'a', handle: 'a', name: 'a' },
      text,
      created_at: '2024-01-01T00:00:00Z',
      mentions,
      hashtags: [],
      links: [],
      ...(geo ? { geo: { lat: geo.lat, lon: geo.lon } } : {}),
    };
    // Everyday chatter gets a council topic too: the worst case, as the resolver then always runs in full.
    return { post, text: tokenize(text), topics: [{ id: topic ?? 'waste_collection', score: 1 }] };
  });
}

function cpuSeconds(since: NodeJS.CpuUsage): number {
  const d = process.cpuUsage(since);
  return (d.user + d.system) / 1e6;
}

/**
 * Posts per CPU-second resolving `data`, best of `trials` runs of about `target` posts each: CPU time of
 * this process rather than wall time, and the best trial, so a busy machine disturbs the figure less.
 */
function throughput(resolver: JurisdictionResolver, data: readonly Sample[], target = 150_000, trials = 5): number {
  if (data.length === 0) return 0;
  const rounds = Math.max(1, Math.ceil(target / data.length));
  let sink = 0;
  let best = Infinity;
  for (let t = 0; t < trials; t++) {
    const c0 = process.cpuUsage();
    for (let k = 0; k < rounds; k++) for (const s of data) sink += resolver.resolve(s.post, s.text, s.topics).jurisdiction.confidence;
    best = Math.min(best, cpuSeconds(c0));
  }
  if (sink === -1) console.log(sink);
  return Math.round((rounds * data.length) / best);
}

export async function run(): Promise<BenchResult[]> {
  const t0 = performance.now();
  const register = loadRegister();
  const resolver = createJurisdictionResolver({ accounts: labelledAccounts(register) });
  const loadMs = performance.now() - t0;
  const civic = [...samples('test/data/jurisdiction/posts.labelled.ndjson'), ...samples('test/data/enrichment/posts.labelled.ndjson')];
  const chatter = samples('test/data/tweeteval/val.ndjson');
  const all = [...civic, ...chatter];
  throughput(resolver, all, 300_000, 1); // warm up: let the JIT settle
  return [
    { name: 'jurisdiction: resolve, all posts (1 core)', unit: 'posts/s', value: throughput(resolver, all) },
    { name: 'jurisdiction: resolve, civic posts', unit: 'posts/s', value: throughput(resolver, civic) },
    { name: 'jurisdiction: resolve, everyday tweets (forced council topic)', unit: 'posts/s', value: throughput(resolver, chatter) },
    {
      name: 'jurisdiction: resolve, geotagged posts',
      unit: 'posts/s',
      value: throughput(
        resolver,
        all.filter((s) => s.post.geo !== undefined),
        50_000,
      ),
    },
    { name: 'jurisdiction: data load (register, gazetteer, boundaries)', unit: 'ms', value: Math.round(loadMs) },
    { name: 'jurisdiction: posts in the sample', unit: 'posts', value: all.length },
  ];
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) {
  void run().then((results) => {
    for (const r of results) console.log(`${r.name.padEnd(60)} ${String(r.value).padStart(10)} ${r.unit}`);
  });
}
