/**
 * Throughput of the entities, intent/urgency and language taggers on realistic posts (the texts of the
 * labelled enrichment set, tokenized once outside the timed loop as the chain does), one core,
 * timed in process CPU time so that other load on the machine does not count.
 *
 *   npx tsx bench/enrichment.ts
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import type { Post } from '../core/contracts/post.js';
import { emptyTags, type Tags } from '../core/contracts/tags.js';
import { createEntityTagger } from '../processors/taggers/entities/index.js';
import { createIntentTagger } from '../processors/taggers/intent/index.js';
import { createLanguageTagger } from '../processors/taggers/language/index.js';
import type { TagInput, Tagger } from '../processors/taggers/tagger.js';
import { tokenize } from '../processors/text/tokens.js';

export interface BenchResult {
  name: string;
  unit: string;
  value: number;
}

const DATA = fileURLToPath(new URL('../test/data/enrichment/posts.labelled.ndjson', import.meta.url));
const MIN_MS = 1500;

interface Sample {
  readonly input: TagInput;
  readonly tags: Tags;
}

function samples(): Sample[] {
  const texts = readFileSync(DATA, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => {
      const text = (JSON.parse(l) as { text?: unknown }).text;
      return typeof text === 'string' ? text : '';
    });
  return texts.map((text, i) => {
    const post: Post = {
      id: `x:${i}`,
      platform: 'x',
      source: 'bench',
      direction: 'inbound',
      author: { id: 'a', handle: 'a', name: 'a' },
      text,
      created_at: '2024-01-01T00:00:00Z',
      mentions: [],
      hashtags: [],
      links: [],
    };
    const tags = emptyTags();
    tags.sentiment = { label: i % 3 === 0 ? 'negative' : 'neutral', score: i % 3 === 0 ? -0.5 : 0 };
    tags.topics = i % 4 === 0 ? [] : [{ id: 'waste_collection', score: 0.8 }];
    return { input: { post, text: tokenize(text) }, tags };
  });
}

/** CPU milliseconds used by this process (user + system): steadier than wall time on a busy machine. */
function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

// Passes long enough (tens of ms) that the CPU clock's granularity does not matter.
const REPEATS = 20;

/** One pass (the set REPEATS times): CPU milliseconds it took. */
function pass(taggers: readonly Tagger[], set: readonly Sample[]): number {
  const start = cpuMs();
  for (let r = 0; r < REPEATS; r++) for (const s of set) for (const t of taggers) t.tag(s.input, s.tags);
  return cpuMs() - start;
}

/**
 * Posts per CPU-second through `taggers`: the best of repeated passes (other processes on a shared
 * machine only ever slow a pass down), after a warm-up, until MIN_MS of CPU has been spent.
 */
function measure(taggers: readonly Tagger[], set: readonly Sample[]): number {
  for (let warm = 0; warm < 2; warm++) pass(taggers, set);
  let best = Infinity;
  for (let spent = 0; spent < MIN_MS;) {
    const ms = pass(taggers, set);
    spent += ms;
    if (ms > 0) best = Math.min(best, ms);
  }
  return (REPEATS * set.length * 1000) / best;
}

export async function run(): Promise<BenchResult[]> {
  // Taggers first: building them registers their words, and a token takes its word id when it is
  // made. Tokens made earlier carry stale ids and fall back to a string lookup on every use.
  const entities = createEntityTagger();
  const intent = createIntentTagger();
  const language = createLanguageTagger();
  const set = samples();
  const results: BenchResult[] = [];
  const add = (name: string, taggers: readonly Tagger[]) => {
    const rate = measure(taggers, set);
    results.push({ name: `${name} posts/s`, unit: 'posts/s', value: Math.round(rate) });
    results.push({ name: `${name} µs/post`, unit: 'µs', value: Number((1e6 / rate).toFixed(2)) });
  };
  add('entities', [entities]);
  add('intent+urgency', [intent]);
  add('language', [language]);
  add('entities+intent+language', [entities, intent, language]);
  // The shared tokenizer on the same posts: a yardstick for how busy this machine is.
  add('tokenize (reference)', [{ name: 'tokenize', tag: (input) => void tokenize(input.text.raw) }]);
  return results;
}

async function main(): Promise<void> {
  const results = await run();
  const width = Math.max(...results.map((r) => r.name.length));
  for (const r of results) console.log(`${r.name.padEnd(width)}  ${String(r.value).padStart(10)} ${r.unit}`);
}

if (process.argv[1] !== undefined && fileURLToPath(import.meta.url) === process.argv[1]) await main();
